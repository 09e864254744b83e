/**
 * Users and access: the seeded setup records, the permission model read from permission sets (the fixture
 * package's and the project's persona sets), the user-mode checks SOQL and DML call, and the Apex-visible answers
 * (describe, Security.stripInaccessible, System.runAs) for users other than the default administrator.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { runAnonymous } from '../src/anonymous';
import type { DmlRequest, SoqlRequest } from '../src/database/database';
import { InMemoryOrg } from '../src/org/org';
import { loadPermissionSets, parsePermissionSet, UserAccess } from '../src/org/permissions';
import { DEFAULT_USER, Runtime } from '../src/runtime/runtime';
import { ProjectSchema } from '../src/schema/projectSchema';
import { ApexList } from '../src/values/collections';
import { ApexId } from '../src/values/id';
import { ApexThrow } from '../src/values/objects';
import { SObjectValue } from '../src/values/sobject';
import { exceptionMessage, exceptionTypeName } from '../src/values/format';
import { inaccessibleFieldsOf, inSeparateDmlContext } from '../src/org/access';
import {
    conformanceOrg,
    conformanceProgram,
    conformanceSchema,
    FIXTURE_PACKAGE,
    PINNED_NOW
} from './conformance/harness';

const PROJECT_ROOT = path.resolve(__dirname, '../../../..');

function idOf(org: InMemoryOrg, object: string, field: string, value: string): ApexId {
    for (const row of org.store.rows(object)) {
        if (row.fields.get(field) === value) {
            return row.id;
        }
    }
    throw new Error(`no ${object} with ${field} = ${value}`);
}

/** Inserts a User with the profile and permission sets, straight into the store; returns its Id. */
function addUser(org: InMemoryOrg, profile: string, permissionSets: string[] = []): ApexId {
    const info = org.schema.getObject('User')!;
    const user = org.store.insert(
        info,
        new Map<string, unknown>([
            ['username', `${profile.replace(/ /g, '').toLowerCase()}@access.test`],
            ['lastname', profile],
            ['profileid', idOf(org, 'Profile', 'name', profile)]
        ])
    );
    const psa = org.schema.getObject('PermissionSetAssignment')!;
    for (const name of permissionSets) {
        org.store.insert(
            psa,
            new Map<string, unknown>([
                ['assigneeid', user.id],
                ['permissionsetid', idOf(org, 'PermissionSet', 'name', name)]
            ])
        );
    }
    return user.id;
}

function runtimeAs(org: InMemoryOrg, userId: ApexId): Runtime {
    const profile = org.store.get(userId)!.fields.get('profileid') as ApexId;
    return new Runtime({
        program: conformanceProgram(),
        database: org,
        now: () => PINNED_NOW,
        user: { id: userId.value, profileId: profile.value }
    });
}

function soql(text: string, access: SoqlRequest['access'] = 'user'): SoqlRequest {
    return {
        soql: text,
        bind: () => undefined,
        access,
        sharing: 'inherited',
        location: { file: 'test', line: 1 },
        dynamic: false
    };
}

function dml(op: DmlRequest['op'], rows: DmlRequest['rows'], access: DmlRequest['access'] = 'user'): DmlRequest {
    return { op, rows, allOrNone: true, access, sharing: 'inherited', location: { file: 'test', line: 1 } };
}

/** Runs `body`, expecting an Apex exception; returns it. */
function apexThrown(body: () => void): ApexThrow {
    try {
        body();
    } catch (error) {
        if (error instanceof ApexThrow) {
            return error;
        }
        throw error;
    }
    assert.fail('expected an Apex exception');
}

function widget(fields: Record<string, unknown>): SObjectValue {
    const record = new SObjectValue(conformanceSchema().getObject('AccessWidget__c')!);
    for (const [name, value] of Object.entries(fields)) {
        record.set(name.toLowerCase(), name, value);
    }
    return record;
}

/** Runs anonymous Apex as `userId` on `org`; returns the debug output, or the escaped exception as text. */
function apexAs(org: InMemoryOrg, userId: ApexId, source: string): string[] {
    const profile = org.store.get(userId)!.fields.get('profileid') as ApexId;
    const result = runAnonymous(conformanceProgram(), source, 'access-test', {
        database: org,
        now: () => PINNED_NOW,
        user: { id: userId.value, profileId: profile.value }
    });
    if (result.unsupported) {
        throw result.unsupported;
    }
    const out = result.debug.map((d) => d.value);
    return result.exception ? [...out, `${result.exception.type}: ${result.exception.message}`] : out;
}

