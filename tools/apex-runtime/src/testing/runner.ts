/**
 * The Apex test runner: finds @IsTest classes and methods, runs each test method in isolation (a fresh runtime,
 * so static variables and limits start over; @TestSetup runs before each test against the same database), and
 * reports in @salesforce/apex-node's TestResult shape so the org's reporters write JUnit and coverage unchanged.
 * A test stopped by an unsupported construct is reported as Skip with the Unsupported message: never as passed.
 */
import * as os from 'node:os';
import type {
    ApexCodeCoverageAggregate,
    ApexTestResultData,
    ApexTestResultOutcome,
    TestResult
} from '@salesforce/apex-node';
import { describeThrow } from '../anonymous';
import type { RClass, RMethod } from '../compile/model';
import type * as A from '../parse/ast';
import type { Gap, Program } from '../compile/program';
import { NotAvailableDatabase, type ApexDatabase } from '../database/database';
import { runEndOfTestAsync } from '../runtime/async';
import { Frame } from '../runtime/frame';
import { DEFAULT_USER, Runtime, type RuntimeOptions } from '../runtime/runtime';
import { ApexThrow, UnsupportedError } from '../values/objects';
import { collectCoverage, percentage, resetCoverage, toAggregate, toCodeCoverageResults } from './coverage';
import { classId, runId, testResultId } from './ids';

export type Outcome = 'Pass' | 'Fail' | 'Skip' | 'CompileFail';

export interface TestRunOptions {
    program: Program;
    /** Limit the run to these classes (case-insensitive); all test classes when absent. */
    classNames?: string[];
    onResult?: (result: ApexTestResultData) => void;
    /**
     * A fresh database per test method; part 1 has none. `test.seeAllData` says whether the test may see the org's
     * data (@IsTest(SeeAllData=true)): a factory can then hand out an org holding a loaded dataset.
     */
    databaseFactory?: (test?: { seeAllData: boolean }) => ApexDatabase;
    /** Clock, user, statement budget... applied to every test's runtime. */
    runtime?: Omit<RuntimeOptions, 'program' | 'database' | 'isTest'>;
    namespace?: string | null;
}

export interface TestRunOutcome {
    result: TestResult;
    coverage: ApexCodeCoverageAggregate;
    passed: number;
    failed: number;
    notRun: number;
    /** Unsupported constructs found before running (the capability scan). */
    gaps: Gap[];
}

export interface DiscoveredTest {
    cls: RClass;
    method: RMethod;
}

/** Test methods of the program's @IsTest classes, in source order. */
export function discoverTests(program: Program, classNames?: string[]): DiscoveredTest[] {
    const wanted = classNames?.map((n) => n.toLowerCase());
    const tests: DiscoveredTest[] = [];
    for (const cls of program.classes.values()) {
        if (!cls.isTest || (wanted && !wanted.includes(cls.lname))) {
            continue;
        }
        const methods = [...cls.methods.values()].flat().filter((m) => m.isTest && m.isStatic);
        methods.sort((a, b) => a.line - b.line);
        methods.forEach((method) => tests.push({ cls, method }));
    }
    return tests;
}

function setupMethods(cls: RClass): RMethod[] {
    return [...cls.methods.values()]
        .flat()
        .filter((m) => m.isTestSetup)
        .sort((a, b) => a.line - b.line);
}

interface MethodOutcome {
    outcome: Outcome;
    message: string | null;
    stackTrace: string | null;
}

/** Runs a static method with no arguments in `rt`, classifying how it ended. */
function runMethod(rt: Runtime, method: RMethod): MethodOutcome {
    return rt.run(() => {
        try {
            const frame = new Frame(rt, null, [], null, null, method.owner.topLevel.file, method.line);
            rt.enter(frame, () => rt.invoke(method, null, []));
            runEndOfTestAsync(rt);
            return { outcome: 'Pass', message: null, stackTrace: null };
        } catch (error) {
            if (error instanceof ApexThrow) {
                const e = describeThrow(error);
                return { outcome: 'Fail', message: `${e.type}: ${e.message ?? ''}`, stackTrace: e.stackTrace };
            }
            if (error instanceof UnsupportedError) {
                return { outcome: 'Skip', message: error.message, stackTrace: null };
            }
            // A bug in the runtime: the test failed to run correctly, so it must not pass.
            const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
            return {
                outcome: 'Fail',
                message: `Internal error in the local Apex runtime: ${text.split('\n')[0]}`,
                stackTrace: text
            };
        }
    });
}

/**
 * @IsTest(SeeAllData=true) on the class or the method opens the org's data to the test; on a method it is ignored
 * when the class says true (Apex Developer Guide, "Using the isTest(SeeAllData=True) Annotation").
 */
export function seesAllData(test: DiscoveredTest): boolean {
    const says = (annotations: A.Annotation[]): boolean =>
        annotations.some((a) => a.name.toLowerCase() === 'istest' && a.params.seealldata?.toLowerCase() === 'true');
    return says(test.cls.topLevel.decl?.modifiers.annotations ?? []) || says(test.method.annotations);
}

