/**
 * Savepoints of the in-memory org are journals of the records changed since (src/org/store.ts), not copies of the
 * store: these tests check that a rollback after many transactions (each async job's own savepoint released into
 * the enclosing one, failed requests undone, records purged) puts back exactly the rows there were, in order.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runAnonymous } from '../src/anonymous';
import type { InMemoryOrg } from '../src/org/org';
import { toApexString } from '../src/values/format';
import { conformanceOrg, conformanceProgram, PINNED_NOW } from './conformance/harness';

function run(org: InMemoryOrg, source: string): string[] {
    const result = runAnonymous(conformanceProgram(), source, 'savepoints-test', {
        now: () => PINNED_NOW,
        database: org
    });
    assert.equal(result.unsupported?.message ?? result.exception?.message ?? null, null);
    return result.debug.map((d) => d.value);
}

/** Every row of every object, recycle bin included, in store order, with its field values as Apex prints them. */
function rows(org: InMemoryOrg): string[] {
    return org.store
        .snapshot()
        .records.map(
            (r) =>
                `${r.info.name} ${r.id.value}${r.deleted ? ' deleted' : ''} ` +
                [...r.fields].map(([k, v]) => `${k}=${toApexString(v)}`).join(',')
        );
}

/** A batch over the Accounts that renames each chunk; the chunk holding 'fail' throws after its update. */
const RENAME_BATCH = `public class Rename implements Database.Batchable<SObject> {
    public Iterable<SObject> start(Database.BatchableContext bc) {
        return [SELECT Id, Name FROM Account ORDER BY Name];
    }
    public void execute(Database.BatchableContext bc, List<SObject> scope) {
        Boolean fail = false;
        for (SObject a : scope) {
            fail = fail || a.get('Name') == 'fail';
            a.put('Name', 'renamed ' + a.get('Name'));
        }
        update scope;
        insert new Contact(LastName = 'from batch');
        if (fail) {
            throw new IllegalArgumentException('chunk failed');
        }
    }
    public void finish(Database.BatchableContext bc) {}
}
`;

describe('savepoints as journals', () => {
    test('a rollback after many transactions restores exactly the rows, in their order', () => {
        const org = conformanceOrg();
        run(
            org,
            `List<Account> accounts = new List<Account>();
for (Integer i = 0; i < 30; i++) { accounts.add(new Account(Name = 'a' + String.valueOf(i).leftPad(2, '0'))); }
accounts.add(new Account(Name = 'fail'));
insert accounts;
insert new Contact(LastName = 'kept', AccountId = accounts[0].Id);
insert new DmlTrig__c(Name = 't', Note__c = 'v1');`
        );
        const before = rows(org);
        const savepoint = org.store.setSavepoint();

        // Updates, a delete with its cascade, an undelete, a failed all-or-none insert and a trigger's DML.
        run(
            org,
            `update new DmlTrig__c(Id = [SELECT Id FROM DmlTrig__c LIMIT 1].Id, Note__c = 'v2', Command__c = 'note');
Account first = [SELECT Id FROM Account WHERE Name = 'a00'];
delete first;
undelete first;
delete [SELECT Id FROM Account WHERE Name = 'a01'];
try {
    insert new List<DmlTrig__c>{ new DmlTrig__c(Name = 'x', Command__c = 'spawn'), new DmlTrig__c(Name = 'y', Command__c = 'blockafter') };
} catch (DmlException e) {
    System.debug(e.getDmlStatusCode(0));
}
insert new DmlTrig__c(Name = 'spawned', Command__c = 'spawn');`
        );
        // A batch in chunks of 4: every execute is its own transaction; the one holding 'fail' rolls back alone.
        run(org, `${RENAME_BATCH}Database.executeBatch(new Rename(), 4);`);
        assert.deepEqual(
            run(
                org,
                "System.debug([SELECT COUNT() FROM Account WHERE Name LIKE 'renamed%']);\nSystem.debug([SELECT COUNT() FROM Account WHERE Name = 'fail']);"
            ),
            // 30 live Accounts (a01 is deleted) in chunks of 4: the last chunk, a29 and 'fail', is rolled back.
            ['28', '1']
        );
        // Rows that existed at the savepoint removed for good (as System.abortJob does to a CronTrigger): a rollback
        // puts them back in their places.
        for (const record of [...org.store.rows('Account')].slice(5, 8)) {
            org.store.purge(record.id);
        }
        assert.notDeepEqual(rows(org), before);
        const idsGiven = rows(org).length;

        assert.equal(org.store.rollback(savepoint), true);
        assert.deepEqual(rows(org), before);
        // Ids given out after the savepoint are not given again.
        const [id] = run(org, "Account a = new Account(Name = 'after');\ninsert a;\nSystem.debug(a.Id);");
        assert.ok(!before.some((row) => row.includes(id)), 'a new Id');
        assert.ok(idsGiven > before.length);
    });

    test('a released savepoint hands its changes to the one before it; later savepoints end with a rollback', () => {
        const org = conformanceOrg();
        run(org, "insert new List<Account>{ new Account(Name = 'a'), new Account(Name = 'b') };");
        const before = rows(org);
        const outer = org.store.setSavepoint();
        run(org, "Account a = [SELECT Id FROM Account WHERE Name = 'a'];\na.Name = 'a2';\nupdate a;");
        const inner = org.store.setSavepoint();
        run(
            org,
            "Account a = [SELECT Id FROM Account WHERE Name = 'a2'];\na.Name = 'a3';\nupdate a;\ndelete [SELECT Id FROM Account WHERE Name = 'b'];\ninsert new Account(Name = 'c');"
        );
        org.store.releaseSavepoint(inner);
        assert.equal(org.store.rollback(inner), false, 'released');
        const last = org.store.setSavepoint();
        run(org, "insert new Account(Name = 'd');");
        assert.equal(org.store.rollback(outer), true);
        assert.deepEqual(rows(org), before);
        assert.equal(org.store.rollback(last), false, 'set after the savepoint rolled back to');
        // The savepoint rolled back to is still open: it can be rolled back to again.
        run(org, "delete [SELECT Id FROM Account WHERE Name = 'a'];");
        assert.equal(org.store.rollback(outer), true);
        assert.deepEqual(rows(org), before);
    });
});

// Apex Developer Guide, Transaction Control: "If the request doesn't complete successfully, all database changes are
// rolled back." An anonymous script is one request; the jobs it queued never run.
describe('an anonymous script that ends in an exception', () => {
    test('leaves the org as it found it, and runs none of the jobs it queued', () => {
        const org = conformanceOrg();
        run(org, "insert new Account(Name = 'kept');");
        const before = rows(org);
        const result = runAnonymous(
            conformanceProgram(),
            `public class Later implements Queueable { public void execute(QueueableContext c) { insert new Account(Name = 'queued'); } }
insert new Account(Name = 'lost');
update [SELECT Id FROM Account WHERE Name = 'kept'];
System.enqueueJob(new Later());
throw new IllegalArgumentException('stop');`,
            'savepoints-test',
            { now: () => PINNED_NOW, database: org }
        );
        assert.equal(result.exception?.message, 'stop');
        assert.deepEqual(rows(org), before);
        assert.deepEqual(run(org, 'System.debug([SELECT COUNT() FROM Account]);'), ['1']);
    });
});
