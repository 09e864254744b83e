import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { repoRoot } from '../../lib/paths';
import { sourceDirs } from '../../lib/metadata';
import { loadPages } from '../flexipages';

const pages = loadPages(sourceDirs(repoRoot));

function page(objectApiName: string): ReturnType<typeof loadPages>[number] {
    const found = pages.find(
        (candidate) => candidate.type === 'RecordPage' && candidate.objectApiName === objectApiName
    );
    assert.ok(found, `a record page for ${objectApiName}`);
    return found;
}

test('the Account page: the health card, then the expansion panel without its health line, in the sidebar', () => {
    const sidebar = page('Account').regions.find((region) => region.name === 'sidebar');
    assert.deepEqual(sidebar?.items, [
        {
            name: 'healthCard',
            module: 'c/healthCard',
            tag: 'c-health-card',
            properties: { hideFactors: false, hideTrend: false }
        },
        {
            name: 'expansionPanel',
            module: 'c/expansionPanel',
            tag: 'c-expansion-panel',
            properties: { hideHealth: true, maxSignals: 10 }
        }
    ]);
});

test('the Opportunity page: the platform components keep their names, the package component gets typed properties', () => {
    const opportunity = page('Opportunity');
    assert.deepEqual(
        opportunity.regions.map((region) => [region.name, region.items.map((item) => item.tag ?? item.name)]),
        [
            ['header', ['force:highlightsPanel']],
            ['main', ['force:detailPanel', 'force:relatedListContainer']],
            ['sidebar', ['c-expansion-panel']]
        ]
    );
    assert.equal(opportunity.template, 'flexipage:recordHomeTemplateDesktop');
});

test('the Home page: the CSM portfolio in the top region, its page size an Integer for lightning__HomePage', () => {
    const home = pages.find((candidate) => candidate.type === 'HomePage');
    assert.ok(home, 'a Home page');
    assert.equal(home.name, 'Lodestar_Home');
    assert.equal(home.objectApiName, '');
    assert.deepEqual(home.regions, [
        {
            name: 'top',
            items: [
                { name: 'csmPortfolio', module: 'c/csmPortfolio', tag: 'c-csm-portfolio', properties: { pageSize: 25 } }
            ]
        }
    ]);
});

test('the setup page: an app page behind the Lodestar_Setup tab, which only the Admin permission set shows', () => {
    const setup = pages.find((candidate) => candidate.name === 'Lodestar_Setup');
    assert.ok(setup, 'the setup page');
    assert.equal(setup.type, 'AppPage');
    assert.equal(setup.objectApiName, '');
    assert.deepEqual(setup.tab, {
        name: 'Lodestar_Setup',
        label: 'Lodestar Setup',
        permissionSets: ['Lodestar_Admin']
    });
    assert.deepEqual(setup.regions[0].items, [
        { name: 'healthModelEditor', module: 'c/healthModelEditor', tag: 'c-health-model-editor', properties: {} }
    ]);
    assert.ok(setup.regions.length >= 2, 'a second region for the job monitor and the backtest');
    for (const page of pages.filter((candidate) => candidate.type !== 'AppPage')) {
        assert.equal(page.tab, undefined, `${page.name} opens without a tab`);
    }
});