function runOneTest(test: DiscoveredTest, options: TestRunOptions): MethodOutcome {
    const seeAllData = seesAllData(test);
    const database = options.databaseFactory?.({ seeAllData }) ?? new NotAvailableDatabase();
    const newRuntime = (): Runtime =>
        new Runtime({ ...options.runtime, program: options.program, database, isTest: true });
    const setups = setupMethods(test.cls);
    if (seeAllData && setups.length > 0) {
        return {
            outcome: 'Fail',
            message:
                '@TestSetup is not supported when the test class or method has @IsTest(SeeAllData=true) ' +
                '(Apex Developer Guide, "TestSetup Annotation")',
            stackTrace: null
        };
    }
    if (!seeAllData) {
        // Test data is isolated from the org's: the test starts with only the records every org has.
        const first = newRuntime();
        first.run(() => database.resetForTest(first));
    }
    for (const setup of setups) {
        // @TestSetup runs in its own context: its static variables do not reach the test method.
        const outcome = runMethod(newRuntime(), setup);
        if (outcome.outcome !== 'Pass') {
            return { ...outcome, message: `@TestSetup ${setup.name}: ${outcome.message ?? ''}` };
        }
    }
    return runMethod(newRuntime(), test.method);
}

export async function runTests(options: TestRunOptions): Promise<TestRunOutcome> {
    const started = Date.now();
    const { program } = options;
    const tests = discoverTests(program, options.classNames);
    const database = options.databaseFactory?.() ?? new NotAvailableDatabase();
    const gaps = [
        ...program.gaps,
        ...(database.available
            ? []
            : program.dataAccessSites.map((s) => ({
                  ...s,
                  construct: `${s.construct} (${database.unavailableReason})`
              })))
    ];
    resetCoverage(program);
    const results: ApexTestResultData[] = [];
    const jobId = runId(String(started));
    const namespace = options.namespace ?? program.namespace ?? '';
    for (const test of tests) {
        const testStarted = Date.now();
        const outcome = runOneTest(test, options);
        const runTime = Date.now() - testStarted;
        const result: ApexTestResultData = {
            id: testResultId(`${test.cls.name}.${test.method.name}`),
            queueItemId: jobId,
            stackTrace: outcome.stackTrace,
            message: outcome.message,
            asyncApexJobId: jobId,
            methodName: test.method.name,
            outcome: outcome.outcome as ApexTestResultOutcome,
            apexLogId: null,
            apexClass: {
                id: classId(test.cls.name),
                name: test.cls.name,
                namespacePrefix: namespace,
                fullName: test.cls.name
            },
            runTime,
            testTimestamp: new Date(testStarted).toISOString(),
            fullName: `${test.cls.name}.${test.method.name}`
        };
        results.push(result);
        options.onResult?.(result);
        // Let other work (reporters, timers) run between tests.
        await new Promise((resolve) => setImmediate(resolve));
    }
    for (const gap of program.gaps.filter((g) => g.construct.startsWith('syntax error'))) {
        const result: ApexTestResultData = {
            id: testResultId(`${gap.file}:${gap.line}`),
            queueItemId: jobId,
            stackTrace: null,
            message: `${gap.construct} at ${gap.file}:${gap.line}`,
            asyncApexJobId: jobId,
            methodName: gap.file,
            outcome: 'CompileFail' as ApexTestResultOutcome,
            apexLogId: null,
            apexClass: { id: classId(gap.file), name: gap.file, namespacePrefix: namespace, fullName: gap.file },
            runTime: 0,
            testTimestamp: new Date().toISOString(),
            fullName: gap.file
        };
        results.push(result);
        options.onResult?.(result);
    }
    const coverage = collectCoverage(program);
    const covered = coverage.reduce((n, c) => n + c.covered.length, 0);
    const total = coverage.reduce((n, c) => n + c.covered.length + c.uncovered.length, 0);
    const passed = results.filter((r) => r.outcome === 'Pass').length;
    const failed = results.filter((r) => r.outcome === 'Fail' || r.outcome === 'CompileFail').length;
    const notRun = results.filter((r) => r.outcome === 'Skip').length;
    const ran = results.length;
    const elapsed = Date.now() - started;
    const rate = (n: number): string => (ran === 0 ? '0%' : `${Math.round((n / ran) * 100)}%`);
    const result: TestResult = {
        summary: {
            failRate: rate(failed),
            testsRan: ran,
            orgId: DEFAULT_USER.organizationId,
            outcome: failed === 0 && notRun === 0 ? 'Passed' : 'Failed',
            passing: passed,
            failing: failed,
            skipped: notRun,
            passRate: rate(passed),
            skipRate: rate(notRun),
            testStartTime: new Date(started).toISOString(),
            testExecutionTimeInMs: elapsed,
            testTotalTimeInMs: elapsed,
            commandTimeInMs: elapsed,
            hostname: os.hostname(),
            username: 'local-apex-runtime',
            testRunId: jobId,
            userId: '005000000000001AAA',
            testRunCoverage: percentage(covered, total),
            orgWideCoverage: percentage(covered, total),
            totalLines: total,
            coveredLines: covered
        },
        tests: results,
        codecoverage: toCodeCoverageResults(coverage)
    };
    return { result, coverage: toAggregate(coverage), passed, failed, notRun, gaps };
}
