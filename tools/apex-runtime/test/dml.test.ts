/**
 * The in-memory org's DML at the TypeScript level: what the store holds after a save (runtime values of the
 * field types, copies of the caller's records), defaults and system fields, triggers loaded from a project, and
 * what stops as Unsupported.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { runAnonymous } from '../src/anonymous';
import type { DmlRequest } from '../src/database/database';
import { InMemoryOrg } from '../src/org/org';
import { apexError } from '../src/runtime/errors';
import { loadProject, programFor } from '../src/project';
import type { Runtime } from '../src/runtime/runtime';
import { ApexDate, ApexDatetime } from '../src/values/dates';
import { ApexId } from '../src/values/id';
import { ApexDecimal } from '../src/values/numeric';
import { conformanceOrg, conformanceProgram, conformanceSchema, PINNED_NOW } from './conformance/harness';
import { buildProgram } from '../src/compile/build';

function run(source: string, org = conformanceOrg()): { org: InMemoryOrg; debug: string[]; error: string | null } {
    const result = runAnonymous(conformanceProgram(), source, 'dml-test', { now: () => PINNED_NOW, database: org });
    const error = result.unsupported?.message ?? (result.exception ? result.exception.message : null);
    return { org, debug: result.debug.map((d) => d.value), error };
}

function only(org: InMemoryOrg, objectName: string): Map<string, unknown> {
    const rows = [...org.store.rows(objectName)];
    assert.equal(rows.length, 1, `one ${objectName}`);
    return rows[0].fields;
}

describe('in-memory org DML', () => {
    test('the store holds runtime values of the field types, stamped with system fields', () => {
        const { org, error } = run(
            "insert new Opportunity(Name = 'o', StageName = 'Prospecting', CloseDate = Date.newInstance(2024, 4, 1), Amount = 5);"
        );
        assert.equal(error, null);
        const fields = only(org, 'Opportunity');
        assert.ok(fields.get('id') instanceof ApexId);
        assert.ok(fields.get('closedate') instanceof ApexDate);
        assert.ok(fields.get('amount') instanceof ApexDecimal);
        assert.ok(fields.get('createddate') instanceof ApexDatetime);
        assert.equal(
            (fields.get('createddate') as ApexDatetime).toString(),
            ApexDatetime.newInstance(PINNED_NOW).toString()
        );
        assert.equal((fields.get('ownerid') as ApexId).value, '005000000000001AAA');
        assert.equal((fields.get('createdbyid') as ApexId).value, '005000000000001AAA');
        assert.equal(fields.get('isdeleted'), false);
    });

    test('the store keeps a copy: changing the record after insert does not change the store', () => {
        const { org, error } = run("Account a = new Account(Name = 'before');\ninsert a;\na.Name = 'after';");
        assert.equal(error, null);
        assert.equal(only(org, 'Account').get('name'), 'before');
    });

    test('defaults: metadata defaults, checkboxes false, a custom Name defaults to the Id', () => {
        const { org, error } = run('insert new DmlParent__c();');
        assert.equal(error, null);
        const fields = only(org, 'DmlParent__c');
        assert.equal(fields.get('active__c'), true);
        assert.equal(fields.get('archived__c'), false);
        assert.equal(fields.get('tier__c'), 'Bronze');
        assert.equal(fields.get('name'), (fields.get('id') as ApexId).value);
    });

    test('numbers are rounded to the field scale; formula fields are not stored', () => {
        const { org, error } = run(
            "DmlParent__c p = new DmlParent__c(Name = 'p', Amount__c = 1.235);\np.put('Double__c', 9);\ninsert p;"
        );
        assert.equal(error, null);
        const fields = only(org, 'DmlParent__c');
        assert.equal((fields.get('amount__c') as ApexDecimal).toString(), '1.24');
        assert.equal(fields.has('double__c'), false);
    });

    test('auto-number fields count up per object and cannot be written', () => {
        const { org, error } = run(
            "insert new Case(Subject = 'a');\nCase c = new Case(Subject = 'b');\nc.put('CaseNumber', 'X');\ninsert c;"
        );
        assert.equal(error, null);
        assert.deepEqual(
            [...org.store.rows('Case')].map((r) => r.fields.get('casenumber')),
            ['00000001', '00000002']
        );
    });

    test('standard fields derived on save: Case/Task IsClosed, Opportunity IsWon, Event dates, activity AccountId', () => {
        const { org, error } = run(
            [
                "Account a = new Account(Name = 'a');",
                'insert a;',
                "Contact c = new Contact(LastName = 'c', AccountId = a.Id);",
                'insert c;',
                "insert new List<Case>{ new Case(Status = 'Closed'), new Case(Status = 'New') };",
                "insert new Task(Subject = 't', Status = 'Completed', WhoId = c.Id);",
                "insert new Opportunity(Name = 'o', StageName = 'Closed Won', CloseDate = Date.today(), AccountId = a.Id);",
                "insert new Event(Subject = 'e', WhatId = a.Id, ActivityDateTime = Datetime.newInstanceGmt(2024, 3, 15, 5, 0, 0), DurationInMinutes = 30);"
            ].join('\n')
        );
        assert.equal(error, null);
        const accountId = only(org, 'Account').get('id') as ApexId;
        const cases = [...org.store.rows('Case')].map((r) => r.fields);
        assert.deepEqual(
            cases.map((f) => [f.get('isclosed'), f.get('closeddate') instanceof ApexDatetime]),
            [
                [true, true],
                [false, false]
            ]
        );
        const task = only(org, 'Task');
        assert.equal(task.get('isclosed'), true);
        assert.equal((task.get('accountid') as ApexId).value, accountId.value);
        const opportunity = only(org, 'Opportunity');
        assert.deepEqual([opportunity.get('isclosed'), opportunity.get('iswon')], [true, true]);
        const event = only(org, 'Event');
        assert.equal(String(event.get('activitydate')), '2024-03-14');
        assert.ok(event.get('startdatetime') instanceof ApexDatetime);
        assert.equal((event.get('accountid') as ApexId).value, accountId.value);
    });

    test('Contact.Name is FirstName and LastName', () => {
        const { org, error } = run("insert new Contact(FirstName = 'Ada', LastName = 'Lovelace');");
        assert.equal(error, null);
        assert.equal(only(org, 'Contact').get('name'), 'Ada Lovelace');
    });

    test('update writes the fields set on the record and leaves the others', () => {
        const { org, error } = run(
            "Account a = new Account(Name = 'a', Phone = '1');\ninsert a;\nupdate new Account(Id = a.Id, Name = 'b');"
        );
        assert.equal(error, null);
        const fields = only(org, 'Account');
        assert.equal(fields.get('name'), 'b');
        assert.equal(fields.get('phone'), '1');
    });

    test('delete moves the record to the recycle bin, undelete restores it', () => {
        const deleted = run("Account a = new Account(Name = 'a');\ninsert a;\ndelete a;");
        assert.equal(deleted.org.store.count('Account'), 0);
        assert.equal([...deleted.org.store.rows('Account', true)][0].fields.get('isdeleted'), true);
        const restored = run("Account a = new Account(Name = 'a');\ninsert a;\ndelete a;\nundelete a;");
        assert.equal(restored.org.store.count('Account'), 1);
    });

    test('a failed all-or-none insert leaves the store unchanged', () => {
        const { org, error } = run("insert new List<Account>{ new Account(Name = 'ok'), new Account() };");
        assert.match(error ?? '', /REQUIRED_FIELD_MISSING/);
        assert.equal(org.store.count('Account'), 0);
    });

    test('a failed all-or-none insert also undoes the DML its triggers did', () => {
        const { org, error } = run(
            "insert new List<DmlTrig__c>{ new DmlTrig__c(Name = 'a', Command__c = 'spawn'), new DmlTrig__c(Name = 'b', Command__c = 'blockafter') };"
        );
        assert.match(error ?? '', /Blocked after save/);
        assert.equal(org.store.count('DmlTrig__c'), 0);
    });

    test('a partial save keeps the good rows and what their triggers did in the last attempt only', () => {
        const { org, error } = run(
            "Database.insert(new List<DmlTrig__c>{ new DmlTrig__c(Name = 'a', Command__c = 'spawn'), new DmlTrig__c(Name = 'b', Command__c = 'block') }, false);"
        );
        assert.equal(error, null);
        assert.deepEqual(
            [...org.store.rows('DmlTrig__c')].map((r) => r.fields.get('name')),
            ['a', 'spawned']
        );
    });

    test('an update undone by a failing row is restored field by field', () => {
        const { org, error } = run(
            "Account a = new Account(Name = 'a');\nAccount b = new Account(Name = 'b');\ninsert new List<Account>{ a, b };\na.Name = 'changed';\nb.Name = null;\ntry {\n    update new List<Account>{ a, b };\n} catch (DmlException e) {\n}\ndelete b;"
        );
        assert.equal(error, null);
        assert.deepEqual(
            [...org.store.rows('Account', true)].map((r) => `${String(r.fields.get('name'))}:${r.deleted}`),
            ['a:false', 'b:true']
        );
    });

    test('an exception from the access check undoes what the request saved before it', () => {
        const org = conformanceOrg();
        org.access.checkDml = (_rt: Runtime, _request: DmlRequest, object: string) => {
            if (object === 'Contact') {
                throw apexError('System.DmlException', 'no access');
            }
        };
        const { error, debug } = run(
            "Account a = new Account(Name = 'a');\ntry {\n    insert new List<SObject>{ a, new Contact(LastName = 'c') };\n} catch (DmlException e) {\n    System.debug(a.Id);\n}",
            org
        );
        assert.equal(error, null);
        assert.deepEqual(debug, ['null']);
        assert.equal(org.store.count('Account'), 0);
    });

    test('merge stops as Unsupported', () => {
        const { error } = run(
            "Account a = new Account(Name = 'a');\nAccount b = new Account(Name = 'b');\ninsert new List<Account>{ a, b };\nmerge a b;"
        );
        assert.match(error ?? '', /Unsupported: DML merge/);
    });

    test('a formula default stops as Unsupported naming the field', () => {
        const org = conformanceOrg();
        const field = org.schema.getObject('DmlParent__c')!.fields.get('tier__c')!;
        const saved = field.defaultValue;
        field.defaultValue = 'TODAY()';
        try {
            const { error } = run("insert new DmlParent__c(Name = 'p');", org);
            assert.match(error ?? '', /Unsupported: default value formula TODAY\(\) of DmlParent__c\.Tier__c/);
        } finally {
            field.defaultValue = saved;
        }
    });

    test('access checks run once per object in a request, with the fields the rows set', () => {
        const org = conformanceOrg();
        const calls: Array<{ object: string; fields: string[] }> = [];
        org.access.checkDml = (_rt: Runtime, _request: DmlRequest, object: string, fields: string[]) => {
            calls.push({ object, fields });
        };
        const { error } = run(
            "insert new List<Account>{ new Account(Name = 'a'), new Account(Name = 'b', Phone = '1') };",
            org
        );
        assert.equal(error, null);
        assert.deepEqual(calls, [{ object: 'Account', fields: ['Name', 'Phone'] }]);
    });
});

describe('partial saves with triggers', () => {
    const program = buildProgram(
        [
            {
                path: 'classes/Gate.cls',
                source: 'public class Gate {\n    public static Integer calls = 0;\n    public static Boolean inTrigger() {\n        return Trigger.isExecuting;\n    }\n}\n'
            },
            {
                path: 'triggers/Flaky.trigger',
                source: [
                    'trigger Flaky on Account (before insert) {',
                    '    Gate.calls++;',
                    '    System.debug(Gate.inTrigger());',
                    '    for (Account a : Trigger.new) {',
                    "        if (a.Name == 'bad' || (a.Name == 'late' && Gate.calls >= 2) || (a.Name == 'later' && Gate.calls >= 3)) {",
                    '            a.addError(a.Name);',
                    '        }',
                    '    }',
                    '}'
                ].join('\n')
            }
        ],
        { schema: conformanceSchema(), labels: new Map(), namespace: null }
    );
    const partial = (names: string[]): string =>
        `List<Database.SaveResult> rs = Database.insert(new List<Account>{ ${names.map((n) => `new Account(Name = '${n}')`).join(', ')} }, false);\n` +
        "for (Database.SaveResult r : rs) { System.debug(r.isSuccess() ? 'ok' : r.getErrors()[0].getMessage()); }\nSystem.debug(Gate.calls);";

    test('rows that fail on a retry are set aside; static variables keep counting across attempts', () => {
        const org = conformanceOrg();
        const result = runAnonymous(program, partial(['good', 'late', 'bad']), 'x', { database: org });
        assert.equal(result.exception, null);
        assert.deepEqual(
            result.debug.map((d) => d.value),
            ['true', 'true', 'true', 'ok', 'late', 'bad', '3']
        );
        assert.equal(org.store.count('Account'), 1);
    });

    test('a failure in the third attempt fails the remaining rows with "Too many batch retries"', () => {
        const org = conformanceOrg();
        const result = runAnonymous(program, partial(['good', 'later', 'late', 'bad']), 'x', { database: org });
        assert.equal(result.exception, null);
        const message = 'Too many batch retries in the presence of Apex triggers and partial failures.';
        assert.deepEqual(result.debug.map((d) => d.value).slice(3), [message, message, 'late', 'bad', '3']);
        assert.equal(org.store.count('Account'), 0);
    });
});

describe('triggers in a project', () => {
    test('unsupported constructs in a trigger are listed as program gaps', () => {
        const program = buildProgram(
            [{ path: 'triggers/Gap.trigger', source: 'trigger Gap on Account (before insert) {\n    Foo.bar();\n}\n' }],
            { schema: conformanceSchema(), labels: new Map(), namespace: null }
        );
        assert.deepEqual(
            program.gaps.map((g) => `${g.file}:${g.line}`),
            ['triggers/Gap.trigger:2']
        );
    });

    test('loadProject reads triggers/*.trigger and the program fires them', () => {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), 'apex-triggers-'));
        try {
            const dir = path.join(root, 'force-app', 'main', 'default');
            fs.mkdirSync(path.join(dir, 'triggers'), { recursive: true });
            fs.writeFileSync(
                path.join(dir, 'triggers', 'AccountNamer.trigger'),
                "trigger AccountNamer on Account (before insert) {\n    for (Account a : Trigger.new) {\n        a.Description = 'named ' + Trigger.operationType;\n    }\n}\n"
            );
            const project = loadProject(root);
            assert.deepEqual(
                project.triggers.map((t) => t.path),
                [path.join('force-app', 'main', 'default', 'triggers', 'AccountNamer.trigger')]
            );
            const program = programFor(project);
            assert.equal(program.triggers.length, 1);
            assert.deepEqual([...program.triggers[0].events], ['before insert']);
            const org = new InMemoryOrg({ schema: project.schema });
            const result = runAnonymous(program, "insert new Account(Name = 'a');", 'x', { database: org });
            assert.equal(result.exception, null);
            assert.equal(only(org, 'Account').get('description'), 'named BEFORE_INSERT');
        } finally {
            fs.rmSync(root, { recursive: true, force: true });
        }
    });
});
