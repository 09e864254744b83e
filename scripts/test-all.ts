/**
 * `npm test`: every offline check and test suite, in one run, ending with `N passed, N failed`.
 *
 * Stages, in order: the static checks (one test each), the tools' own tests (node:test), the Lightning Web
 * Component tests (Jest, with the coverage gate), the Apex tests and conformance suite in the local runtime, then
 * the browser tests of the local preview.
 * A stage that crashes counts as one failed test; nothing that did not run is ever counted as passed.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allChecks } from './check/run-checks';
import { formatProblem } from './lib/problems';
import { fromRoot, listFiles, repoRoot } from './lib/paths';
import { writeApexReports } from './lib/apex-reports';
import { markSkippedInJUnit, runApexTests as runApexTestsInRuntime } from '../tools/apex-runtime/src/index';

interface StageResult {
    name: string;
    passed: number;
    failed: number;
    notRun: number;
    seconds: number;
    note?: string;
}

type StageCounts = Omit<StageResult, 'seconds' | 'name'>;

interface Stage {
    name: string;
    run(): Promise<StageCounts>;
}

const reportsDir = fromRoot('reports');

function heading(text: string): void {
    console.log(`\n=== ${text} ${'='.repeat(Math.max(0, 76 - text.length))}`);
}

function run(command: string, args: string[]): number {
    const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env: process.env });
    return result.status ?? 1;
}

async function runStaticChecks(): Promise<StageCounts> {
    let passed = 0;
    let failed = 0;
    for (const check of allChecks) {
        const started = Date.now();
        const outcome = await check.run(repoRoot);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        if (outcome.checked === 0) {
            failed++;
            console.log(`✖ ${check.name}: checked nothing, so it proves nothing (${seconds} s)`);
        } else if (outcome.problems.length > 0) {
            failed++;
            outcome.problems.forEach((problem) => console.log(`  ${formatProblem(problem, repoRoot)}`));
            console.log(
                `✖ ${check.name}: ${outcome.problems.length} problem(s) in ${outcome.checked} checked (${seconds} s)`
            );
        } else {
            passed++;
            console.log(`✔ ${check.name}: ${outcome.checked} checked (${seconds} s)`);
        }
    }
    return { passed, failed, notRun: 0 };
}

/** Counts from a TAP report's closing comments (`# pass 12`, `# fail 0`, `# skipped 1`, `# todo 0`). */
function tapCounts(tapFile: string): { pass: number; fail: number; skipped: number } {
    const text = fs.existsSync(tapFile) ? fs.readFileSync(tapFile, 'utf8') : '';
    const count = (label: string): number => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(text)?.[1] ?? 'NaN');
    return { pass: count('pass'), fail: count('fail'), skipped: count('skipped') + count('todo') };
}

function nodeTestStage(name: string, testDirs: string[], tapName: string, suffix = '.test.js'): Stage {
    return {
        name,
        run: async () => {
            // Test files are named explicitly: given a folder, node --test would also run anything matching
            // test-*.js (this runner itself) and every module under a test/ folder.
            const testFiles = testDirs.flatMap((dir) => listFiles(fromRoot(dir), [suffix]));
            if (testFiles.length === 0) {
                return { passed: 0, failed: 1, notRun: 0, note: `no compiled tests in ${testDirs.join(', ')}` };
            }
            const tapFile = path.join(reportsDir, tapName);
            const status = run(process.execPath, [
                '--test',
                '--test-reporter=spec',
                '--test-reporter-destination=stdout',
                '--test-reporter=tap',
                `--test-reporter-destination=${tapFile}`,
                ...testFiles
            ]);
            const counts = tapCounts(tapFile);
            if (Number.isNaN(counts.pass) || Number.isNaN(counts.fail)) {
                return { passed: 0, failed: 1, notRun: 0, note: `node --test exited ${status} without a summary` };
            }
            const crashed = status !== 0 && counts.fail === 0 ? 1 : 0;
            return { passed: counts.pass, failed: counts.fail + crashed, notRun: counts.skipped };
        }
    };
}

interface JestSummary {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numRuntimeErrorTestSuites: number;
}

