import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import { repoRoot } from '../../lib/paths';
import { isAdminController, loadProjectMetadata, permissionSetsCheck, renderPermissionSet } from '../permission-sets';
import { DERIVED_FIELDS, PERSONAS } from '../personas';

interface FieldPermission {
    field: string;
    editable: string;
    readable: string;
}
interface ObjectPermission {
    object: string;
    allowRead: string;
    allowEdit: string;
    allowCreate: string;
}

const metadata = loadProjectMetadata(repoRoot);
const parser = new XMLParser({
    parseTagValue: false,
    isArray: (name) => ['fieldPermissions', 'objectPermissions', 'classAccesses', 'tabSettings'].includes(name)
});

function permissionSet(name: string): { fields: Map<string, FieldPermission>; objects: Map<string, ObjectPermission> } {
    const persona = PERSONAS.find((candidate) => candidate.name === name)!;
    const parsed = parser.parse(renderPermissionSet(persona, metadata)) as {
        PermissionSet: { fieldPermissions?: FieldPermission[]; objectPermissions?: ObjectPermission[] };
    };
    return {
        fields: new Map((parsed.PermissionSet.fieldPermissions ?? []).map((grant) => [grant.field, grant])),
        objects: new Map((parsed.PermissionSet.objectPermissions ?? []).map((grant) => [grant.object, grant]))
    };
}

const accountFields = metadata.fields.filter((field) => field.object === 'Account').map((field) => field.field);

test('the committed permission sets match the persona rules', async () => {
    const outcome = await permissionSetsCheck.run(repoRoot);
    assert.deepEqual(outcome.problems, []);
    assert.equal(outcome.checked, 4);
});

test('a CSM reads every Lodestar field on Account', () => {
    const csm = permissionSet('Lodestar_CSM');
    assert.ok(accountFields.length > 20, `expected Lodestar's Account fields, found ${accountFields.length}`);
    for (const field of accountFields) {
        assert.equal(csm.fields.get(`Account.${field}`)?.readable, 'true', `Account.${field} readable`);
    }
});

test('a CSM can override the band, but cannot edit anything scoring computes', () => {
    const csm = permissionSet('Lodestar_CSM');
    for (const field of ['HealthOverrideBand__c', 'HealthOverrideReason__c', 'HealthOverrideExpiresOn__c']) {
        assert.equal(csm.fields.get(`Account.${field}`)?.editable, 'true', `Account.${field} editable`);
    }
    for (const field of ['HealthScore__c', 'HealthBand__c', 'HealthCoverage__c', 'HealthOverrideSetBy__c', 'Arr__c']) {
        assert.equal(csm.fields.get(`Account.${field}`)?.editable, 'false', `Account.${field} read-only`);
    }
    assert.equal(csm.objects.get('Account')?.allowEdit, 'false', 'Account edit comes from the org, not Lodestar');
    assert.equal(csm.objects.has('HealthScoringRun__c'), false, 'run history is for leaders and admins');
});

test('no persona may edit a derived field', () => {
    for (const persona of PERSONAS) {
        const { fields } = permissionSet(persona.name);
        for (const [object, derived] of Object.entries(DERIVED_FIELDS)) {
            for (const [name, grant] of fields) {
                const [grantObject, field] = name.split('.');
                if (grantObject === object && (derived.includes('*') || derived.includes(field))) {
                    assert.equal(grant.editable, 'false', `${persona.name} must not edit ${name}`);
                }
            }
        }
    }
});

test('a sales rep reads health and acts on signals, but cannot override health', () => {
    const sales = permissionSet('Lodestar_Sales');
    assert.equal(sales.fields.get('Account.HealthScore__c')?.readable, 'true');
    assert.equal(sales.fields.get('Account.HealthOverrideBand__c')?.editable, 'false');
    assert.equal(sales.fields.get('ExpansionSignal__c.Status__c')?.editable, 'true');
    assert.equal(sales.objects.get('ExpansionSignal__c')?.allowEdit, 'true');
    assert.equal(sales.objects.has('SuccessPlan__c'), false);
});

test('required and master-detail fields are never listed, as the platform rejects them', () => {
    for (const persona of PERSONAS) {
        const { fields } = permissionSet(persona.name);
        for (const field of metadata.fields.filter(
            (candidate) => candidate.required || candidate.type === 'MasterDetail'
        )) {
            assert.equal(
                fields.has(`${field.object}.${field.field}`),
                false,
                `${persona.name}: ${field.object}.${field.field}`
            );
        }
    }
});

test('only the Admin may call the setup page controllers; payload classes get no class access', () => {
    const classAccess = (name: string): string[] => {
        const persona = PERSONAS.find((candidate) => candidate.name === name)!;
        const parsed = parser.parse(renderPermissionSet(persona, metadata)) as {
            PermissionSet: { classAccesses?: { apexClass: string }[] };
        };
        return (parsed.PermissionSet.classAccesses ?? []).map((grant) => grant.apexClass);
    };
    const adminControllers = [...metadata.controllersByFeature.values()].flat().filter(isAdminController);
    assert.ok(adminControllers.length > 0, 'the setup page has at least one controller');
    for (const persona of PERSONAS) {
        const granted = classAccess(persona.name);
        assert.ok(granted.includes('AccountHealthController'), `${persona.name} reads the health card`);
        for (const controller of adminControllers) {
            assert.equal(
                granted.includes(controller),
                persona.name === 'Lodestar_Admin',
                `${persona.name}: ${controller}`
            );
        }
        assert.equal(granted.includes('AccountHealthView'), false, 'a payload class is not a controller');
    }
});

test('only the Admin sees the setup page tab; object tabs still follow object access', () => {
    const tabsOf = (name: string): string[] => {
        const persona = PERSONAS.find((candidate) => candidate.name === name)!;
        const parsed = parser.parse(renderPermissionSet(persona, metadata)) as {
            PermissionSet: { tabSettings?: { tab: string; visibility: string }[] };
        };
        return (parsed.PermissionSet.tabSettings ?? []).map((setting) => `${setting.tab}:${setting.visibility}`);
    };
    assert.ok(tabsOf('Lodestar_Admin').includes('Lodestar_Setup:Visible'), 'the admin sees the setup page');
    for (const name of ['Lodestar_CSM', 'Lodestar_Sales', 'Lodestar_CS_Leader']) {
        assert.ok(!tabsOf(name).some((tab) => tab.startsWith('Lodestar_Setup:')), `${name} has no setup tab`);
        assert.ok(tabsOf(name).includes('RiskAlert__c:Visible'), `${name} keeps the Risk Alerts tab`);
    }
    const adminTabs = tabsOf('Lodestar_Admin');
    assert.deepEqual(adminTabs, [...adminTabs].sort(), 'tab settings in name order');
});
