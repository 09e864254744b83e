/**
 * The SOQL engine at the TypeScript level: what stops as Unsupported (never a silent answer), the access-check
 * hook, the parse cache and the cost of Id-set filters over large tables. Behaviour Apex code can observe is
 * covered by the conformance cases in conformance/cases/soql*.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runAnonymous } from '../src/anonymous';
import type { SoqlRequest } from '../src/database/database';
import { OrgAccess } from '../src/org/access';
import { parseSoql } from '../src/org/soql/parse';
import { checkSoql } from '../src/org/soql/execute';
import { Runtime } from '../src/runtime/runtime';
import { ApexList, ApexSet } from '../src/values/collections';
import { ApexId } from '../src/values/id';
import { ApexThrow } from '../src/values/objects';
import { exceptionMessage, exceptionTypeName } from '../src/values/format';
import { T } from '../src/compile/types';
import { conformanceOrg, conformanceProgram, conformanceSchema, PINNED_NOW } from './conformance/harness';

function run(apex: string, org = conformanceOrg()): ReturnType<typeof runAnonymous> {
    return runAnonymous(conformanceProgram(), apex, 'soql-test', { now: () => PINNED_NOW, database: org });
}

function unsupported(apex: string): string {
    const result = run(apex);
    assert.ok(result.unsupported, `expected an Unsupported stop; exception: ${result.exception?.message}`);
    return result.unsupported.construct;
}

describe('SOQL: unsupported constructs stop loudly', () => {
    test('selecting a formula field', () => {
        assert.equal(
            unsupported(`List<SoqlItem__c> r = [SELECT Doubled__c FROM SoqlItem__c];`),
            'formula field SoqlItem__c.Doubled__c (formula evaluation is not supported)'
        );
    });
    test('filtering on a formula field', () => {
        assert.match(
            unsupported(`List<SoqlItem__c> r = [SELECT Id FROM SoqlItem__c WHERE Doubled__c > 1];`),
            /formula/
        );
    });
    test('TYPEOF, FORMAT() and convertCurrency()', () => {
        assert.equal(
            unsupported(`List<SObject> r = Database.query('SELECT TYPEOF What WHEN Account THEN Name END FROM Task');`),
            'SOQL TYPEOF'
        );
        assert.match(
            unsupported(`List<SObject> r = Database.query('SELECT FORMAT(Amount) FROM Opportunity');`),
            /FORMAT/
        );
        assert.match(
            unsupported(`List<SObject> r = Database.query('SELECT convertCurrency(Amount) FROM Opportunity');`),
            /convertCurrency/
        );
    });
    test('GROUP BY ROLLUP and a polymorphic path without a single target', () => {
        assert.match(
            unsupported(
                `List<SObject> r = Database.query('SELECT Name, COUNT(Id) FROM Account GROUP BY ROLLUP(Name)');`
            ),
            /ROLLUP/
        );
    });
    test('a field the standard object does not have is a QueryException, since the jar lists every standard field', () => {
        const result = run(`List<Account> r = [SELECT Sic, NoSuchField FROM Account];`);
        assert.equal(result.unsupported, null);
        assert.match(result.exception?.message ?? '', /No such column 'NoSuchField' on entity 'Account'/);
    });
    test('the stop names the query location', () => {
        const result = run(`Integer x = 1;\nList<SoqlItem__c> r = [SELECT Doubled__c FROM SoqlItem__c];`);
        assert.equal(result.unsupported?.line, 2);
    });
});

describe('SOQL: access checks', () => {
    test('checkQuery is called per object with every field path the query reads', () => {
        const org = conformanceOrg();
        const calls: Array<{ object: string; paths: string[]; access: string }> = [];
        (org as { access: OrgAccess }).access = new (class extends OrgAccess {
            override checkQuery(_rt: Runtime, request: SoqlRequest, objectName: string, fieldPaths: string[]): void {
                calls.push({ object: objectName, paths: fieldPaths, access: request.access });
            }
        })(org);
        const result = run(
            `List<Account> r = [SELECT Name, Owner.Name, (SELECT LastName FROM Contacts WHERE Email != null) FROM Account
             WHERE Id IN (SELECT AccountId FROM Contact) AND Industry = 'x' WITH USER_MODE ORDER BY Phone];`,
            org
        );
        assert.equal(result.exception, null);
        const summary = calls.map((c) => `${c.object}: ${c.paths.sort().join(', ')}`).sort();
        assert.deepEqual(summary, [
            'Account: Id, Industry, Name, Owner.Name, Phone',
            'Contact: AccountId',
            'Contact: Email, LastName'
        ]);
        assert.ok(calls.every((c) => c.access === 'user'));
    });
});

describe('SOQL: parsing', () => {
    test('parses are cached by text', () => {
        const text = 'SELECT Id FROM Account WHERE Name = :__bind0 LIMIT :__bind1';
        assert.equal(parseSoql(text), parseSoql(text));
        assert.deepEqual(parseSoql(text).query.limit, { k: 'bind', name: '__bind1' });
    });
    test('ALL ROWS is recognised and removed before parsing', () => {
        assert.equal(parseSoql('SELECT Id FROM Account ALL ROWS').allRows, true);
        assert.equal(parseSoql('SELECT Id FROM Account').allRows, false);
    });
    test('NOT binds to the next condition, parentheses group', () => {
        const where = parseSoql("SELECT Id FROM Account WHERE NOT Name = 'a' AND (Phone = '1' OR Phone = '2')").query
            .where;
        assert.equal(where?.k, 'and');
        assert.equal(where?.k === 'and' ? where.items[0].k : null, 'not');
        assert.equal(where?.k === 'and' ? where.items[1].k : null, 'or');
    });
});

describe('SOQL: performance', () => {
    test('10,000 rows filtered by a 200-Id bind set and by a lookup IN set stay fast', () => {
        const org = conformanceOrg();
        const schema = conformanceSchema();
        const account = schema.getObject('Account');
        const item = schema.getObject('SoqlItem__c');
        assert.ok(account && item);
        const accountIds: ApexId[] = [];
        for (let i = 0; i < 200; i++) {
            accountIds.push(org.store.insert(account, new Map<string, unknown>([['name', `A${i}`]])).id);
        }
        const itemIds: ApexId[] = [];
        for (let i = 0; i < 10000; i++) {
            const fields = new Map<string, unknown>([
                ['name', `I${i}`],
                ['account__c', accountIds[i % 200]]
            ]);
            itemIds.push(org.store.insert(item, fields).id);
        }
        const rt = new Runtime({ program: conformanceProgram(), now: () => PINNED_NOW, database: org });
        const wanted = new ApexSet(T.Id);
        for (let i = 0; i < 10000; i += 50) {
            wanted.add(itemIds[i]);
        }
        const lookups = new ApexList(accountIds.slice(0, 20), T.Id);
        const request = (soql: string, value: unknown): SoqlRequest => ({
            soql,
            bind: () => value,
            access: 'default',
            sharing: 'inherited',
            location: { file: 'perf', line: 1 },
            dynamic: false
        });
        const byIdText = 'SELECT Id, Name FROM SoqlItem__c WHERE Id IN :__bind0';
        const byLookupText = 'SELECT Id FROM SoqlItem__c WHERE Account__c IN :__bind0';
        // The parser builds its grammar on first use (~150 ms); time the evaluation, not that.
        parseSoql(byIdText);
        parseSoql(byLookupText);
        const started = process.hrtime.bigint();
        const byId = org.query(request(byIdText, wanted), rt);
        const byLookup = org.query(request(byLookupText, lookups), rt);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        assert.equal((byId as ApexList).items.length, 200);
        assert.equal((byLookup as ApexList).items.length, 1000);
        assert.ok(ms < 250, `two 10k-row queries took ${ms.toFixed(1)} ms`);
        if (process.env.SOQL_TIMING) {
            console.log(`two 10k-row IN-set queries: ${ms.toFixed(1)} ms`);
        }
    });
});

describe('SOQL: query-row limit', () => {
    test('the 50,001st row throws LimitException, as documented', () => {
        const org = conformanceOrg();
        const item = conformanceSchema().getObject('SoqlItem__c');
        assert.ok(item);
        for (let i = 0; i < 50001; i++) {
            org.store.insert(item, new Map<string, unknown>([['name', `I${i}`]]));
        }
        const rt = new Runtime({ program: conformanceProgram(), now: () => PINNED_NOW, database: org });
        const request: SoqlRequest = {
            soql: 'SELECT Id FROM SoqlItem__c',
            bind: () => undefined,
            access: 'default',
            sharing: 'inherited',
            location: { file: 'limit', line: 1 },
            dynamic: false
        };
        assert.throws(
            () => org.query(request, rt),
            (e: unknown) =>
                e instanceof ApexThrow &&
                exceptionTypeName(e.exception) === 'System.LimitException' &&
                exceptionMessage(e.exception) === 'Too many query rows: 50001'
        );
        // COUNT() charges one row, whatever it counts.
        assert.equal(org.query({ ...request, soql: 'SELECT COUNT() FROM SoqlItem__c' }, rt), 50001);
        assert.equal(rt.limits.queryRows, 1);
    });
});

describe('SOQL: static check for the capability scan', () => {
    test('reports what a query would stop on or throw, without data', () => {
        const org = conformanceOrg();
        assert.equal(checkSoql(org, 'SELECT Id, Name FROM SoqlItem__c WHERE Id IN :__bind0 LIMIT :__bind1'), null);
        assert.deepEqual(checkSoql(org, 'SELECT Doubled__c FROM SoqlItem__c'), {
            unsupported: 'formula field SoqlItem__c.Doubled__c (formula evaluation is not supported)'
        });
        assert.deepEqual(checkSoql(org, 'SELECT Id, (SELECT Nope__c FROM SoqlItems__r) FROM Account'), {
            error: "No such column 'Nope__c' on entity 'SoqlItem__c'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names."
        });
        assert.deepEqual(checkSoql(org, 'SELECT TYPEOF What WHEN Account THEN Name END FROM Task'), {
            unsupported: 'SOQL TYPEOF'
        });
        assert.equal(org.store.count('SoqlItem__c'), 0);
    });
});
