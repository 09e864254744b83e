/**
 * System.Trigger, the context of the trigger running now (Apex Reference Guide, Trigger Class), and the
 * System.TriggerOperation enum. Outside a trigger the lists and maps are null and the Booleans false.
 */
import { libEnumValue } from '../compile/dynamic';
import type { Frame } from '../runtime/frame';
import { currentTrigger, operationName, type TriggerContext } from '../org/triggers';
import { SObjectFieldToken } from '../values/misc';
import type { SObjectValue } from '../values/sobject';
import { defineLibType, findLibType, method, property } from './registry';

const Trigger = defineLibType('System.Trigger', 'Trigger');
const TriggerOperation = defineLibType('System.TriggerOperation', 'TriggerOperation');
TriggerOperation.enumValues = [
    'BEFORE_INSERT',
    'BEFORE_UPDATE',
    'BEFORE_DELETE',
    'AFTER_INSERT',
    'AFTER_UPDATE',
    'AFTER_DELETE',
    'AFTER_UNDELETE'
];

const context = (f: Frame): TriggerContext | null => currentTrigger(f.rt);

property(Trigger, true, 'new', 'List<SObject>', (_self, f) => context(f)?.newList ?? null);
property(Trigger, true, 'old', 'List<SObject>', (_self, f) => context(f)?.oldList ?? null);
property(Trigger, true, 'newMap', 'Map<Id,SObject>', (_self, f) => context(f)?.newMap ?? null);
property(Trigger, true, 'oldMap', 'Map<Id,SObject>', (_self, f) => context(f)?.oldMap ?? null);
property(Trigger, true, 'isExecuting', 'Boolean', (_self, f) => context(f) !== null);
property(Trigger, true, 'isBefore', 'Boolean', (_self, f) => context(f)?.isBefore === true);
property(Trigger, true, 'isAfter', 'Boolean', (_self, f) => context(f)?.isBefore === false);
for (const op of ['insert', 'update', 'delete', 'undelete'] as const) {
    const name = `is${op[0].toUpperCase()}${op.slice(1)}`;
    property(Trigger, true, name, 'Boolean', (_self, f) => context(f)?.op === op);
}
property(Trigger, true, 'size', 'Integer', (_self, f) => context(f)?.size ?? 0);
property(Trigger, true, 'operationType', 'System.TriggerOperation', (_self, f) => {
    const c = context(f);
    return c ? (libEnumValue(TriggerOperation, operationName(c.isBefore, c.op)) ?? null) : null;
});

/**
 * The two-argument addError overloads (Apex Reference Guide, SObject Class): `addError(errorMsg, escape)` and
 * `addError(fieldName | Schema.SObjectField, errorMsg)`, which marks the error on that field (the DML row error
 * then lists it in getFields()).
 */
method(findLibType('SObject')!, 'void addError(Object, Object)', (self: SObjectValue, [first, second]) => {
    if (typeof second === 'boolean') {
        self.addError(first === null ? 'null' : String(first));
    } else {
        const field = first instanceof SObjectFieldToken ? first.field.name : String(first);
        self.addError(second === null ? 'null' : String(second), field);
    }
    return null;
});
