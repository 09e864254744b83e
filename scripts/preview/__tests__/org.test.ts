import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { jsonFromDebug, runInChunks } from '../org';
import { projectGateway } from './projectGateway';

test('a failed step of the sample org says what failed, what that means and the Apex exception behind it', () => {
    const { gateway: apex } = projectGateway();
    const inserted = apex.runAnonymous(
        "Account a = new Account(Name = 'Acme'); insert a; System.debug(a.Id);",
        undefined
    );
    const accountId = inserted.debug[0]?.value ?? '';

    const counted = runInChunks(
        apex,
        [accountId],
        'counting',
        'nothing is counted',
        "System.debug(chunk.size() + ',1');",
        (totals) => totals.join('/')
    );
    assert.match(counted, /^1 accounts: 1\/1 in \d+ ms$/);

    const failed = runInChunks(apex, [accountId], 'dividing', 'nothing is divided', 'Integer x = 1 / 0;', () => '');
    assert.match(failed, /^dividing FAILED, so nothing is divided: System\.MathException: Divide by 0\n/);

    assert.throws(() => jsonFromDebug(apex, 'Integer x = 1 / 0;'), /^Error: System\.MathException: Divide by 0\n/);
    assert.deepEqual(jsonFromDebug(apex, "System.debug(JSON.serialize(new List<String>{ 'a' }));"), ['a']);
});
