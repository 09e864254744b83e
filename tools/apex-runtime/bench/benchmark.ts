/**
 * The runtime's benchmark (not a test): prints
 * 1. the time to parse (cold, no cache) and compile the project's Apex, and to run its whole @IsTest suite;
 * 2. statements per second on a 1,000,000-iteration loop doing arithmetic and a Map update.
 *
 * Run: `node build/tools/apex-runtime/bench/benchmark.js [projectRoot]`. With `--json <file>` it also writes the
 * figures as JSON.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runAnonymous } from '../src/anonymous';
import { buildProgram } from '../src/compile/build';
import { loadProject } from '../src/project';
import { setParseCacheDir } from '../src/parse/parse';
import { ProjectSchema } from '../src/schema/projectSchema';
import { runTests } from '../src/testing/runner';
import { orgFor } from '../src/index';

const LOOP = `Map<Integer, Integer> totals = new Map<Integer, Integer>();
Integer sum = 0;
for (Integer i = 0; i < 1000000; i++) {
    Integer bucket = Math.mod(i, 100);
    sum = sum + i * 2 - bucket;
    totals.put(bucket, sum);
}
System.debug(totals.size());`;

function seconds(ms: number): string {
    return `${(ms / 1000).toFixed(2)} s`;
}

async function main(): Promise<void> {
    const args = process.argv.slice(2);
    const jsonIndex = args.indexOf('--json');
    const jsonFile = jsonIndex >= 0 ? args.splice(jsonIndex, 2)[1] : undefined;
    const projectRoot = path.resolve(args[0] ?? process.cwd());
    setParseCacheDir(null);

    const loadStarted = performance.now();
    const project = loadProject(projectRoot);
    const lines = project.classes.reduce((n, c) => n + c.source.split('\n').length, 0);
    const compileStarted = performance.now();
    const program = buildProgram(project.classes, {
        schema: project.schema,
        labels: project.labels,
        namespace: project.namespace,
        customMetadata: project.customMetadata
    });
    const compiled = performance.now();
    const outcome = await runTests({ program, namespace: project.namespace, databaseFactory: () => orgFor(project) });
    const testsDone = performance.now();

    // Warm up once, then measure the loop.
    const emptyProgram = buildProgram([], { schema: new ProjectSchema(), labels: new Map(), namespace: null });
    runAnonymous(emptyProgram, LOOP.replace('1000000', '10000'), 'warmup.apex');
    const loopStarted = performance.now();
    const loop = runAnonymous(emptyProgram, LOOP, 'loop.apex');
    const loopMs = performance.now() - loopStarted;
    if (loop.exception || loop.unsupported) {
        throw new Error(`benchmark loop failed: ${loop.exception?.message ?? loop.unsupported?.message}`);
    }
    const statementsPerSecond = Math.round(loop.statements / (loopMs / 1000));

    const figures = {
        project: {
            classes: project.classes.length,
            lines,
            loadMetadataMs: Math.round(compileStarted - loadStarted),
            parseAndCompileColdMs: Math.round(compiled - compileStarted),
            runTestsMs: Math.round(testsDone - compiled),
            tests: outcome.passed + outcome.failed + outcome.notRun,
            passed: outcome.passed,
            failed: outcome.failed,
            notRun: outcome.notRun
        },
        loop: {
            iterations: 1000000,
            statements: loop.statements,
            ms: Math.round(loopMs),
            statementsPerSecond
        },
        node: process.version
    };

    console.log(`Apex project: ${figures.project.classes} classes, ${lines} lines`);
    console.log(`  parse + compile (cold, no cache): ${seconds(figures.project.parseAndCompileColdMs)}`);
    console.log(
        `  run all tests: ${seconds(figures.project.runTestsMs)} (${figures.project.tests} tests: ${outcome.passed} passed, ${outcome.failed} failed, ${outcome.notRun} not run)`
    );
    console.log(`  total: ${seconds(testsDone - loadStarted)}`);
    console.log(
        `Loop of 1,000,000 iterations (arithmetic + Map.put): ${seconds(loopMs)}, ${loop.statements.toLocaleString('en-US')} statements`
    );
    console.log(`  ${statementsPerSecond.toLocaleString('en-US')} statements/s`);
    if (jsonFile) {
        fs.writeFileSync(jsonFile, `${JSON.stringify(figures, null, 2)}\n`);
    }
}

main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
});