describe('setup data', () => {
    test('every org has the standard profiles, the running user as an administrator, and the organization', () => {
        const org = conformanceOrg();
        const profiles = [...org.store.rows('Profile')].map((r) => r.fields.get('name'));
        assert.deepEqual(profiles, ['System Administrator', 'Standard User', 'Read Only']);
        const user = org.store.get(DEFAULT_USER.id)!;
        assert.equal(user.fields.get('username'), DEFAULT_USER.username);
        assert.equal((user.fields.get('profileid') as ApexId).value, DEFAULT_USER.profileId);
        assert.equal(org.store.get(DEFAULT_USER.profileId)!.fields.get('name'), 'System Administrator');
        // DEFAULT_USER.organizationId's last three characters are not its checksum; the 15-character Id matches.
        const organization = [...org.store.rows('Organization')][0];
        assert.equal(organization.id.value.slice(0, 15), DEFAULT_USER.organizationId.slice(0, 15));
    });

    test('a PermissionSet row per project permission set, named after its file', () => {
        const org = conformanceOrg();
        const sets = [...org.store.rows('PermissionSet')].map((r) => [r.fields.get('name'), r.fields.get('label')]);
        assert.deepEqual(sets, [
            ['Access_Editor', 'Access Editor'],
            ['Access_Reader', 'Access Reader']
        ]);
    });

    test('the seeded Ids survive resetForTest and never collide with new records', () => {
        const org = conformanceOrg();
        const userInfo = org.schema.getObject('User')!;
        const fresh = org.store.newId(userInfo);
        assert.notEqual(fresh.value, DEFAULT_USER.id);
        org.resetForTest();
        assert.equal(org.store.get(DEFAULT_USER.id)?.fields.get('lastname'), DEFAULT_USER.lastName);
        assert.notEqual(org.store.newId(userInfo).value, DEFAULT_USER.id);
        assert.equal([...org.store.rows('Profile')].length, 3);
    });
});

describe('permission model', () => {
    test('parses object, field and class permissions from permission set XML', () => {
        const file = path.join(FIXTURE_PACKAGE, 'access/permissionsets/Access_Editor.permissionset-meta.xml');
        const set = parsePermissionSet('Access_Editor', fs.readFileSync(file, 'utf8'));
        assert.equal(set.label, 'Access Editor');
        assert.deepEqual(set.objects.get('accesswidget__c'), {
            read: true,
            create: true,
            edit: true,
            delete: false,
            viewAll: false,
            modifyAll: false
        });
        assert.deepEqual(set.fields.get('accesswidget__c.secret__c'), { readable: true, editable: false });
        assert.ok(set.classes.has('accesswidgetservice'));
    });

    test('profile baselines: administrators have everything; standard users no custom objects or fields', () => {
        const schema = conformanceSchema();
        const widgetInfo = schema.getObject('AccessWidget__c')!;
        const account = schema.getObject('Account')!;
        const admin = new UserAccess('System Administrator', []);
        assert.equal(admin.object(widgetInfo).delete, true);
        assert.deepEqual(admin.field(widgetInfo, widgetInfo.fields.get('secret__c')!), {
            readable: true,
            editable: true
        });
        const standard = new UserAccess('Standard User', []);
        assert.equal(standard.object(widgetInfo).read, false);
        assert.equal(standard.object(account).delete, true);
        assert.equal(standard.field(account, account.fields.get('name')!).editable, true);
        const readOnly = new UserAccess('Read Only', []);
        assert.deepEqual([readOnly.object(account).read, readOnly.object(account).edit], [true, false]);
    });

    test('required custom fields and standard fields follow the object; others need field permissions', () => {
        const schema = conformanceSchema();
        const widgetInfo = schema.getObject('AccessWidget__c')!;
        const [reader] = loadPermissionSets([FIXTURE_PACKAGE]).filter((s) => s.name === 'Access_Reader');
        const access = new UserAccess('Standard User', [reader]);
        const fls = (name: string): unknown => access.field(widgetInfo, widgetInfo.fields.get(name)!);
        assert.deepEqual(fls('code__c'), { readable: true, editable: false });
        assert.deepEqual(fls('name'), { readable: true, editable: false });
        assert.deepEqual(fls('public__c'), { readable: true, editable: false });
        assert.deepEqual(fls('secret__c'), { readable: false, editable: false });
    });

    test("the project's CSM permission set: Account.HealthScore__c as its XML grants it", () => {
        const dir = path.join(PROJECT_ROOT, 'force-app/main/common/permissionsets');
        const xml = fs.readFileSync(path.join(dir, 'Lodestar_CSM.permissionset-meta.xml'), 'utf8');
        // What the file says, read here rather than assumed.
        const entry =
            /<fieldPermissions>\s*<editable>(\w+)<\/editable>\s*<field>Account\.HealthScore__c<\/field>\s*<readable>(\w+)<\/readable>/.exec(
                xml
            );
        assert.ok(entry, 'the CSM set has a field permission for Account.HealthScore__c');
        const [editableInFile, readableInFile] = [entry[1] === 'true', entry[2] === 'true'];
        const sets = loadPermissionSets([path.join(PROJECT_ROOT, 'force-app')]);
        assert.deepEqual(
            sets.map((s) => s.name),
            ['Lodestar_Admin', 'Lodestar_CS_Leader', 'Lodestar_CSM', 'Lodestar_Sales']
        );
        const csm = sets.find((s) => s.name === 'Lodestar_CSM')!;
        assert.deepEqual(csm.fields.get('account.healthscore__c'), {
            readable: readableInFile,
            editable: editableInFile
        });
        const schema = ProjectSchema.fromPackageDirs([path.join(PROJECT_ROOT, 'force-app')]);
        const account = schema.getObject('Account')!;
        const access = new UserAccess('Standard User', [csm]);
        const fls = access.field(account, account.fields.get('healthscore__c')!);
        assert.deepEqual(fls, { readable: readableInFile, editable: editableInFile });
        // As generated: a CSM reads the score but cannot edit it.
        assert.deepEqual(fls, { readable: true, editable: false });
        assert.equal(access.canRunClass('AccountHealthController'), true);
    });
});

