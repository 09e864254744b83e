/**
 * Loading a dataset in `sf data import tree` format into the in-memory org: references, type conversion, the
 * post-load users and links, errors that name the file, record and field, the per-process snapshot, SeeAllData,
 * and the real sample dataset in dev/data.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import type { DmlRequest, DmlRowResult } from '../src/database/database';
import { orgFor, orgWithDataset, runAnonymousInProject, runApexTests } from '../src/index';
import { DatasetError, loadDataset, loadDatasetCached } from '../src/org/dataset';
import { InMemoryOrg } from '../src/org/org';
import { loadProject, programFor, type ApexProject } from '../src/project';
import { Runtime } from '../src/runtime/runtime';
import { discoverTests, seesAllData } from '../src/testing/runner';
import { ApexDate, ApexDatetime } from '../src/values/dates';
import { ApexDecimal } from '../src/values/numeric';
import { ApexId, makeId } from '../src/values/id';
import { cls, makeProject } from './support/fixtures';

const field = (object: string, name: string, type: string, extra = ''): Record<string, string> => ({
    [`force-app/main/objects/${object}/fields/${name}.field-meta.xml`]:
        `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n` +
        `    <fullName>${name}</fullName>\n    <type>${type}</type>\n${extra}</CustomField>\n`
});

const records = (type: string, rows: Array<Record<string, unknown>>): string =>
    JSON.stringify({
        records: rows.map(({ ref, ...fields }) => ({ attributes: { type, referenceId: ref }, ...fields }))
    });

const plan = (entries: Array<[string, boolean, boolean, string[]]>): string =>
    JSON.stringify(
        entries.map(([sobject, saveRefs, resolveRefs, files]) => ({ sobject, saveRefs, resolveRefs, files }))
    );

/** The metadata the fixture datasets need: a custom child of Account, and Account's post-load lookups. */
const METADATA: Record<string, string> = {
    ...field('Widget__c', 'Account__c', 'Lookup', '    <referenceTo>Account</referenceTo>\n'),
    ...field('Widget__c', 'Due__c', 'Date'),
    ...field('Widget__c', 'Seen__c', 'DateTime'),
    ...field('Widget__c', 'Amount__c', 'Number', '    <precision>18</precision>\n    <scale>2</scale>\n'),
    ...field('Widget__c', 'Active__c', 'Checkbox'),
    ...field('Account', 'Csm__c', 'Lookup', '    <referenceTo>User</referenceTo>\n'),
    ...field('Account', 'ExecutiveSponsor__c', 'Lookup', '    <referenceTo>Contact</referenceTo>\n')
};

/** A good dataset: accounts, contacts and widgets referring to them, an event, users and sponsors. */
const GOOD: Record<string, string> = {
    'data/plan.json': plan([
        ['Account', true, false, ['Account-1.json']],
        ['Contact', true, true, ['Contact-1.json']],
        ['Widget__c', false, true, ['Widget__c-1.json']],
        ['Opportunity', false, true, ['Opportunity-1.json']],
        ['Event', false, true, ['Event-1.json']]
    ]),
    'data/Account-1.json': records('Account', [
        { ref: 'AccountRef1', Name: 'Acme', NumberOfEmployees: 12 },
        { ref: 'AccountRef2', Name: 'Globex' }
    ]),
    'data/Contact-1.json': records('Contact', [
        { ref: 'ContactRef1', LastName: 'Ng', AccountId: '@AccountRef1' },
        { ref: 'ContactRef2', LastName: 'Ode', AccountId: '@AccountRef2' }
    ]),
    'data/Widget__c-1.json': records('Widget__c', [
        {
            ref: 'Widget__cRef1',
            Name: 'W1',
            Account__c: '@AccountRef2',
            Due__c: '2026-11-20',
            Seen__c: '2026-04-09T14:00:00.000Z',
            Amount__c: 12.5,
            Active__c: true
        }
    ]),
    'data/Opportunity-1.json': records('Opportunity', [
        {
            ref: 'OpportunityRef1',
            Name: 'Renewal',
            AccountId: '@AccountRef1',
            StageName: 'Prospecting',
            CloseDate: '2026-12-31'
        }
    ]),
    // 05:30 UTC on 9 April is still 8 April in Los Angeles, the running user's time zone.
    'data/Event-1.json': records('Event', [
        {
            ref: 'EventRef1',
            WhatId: '@AccountRef1',
            ActivityDateTime: '2026-04-09T05:30:00.000Z',
            DurationInMinutes: 30
        }
    ]),
    'data/users.json': JSON.stringify({
        users: [
            {
                key: 'csm-ana',
                firstName: 'Ana',
                lastName: 'Lima',
                alias: 'alima',
                email: 'ana.lima@sample.example.com',
                title: 'CSM',
                permissionSet: 'Fixture_CSM',
                csmOf: ['AccountRef1', 'AccountRef2'],
                ownerOf: []
            },
            {
                key: 'ae-bo',
                firstName: 'Bo',
                lastName: 'Berg',
                alias: 'bberg',
                email: 'bo.berg@sample.example.com',
                title: 'AE',
                permissionSet: 'Fixture_Sales',
                csmOf: [],
                ownerOf: ['AccountRef1']
            }
        ]
    }),
    'data/post-load.json': JSON.stringify({ executiveSponsors: [{ account: 'AccountRef1', contact: 'ContactRef1' }] })
};

