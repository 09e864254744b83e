import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { projectGateway } from './projectGateway';

test('saving a model in the preview deploys its records after the call, then the status reads Succeeded', () => {
    const { gateway } = projectGateway();
    const model = gateway.runAnonymous(
        `for (HealthModelDefinition m : HealthModelSelector.getInstance().selectAll()) {
            if (m.developerName == 'Default') {
                m.factors.remove(m.factors.size() - 1);
                m.factors[0].weight = 30;
                System.debug(JSON.serialize(m));
            }
        }`,
        undefined
    ).debug[0]?.value;
    assert.ok(model, 'the Default model, edited');

    const saved = gateway.call('HealthModelAdminController', 'saveModel', { modelJson: model });
    assert.ok(saved.ok, JSON.stringify(saved));
    const status = gateway.call('HealthModelAdminController', 'getDeploymentStatus', { deploymentId: saved.value });
    assert.ok(status.ok, JSON.stringify(status));
    assert.equal((status.value as Record<string, unknown>).status, 'Succeeded');

    const after = gateway.runAnonymous(
        `for (HealthModelDefinition m : HealthModelSelector.getInstance().selectAll()) {
            if (m.developerName == 'Default') {
                System.debug(m.factors.size() + ' ' + m.factors[0].weight);
            }
        }`,
        undefined
    ).debug[0]?.value;
    assert.equal(after, '7 30', 'the weight saved, and the removed factor retired');

    const refused = gateway.call('HealthModelAdminController', 'saveModel', { modelJson: '{"developerName":' });
    assert.ok(!refused.ok && refused.body.exceptionType === 'System.AuraHandledException', JSON.stringify(refused));
});