describe("the project's persona permission sets", () => {
    test('every custom field permission in the XML is what a Standard User with that set gets', () => {
        const root = path.join(PROJECT_ROOT, 'force-app');
        const schema = ProjectSchema.fromPackageDirs([root]);
        let checked = 0;
        for (const set of loadPermissionSets([root])) {
            const xml = fs.readFileSync(
                path.join(root, 'main/common/permissionsets', `${set.name}.permissionset-meta.xml`),
                'utf8'
            );
            const access = new UserAccess('Standard User', [set]);
            for (const entry of xml.matchAll(/<fieldPermissions>([\s\S]*?)<\/fieldPermissions>/g)) {
                const [objectName, fieldName] = /<field>([^<]+)<\/field>/.exec(entry[1])![1].split('.');
                const object = schema.getObject(objectName);
                const field = object?.fields.get(fieldName.toLowerCase());
                if (!object || !field || !field.isCustom || field.required || !access.object(object).read) {
                    continue;
                }
                const objectWritable = access.object(object).create || access.object(object).edit;
                assert.deepEqual(
                    access.field(object, field),
                    {
                        readable: /<readable>true<\/readable>/.test(entry[1]),
                        editable: /<editable>true<\/editable>/.test(entry[1]) && objectWritable
                    },
                    `${set.name}: ${objectName}.${fieldName}`
                );
                checked++;
            }
        }
        assert.ok(checked > 50, `checked ${checked} field permissions`);
    });
});

