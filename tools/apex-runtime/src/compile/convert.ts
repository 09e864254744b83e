/**
 * Conversions between Apex types at runtime: the implicit widening on assignment (Integer to Long, Double and
 * Decimal; String to Id), casts (which throw System.TypeException), and instanceof.
 */
import { apexError } from '../runtime/errors';
import { ApexList, ApexMap, ApexSet } from '../values/collections';
import { ApexDate, ApexDatetime, ApexTime } from '../values/dates';
import { isEnumValue } from '../values/format';
import { ApexId } from '../values/id';
import { ApexBlob, libTypeNameOf } from '../values/misc';
import { ApexDecimal, ApexDouble, numTag, toDecimal, toDouble, toInt, toLong } from '../values/numeric';
import { ApexObject } from '../values/objects';
import { SObjectValue } from '../values/sobject';
import { isDynamic, numericRank, T, typeName, type ApexType } from './types';

export type Conversion = ((v: unknown) => unknown) | null;

export function stringToId(v: string): ApexId {
    const id = ApexId.parse(v);
    if (!id) {
        throw apexError('System.StringException', `Invalid id: ${v}`);
    }
    return id;
}

const WIDEN_TO = [null, toInt, toLong, toDouble, toDecimal] as const;

/**
 * Converts a number to the type of `rank` on assignment: Integer to Long; any other numeric type to Double or
 * Decimal (Apex assigns Decimal literals to Doubles and Doubles to Decimals). Leaves everything else alone.
 */
function widenTo(rank: number): (v: unknown) => unknown {
    const convert = WIDEN_TO[rank]!;
    return (v) => {
        if (v === null) {
            return null;
        }
        const r = numTag(v);
        return r > 0 && r !== rank && (rank > 2 || r < rank) ? convert(v) : v;
    };
}

const WIDENERS = [null, null, widenTo(2), widenTo(3), widenTo(4)];

/** The conversion applied when a value of static type `from` is assigned to `to`; null when none is needed. */
export function conversion(from: ApexType, to: ApexType): Conversion {
    if (to.k !== 'prim') {
        return null;
    }
    const toRank = numericRank(to);
    if (toRank > 1) {
        const fromRank = numericRank(from);
        return fromRank === toRank || (!isDynamic(from) && fromRank === 0) || (toRank === 2 && fromRank > 2)
            ? null
            : WIDENERS[toRank];
    }
    if (to.name === 'Id') {
        return from.k === 'prim' && from.name === 'Id' ? null : (v) => (typeof v === 'string' ? stringToId(v) : v);
    }
    if (to.name === 'String') {
        return from.k === 'prim' && from.name === 'String' ? null : (v) => (v instanceof ApexId ? v.value : v);
    }
    return null;
}

/** The same conversion decided from the value alone, for values whose static type is unknown. */
export function coerceDynamic(v: unknown, to: ApexType): unknown {
    if (v === null || to.k !== 'prim') {
        return v;
    }
    const conv = conversion(T.unknown, to);
    return conv ? conv(v) : v;
}

/** The Apex name of a value's runtime type, as it appears in TypeException messages. */
export function runtimeTypeName(v: unknown): string {
    if (v === null || v === undefined) {
        return 'null';
    }
    switch (typeof v) {
        case 'string':
            return 'String';
        case 'number':
            return 'Integer';
        case 'bigint':
            return 'Long';
        case 'boolean':
            return 'Boolean';
    }
    if (v instanceof ApexDouble) {
        return 'Double';
    }
    if (v instanceof ApexDecimal) {
        return 'Decimal';
    }
    if (v instanceof ApexId) {
        return 'Id';
    }
    if (v instanceof ApexDate) {
        return 'Date';
    }
    if (v instanceof ApexDatetime) {
        return 'Datetime';
    }
    if (v instanceof ApexTime) {
        return 'Time';
    }
    if (v instanceof ApexBlob) {
        return 'Blob';
    }
    if (v instanceof ApexList) {
        return `List<${typeName(v.elemType)}>`;
    }
    if (v instanceof ApexSet) {
        return `Set<${typeName(v.elemType)}>`;
    }
    if (v instanceof ApexMap) {
        return `Map<${typeName(v.keyType)},${typeName(v.valueType)}>`;
    }
    if (v instanceof SObjectValue) {
        return v.info.name;
    }
    if (v instanceof ApexObject) {
        return v.cls.fullName;
    }
    if (isEnumValue(v)) {
        return v.cls.fullName;
    }
    return libTypeNameOf(v) ?? 'Object';
}

/** The runtime type of a value as a static type (for Type values and JSON of Object-typed values). */
export function runtimeTypeOf(v: unknown): ApexType {
    if (v === null || v === undefined) {
        return T.Object;
    }
    switch (typeof v) {
        case 'string':
            return T.String;
        case 'number':
            return T.Integer;
        case 'bigint':
            return T.Long;
        case 'boolean':
            return T.Boolean;
    }
    if (v instanceof ApexDouble) return T.Double;
    if (v instanceof ApexDecimal) return T.Decimal;
    if (v instanceof ApexId) return T.Id;
    if (v instanceof ApexDate) return T.Date;
    if (v instanceof ApexDatetime) return T.Datetime;
    if (v instanceof ApexTime) return T.Time;
    if (v instanceof ApexBlob) return T.Blob;
    if (v instanceof ApexList) return { k: 'list', of: v.elemType };
    if (v instanceof ApexSet) return { k: 'set', of: v.elemType };
    if (v instanceof ApexMap) return { k: 'map', key: v.keyType, value: v.valueType };
    if (v instanceof SObjectValue) return { k: 'sobject', name: v.info.name };
    if (v instanceof ApexObject) return { k: 'class', cls: v.cls };
    if (isEnumValue(v)) return { k: 'class', cls: v.cls };
    const lib = libTypeNameOf(v);
    return lib ? { k: 'lib', name: lib } : T.Object;
}

