import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import type { CheckOutcome } from '../../lib/problems';
import { apexLsCheck, parseApexLsOutput } from '../apex-ls';
import { assertClean, assertProblem, assertProblemCount, fixture } from './fixtures';

const classes = 'force-app/main/classes';

describe('apex-ls', () => {
    const cleanRoot = fixture('apex-ls', 'clean');
    const plantedRoot = fixture('apex-ls', 'planted');
    let clean: CheckOutcome;
    let planted: CheckOutcome;
    // One JVM start per project (about 2 s each), run side by side.
    before(async () => {
        [clean, planted] = await Promise.all([apexLsCheck.run(cleanRoot), apexLsCheck.run(plantedRoot)]);
    });

    test('Apex that uses only fields in the metadata has no problems', () => {
        assertClean(clean, cleanRoot);
    });

    test('a field referenced in Apex that does not exist', () => {
        assertProblem(planted, plantedRoot, {
            file: `${classes}/WidgetColours.cls`,
            line: 3,
            message: "Unknown field 'Colour__c' on SObject 'Schema.Widget__c'",
            rule: 'apex-ls/Missing'
        });
    });

    test('a type mismatch', () => {
        assertProblem(planted, plantedRoot, {
            file: `${classes}/WidgetColours.cls`,
            line: 7,
            message: "Incompatible types in assignment, from 'System.String' to 'System.Integer'"
        });
    });

    test('an Apex syntax error, with the expected-token list shortened', () => {
        const problem = assertProblem(planted, plantedRoot, {
            file: `${classes}/WidgetBroken.cls`,
            line: 3,
            message: "mismatched input ';'",
            rule: 'apex-ls/Syntax'
        });
        assert.ok(problem.message.length < 120, problem.message);
    });

    test('nothing but the planted errors is reported', () => {
        assertProblemCount(planted, plantedRoot, 3);
    });
});

test('apex-ls output that fits no known shape is kept as a problem, never dropped', () => {
    const output = [
        '/w/force-app/A.cls',
        'Missing: line 2 at 4-9: Unknown type',
        "Error: line 1: Type 'A' is defined, but meta file is missing for '/w/force-app/A.cls'",
        'something new'
    ].join('\n');
    assert.deepEqual(
        parseApexLsOutput(output, '/w').map((problem) => [problem.file, problem.line, problem.column, problem.message]),
        [
            ['/w/force-app/A.cls', 2, 5, 'Unknown type'],
            [
                '/w/force-app/A.cls',
                1,
                undefined,
                "Type 'A' is defined, but meta file is missing for '/w/force-app/A.cls'"
            ],
            ['/w/force-app/A.cls', 0, undefined, 'unrecognised apex-ls output: something new']
        ]
    );
});

test('apex-ls without Java on the PATH is a failure that says how to fix it, not a silent pass', async () => {
    const savedPath = process.env.PATH;
    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-java-'));
    process.env.PATH = emptyDir;
    try {
        const root = fixture('apex-ls', 'clean');
        const outcome = await apexLsCheck.run(root);
        assert.ok(outcome.checked > 0);
        assertProblem(outcome, root, { file: 'sfdx-project.json', line: 0, message: 'Java 17+ is not on the PATH' });
    } finally {
        process.env.PATH = savedPath;
        fs.rmSync(emptyDir, { recursive: true, force: true });
    }
});
