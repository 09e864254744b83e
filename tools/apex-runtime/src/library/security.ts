/**
 * Security.stripInaccessible, SObjectAccessDecision, the System.AccessType enum and
 * QueryException.getInaccessibleFields(): field-level security for the running user, from the in-memory org's
 * permission model (org/access.ts). Without an org every field is accessible, so nothing is stripped.
 */
import { mapOf, setOf, T } from '../compile/types';
import type { LibEnumValue } from '../compile/dynamic';
import { inaccessibleFieldsOf, orgAccessOf, relationshipField } from '../org/access';
import { isComputedField, type UserAccess } from '../org/permissions';
import { findBuiltinClass } from '../runtime/builtinClasses';
import { apexError, nullPointer } from '../runtime/errors';
import type { Frame } from '../runtime/frame';
import type { SObjectFieldInfo, SObjectInfo } from '../schema/schema';
import { ApexList, ApexMap, ApexSet } from '../values/collections';
import { LibValue } from '../values/misc';
import { UnsupportedError, type ApexObject } from '../values/objects';
import { SObjectValue } from '../values/sobject';
import { nativeMethod } from '../runtime/exceptionMethods';
import { defineLibType, method } from './registry';

const AccessTypeDef = defineLibType('System.AccessType', 'AccessType');
AccessTypeDef.enumValues = ['CREATABLE', 'READABLE', 'UPDATABLE', 'UPSERTABLE'];
const Security = defineLibType('System.Security', 'Security');
const Decision = defineLibType('System.SObjectAccessDecision', 'SObjectAccessDecision');

class SObjectAccessDecisionValue extends LibValue {
    readonly libTypeName = 'System.SObjectAccessDecision';
    constructor(
        readonly records: SObjectValue[],
        readonly removed: Map<string, Set<string>>,
        readonly modified: number[]
    ) {
        super();
    }
}

type Check = 'CREATABLE' | 'READABLE' | 'UPDATABLE' | 'UPSERTABLE';

/** What the access type asks of the object. */
function objectAllowed(access: UserAccess, info: SObjectInfo, check: Check): boolean {
    const perms = access.object(info);
    switch (check) {
        case 'READABLE':
            return perms.read;
        case 'CREATABLE':
            return perms.create;
        case 'UPDATABLE':
            return perms.edit;
        case 'UPSERTABLE':
            return perms.create && perms.edit;
    }
}

/** What the access type asks of a field: read for READABLE, a writable non-computed field otherwise. */
function fieldAllowed(access: UserAccess, info: SObjectInfo, field: SObjectFieldInfo, check: Check): boolean {
    const fls = access.field(info, field);
    return check === 'READABLE' ? fls.readable : fls.editable && !isComputedField(field);
}

class Stripper {
    readonly removed = new Map<string, Set<string>>();

    constructor(
        private readonly access: UserAccess,
        private readonly check: Check
    ) {}

    private remove(info: SObjectInfo, name: string): void {
        const set = this.removed.get(info.name) ?? new Set<string>();
        set.add(name);
        this.removed.set(info.name, set);
    }

    /** A copy of `record` without the fields the user may not use; `changed` says whether anything went. */
    strip(record: SObjectValue): { copy: SObjectValue; changed: boolean } {
        const info = record.info;
        const copy = new SObjectValue(info);
        let changed = false;
        for (const [lname, value] of record.values) {
            const name = record.names.get(lname) ?? lname;
            // "The ID field is never stripped by the stripInaccessible method."
            if (lname === 'id') {
                copy.set(lname, name, value);
                continue;
            }
            if (value instanceof SObjectValue || value instanceof ApexList) {
                const kept = this.relationship(info, lname, value);
                if (kept === null) {
                    this.remove(info, name);
                    changed = true;
                } else {
                    copy.set(lname, name, kept.value);
                    changed ||= kept.changed;
                }
                continue;
            }
            const field = info.fields.get(lname);
            if (field && !fieldAllowed(this.access, info, field, this.check)) {
                this.remove(info, field.name);
                changed = true;
                continue;
            }
            copy.set(lname, name, value);
        }
        return { copy, changed };
    }