describe('checkQuery', () => {
    test('system and default mode check nothing, whoever the user is', () => {
        const org = conformanceOrg();
        const rt = runtimeAs(org, addUser(org, 'Standard User'));
        org.access.checkQuery(rt, soql('SELECT Secret__c FROM AccessWidget__c', 'default'), 'AccessWidget__c', [
            'Secret__c'
        ]);
        org.access.checkQuery(
            rt,
            soql('SELECT Secret__c FROM AccessWidget__c WITH SYSTEM_MODE', 'system'),
            'AccessWidget__c',
            ['Secret__c']
        );
    });

    test('user mode: an object the user cannot read throws QueryException', () => {
        const org = conformanceOrg();
        const rt = runtimeAs(org, addUser(org, 'Standard User'));
        const error = apexThrown(() =>
            org.access.checkQuery(rt, soql('SELECT Id FROM AccessWidget__c WITH USER_MODE'), 'AccessWidget__c', ['Id'])
        );
        assert.equal(exceptionTypeName(error.exception), 'System.QueryException');
    });

    test('user mode: every unreadable field is reported by getInaccessibleFields, by object', () => {
        const org = conformanceOrg();
        const rt = runtimeAs(org, addUser(org, 'Standard User', ['Access_Reader']));
        org.access.checkQuery(rt, soql('x'), 'AccessWidget__c', ['Id', 'Name', 'Public__c', 'Score__c']);
        const error = apexThrown(() =>
            org.access.checkQuery(rt, soql('x'), 'AccessNote__c', [
                'Body__c',
                'Private__c',
                'Widget__r.Public__c',
                'Widget__r.Secret__c'
            ])
        );
        assert.equal(exceptionTypeName(error.exception), 'System.QueryException');
        assert.deepEqual(
            [...inaccessibleFieldsOf.get(error.exception)!].map(([o, f]) => [o, [...f]]),
            [
                ['AccessNote__c', ['Private__c']],
                ['AccessWidget__c', ['Secret__c']]
            ]
        );
    });

    test('WITH SECURITY_ENFORCED checks even when the request is not in user mode', () => {
        const org = conformanceOrg();
        const rt = runtimeAs(org, addUser(org, 'Standard User', ['Access_Reader']));
        const error = apexThrown(() =>
            org.access.checkQuery(
                rt,
                soql('SELECT Secret__c FROM AccessWidget__c WITH SECURITY_ENFORCED', 'default'),
                'AccessWidget__c',
                ['Secret__c']
            )
        );
        assert.equal(
            exceptionMessage(error.exception),
            'Insufficient permissions: secure query included inaccessible field'
        );
    });

    test('WITH SECURITY_ENFORCED checks the SELECT clause only, subqueries included; user mode checks WHERE too', () => {
        const org = conformanceOrg();
        const rt = runtimeAs(org, addUser(org, 'Standard User', ['Access_Reader']));
        const where = "SELECT Name FROM AccessWidget__c WHERE Secret__c = 'x' WITH SECURITY_ENFORCED";
        // The compiler marks SECURITY_ENFORCED queries as user mode; either way only SELECT is checked.
        org.access.checkQuery(rt, soql(where, 'default'), 'AccessWidget__c', ['Name', 'Secret__c']);
        org.access.checkQuery(rt, soql(where, 'user'), 'AccessWidget__c', ['Name', 'Secret__c']);
        apexThrown(() =>
            org.access.checkQuery(rt, soql(where.replace('SECURITY_ENFORCED', 'USER_MODE')), 'AccessWidget__c', [
                'Name',
                'Secret__c'
            ])
        );
        const sub =
            'SELECT Name, (SELECT Private__c FROM AccessNotes__r) FROM AccessWidget__c WHERE Public__c != null WITH SECURITY_ENFORCED';
        org.access.checkQuery(rt, soql(sub, 'default'), 'AccessWidget__c', ['Name', 'Public__c']);
        apexThrown(() => org.access.checkQuery(rt, soql(sub, 'default'), 'AccessNote__c', ['Private__c']));
    });

    test('the default administrator reads everything in user mode', () => {
        const org = conformanceOrg();
        const rt = runtimeAs(org, ApexId.parse(DEFAULT_USER.id)!);
        org.access.checkQuery(rt, soql('x'), 'AccessNote__c', ['Private__c', 'Widget__r.Secret__c']);
    });
});

