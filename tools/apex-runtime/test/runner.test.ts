import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CoverageReporter, JUnitReporter } from '@salesforce/apex-node';
import {
    loadProject,
    markSkippedInJUnit,
    NotAvailableDatabase,
    orgFor,
    runApexTests,
    scanProject,
    type RunApexTestsResult
} from '../src/index';
import { cls, labelsFile, makeProject, type FixtureProject } from './support/fixtures';

const CALCULATOR = `public with sharing class Calculator {
    private static Integer calls = 0;

    public static Integer add(Integer a, Integer b) {
        calls++;
        return a + b;
    }

    public static Integer callCount() {
        return calls;
    }

    public static String greeting() {
        return System.Label.Greeting;
    }

    public static Integer neverCalled() {
        return 42;
    }
}
`;

const CALCULATOR_TEST = `@IsTest
private class CalculatorTest {
    private static Integer setupRuns = 0;

    @TestSetup
    static void makeData() {
        setupRuns++;
    }

    @IsTest
    static void addsTwoNumbers() {
        Assert.areEqual(5, Calculator.add(2, 3), 'sum');
        Assert.isTrue(Test.isRunningTest(), 'runs as a test');
    }

    @IsTest
    static void staticsStartFreshInEveryTest() {
        Calculator.add(1, 1);
        Assert.areEqual(1, Calculator.callCount(), 'no calls carried over from other tests');
        Assert.areEqual(0, setupRuns, '@TestSetup statics do not reach the test method');
    }

    @IsTest
    static void readsALabel() {
        Assert.areEqual('Hello', Calculator.greeting(), 'label');
    }

    @IsTest
    static void failsOnPurpose() {
        Assert.areEqual(1, 2, 'deliberate failure');
    }

    @IsTest
    static void needsTheDatabase() {
        insert new Account(Name = 'x');
    }

    static void notATest() {
    }
}
`;

describe('the test runner', () => {
    let project: FixtureProject;
    let outcome: RunApexTestsResult;
    const seen: string[] = [];

    before(async () => {
        project = makeProject({
            [cls('Calculator')]: CALCULATOR,
            [cls('CalculatorTest', 'tests')]: CALCULATOR_TEST,
            'force-app/main/labels/CustomLabels.labels-meta.xml': labelsFile({ Greeting: 'Hello' })
        });
        // Without an org, so the DML test shows how a test that cannot run is reported.
        outcome = await runApexTests({
            databaseFactory: () => new NotAvailableDatabase(),
            projectRoot: project.root,
            log: null,
            onResult: (r) => seen.push(`${r.methodName}:${r.outcome}`)
        });
    });

    after(() => project.remove());

    test('discovers the @IsTest methods and reports each', () => {
        assert.deepEqual(seen, [
            'addsTwoNumbers:Pass',
            'staticsStartFreshInEveryTest:Pass',
            'readsALabel:Pass',
            'failsOnPurpose:Fail',
            'needsTheDatabase:Skip'
        ]);
    });

    test('counts passed, failed and not run', () => {
        assert.equal(outcome.passed, 3);
        assert.equal(outcome.failed, 1);
        assert.equal(outcome.notRun, 1);
        assert.equal(outcome.result.summary.outcome, 'Failed');
        assert.equal(outcome.result.summary.testsRan, 5);
        assert.equal(outcome.result.summary.skipped, 1);
    });

    test('a failure carries the assertion message and an Apex stack trace', () => {
        const failed = outcome.result.tests.find((t) => t.methodName === 'failsOnPurpose')!;
        assert.equal(
            failed.message,
            'System.AssertException: Assertion Failed: deliberate failure. Expected: 1, Actual: 2'
        );
        assert.match(failed.stackTrace ?? '', /^Class\.CalculatorTest\.failsOnPurpose: line 30, column 1/);
    });

    test('a test stopped by an unsupported construct is not run, with the construct and its location', () => {
        const skipped = outcome.result.tests.find((t) => t.methodName === 'needsTheDatabase')!;
        assert.equal(
            skipped.message,
            'Unsupported: DML insert (in-memory org not available yet) at force-app/tests/classes/CalculatorTest.cls:35'
        );
    });

    test('the capability scan lists the gaps before running', () => {
        assert.ok(outcome.gaps.some((g) => g.construct.startsWith('DML insert') && g.line === 35));
        assert.deepEqual(scanProject(project.root), outcome.gaps);
        assert.deepEqual(scanProject(project.root, orgFor(loadProject(project.root))), [], 'with an org, no gaps');
    });

    test('line coverage per class, test classes excluded', () => {
        assert.equal(outcome.coverage.records.length, 1);
        const record = outcome.coverage.records[0];
        assert.equal(record.ApexClassOrTrigger.Name, 'Calculator');
        assert.deepEqual(record.Coverage.uncoveredLines, [18]);
        assert.deepEqual(record.Coverage.coveredLines, [2, 5, 6, 10, 14]);
        assert.equal(outcome.result.summary.testRunCoverage, '83%');
    });

    test('JUnit marks a test that could not run as skipped', () => {
        const xml = markSkippedInJUnit(new JUnitReporter().format(outcome.result), outcome.result);
        assert.match(xml, /<testcase name="needsTheDatabase"[^>]*>\s*<skipped message="Unsupported: DML insert/);
    });

    test("apex-node's reporters accept the results", () => {
        const junit = new JUnitReporter().format(outcome.result);
        assert.match(junit, /<testcase name="addsTwoNumbers" classname="CalculatorTest"/);
        assert.match(
            junit,
            /<failure message="Assertion Failed: deliberate failure|<failure message="System.AssertException/
        );
        const dir = path.join(project.root, 'coverage');
        fs.mkdirSync(dir);
        new CoverageReporter(outcome.coverage, dir, project.root, {
            reportFormats: ['lcovonly'],
            reportOptions: { lcovonly: { file: 'lcov.info', projectRoot: project.root } }
        }).generateReports();
        assert.match(fs.readFileSync(path.join(dir, 'lcov.info'), 'utf8'), /SF:.*Calculator\.cls/);
    });

    test('a class filter runs only the named classes', async () => {
        const filtered = await runApexTests({ projectRoot: project.root, classNames: ['nosuchtest'], log: null });
        assert.equal(filtered.result.tests.length, 0);
    });
});
