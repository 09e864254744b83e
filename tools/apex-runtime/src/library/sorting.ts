/**
 * The default sort order of List.sort() (Apex Developer Guide, "Sorting Lists"): nulls first; numbers, dates and
 * times by value; Strings and Ids by UTF-16 code units (case-sensitive, like String.compareTo); Booleans false
 * first; enums by ordinal; Comparable objects through compareTo(); SObjects by type label, then Name, then the
 * other fields alphabetically (the documented order, simplified: field values compare as above).
 */
import { apexError } from '../runtime/errors';
import type { Frame } from '../runtime/frame';
import { ApexDate, ApexDatetime, ApexTime } from '../values/dates';
import { isEnumValue } from '../values/format';
import { ApexId } from '../values/id';
import { compareNumbers, numTag } from '../values/numeric';
import { ApexObject } from '../values/objects';
import { SObjectValue } from '../values/sobject';

function compareStrings(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

function compareSObjects(a: SObjectValue, b: SObjectValue, f: Frame): number {
    const byType = compareStrings(a.info.label, b.info.label);
    if (byType !== 0) {
        return byType;
    }
    const byName = compareForSort(a.values.get('name') ?? null, b.values.get('name') ?? null, f);
    if (byName !== 0) {
        return byName;
    }
    const fields = [...new Set([...a.values.keys(), ...b.values.keys()])]
        .filter((k) => k !== 'id' && k !== 'name')
        .sort();
    for (const field of fields) {
        const c = compareForSort(a.values.get(field) ?? null, b.values.get(field) ?? null, f);
        if (c !== 0) {
            return c;
        }
    }
    return 0;
}

export function compareForSort(a: unknown, b: unknown, f: Frame): number {
    if (a === null || b === null) {
        return a === b ? 0 : a === null ? -1 : 1;
    }
    if (typeof a === 'string' || a instanceof ApexId) {
        return compareStrings(String(a), String(b));
    }
    if (numTag(a) > 0) {
        return compareNumbers(a, b);
    }
    if (typeof a === 'boolean') {
        return a === b ? 0 : a ? 1 : -1;
    }
    if (a instanceof ApexDate || a instanceof ApexDatetime || a instanceof ApexTime) {
        return (a as ApexDate).compareTo(b as ApexDate);
    }
    if (isEnumValue(a) && isEnumValue(b)) {
        return a.ordinal - b.ordinal;
    }
    if (a instanceof SObjectValue && b instanceof SObjectValue) {
        return compareSObjects(a, b, f);
    }
    if (a instanceof ApexObject && a.cls.vtable.has('compareto/1')) {
        return f.rt.invokeVirtual(a, 'compareto/1', [b]) as number;
    }
    throw apexError('System.ListException', 'One or more of the items in this list is not Comparable');
}