describe('checkDml', () => {
    test('user mode without create access throws SecurityException; system mode does not check', () => {
        const org = conformanceOrg();
        const rt = runtimeAs(org, addUser(org, 'Standard User', ['Access_Reader']));
        const row = widget({ Name: 'w', Code__c: 'c' });
        const error = apexThrown(() => org.access.checkDml(rt, dml('insert', [row]), 'AccessWidget__c', ['Name']));
        assert.equal(exceptionTypeName(error.exception), 'System.SecurityException');
        assert.equal(exceptionMessage(error.exception), 'DML operation INSERT not allowed on AccessWidget__c');
        org.access.checkDml(rt, dml('insert', [row], 'system'), 'AccessWidget__c', ['Name']);
        org.access.checkDml(rt, dml('insert', [row], 'default'), 'AccessWidget__c', ['Name']);
    });

    test('user mode: a field the user cannot edit fails the DML with the field named', () => {
        const org = conformanceOrg();
        const rt = runtimeAs(org, addUser(org, 'Standard User', ['Access_Editor']));
        const row = widget({ Name: 'w', Code__c: 'c', Public__c: 'p', Secret__c: 's' });
        org.access.checkDml(rt, dml('insert', [row]), 'AccessWidget__c', ['Name', 'Code__c', 'Public__c']);
        const error = apexThrown(() =>
            org.access.checkDml(rt, dml('insert', [row]), 'AccessWidget__c', ['Name', 'Secret__c'])
        );
        assert.equal(exceptionTypeName(error.exception), 'System.DmlException');
        assert.deepEqual(error.exception.ex!.dmlFailures![0].fields, ['Secret__c']);
        // A queried record carries computed and system fields; DML does not save them, so they are not checked.
        org.access.checkDml(rt, dml('update', [row]), 'AccessWidget__c', [
            'Id',
            'Public__c',
            'DoubleScore__c',
            'CreatedDate'
        ]);
    });

    test('user mode: delete needs delete access; upsert needs create for new rows and edit for existing ones', () => {
        const org = conformanceOrg();
        const rt = runtimeAs(org, addUser(org, 'Standard User', ['Access_Editor']));
        const existing = widget({ Id: org.store.newId(conformanceSchema().getObject('AccessWidget__c')!) });
        const error = apexThrown(() => org.access.checkDml(rt, dml('delete', [existing]), 'AccessWidget__c', []));
        assert.equal(exceptionMessage(error.exception), 'DML operation DELETE not allowed on AccessWidget__c');
        org.access.checkDml(rt, dml('upsert', [existing, widget({ Name: 'n' })]), 'AccessWidget__c', ['Name']);
    });
});

describe('mixed DML', () => {
    const record = (object: string, fields: Record<string, unknown> = {}): SObjectValue => {
        const value = new SObjectValue(conformanceSchema().getObject(object)!);
        for (const [name, v] of Object.entries(fields)) {
            value.set(name.toLowerCase(), name, v);
        }
        return value;
    };
    const check = (org: InMemoryOrg, rt: Runtime, object: string, fields: Record<string, unknown> = {}): void =>
        org.access.checkDml(rt, dml('insert', [record(object, fields)], 'default'), object, Object.keys(fields));

    test('setup DML then other DML in one transaction throws MIXED_DML_OPERATION, in any access mode', () => {
        const org = conformanceOrg();
        const rt = runtimeAs(org, ApexId.parse(DEFAULT_USER.id)!);
        check(org, rt, 'PermissionSetAssignment');
        const error = apexThrown(() => check(org, rt, 'Account', { Name: 'a' }));
        assert.equal(exceptionTypeName(error.exception), 'System.DmlException');
        assert.equal(
            exceptionMessage(error.exception),
            'Insert failed. First exception on row 0; first error: MIXED_DML_OPERATION, DML operation on setup object is not permitted after you have updated a non-setup object (or vice versa): Account, original object: PermissionSetAssignment: []'
        );
    });

    test('other DML then setup DML throws too; a User without a role and a Group insert mix freely', () => {
        const org = conformanceOrg();
        const rt = runtimeAs(org, ApexId.parse(DEFAULT_USER.id)!);
        check(org, rt, 'User', { LastName: 'u' });
        check(org, rt, 'Account', { Name: 'a' });
        check(org, rt, 'Group', { Name: 'g' });
        check(org, rt, 'User', { LastName: 'v' });
        apexThrown(() => check(org, rt, 'PermissionSetAssignment'));
        const withRole = runtimeAs(org, ApexId.parse(DEFAULT_USER.id)!);
        check(org, withRole, 'Contact', { LastName: 'c' });
        const roleId = org.store.newId(conformanceSchema().getObject('UserRole')!);
        apexThrown(() => check(org, withRole, 'User', { LastName: 'r', UserRoleId: roleId }));
    });

    test('each System.runAs block is a transaction of its own', () => {
        const org = conformanceOrg();
        const rt = runtimeAs(org, ApexId.parse(DEFAULT_USER.id)!);
        check(org, rt, 'PermissionSetAssignment');
        inSeparateDmlContext(rt, () => {
            check(org, rt, 'Account', { Name: 'inside' });
            apexThrown(() => check(org, rt, 'PermissionSet', { Name: 'p' }));
        });
        apexThrown(() => check(org, rt, 'Account', { Name: 'after' }));
    });
});

