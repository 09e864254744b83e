/**
 * String.valueOf for every runtime value: what `System.debug`, string concatenation and `String.valueOf` print.
 */
import { activeRuntime } from '../runtime/active';
import { ApexList, ApexMap, ApexSet } from './collections';
import { ApexDate, ApexDatetime, ApexTime } from './dates';
import { ApexId } from './id';
import { ApexBlob, ApexTypeValue, SObjectFieldToken, SObjectTypeToken } from './misc';
import { ApexDecimal, ApexDouble } from './numeric';
import { ApexObject } from './objects';
import { SObjectValue } from './sobject';
import {
    formatDate,
    formatDateImplicit,
    formatDatetime,
    formatDatetimeImplicit,
    formatDecimal,
    formatDouble,
    formatTime
} from './numberFormat';
import type { EnumValue } from '../compile/model';

export function isEnumValue(v: unknown): v is EnumValue {
    return (
        typeof v === 'object' &&
        v !== null &&
        (v as EnumValue).cls !== undefined &&
        (v as EnumValue).ordinal !== undefined
    );
}

/** The exception's Apex type name: `System.NullPointerException`, `MyException`, `Outer.MyException`. */
export function exceptionTypeName(obj: ApexObject): string {
    return obj.cls.fullName;
}

export function exceptionMessage(obj: ApexObject): string | null {
    const ex = obj.ex;
    if (!ex) {
        return null;
    }
    if (obj.cls.fullName === 'System.AuraHandledException' && !ex.messageOverridden) {
        return 'Script-thrown exception';
    }
    return ex.message;
}

/**
 * `String.valueOf(x)`. Differs from the implicit form (toApexString) only for a top-level Date (no time) and
 * Datetime (the user's time zone instead of GMT), as documented for String.valueOf.
 */
export function stringValueOf(v: unknown): string {
    if (v instanceof ApexDate) {
        return formatDate(v);
    }
    if (v instanceof ApexDatetime) {
        return formatDatetime(v);
    }
    return toApexString(v);
}

/** The implicit string form: string concatenation, System.debug, and elements inside collections. */
export function toApexString(v: unknown): string {
    if (v === null || v === undefined) {
        return 'null';
    }
    switch (typeof v) {
        case 'string':
            return v;
        case 'number':
            return String(v);
        case 'bigint':
            return v.toString();
        case 'boolean':
            return v ? 'true' : 'false';
    }
    if (v instanceof ApexId) {
        return v.value;
    }
    if (v instanceof ApexDecimal) {
        return formatDecimal(v);
    }
    if (v instanceof ApexDouble) {
        return formatDouble(v.v);
    }
    if (v instanceof ApexDate) {
        return formatDateImplicit(v);
    }
    if (v instanceof ApexDatetime) {
        return formatDatetimeImplicit(v);
    }
    if (v instanceof ApexTime) {
        return formatTime(v);
    }
    if (v instanceof ApexList) {
        return `(${v.items.map(toApexString).join(', ')})`;
    }
    if (v instanceof ApexSet) {
        return `{${v.items().map(toApexString).join(', ')}}`;
    }
    if (v instanceof ApexMap) {
        return `{${v.store
            .keys()
            .map((k) => `${toApexString(k)}=${toApexString(v.get(k))}`)
            .join(', ')}}`;
    }
    if (v instanceof SObjectValue) {
        const fields = [...v.values.entries()].map(([k, value]) => `${v.names.get(k) ?? k}=${toApexString(value)}`);
        return `${v.info.name}:{${fields.join(', ')}}`;
    }
    if (v instanceof ApexObject) {
        return objectToString(v);
    }
    if (isEnumValue(v)) {
        return v.name;
    }
    if (v instanceof ApexTypeValue) {
        return v.name;
    }
    if (v instanceof SObjectTypeToken) {
        return v.info.name;
    }
    if (v instanceof SObjectFieldToken) {
        return v.field.name;
    }
    if (v instanceof ApexBlob) {
        return `Blob[${v.bytes.length}]`;
    }
    const custom = (v as { toApexString?: () => string }).toApexString;
    if (typeof custom === 'function') {
        return custom.call(v);
    }
    return String(v);
}

function objectToString(obj: ApexObject): string {
    if (obj.ex) {
        const message = exceptionMessage(obj);
        return message === null ? exceptionTypeName(obj) : `${exceptionTypeName(obj)}: ${message}`;
    }
    const rt = activeRuntime();
    if (rt && obj.cls.vtable.has('tostring()')) {
        return toApexString(rt.invokeVirtual(obj, 'tostring()', []));
    }
    const parts = obj.cls.instanceFieldList.map((field) => `${field.name}=${toApexString(obj.fields[field.slot])}`);
    return `${obj.cls.fullName}:[${parts.join(', ')}]`;
}
