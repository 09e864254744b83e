import * as assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { CheckOutcome } from '../../lib/problems';
import { metadataXrefCheck } from '../metadata-xref';
import { StandardObjectCatalog } from '../standard-objects';
import { assertClean, assertProblem, assertProblemCount, fixture } from './fixtures';

const main = 'force-app/main';
const record = `${main}/customMetadata/Setting.Default.md-meta.xml`;

test('metadata-xref: standard objects and fields come from the apex-ls definitions for API 65', () => {
    const catalog = new StandardObjectCatalog();
    assert.ok(catalog.size > 1000, `only ${catalog.size} standard objects read`);
    const account = catalog.get('Account');
    for (const field of ['Name', 'OwnerId', 'CreatedDate', 'Type', 'BillingAddress']) {
        assert.ok(account?.fields.has(field.toLowerCase()), `Account.${field}`);
    }
    const opportunity = catalog.get('Opportunity');
    for (const field of ['StageName', 'CloseDate', 'Amount', 'AccountId']) {
        assert.ok(opportunity?.fields.has(field.toLowerCase()), `Opportunity.${field}`);
    }
    assert.equal(account?.relationships.get('owner'), 'User', 'Account.Owner is a relationship to User');
    assert.equal(account?.childRelationships.get('opportunities'), 'Opportunity');
    assert.equal(account?.fields.has('owner'), false, 'a relationship is not a field');
    assert.equal(catalog.get('Widget__c'), undefined);
});

test('metadata-xref: a consistent project has no problems', async () => {
    const root = fixture('metadata-xref', 'clean');
    assertClean(await metadataXrefCheck.run(root), root);
});

describe('metadata-xref: planted errors', () => {
    const root = fixture('metadata-xref', 'planted');
    let outcome: CheckOutcome;
    before(async () => {
        outcome = await metadataXrefCheck.run(root);
    });

    test('a permission set naming a missing field', () => {
        assertProblem(outcome, root, {
            file: `${main}/permissionsets/Widget_User.permissionset-meta.xml`,
            line: 18,
            message: 'field Widget__c.Colour__c does not exist'
        });
    });

    test('a permission set naming a missing object', () => {
        assertProblem(outcome, root, {
            file: `${main}/permissionsets/Widget_User.permissionset-meta.xml`,
            line: 29,
            message: 'object Gadget__c does not exist'
        });
    });

    test('a Custom Metadata record with a field its type lacks', () => {
        assertProblem(outcome, root, { file: record, line: 10, message: 'Setting__mdt has no field IsEnabled__c' });
    });

    test('a Custom Metadata number that is not a number', () => {
        assertProblem(outcome, root, { file: record, line: 7, message: '"lots" is not a number' });
    });

    test('a Custom Metadata picklist value that is not one of the values', () => {
        assertProblem(outcome, root, { file: record, line: 15, message: '"Quick" is not one of the picklist values' });
    });

    test('a Custom Metadata relationship to a record that does not exist', () => {
        assertProblem(outcome, root, { file: record, line: 19, message: 'no SettingGroup__mdt record "Backup"' });
    });

    test('a Custom Metadata record of a type that does not exist', () => {
        assertProblem(outcome, root, {
            file: `${main}/customMetadata/Feature.Beta.md-meta.xml`,
            line: 0,
            message: 'Feature__mdt, which does not exist'
        });
    });

    test('a layout naming a missing field, and OwnerId on a master-detail child (which has no owner)', () => {
        const layout = `${main}/layouts/Widget__c-Widget Layout.layout-meta.xml`;
        assertProblem(outcome, root, { file: layout, line: 17, message: 'field Widget__c.Weight__c does not exist' });
        assertProblem(outcome, root, { file: layout, line: 21, message: 'field Widget__c.OwnerId does not exist' });
    });

    test('a list view column naming a missing field', () => {
        assertProblem(outcome, root, {
            file: `${main}/objects/Account/listViews/Gold_Accounts.listView-meta.xml`,
            line: 5,
            message: 'field Account.Level__c does not exist'
        });
    });

    test('a compact layout naming a relationship instead of a field', () => {
        assertProblem(outcome, root, {
            file: `${main}/objects/Account/compactLayouts/Widgets.compactLayout-meta.xml`,
            line: 5,
            message: 'field Account.Owner does not exist'
        });
    });

    test('a report type column naming a missing field of a joined object', () => {
        assertProblem(outcome, root, {
            file: `${main}/reportTypes/Accounts_with_Widgets.reportType-meta.xml`,
            line: 32,
            message: 'field Widget__c.Volume__c does not exist'
        });
    });

    test('a picklist naming a global value set that does not exist', () => {
        assertProblem(outcome, root, {
            file: `${main}/objects/Account/fields/Tier__c.field-meta.xml`,
            line: 8,
            message: 'global value set Tiers does not exist'
        });
    });

    test('a dependent picklist whose controlling field does not exist', () => {
        assertProblem(outcome, root, {
            file: `${main}/objects/Widget__c/fields/Part__c.field-meta.xml`,
            line: 7,
            message: 'controlling field Widget__c.Kind__c does not exist'
        });
    });

    test('a tab for an object that does not exist', () => {
        assertProblem(outcome, root, {
            file: `${main}/tabs/Gizmo__c.tab-meta.xml`,
            line: 3,
            message: 'object Gizmo__c does not exist'
        });
    });

    test('nothing but the planted errors is reported', () => {
        assertProblemCount(outcome, root, 15);
    });
});