async function runJest(): Promise<StageCounts> {
    const jsonFile = path.join(reportsDir, 'jest.json');
    fs.rmSync(jsonFile, { force: true });
    const status = run(process.execPath, [
        fromRoot('node_modules', 'jest', 'bin', 'jest.js'),
        '--ci',
        '--coverage',
        // The LWC transformer's cache key ignores coverage instrumentation: a warm cache measures 0 of 0 lines.
        '--no-cache',
        '--json',
        `--outputFile=${jsonFile}`
    ]);
    if (!fs.existsSync(jsonFile)) {
        return { passed: 0, failed: 1, notRun: 0, note: `jest exited ${status} without a report` };
    }
    const summary = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as JestSummary;
    const suiteErrors = summary.numRuntimeErrorTestSuites;
    // Jest exits non-zero with every test green when the coverage gate fails: that is one failure.
    const gateFailed = status !== 0 && summary.numFailedTests === 0 && suiteErrors === 0 ? 1 : 0;
    // A gate over no measured lines would pass without checking anything.
    const coverageFile = fromRoot('coverage', 'lwc', 'coverage-summary.json');
    const measuredLines = fs.existsSync(coverageFile)
        ? (JSON.parse(fs.readFileSync(coverageFile, 'utf8')) as { total: { lines: { total: number } } }).total.lines
              .total
        : 0;
    const nothingMeasured = measuredLines === 0 ? 1 : 0;
    return {
        passed: summary.numPassedTests,
        failed: summary.numFailedTests + suiteErrors + gateFailed + nothingMeasured,
        notRun: summary.numPendingTests + summary.numTodoTests,
        note: gateFailed
            ? 'coverage below the gate in jest.config.js'
            : nothingMeasured
              ? 'no LWC lines were measured for the coverage gate'
              : undefined
    };
}

/** Every @IsTest class in force-app, in the local Apex runtime; reports as `npm run test:org` writes them. */
async function runApexTests(): Promise<StageCounts> {
    const run = await runApexTestsInRuntime({ projectRoot: repoRoot });
    writeApexReports({
        result: run.result,
        coverage: run.coverage,
        reportDir: path.join(reportsDir, 'apex'),
        sourceDir: repoRoot,
        adjustJUnit: markSkippedInJUnit
    });
    return { passed: run.passed, failed: run.failed, notRun: run.notRun };
}

const stages: Stage[] = [
    { name: 'static checks', run: runStaticChecks },
    nodeTestStage('tool tests (node:test)', ['build/scripts'], 'node-tests.tap'),
    nodeTestStage('Apex runtime tests (node:test)', ['build/tools/apex-runtime/test'], 'apex-runtime-tests.tap'),
    { name: 'LWC tests (Jest)', run: runJest },
    { name: 'Apex tests (local runtime)', run: runApexTests },
    // The preview (`npm start`) in headless Chromium: skipped, as not run, where Chromium is not installed.
    nodeTestStage('browser tests (Chromium)', ['build/scripts/preview'], 'browser-tests.tap', '.browser.js')
];

async function main(): Promise<void> {
    fs.mkdirSync(reportsDir, { recursive: true });
    const results: StageResult[] = [];
    for (const stage of stages) {
        const started = Date.now();
        let counts: StageCounts;
        heading(stage.name);
        try {
            counts = await stage.run();
        } catch (error) {
            console.error(error);
            counts = { passed: 0, failed: 1, notRun: 0, note: 'crashed' };
        }
        results.push({ name: stage.name, ...counts, seconds: (Date.now() - started) / 1000 });
    }

    heading('summary');
    for (const result of results) {
        const notRun = result.notRun ? `, ${result.notRun} not run` : '';
        const note = result.note ? ` (${result.note})` : '';
        console.log(
            `${result.failed ? '✖' : '✔'} ${result.name.padEnd(34)} ${result.passed} passed, ${result.failed} failed${notRun}  ${result.seconds.toFixed(1)} s${note}`
        );
    }
    const passed = results.reduce((sum, result) => sum + result.passed, 0);
    const failed = results.reduce((sum, result) => sum + result.failed, 0);
    const notRun = results.reduce((sum, result) => sum + result.notRun, 0);
    if (notRun > 0) {
        console.log(`${notRun} not run (see above: a test that could not run is never counted as passed)`);
    }
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed > 0 ? 1 : 0;
}

void main();