/** Can a collection whose elements are declared `actual` be used where `wanted` elements are expected? */
function elementFits(actual: ApexType, wanted: ApexType): boolean {
    if (isDynamic(wanted)) {
        return true;
    }
    if (wanted.k === 'sobject' && wanted.name === null) {
        return actual.k === 'sobject';
    }
    if (actual.k === 'class' && wanted.k === 'class') {
        return actual.cls.isSubclassOf(wanted.cls);
    }
    if (actual.k === 'prim' && wanted.k === 'prim') {
        return actual.name === wanted.name || (actual.name === 'Id' && wanted.name === 'String');
    }
    if ((actual.k === 'list' || actual.k === 'set') && actual.k === wanted.k) {
        return elementFits(actual.of, wanted.of);
    }
    if (actual.k === 'map' && wanted.k === 'map') {
        return elementFits(actual.key, wanted.key) && elementFits(actual.value, wanted.value);
    }
    if (actual.k === 'sobject' && wanted.k === 'sobject') {
        return (actual.name ?? '').toLowerCase() === (wanted.name ?? '').toLowerCase();
    }
    if (actual.k === 'lib' && wanted.k === 'lib') {
        return actual.name.toLowerCase() === wanted.name.toLowerCase();
    }
    return false;
}

/** Apex `instanceof` (false for null). */
export function isInstance(v: unknown, t: ApexType): boolean {
    if (v === null || v === undefined) {
        return false;
    }
    switch (t.k) {
        case 'unknown':
            return true;
        case 'prim':
            switch (t.name) {
                case 'Object':
                    return true;
                case 'String':
                    return typeof v === 'string' || v instanceof ApexId;
                case 'Integer':
                    return typeof v === 'number';
                case 'Long':
                    return typeof v === 'bigint';
                case 'Double':
                    return v instanceof ApexDouble;
                case 'Decimal':
                    return v instanceof ApexDecimal;
                case 'Boolean':
                    return typeof v === 'boolean';
                case 'Id':
                    return v instanceof ApexId;
                case 'Date':
                    return v instanceof ApexDate;
                case 'Datetime':
                    return v instanceof ApexDatetime;
                case 'Time':
                    return v instanceof ApexTime;
                case 'Blob':
                    return v instanceof ApexBlob;
            }
            return false;
        case 'list':
            return v instanceof ApexList && elementFits(v.elemType, t.of);
        case 'set':
            return v instanceof ApexSet && elementFits(v.elemType, t.of);
        case 'map':
            return v instanceof ApexMap && elementFits(v.keyType, t.key) && elementFits(v.valueType, t.value);
        case 'sobject':
            return v instanceof SObjectValue && (t.name === null || v.info.name.toLowerCase() === t.name.toLowerCase());
        case 'class':
            if (v instanceof ApexObject) {
                return v.cls.isSubclassOf(t.cls) || (v.cls.stubOf !== null && v.cls.stubOf.isSubclassOf(t.cls));
            }
            return isEnumValue(v) && v.cls === t.cls;
        case 'lib':
            return libTypeNameOf(v)?.toLowerCase() === t.name.toLowerCase();
        default:
            return false;
    }
}

function invalidConversion(v: unknown, to: ApexType): never {
    throw apexError(
        'System.TypeException',
        `Invalid conversion from runtime type ${runtimeTypeName(v)} to ${typeName(to)}`
    );
}

/**
 * A cast `(to) value` where the value's static type is `from`. Numeric casts between known numeric types convert
 * (truncating, as Apex does); everything else checks the runtime type and throws System.TypeException.
 */
export function castFunction(from: ApexType, to: ApexType): (v: unknown) => unknown {
    if (isDynamic(to)) {
        return (v) => v;
    }
    const toRank = numericRank(to);
    if (toRank > 0 && numericRank(from) > 0) {
        const convert = WIDEN_TO[toRank]!;
        return (v) => (v === null ? null : convert(v));
    }
    if (to.k === 'prim' && to.name === 'Id') {
        return (v) => {
            if (v === null || v instanceof ApexId) {
                return v;
            }
            if (typeof v === 'string') {
                return stringToId(v);
            }
            return invalidConversion(v, to);
        };
    }
    if (to.k === 'prim' && to.name === 'String') {
        return (v) => {
            if (v === null || typeof v === 'string') {
                return v;
            }
            if (v instanceof ApexId) {
                return v.value;
            }
            return invalidConversion(v, to);
        };
    }
    if (toRank > 0) {
        // From Object: widening to a wider numeric type is allowed, narrowing is not.
        return (v) => {
            if (v === null) {
                return null;
            }
            const rank = numTag(v);
            if (rank === toRank) {
                return v;
            }
            if (rank > 0 && rank < toRank) {
                return WIDEN_TO[toRank]!(v);
            }
            return invalidConversion(v, to);
        };
    }
    return (v) => (v === null || isInstance(v, to) ? v : invalidConversion(v, to));
}