const projects: Array<{ remove(): void }> = [];
after(() => projects.forEach((p) => p.remove()));

function fixture(files: Record<string, string>, namespace = ''): { root: string; project: ApexProject } {
    const made = makeProject({
        'sfdx-project.json': JSON.stringify({ packageDirectories: [{ path: 'force-app', default: true }], namespace }),
        ...METADATA,
        ...files
    });
    projects.push(made);
    return { root: made.root, project: loadProject(made.root) };
}

function load(project: ApexProject, planPath: string, org: InMemoryOrg = orgFor(project)) {
    const rt = new Runtime({ program: programFor(project), database: org, now: () => Date.UTC(2026, 10, 20, 12) });
    return { org, report: loadDataset(org, planPath, rt) };
}

function only(org: InMemoryOrg, object: string) {
    return [...org.store.rows(object)];
}

describe('loadDataset', () => {
    test('inserts in plan order, resolving @references to the Ids saved earlier', () => {
        const { root, project } = fixture(GOOD);
        const { org, report } = load(project, path.join(root, 'data/plan.json'));
        assert.deepEqual(
            [...report.counts],
            [
                ['Account', 2],
                ['Contact', 2],
                ['Widget__c', 1],
                ['Opportunity', 1],
                ['Event', 1]
            ]
        );
        assert.equal(report.records, 7);
        const [acme, globex] = only(org, 'Account');
        assert.equal(report.references.get('AccountRef1'), acme.id);
        const contacts = only(org, 'Contact');
        assert.deepEqual(
            contacts.map((c) => c.fields.get('accountid')),
            [acme.id, globex.id]
        );
        assert.equal(only(org, 'Widget__c')[0].fields.get('account__c'), globex.id);
        // Every referenceId is kept, whatever the plan's saveRefs says.
        assert.ok(report.references.has('Widget__cRef1'));
    });

    test('converts JSON values to the field types as JSON.deserialize does', () => {
        const { root, project } = fixture(GOOD);
        const { org } = load(project, path.join(root, 'data/plan.json'));
        const widget = only(org, 'Widget__c')[0].fields;
        assert.ok(widget.get('due__c') instanceof ApexDate);
        assert.equal(String(widget.get('due__c')), '2026-11-20');
        const seen = widget.get('seen__c');
        assert.ok(seen instanceof ApexDatetime);
        assert.equal(seen.getTime(), Date.UTC(2026, 3, 9, 14));
        assert.ok(widget.get('amount__c') instanceof ApexDecimal);
        // Saved at the field's scale (2), as the platform stores numbers.
        assert.equal(String(widget.get('amount__c')), '12.50');
        assert.equal(widget.get('active__c'), true);
        assert.equal(widget.get('name'), 'W1');
    });

    test("derives an Event's ActivityDate from ActivityDateTime in the running user's time zone", () => {
        const { root, project } = fixture(GOOD);
        const { org } = load(project, path.join(root, 'data/plan.json'));
        assert.equal(String(only(org, 'Event')[0].fields.get('activitydate')), '2026-04-08');
    });

    test('creates the users with their permission sets, then sets CSM, owner and sponsor lookups', () => {
        const { root, project } = fixture(GOOD);
        const { org, report } = load(project, path.join(root, 'data/plan.json'));
        const users = only(org, 'User').filter((u) => String(u.fields.get('email')).endsWith('sample.example.com'));
        assert.equal(users.length, 2);
        const [ana, bo] = users;
        assert.equal(ana.fields.get('username'), 'alima.local@sample.example.com');
        for (const required of ['lastname', 'alias', 'email', 'profileid', 'timezonesidkey', 'localesidkey']) {
            assert.notEqual(ana.fields.get(required) ?? null, null, required);
        }
        assert.equal(report.users, 2);
        const assignments = only(org, 'PermissionSetAssignment');
        assert.equal(assignments.length, 2);
        const permissionSetName = (id: unknown): unknown => org.store.get(id as ApexId)?.fields.get('name');
        assert.deepEqual(
            assignments.map((a) => [a.fields.get('assigneeid'), permissionSetName(a.fields.get('permissionsetid'))]),
            [
                [ana.id, 'Fixture_CSM'],
                [bo.id, 'Fixture_Sales']
            ]
        );
        const [acme, globex] = only(org, 'Account');
        assert.equal(acme.fields.get('csm__c'), ana.id);
        assert.equal(globex.fields.get('csm__c'), ana.id);
        assert.equal(acme.fields.get('ownerid'), bo.id);
        assert.equal(only(org, 'Opportunity')[0].fields.get('ownerid'), bo.id);
        assert.equal(acme.fields.get('executivesponsor__c'), only(org, 'Contact')[0].id);
        assert.equal(globex.fields.get('executivesponsor__c') ?? null, null);
        // One update per record: Acme (CSM, owner, sponsor), Globex (CSM), the opportunity (owner).
        assert.equal(report.postLoadUpdates, 3);
    });

    test('uses the permission set rows the org already has, by Name', () => {
        const { root, project } = fixture(GOOD);
        const org = orgFor(project);
        const existing = org.store.insert(
            project.schema.getObject('PermissionSet')!,
            new Map([['name', 'Fixture_CSM']])
        );
        load(project, path.join(root, 'data/plan.json'), org);
        assert.equal(only(org, 'PermissionSet').filter((p) => p.fields.get('name') === 'Fixture_CSM').length, 1);
        assert.ok(only(org, 'PermissionSetAssignment').some((a) => a.fields.get('permissionsetid') === existing.id));
    });

    test('accepts names with the project namespace prefix, as the generator writes them with --namespace', () => {
        const { root, project } = fixture(
            {
                'data/plan.json': plan([
                    ['Account', true, false, ['Account-1.json']],
                    ['lodestar__Widget__c', false, true, ['lodestar__Widget__c-1.json']]
                ]),
                'data/Account-1.json': records('Account', [{ ref: 'AccountRef1', Name: 'Acme' }]),
                'data/lodestar__Widget__c-1.json': records('lodestar__Widget__c', [
                    {
                        ref: 'lodestar__Widget__cRef1',
                        Name: 'W',
                        lodestar__Account__c: '@AccountRef1',
                        lodestar__Due__c: '2026-01-02'
                    }
                ])
            },
            'lodestar'
        );
        const { org } = load(project, path.join(root, 'data/plan.json'));
        const widget = only(org, 'Widget__c')[0].fields;
        assert.equal(widget.get('account__c'), only(org, 'Account')[0].id);
        assert.equal(String(widget.get('due__c')), '2026-01-02');
    });

    test('an unresolved reference names the file, the record and the field', () => {
        const { root, project } = fixture({
            ...GOOD,
            'data/Contact-1.json': records('Contact', [
                { ref: 'ContactRef1', LastName: 'Ng', AccountId: '@AccountRef9' }
            ])
        });
        assert.throws(
            () => load(project, path.join(root, 'data/plan.json')),
            (e: unknown) =>
                e instanceof DatasetError &&
                e.message.includes('Contact-1.json, record ContactRef1, field AccountId') &&
                e.message.includes('unresolved reference @AccountRef9')
        );
    });

    test('ignores saveRefs and resolveRefs, as the current CLI does', () => {
        const { root, project } = fixture({
            ...GOOD,
            'data/plan.json': plan([
                ['Account', false, false, ['Account-1.json']],
                ['Contact', false, false, ['Contact-1.json']]
            ])
        });
        const { org } = load(project, path.join(root, 'data/plan.json'));
        assert.equal(only(org, 'Contact')[0].fields.get('accountid'), only(org, 'Account')[0].id);
    });

    test('a record referring to a later record of the same file waits for it; other @text stays as written', () => {
        const { root, project } = fixture({
            'data/plan.json': plan([['Account', true, true, ['Account-1.json']]]),
            'data/Account-1.json': records('Account', [
                { ref: 'AccountRef1', Name: 'Child', ParentId: '@AccountRef2', Description: '@acme on social media' },
                { ref: 'AccountRef2', Name: 'Parent' }
            ])
        });
        const { org, report } = load(project, path.join(root, 'data/plan.json'));
        const parent = org.store.get(report.references.get('AccountRef2')!)!;
        const child = org.store.get(report.references.get('AccountRef1')!)!;
        assert.equal(child.fields.get('parentid'), parent.id);
        assert.equal(child.fields.get('description'), '@acme on social media');
        // Saved in the order the CLI sends them: the records without such references first.
        assert.deepEqual(
            only(org, 'Account').map((a) => a.fields.get('name')),
            ['Parent', 'Child']
        );
    });

    test('saves nested child records after their parent, with the lookup to it set', () => {
        const nested = {
            records: [
                {
                    attributes: { type: 'Account', referenceId: 'AccountRef1' },
                    Name: 'Acme',
                    Contacts: {
                        records: [
                            { attributes: { type: 'Contact', referenceId: 'ContactRef1' }, LastName: 'Ng' },
                            {
                                attributes: { type: 'Contact', referenceId: 'ContactRef2' },
                                LastName: 'Ode',
                                Cases: {
                                    records: [
                                        { attributes: { type: 'Case', referenceId: 'CaseRef1' }, Subject: 'Help' }
                                    ]
                                }
                            }
                        ]
                    }
                }
            ]
        };
        const { root, project } = fixture({
            'data/plan.json': plan([
                ['Account', true, false, ['Account-1.json']],
                ['Widget__c', false, true, ['Widget__c-1.json']]
            ]),
            'data/Account-1.json': JSON.stringify(nested),
            'data/Widget__c-1.json': records('Widget__c', [
                { ref: 'Widget__cRef1', Name: 'W', Account__c: '@AccountRef1' }
            ])
        });
        const { org, report } = load(project, path.join(root, 'data/plan.json'));
        const acme = only(org, 'Account')[0];
        assert.deepEqual(
            only(org, 'Contact').map((c) => [c.fields.get('lastname'), c.fields.get('accountid')]),
            [
                ['Ng', acme.id],
                ['Ode', acme.id]
            ]
        );
        assert.equal(only(org, 'Case')[0].fields.get('contactid'), report.references.get('ContactRef2'));
        assert.deepEqual(
            [...report.counts],
            [
                ['Account', 1],
                ['Contact', 2],
                ['Case', 1],
                ['Widget__c', 1]
            ]
        );
        const bad = fixture({
            'data/plan.json': plan([['Account', true, false, ['Account-1.json']]]),
            'data/Account-1.json': JSON.stringify({
                records: [
                    { attributes: { type: 'Account', referenceId: 'AccountRef1' }, Name: 'A', Friends: { records: [] } }
                ]
            })
        });
        assert.throws(
            () => load(bad.project, path.join(bad.root, 'data/plan.json')),
            /Account-1\.json, record AccountRef1, Friends: not a child relationship of Account/
        );
    });

    test('records of one file that refer to each other are an error', () => {
        const { root, project } = fixture({
            'data/plan.json': plan([['Account', true, true, ['Account-1.json']]]),
            'data/Account-1.json': records('Account', [
                { ref: 'AccountRef1', Name: 'A', ParentId: '@AccountRef2' },
                { ref: 'AccountRef2', Name: 'B', ParentId: '@AccountRef1' }
            ])
        });
        assert.throws(
            () => load(project, path.join(root, 'data/plan.json')),
            /Account-1\.json, record AccountRef1: circular references within the file/
        );
    });

    test('a record without a referenceId, or with one used before, is an error', () => {
        const missing = fixture({
            ...GOOD,
            'data/Account-1.json': JSON.stringify({ records: [{ attributes: { type: 'Account' }, Name: 'A' }] })
        });
        assert.throws(
            () => load(missing.project, path.join(missing.root, 'data/plan.json')),
            /Account-1\.json, record #1: no attributes\.referenceId/
        );
        const duplicate = fixture({
            ...GOOD,
            'data/Contact-1.json': records('Contact', [{ ref: 'AccountRef1', LastName: 'Ng' }])
        });
        assert.throws(
            () => load(duplicate.project, path.join(duplicate.root, 'data/plan.json')),
            /Contact-1\.json, record AccountRef1: duplicate referenceId/
        );
    });

    test('an unknown field or object names the file and record', () => {
        const badField = fixture({
            ...GOOD,
            'data/Account-1.json': records('Account', [{ ref: 'AccountRef1', Name: 'Acme', Colour__c: 'red' }])
        });
        assert.throws(
            () => load(badField.project, path.join(badField.root, 'data/plan.json')),
            (e: unknown) =>
                e instanceof DatasetError &&
                e.message.includes('Account-1.json, record AccountRef1: unknown field Account.Colour__c')
        );
        const badObject = fixture({
            ...GOOD,
            'data/plan.json': plan([['Gadget__c', false, false, ['Account-1.json']]])
        });
        assert.throws(
            () => load(badObject.project, path.join(badObject.root, 'data/plan.json')),
            /unknown object Gadget__c/
        );
    });

    test('a value that does not convert names the field', () => {
        const { root, project } = fixture({
            ...GOOD,
            'data/Widget__c-1.json': records('Widget__c', [{ ref: 'Widget__cRef1', Name: 'W', Due__c: 'soon' }])
        });
        assert.throws(
            () => load(project, path.join(root, 'data/plan.json')),
            /Widget__c-1\.json, record Widget__cRef1, field Due__c: Cannot deserialize Date from 'soon'/
        );
    });

    test('a row the org rejects stops the load, naming the file, record and error', () => {
        const { root, project } = fixture(GOOD);
        class RejectingOrg extends InMemoryOrg {
            override dml(request: DmlRequest, rt: Runtime): DmlRowResult[] {
                if (request.op === 'insert' && request.rows.some((r) => 'info' in r && r.info.name === 'Contact')) {
                    return request.rows.map(() => ({
                        id: null,
                        success: false,
                        created: false,
                        errors: [
                            {
                                statusCode: 'REQUIRED_FIELD_MISSING',
                                message: 'Required fields are missing: [Email]',
                                fields: ['Email']
                            }
                        ]
                    }));
                }
                return super.dml(request, rt);
            }
        }
        const org = new RejectingOrg({ schema: project.schema, packageDirs: project.packageDirs });
        assert.throws(
            () => load(project, path.join(root, 'data/plan.json'), org),
            /Contact-1\.json, record ContactRef1: insert rejected: REQUIRED_FIELD_MISSING: Required fields are missing: \[Email\] \[Email\]/
        );
    });

    test('inserts through the org DML in batches of 200, each in its own transaction', () => {
        const many = Array.from({ length: 450 }, (_, i) => ({ ref: `AccountRef${i + 1}`, Name: `A${i + 1}` }));
        const { root, project } = fixture({
            'data/plan.json': plan([['Account', true, false, ['Account-1.json']]]),
            'data/Account-1.json': records('Account', many)
        });
        const sizes: number[] = [];
        const runtimes = new Set<Runtime>();
        class CountingOrg extends InMemoryOrg {
            override dml(request: DmlRequest, rt: Runtime): DmlRowResult[] {
                assert.equal(request.allOrNone, true);
                assert.equal(request.access, 'system');
                sizes.push(request.rows.length);
                runtimes.add(rt);
                return super.dml(request, rt);
            }
        }
        const { org } = load(project, path.join(root, 'data/plan.json'), new CountingOrg({ schema: project.schema }));
        assert.deepEqual(sizes, [200, 200, 50]);
        assert.equal(runtimes.size, 3);
        assert.equal(org.store.count('Account'), 450);
    });
});

