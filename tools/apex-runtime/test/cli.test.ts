import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cls, makeProject, type FixtureProject } from './support/fixtures';

const CLI = path.join(__dirname, '..', 'src', 'cli.js');

function apex(project: FixtureProject, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd: project.root, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the apex command line', () => {
    let project: FixtureProject;

    before(() => {
        project = makeProject({
            [cls('Greeter')]:
                "public class Greeter {\n    public static String greet(String who) {\n        return 'Hello, ' + who;\n    }\n}\n",
            [cls('GreeterTest', 'tests')]:
                "@IsTest\nprivate class GreeterTest {\n    @IsTest\n    static void greets() {\n        Assert.areEqual('Hello, Ada', Greeter.greet('Ada'), 'greeting');\n    }\n}\n",
            'scripts/hello.apex': "System.debug(Greeter.greet('world'));\nSystem.debug(1 + 1);\n",
            'scripts/boom.apex': "System.debug('before');\nInteger n;\nn++;\n",
            'scripts/planted.apex':
                "System.debug('before');\nMessaging.SingleEmailMessage mail = new Messaging.SingleEmailMessage();\n"
        });
    });

    after(() => project.remove());

    test('run prints each System.debug as a debug-log line', () => {
        const result = apex(project, 'run', 'scripts/hello.apex');
        assert.equal(result.status, 0, result.stderr);
        assert.deepEqual(result.stdout.trim().split('\n'), [
            'USER_DEBUG|[1]|DEBUG|Hello, world',
            'USER_DEBUG|[2]|DEBUG|2'
        ]);
    });

    test('run ends with the escaped exception and its file:line', () => {
        const result = apex(project, 'run', 'scripts/boom.apex');
        assert.equal(result.status, 1);
        assert.match(result.stdout, /\|DEBUG\|before/);
        assert.match(
            result.stderr,
            /^System\.NullPointerException: Attempt to de-reference a null object\n {2}at scripts\/boom\.apex:3/
        );
    });

    test('a planted unsupported construct stops with the construct and file:line', () => {
        const result = apex(project, 'run', 'scripts/planted.apex');
        assert.equal(result.status, 2);
        assert.equal(
            result.stderr.trim(),
            'Unsupported: unknown type Messaging.SingleEmailMessage at scripts/planted.apex:2'
        );
    });

    test('test runs the project tests and writes JUnit', () => {
        const reportDir = path.join(project.root, 'reports');
        const result = apex(project, 'test', '--report-dir', reportDir);
        assert.equal(result.status, 0, result.stdout + result.stderr);
        assert.match(result.stdout, /Capability scan: every construct in the project is supported/);
        assert.match(result.stdout, /1 tests: 1 passed, 0 failed, 0 not run; coverage 100%/);
        assert.match(
            fs.readFileSync(path.join(reportDir, 'junit.xml'), 'utf8'),
            /<testcase name="greets" classname="GreeterTest"/
        );
    });
});
