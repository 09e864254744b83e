#!/usr/bin/env node
/**
 * `npm run apex -- run <file.apex>`: runs anonymous Apex against the project's classes on a fresh runtime,
 * printing each System.debug as a debug-log line (`USER_DEBUG|[line]|DEBUG|message`), and ending with the
 * exception and `file:line` if one escaped (exit 1) or the unsupported construct that stopped it (exit 2).
 *
 * `npm run apex -- test [ClassName...] [--report-dir <dir>]`: runs the project's Apex tests (all, or the named
 * classes), prints one line per test and a summary, and writes JUnit XML when a report directory is given.
 * Exit 0 only when every test passed.
 *
 * `--data <plan.json>` (both commands) loads a dataset in `sf data import tree` format first (docs/dataset.md);
 * tests see it only with @IsTest(SeeAllData=true). A dataset that cannot be loaded stops with exit 3.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runAnonymous } from './anonymous';
import { loadProject, programFor } from './project';
import {
    DatasetError,
    defaultParseCacheDir,
    formatLoadReport,
    markSkippedInJUnit,
    orgFor,
    orgWithDataset,
    runApexTests
} from './index';
import { setParseCacheDir } from './parse/parse';
import { UnsupportedError } from './values/objects';

function usage(): never {
    console.error(
        'usage: apex run [--data <plan.json>] <file.apex> | apex test [ClassName...] [--data <plan.json>] [--report-dir <dir>] [--project <dir>]'
    );
    process.exit(64);
}

function takeOption(args: string[], name: string): string | undefined {
    const index = args.indexOf(name);
    if (index < 0) {
        return undefined;
    }
    const value = args[index + 1];
    args.splice(index, 2);
    return value;
}

function findProjectRoot(start: string): string {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
        if (fs.existsSync(path.join(dir, 'sfdx-project.json'))) {
            return dir;
        }
        if (path.dirname(dir) === dir) {
            return path.resolve(start);
        }
    }
}

function runCommand(file: string, projectRoot: string, data: string | undefined): number {
    const source = fs.readFileSync(file, 'utf8');
    const project = loadProject(projectRoot);
    const program = programFor(project);
    const shown = path.relative(process.cwd(), path.resolve(file)) || file;
    let database = orgFor(project);
    if (data) {
        const loaded = orgWithDataset(project, data);
        // On stderr, so stdout stays the debug log.
        console.error(formatLoadReport(loaded.report));
        database = loaded.org;
    }
    const result = runAnonymous(program, source, shown, {
        database,
        onDebug: (entry) => console.log(`USER_DEBUG|[${entry.line}]|${entry.level}|${entry.message}`)
    });
    // The asynchronous jobs the script queued ran after it (docs/async.md): one line each, as Apex Jobs shows them.
    for (const job of result.asyncJobs) {
        const extended = job.extendedStatus ? `|${job.extendedStatus}` : '';
        console.log(
            `ASYNC_JOB|${job.id}|${job.jobType}|${job.className}|${job.status}|errors=${job.numberOfErrors}${extended}`
        );
    }
    if (result.unsupported) {
        console.error(result.unsupported.message);
        return 2;
    }
    if (result.exception) {
        const e = result.exception;
        console.error(`${e.type}: ${e.message ?? ''}`);
        console.error(`  at ${e.file}:${e.line}`);
        if (e.stackTrace) {
            console.error(e.stackTrace.replace(/^/gm, '  '));
        }
        return 1;
    }
    return 0;
}

async function testCommand(
    classNames: string[],
    projectRoot: string,
    reportDir: string | undefined,
    data: string | undefined
): Promise<number> {
    const outcome = await runApexTests({
        projectRoot,
        classNames: classNames.length > 0 ? classNames : undefined,
        data
    });
    if (reportDir) {
        // Loaded only when needed: apex-node pulls in @salesforce/core, which takes a while to load.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { JUnitReporter } = require('@salesforce/apex-node') as typeof import('@salesforce/apex-node');
        fs.mkdirSync(reportDir, { recursive: true });
        fs.writeFileSync(
            path.join(reportDir, 'junit.xml'),
            markSkippedInJUnit(new JUnitReporter().format(outcome.result), outcome.result)
        );
    }
    const total = outcome.passed + outcome.failed + outcome.notRun;
    const coverage = outcome.result.summary.testRunCoverage ?? 'n/a';
    console.log(
        `\n${total} tests: ${outcome.passed} passed, ${outcome.failed} failed, ${outcome.notRun} not run; coverage ${coverage}`
    );
    return outcome.failed === 0 && outcome.notRun === 0 ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
    const args = [...argv];
    const projectRoot = findProjectRoot(takeOption(args, '--project') ?? process.cwd());
    const reportDir = takeOption(args, '--report-dir');
    const data = takeOption(args, '--data');
    setParseCacheDir(defaultParseCacheDir(projectRoot));
    const [command, ...rest] = args;
    switch (command) {
        case 'run':
            if (rest.length !== 1) {
                usage();
            }
            return runCommand(rest[0], projectRoot, data);
        case 'test':
            return testCommand(rest, projectRoot, reportDir, data);
        default:
            return usage();
    }
}

main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
        if (error instanceof DatasetError) {
            console.error(`Cannot load the dataset: ${error.message}`);
            process.exit(3);
        }
        if (error instanceof UnsupportedError) {
            // Loading a dataset runs the org's triggers, which may stop on an unsupported construct.
            console.error(error.message);
            process.exit(2);
        }
        console.error(error);
        process.exit(70);
    }
);