describe('loadDatasetCached', () => {
    test('restores the same rows into each fresh org; new Ids continue after the loaded ones', () => {
        const { root, project } = fixture(GOOD);
        const planPath = path.join(root, 'data/plan.json');
        const first = orgWithDataset(project, planPath);
        const second = orgWithDataset(project, planPath);
        assert.equal(first.report.cached, false);
        assert.equal(second.report.cached, true);
        assert.notEqual(first.org, second.org);
        assert.deepEqual(
            only(second.org, 'Account').map((a) => a.id),
            only(first.org, 'Account').map((a) => a.id)
        );
        // Changes in one org do not reach the other.
        only(second.org, 'Account')[0].fields.set('name', 'Changed');
        assert.equal(only(first.org, 'Account')[0].fields.get('name'), 'Acme');
        const added = second.org.store.insert(project.schema.getObject('Account')!, new Map([['name', 'New']]));
        assert.equal(second.org.store.count('Account'), 3);
        assert.ok(!only(first.org, 'Account').some((a) => a.id.value === added.id.value));
    });

    test('loads a second time for a different plan', () => {
        const { root, project } = fixture(GOOD);
        const rt = (org: InMemoryOrg) => new Runtime({ program: programFor(project), database: org });
        const org = orgFor(project);
        loadDatasetCached(org, path.join(root, 'data/plan.json'), rt(org));
        fs.copyFileSync(path.join(root, 'data/plan.json'), path.join(root, 'data/other-plan.json'));
        const other = orgFor(project);
        assert.equal(loadDatasetCached(other, path.join(root, 'data/other-plan.json'), rt(other)).cached, false);
    });
});

