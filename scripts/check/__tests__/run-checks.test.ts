import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { allChecks, selectChecks } from '../run-checks';

test('run-checks: every check, in the order the README lists them', () => {
    assert.deepEqual(
        allChecks.map((check) => check.name),
        [
            'xml',
            'metadata-xref',
            'labels',
            'permission-sets',
            'apex-ls',
            'pmd',
            'prettier',
            'typescript',
            'eslint',
            'lwc-compile'
        ]
    );
});

test('run-checks: named checks run in the order given; none named means all', () => {
    assert.deepEqual(
        selectChecks(['pmd', 'xml']).map((check) => check.name),
        ['pmd', 'xml']
    );
    assert.equal(selectChecks([]).length, allChecks.length);
});

test('run-checks: an unknown name is an error that lists the valid names', () => {
    assert.throws(
        () => selectChecks(['xml', 'lint']),
        /unknown check: lint\. Valid names: xml, metadata-xref, .*lwc-compile/
    );
});
