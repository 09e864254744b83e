/**
 * The Metadata namespace (src/platform): what stops as Unsupported, what the capability scan reports, and that a
 * deployment changes only its own org's custom metadata records. The documented behaviour is in the conformance
 * cases (conformance/cases/metadata.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runAnonymous } from '../src/anonymous';
import { NotAvailableDatabase, type ApexDatabase } from '../src/database/database';
import { conformanceOrg, conformanceProgram, PINNED_NOW } from './conformance/harness';

const record = (name: string, weight: string): string => `Metadata.CustomMetadata md = new Metadata.CustomMetadata();
md.fullName = 'DeployItem__mdt.${name}';
md.label = '${name}';
Metadata.CustomMetadataValue v = new Metadata.CustomMetadataValue();
v.field = 'Weight__c';
v.value = ${weight};
md.values.add(v);
Metadata.DeployContainer c = new Metadata.DeployContainer();
c.addMetadata(md);
`;

function run(apex: string, database: ApexDatabase = conformanceOrg()) {
    return runAnonymous(conformanceProgram(), apex, 'metadata.apex', { now: () => PINNED_NOW, database });
}

describe('Metadata namespace', () => {
    test('a deployment changes the records of its own org only', () => {
        const org = conformanceOrg();
        const first = run(`${record('Third', '7')}Metadata.Operations.enqueueDeployment(c, null);`, org);
        assert.equal(first.unsupported, null, first.unsupported?.message);
        assert.equal(first.exception, null);

        const sameOrg = run(`System.debug(DeployItem__mdt.getInstance('Third').Weight__c);`, org);
        assert.deepEqual(
            sameOrg.debug.map((d) => d.message),
            ['7']
        );
        const otherOrg = run(`System.debug(DeployItem__mdt.getInstance('Third'));`);
        assert.deepEqual(
            otherOrg.debug.map((d) => d.message),
            ['null']
        );
    });

    test('a script that fails rolls back, and its deployment never runs', () => {
        const org = conformanceOrg();
        const result = run(
            `${record('Fourth', '1')}Metadata.Operations.enqueueDeployment(c, null);
Integer x = 1 / 0;`,
            org
        );
        assert.equal(result.exception?.type, 'System.MathException');
        const after = run(`System.debug(DeployItem__mdt.getInstance('Fourth'));`, org);
        assert.deepEqual(
            after.debug.map((d) => d.message),
            ['null']
        );
    });

    test('an empty or null container, or deploying without the in-memory org, stops as Unsupported', () => {
        const empty = run('Metadata.Operations.enqueueDeployment(new Metadata.DeployContainer(), null);');
        assert.match(empty.unsupported?.message ?? '', /enqueueDeployment of an empty container at metadata\.apex:1/);
        const nullContainer = run('Metadata.Operations.enqueueDeployment(null, null);');
        assert.match(nullContainer.unsupported?.message ?? '', /null container/);
        const noOrg = run(
            `${record('Fifth', '1')}Metadata.Operations.enqueueDeployment(c, null);`,
            new NotAvailableDatabase()
        );
        assert.match(noOrg.unsupported?.message ?? '', /needs the in-memory org/);
    });

    test('the rest of the namespace is reported, not guessed', () => {
        const retrieve = run(
            "List<Metadata.Metadata> found = Metadata.Operations.retrieve(Metadata.MetadataType.CustomMetadata, new List<String>{ 'DeployItem__mdt.First' });"
        );
        assert.ok(retrieve.unsupported || retrieve.gaps.length > 0, 'Metadata.Operations.retrieve is unsupported');
        const layout = run('Metadata.Layout layout = new Metadata.Layout();');
        assert.ok(layout.unsupported || layout.gaps.length > 0, 'Metadata.Layout is unsupported');
    });
});