describe('runAnonymousInProject with data', () => {
    test('runs against an org holding the dataset', () => {
        const { root } = fixture(GOOD);
        const source =
            `Database.SaveResult r = Database.update(new Account(Id = '${makeId('001', 1).value}', Name = 'x'), false);\n` +
            'System.debug(r.isSuccess());\n';
        const withData = runAnonymousInProject(root, source, 'probe.apex', { data: path.join(root, 'data/plan.json') });
        assert.deepEqual(
            withData.debug.map((d) => d.value),
            ['true']
        );
        const without = runAnonymousInProject(root, source, 'probe.apex');
        assert.deepEqual(
            without.debug.map((d) => d.value),
            ['false']
        );
    });
});

describe('SeeAllData', () => {
    const testClass = (
        name: string,
        classAnnotation: string,
        methods: Array<[string, string]>
    ): Record<string, string> => ({
        [cls(name)]:
            `${classAnnotation}\nprivate class ${name} {\n` +
            methods.map(([annotation, body]) => `    ${annotation}\n    static void ${body}\n`).join('') +
            '}\n'
    });

    test('is read from the class or the method annotation; a method cannot narrow its class', () => {
        const { project } = fixture({
            ...testClass('OpenClassTest', '@IsTest(SeeAllData=true)', [
                ['@IsTest', 'a() {}'],
                ['@IsTest(SeeAllData=false)', 'b() {}']
            ]),
            ...testClass('ClosedClassTest', '@IsTest', [
                ['@IsTest(seeAllData = true)', 'c() {}'],
                ['@IsTest', 'd() {}']
            ])
        });
        const seen = discoverTests(programFor(project))
            .map((t) => [t.method.name, seesAllData(t)])
            .sort();
        assert.deepEqual(seen, [
            ['a', true],
            ['b', true],
            ['c', true],
            ['d', false]
        ]);
    });

    test('only tests with SeeAllData=true see the dataset; the others start empty', async () => {
        // The first Account the dataset inserts into a fresh org. Without SOQL yet, a test sees it when updating it
        // by Id succeeds.
        const acmeId = makeId('001', 1).value;
        const probe = (expect: boolean): string =>
            `probe() { Database.SaveResult r = Database.update(new Account(Id = '${acmeId}', Name = 'Seen'), false); ` +
            `Assert.areEqual(${expect}, r.isSuccess()); }`;
        const { root } = fixture({
            ...GOOD,
            ...testClass('SeesDataTest', '@IsTest(SeeAllData=true)', [['@IsTest', probe(true)]]),
            ...testClass('IsolatedTest', '@IsTest', [['@IsTest', probe(false)]])
        });
        const lines: string[] = [];
        const outcome = await runApexTests({
            projectRoot: root,
            data: path.join(root, 'data/plan.json'),
            parseCacheDir: null,
            log: (line) => lines.push(line)
        });
        assert.equal(outcome.passed, 2, lines.join('\n'));
        assert.ok(lines.some((l) => /^Loaded .*plan\.json: 7 records/.test(l)));
    });
    test('@TestSetup in a class whose tests see all data fails, as the platform does not support it', async () => {
        const { root } = fixture(
            testClass('SetupTest', '@IsTest(SeeAllData=true)', [
                ['@TestSetup', 'setup() {}'],
                ['@IsTest', 'runs() {}']
            ])
        );
        const failures: string[] = [];
        const outcome = await runApexTests({
            projectRoot: root,
            parseCacheDir: null,
            log: null,
            onResult: (r) => failures.push(r.message ?? '')
        });
        assert.equal(outcome.failed, 1);
        assert.match(failures[0], /@TestSetup is not supported .*SeeAllData=true/);
    });
});