    /** A parent record (`Account`) or child list (`Contacts`): null when its object is out of reach, else stripped. */
    private relationship(
        info: SObjectInfo,
        lname: string,
        value: SObjectValue | ApexList
    ): { value: unknown; changed: boolean } | null {
        if (value instanceof SObjectValue) {
            const lookup = relationshipField(info, lname);
            if (lookup && !fieldAllowed(this.access, info, lookup, 'READABLE')) {
                return null;
            }
            if (!this.access.object(value.info).read) {
                return null;
            }
            const { copy, changed } = this.strip(value);
            return { value: copy, changed };
        }
        const children = value.items.filter((r): r is SObjectValue => r instanceof SObjectValue);
        if (children.length > 0 && !this.access.object(children[0].info).read) {
            return null;
        }
        let changed = false;
        const items = children.map((child) => {
            const stripped = this.strip(child);
            changed ||= stripped.changed;
            return stripped.copy;
        });
        return { value: new ApexList(items, value.elemType), changed };
    }
}

method(
    Security,
    'static System.SObjectAccessDecision stripInaccessible(System.AccessType, List<SObject>, Boolean?)',
    (_self, [accessType, records, enforceRootObjectCRUD], f: Frame) => {
        if (accessType === null || records === null) {
            throw nullPointer();
        }
        const check = (accessType as LibEnumValue).name as Check;
        const rows = (records as ApexList).items;
        const org = orgAccessOf(f.rt);
        if (!org) {
            const copies = rows.map((r) => (r instanceof SObjectValue ? r.clone() : r)) as SObjectValue[];
            return new SObjectAccessDecisionValue(copies, new Map(), []);
        }
        const access = org.userAccess(f.rt);
        const stripper = new Stripper(access, check);
        const copies: SObjectValue[] = [];
        const modified: number[] = [];
        rows.forEach((row, index) => {
            if (row === null) {
                throw nullPointer();
            }
            if (!(row instanceof SObjectValue) || row.info.name === 'AggregateResult') {
                // "The stripInaccessible method doesn't support AggregateResult SObject": an exception the docs
                // do not name.
                const where = f.rt.currentLocation();
                throw new UnsupportedError('Security.stripInaccessible on AggregateResult', where.file, where.line);
            }
            if (enforceRootObjectCRUD !== false && !objectAllowed(access, row.info, check)) {
                throw apexError('System.NoAccessException', 'No access to entity');
            }
            const { copy, changed } = stripper.strip(row);
            copies.push(copy);
            if (changed) {
                modified.push(index);
            }
        });
        return new SObjectAccessDecisionValue(copies, stripper.removed, modified);
    }
);

method(Decision, 'List<SObject> getRecords()', (self: SObjectAccessDecisionValue) => {
    return new ApexList([...self.records], T.SObject);
});
method(Decision, 'Map<String,Set<String>> getRemovedFields()', (self: SObjectAccessDecisionValue) =>
    fieldMap(self.removed)
);
method(Decision, 'Set<Integer> getModifiedIndexes()', (self: SObjectAccessDecisionValue) => {
    const set = new ApexSet(T.Integer);
    self.modified.forEach((i) => set.add(i));
    return set;
});

/** Map<String, Set<String>>: object name to field names. */
function fieldMap(fields: Map<string, Set<string>>): ApexMap {
    const map = new ApexMap(T.String, setOf(T.String));
    for (const [object, names] of fields) {
        const set = new ApexSet(T.String);
        names.forEach((n) => set.add(n));
        map.put(object, set);
    }
    return map;
}

nativeMethod(
    findBuiltinClass('System.QueryException')!,
    'getInaccessibleFields',
    [],
    mapOf(T.String, setOf(T.String)),
    (self: ApexObject) => fieldMap(inaccessibleFieldsOf.get(self) ?? new Map())
);