/** An org whose queries only run the access check the SOQL engine will make, for the widget's Secret__c. */
class CheckingOrg extends InMemoryOrg {
    override query(request: SoqlRequest, rt: Runtime): unknown {
        this.access.checkQuery(rt, request, 'AccessWidget__c', ['Name', 'Secret__c']);
        return new ApexList([], { k: 'sobject', name: 'AccessWidget__c' });
    }
}

describe('Apex as another user', () => {
    test('QueryException.getInaccessibleFields() in Apex, and system mode inside runAs', () => {
        const org = new CheckingOrg({ schema: conformanceSchema(), packageDirs: [FIXTURE_PACKAGE] });
        const reader = addUser(org, 'Standard User', ['Access_Reader']);
        const source = `
            System.debug([SELECT Name, Secret__c FROM AccessWidget__c].size());
            try {
                List<AccessWidget__c> ws = [SELECT Name, Secret__c FROM AccessWidget__c WITH USER_MODE];
            } catch (QueryException e) {
                System.debug(e.getInaccessibleFields());
                System.debug(e.getInaccessibleFields().get('AccessWidget__c').contains('Secret__c'));
            }
        `;
        assert.deepEqual(apexAs(org, reader, source), ['0', '{AccessWidget__c={Secret__c}}', 'true']);
    });

    test('describe answers for the running user', () => {
        const org = conformanceOrg();
        const reader = addUser(org, 'Standard User', ['Access_Reader']);
        const source = `
            Schema.DescribeSObjectResult d = Schema.sObjectType.AccessWidget__c;
            System.debug(d.isAccessible() + ' ' + d.isCreateable() + ' ' + d.isUpdateable() + ' ' + d.isDeletable());
            System.debug(AccessWidget__c.Public__c.getDescribe().isAccessible());
            System.debug(AccessWidget__c.Secret__c.getDescribe().isAccessible());
            System.debug(AccessWidget__c.Score__c.getDescribe().isUpdateable());
            System.debug(Account.Name.getDescribe().isUpdateable());
        `;
        assert.deepEqual(apexAs(org, reader, source), ['true false false false', 'true', 'false', 'false', 'true']);
        const editor = addUser(org, 'Standard User', ['Access_Editor']);
        assert.deepEqual(apexAs(org, editor, source), ['true true true false', 'true', 'true', 'true', 'true']);
        const readOnly = addUser(org, 'Read Only');
        assert.deepEqual(apexAs(org, readOnly, source), [
            'false false false false',
            'false',
            'false',
            'false',
            'false'
        ]);
    });

    test('stripInaccessible removes what the user cannot read or write, and reports it', () => {
        const org = conformanceOrg();
        const reader = addUser(org, 'Standard User', ['Access_Reader']);
        const source = `
            List<AccessWidget__c> ws = new List<AccessWidget__c>{
                new AccessWidget__c(Name = 'a', Public__c = 'p', Secret__c = 's'),
                new AccessWidget__c(Name = 'b', Public__c = 'q')
            };
            SObjectAccessDecision d = Security.stripInaccessible(AccessType.READABLE, ws);
            System.debug(d.getRecords());
            System.debug(d.getRemovedFields());
            System.debug(d.getModifiedIndexes());
            System.debug(ws[0].Secret__c);
            System.debug(Security.stripInaccessible(AccessType.CREATABLE, ws, false).getRemovedFields());
            Security.stripInaccessible(AccessType.CREATABLE, ws);
        `;
        assert.deepEqual(apexAs(org, reader, source), [
            '(AccessWidget__c:{Name=a, Public__c=p}, AccessWidget__c:{Name=b, Public__c=q})',
            '{AccessWidget__c={Secret__c}}',
            '{0}',
            's',
            '{AccessWidget__c={Name, Public__c, Secret__c}}',
            'System.NoAccessException: No access to entity'
        ]);
    });

    test('runAs: the block gets the user’s access, and the caller’s comes back after it', () => {
        const org = conformanceOrg();
        const reader = addUser(org, 'Standard User', ['Access_Reader']);
        const profile = org.store.get(reader)!.fields.get('profileid') as ApexId;
        const source = `
            User u = new User(Id = '${reader.value}', ProfileId = '${profile.value}', LastName = 'r');
            System.runAs(u) {
                System.debug(AccessWidget__c.Secret__c.getDescribe().isAccessible());
            }
            System.debug(AccessWidget__c.Secret__c.getDescribe().isAccessible());
        `;
        assert.deepEqual(apexAs(org, ApexId.parse(DEFAULT_USER.id)!, source), ['false', 'true']);
    });
});