describe('apex --data', () => {
    const CLI = path.join(__dirname, '..', 'src', 'cli.js');
    const apex = (root: string, ...args: string[]) =>
        spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8' });

    test('run loads the dataset first, reporting it on stderr', () => {
        const { root } = fixture({
            ...GOOD,
            // Without SOQL yet: an update by Id succeeds only when the dataset's first Account exists.
            'scripts/probe.apex':
                `Database.SaveResult r = Database.update(new Account(Id = '${makeId('001', 1).value}', Name = 'x'), false);\n` +
                'System.debug(r.isSuccess());\n'
        });
        const withData = apex(root, 'run', '--data', 'data/plan.json', 'scripts/probe.apex');
        assert.equal(withData.status, 0, withData.stderr);
        assert.equal(withData.stdout.trim(), 'USER_DEBUG|[2]|DEBUG|true');
        assert.match(withData.stderr, /^Loaded data\/plan\.json: 7 records \(Account 2, Contact 2, /);
        const without = apex(root, 'run', 'scripts/probe.apex');
        assert.equal(without.stdout.trim(), 'USER_DEBUG|[2]|DEBUG|false');
    });

    test('a dataset that cannot be loaded stops with exit 3 and the reason', () => {
        const { root } = fixture({
            ...GOOD,
            'data/Contact-1.json': records('Contact', [{ ref: 'ContactRef1', LastName: 'Ng', AccountId: '@Nope1' }]),
            'scripts/hello.apex': "System.debug('hello');\n"
        });
        const result = apex(root, 'run', '--data', 'data/plan.json', 'scripts/hello.apex');
        assert.equal(result.status, 3);
        assert.equal(result.stdout, '');
        assert.match(result.stderr, /Cannot load the dataset: .*Contact-1\.json, record ContactRef1, field AccountId/);
    });
});

describe('the sample dataset (dev/data)', () => {
    const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
    const dataDir = path.join(repoRoot, 'dev', 'data');
    const planPath = path.join(dataDir, 'sample-plan.json');
    const samplePlan = JSON.parse(fs.readFileSync(planPath, 'utf8')) as Array<{ sobject: string; files: string[] }>;
    const fileRecords = (file: string): Array<Record<string, unknown>> =>
        (JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')) as { records: Array<Record<string, unknown>> })
            .records;
    const project = loadProject(repoRoot);
    // Load time is a figure for the benchmarks (npm run bench:org), not a test's pass mark.
    const { org, report } = load(project, planPath);

    test('loads every record of every file', () => {
        for (const entry of samplePlan) {
            const expected = entry.files.reduce((n, file) => n + fileRecords(file).length, 0);
            assert.equal(org.store.count(entry.sobject), expected, entry.sobject);
            assert.equal(report.counts.get(entry.sobject), expected, entry.sobject);
        }
    });

    test('every reference resolved to a record of the referenced object', () => {
        let checked = 0;
        for (const entry of samplePlan) {
            const rows = [...org.store.rows(entry.sobject)];
            let index = 0;
            for (const file of entry.files) {
                for (const record of fileRecords(file)) {
                    const row = rows[index++];
                    for (const [name, value] of Object.entries(record)) {
                        const ref = typeof value === 'string' ? /^@(\w+Ref\d+)$/.exec(value) : null;
                        if (ref) {
                            const target = org.store.get(row.fields.get(name.toLowerCase()) as ApexId);
                            assert.equal(target?.id, report.references.get(ref[1]), `${file} ${name}`);
                            // The generator names references after the object: AccountRef12, SuccessPlanRef3.
                            assert.equal(
                                `${target!.info.name.replace(/__c$/, '')}Ref`,
                                ref[1].replace(/\d+$/, ''),
                                `${file} ${name}`
                            );
                            checked++;
                        }
                    }
                }
            }
        }
        assert.ok(checked > 20000, String(checked));
    });

    test('every account has a CSM and an owner from users.json; sponsors come from post-load.json', () => {
        const users = JSON.parse(fs.readFileSync(path.join(dataDir, 'users.json'), 'utf8')) as { users: unknown[] };
        const sponsors = JSON.parse(fs.readFileSync(path.join(dataDir, 'post-load.json'), 'utf8')) as {
            executiveSponsors: unknown[];
        };
        assert.equal(report.users, users.users.length);
        assert.equal(report.permissionSetAssignments, users.users.length);
        const accounts = only(org, 'Account');
        const userIds = new Set(only(org, 'User').map((u) => u.id.value));
        for (const account of accounts) {
            assert.ok(userIds.has((account.fields.get('csm__c') as ApexId).value));
            assert.ok(userIds.has((account.fields.get('ownerid') as ApexId).value));
        }
        const sponsored = accounts.filter((a) => a.fields.get('executivesponsor__c') instanceof ApexId);
        assert.equal(sponsored.length, sponsors.executiveSponsors.length);
    });

    test('every row sets the fields its object requires', () => {
        const missing: string[] = [];
        for (const entry of samplePlan) {
            const info = project.schema.getObject(entry.sobject)!;
            const required = [...info.fields.values()].filter((f) => f.required && !f.isCalculated && !f.defaultValue);
            for (const row of org.store.rows(entry.sobject)) {
                for (const f of required) {
                    if ((row.fields.get(f.name.toLowerCase()) ?? null) === null) {
                        missing.push(`${entry.sobject} ${row.id.value} ${f.name}`);
                    }
                }
            }
        }
        assert.deepEqual(missing, []);
    });
});
