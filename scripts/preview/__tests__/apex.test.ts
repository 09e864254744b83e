import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { ApexSurface, AuraMethod } from '../../typegen/apex-signatures';
import { apexString, auraShape, callScript, formatCall } from '../apex';
import { readRecord, uiRecord, updateRecord, type UiRecord } from '../records';
import { projectGateway } from './projectGateway';

const surface: ApexSurface = {
    methods: [],
    types: new Map([
        [
            'view',
            {
                name: 'View',
                members: [
                    { name: 'score', type: { name: 'Decimal', args: [], isArray: false } },
                    {
                        name: 'items',
                        type: { name: 'List', args: [{ name: 'Item', args: [], isArray: false }], isArray: false }
                    }
                ]
            }
        ],
        ['item', { name: 'Item', members: [{ name: 'label', type: { name: 'String', args: [], isArray: false } }] }]
    ]),
    enums: new Map()
};

const method = (params: AuraMethod['params'], returns: AuraMethod['returns']): AuraMethod => ({
    className: 'Ctl',
    name: 'go',
    cacheable: true,
    params,
    returns,
    file: 'Ctl.cls',
    line: 1
});

test('apexString escapes quotes, backslashes and line breaks', () => {
    assert.equal(apexString("it's a \\ path\n"), "'it\\'s a \\\\ path\\n'");
});

test('callScript deserialises each parameter into its Apex type and serialises the result without nulls', () => {
    const script = callScript(
        method(
            [
                { name: 'accountId', type: { name: 'Id', args: [], isArray: false } },
                { name: 'names', type: { name: 'String', args: [], isArray: true } },
                { name: 'missing', type: { name: 'Integer', args: [], isArray: false } }
            ],
            { name: 'View', args: [], isArray: false }
        ),
        { accountId: '001000000000001AAA', names: ["O'Brien"] }
    );
    assert.match(
        script,
        /Ctl\.go\(\(Id\) JSON\.deserialize\('"001000000000001AAA"', Id\.class\), \(List<String>\) JSON\.deserialize\('\["O\\'Brien"\]', List<String>\.class\), null\)/
    );
    assert.match(script, /JSON\.serialize\(Ctl\.go\(.*\), true\)/);
    assert.match(script, /finally \{[\s\S]*Limits\.getQueries\(\)/);
});

test('auraShape keeps only the @AuraEnabled members, in nested classes and lists too', () => {
    const shaped = auraShape(
        { score: 71.5, secret: 'x', items: [{ label: 'a', hidden: 1 }] },
        { name: 'View', args: [], isArray: false },
        surface
    );
    assert.deepEqual(shaped, { score: 71.5, items: [{ label: 'a' }] });
});

test('auraShape drops the attributes of SObjects', () => {
    assert.deepEqual(
        auraShape(
            [{ attributes: { type: 'Account' }, Id: '001', Name: 'Acme' }],
            { name: 'List', args: [{ name: 'Account', args: [], isArray: false }], isArray: false },
            surface
        ),
        [{ Id: '001', Name: 'Acme' }]
    );
});

test('auraShape gives parent records without attributes and child records as a plain array, as Lightning does', () => {
    const serialized = {
        attributes: { type: 'Account' },
        Id: '001',
        Owner: { attributes: { type: 'User' }, Name: 'Casey' },
        Contacts: {
            totalSize: 2,
            done: true,
            records: [
                { attributes: { type: 'Contact' }, LastName: 'Ng' },
                { attributes: { type: 'Contact' }, LastName: 'Ortiz' }
            ]
        }
    };
    assert.deepEqual(auraShape(serialized, { name: 'Account', args: [], isArray: false }, surface), {
        Id: '001',
        Owner: { Name: 'Casey' },
        Contacts: [{ LastName: 'Ng' }, { LastName: 'Ortiz' }]
    });
});

test('uiRecord gives every field the UI API shape, parents nested', () => {
    const record = uiRecord({
        attributes: { type: 'Account' },
        Id: '001',
        Name: 'Acme',
        Owner: { attributes: { type: 'User' }, Name: 'Ann' }
    });
    assert.equal(record.apiName, 'Account');
    assert.deepEqual(record.fields.Name, { value: 'Acme', displayValue: null });
    assert.equal(
        (record.fields.Owner.value as { fields: Record<string, { value: unknown }> }).fields.Name.value,
        'Ann'
    );
});

test('the gateway runs the real controller and reports its exceptions and limits as Lightning would', () => {
    const { gateway, surface: realSurface } = projectGateway();

    const inserted = gateway.runAnonymous(
        "Account a = new Account(Name = 'Acme'); insert a; System.debug(a.Id);",
        undefined
    );
    const accountId = inserted.debug[0]?.value;
    const found = gateway.call('AccountHealthController', 'getAccountHealth', { accountId });
    assert.ok(found.ok, JSON.stringify(found));
    const view = found.value as Record<string, unknown>;
    assert.equal(view.accountName, 'Acme');
    assert.equal(view.state, 'Not scored');
    const auraEnabled = realSurface.types.get('accounthealthview')?.members.map((member) => member.name) ?? [];
    assert.deepEqual(
        Object.keys(view).filter((key) => !auraEnabled.includes(key)),
        [],
        'only @AuraEnabled members reach the component'
    );
    assert.ok(found.limits && found.limits.soql >= 1 && found.limits.statements > 0, JSON.stringify(found.limits));

    const missing = gateway.call('AccountHealthController', 'getAccountHealth', {});
    assert.equal(missing.ok, false);
    assert.ok(
        !missing.ok && missing.status === 500 && missing.body.exceptionType === 'System.AuraHandledException',
        JSON.stringify(missing)
    );
    assert.ok(missing.limits, 'the limits are read even when the method throws');
    assert.match(
        formatCall('AccountHealthController.getAccountHealth', 'csm', missing),
        /^apex AccountHealthController\.getAccountHealth as csm: \d+ ms, SOQL 0 \(0 rows\), DML 0 \(0 rows\), [\d,]+ statements — 500/
    );

    const read = readRecord(
        gateway,
        { recordId: accountId, fields: ['Account.Name'], optionalFields: ['Account.Industry'] },
        undefined
    );
    assert.ok(read.ok, JSON.stringify(read));
    assert.equal((read.value as UiRecord).fields.Name.value, 'Acme');
    const updated = updateRecord(gateway, { fields: { Id: accountId, Name: 'Acme Renamed' } }, undefined);
    assert.ok(updated.ok, JSON.stringify(updated));
    assert.equal((updated.value as UiRecord).fields.Name.value, 'Acme Renamed');

    const unknown = gateway.call('AccountHealthController', 'noSuchMethod', {});
    assert.ok(!unknown.ok && unknown.status === 404);
});
