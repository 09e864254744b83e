/**
 * Apex equality, hashing and ordering of runtime values.
 * - `==`: Strings ignore case; Ids compare exactly; numbers compare by value across types; SObjects field by field;
 *   collections element by element; user objects through equals() when defined, else by reference.
 * - `===`: reference equality for objects, value equality for primitives.
 * - Set and Map keys: Strings are case-sensitive (unlike `==`).
 */
import { activeRuntime } from '../runtime/active';
import { ApexList, ApexMap, ApexSet } from './collections';
import { ApexDate, ApexDatetime, ApexTime } from './dates';
import { ApexId } from './id';
import { ApexBlob, ApexTypeValue, SObjectFieldToken, SObjectTypeToken } from './misc';
import { ApexDecimal, ApexDouble, compareNumbers, numTag } from './numeric';
import { ApexObject } from './objects';
import { SObjectValue } from './sobject';

/** Returned by hashKey for objects hashed by their own hashCode()/equals(). */
export const CUSTOM_KEY = Symbol('custom-key');

/** Prefix of tagged string keys, so they never collide with real String keys. */
const TAG = '\u0000';

function hasCustomEquality(obj: ApexObject): boolean {
    return obj.cls.vtable.has('equals(object)') && obj.cls.vtable.has('hashcode()');
}

/** The JavaScript Map key for an Apex value (see KeyedStore). */
export function hashKey(v: unknown): unknown {
    if (v === null || v === undefined) {
        return null;
    }
    switch (typeof v) {
        case 'string':
        case 'number':
        case 'boolean':
        case 'bigint':
            return v;
    }
    if (v instanceof ApexId) {
        return v.value;
    }
    if (v instanceof ApexDecimal) {
        return `${TAG}N${normalizedDecimal(v)}`;
    }
    if (v instanceof ApexDouble) {
        return `${TAG}D${v.v}`;
    }
    if (v instanceof ApexDate || v instanceof ApexDatetime || v instanceof ApexTime) {
        return `${TAG}${v.constructor.name}${v.toString()}`;
    }
    if (v instanceof ApexObject) {
        return v.ex === null && hasCustomEquality(v) ? CUSTOM_KEY : v;
    }
    if (v instanceof SObjectValue || v instanceof ApexList || v instanceof ApexSet || v instanceof ApexMap) {
        return `${TAG}C${contentKey(v)}`;
    }
    if (v instanceof ApexBlob) {
        return `${TAG}B${Buffer.from(v.bytes).toString('base64')}`;
    }
    if (v instanceof ApexTypeValue) {
        return `${TAG}Y${v.name.toLowerCase()}`;
    }
    if (v instanceof SObjectTypeToken) {
        return `${TAG}S${v.info.name.toLowerCase()}`;
    }
    if (v instanceof SObjectFieldToken) {
        return `${TAG}F${v.object.name.toLowerCase()}.${v.field.name.toLowerCase()}`;
    }
    return v;
}

/**
 * Decimal keys hash like Java BigDecimal: by value and scale. The Apex Decimal docs warn that 1.1 and 1.10
 * "generally do not have the same hashcode", so they are different Set elements and Map keys.
 */
function normalizedDecimal(d: ApexDecimal): string {
    return `${d.unscaled}e${d.decimalScale}`;
}

/** A canonical string of a value's content, for content-hashed keys (SObjects, collections). */
function contentKey(v: unknown): string {
    if (v instanceof SObjectValue) {
        const parts = [...v.values.entries()]
            .filter(([, value]) => value !== null)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, value]) => `${k}=${contentKey(value)}`);
        return `${v.info.name.toLowerCase()}{${parts.join(',')}}`;
    }
    if (v instanceof ApexList) {
        return `[${v.items.map(contentKey).join(',')}]`;
    }
    if (v instanceof ApexSet) {
        return `{${v.items().map(contentKey).sort().join(',')}}`;
    }
    if (v instanceof ApexMap) {
        return `{${v.store
            .keys()
            .map((k) => `${contentKey(k)}=${contentKey(v.get(k))}`)
            .sort()
            .join(',')}}`;
    }
    const hk = hashKey(v);
    if (hk === CUSTOM_KEY) {
        return `H${customHashCode(v)}`;
    }
    return typeof hk === 'object' && hk !== null ? `O${identityId(hk)}` : `${typeof hk}:${String(hk)}`;
}

const identityIds = new WeakMap<object, number>();
let nextIdentity = 1;
export function identityId(o: object): number {
    let id = identityIds.get(o);
    if (id === undefined) {
        id = nextIdentity++;
        identityIds.set(o, id);
    }
    return id;
}

export function customHashCode(v: unknown): number {
    const rt = activeRuntime();
    if (!rt) {
        throw new Error('hashCode() needs an active runtime');
    }
    return rt.invokeVirtual(v as ApexObject, 'hashcode()', []) as number;
}

/** Apex `==`. */
export function apexEquals(a: unknown, b: unknown): boolean {
    if (a === b) {
        return true;
    }
    if (a === null || b === null || a === undefined || b === undefined) {
        return false;
    }
    if (typeof a === 'string') {
        if (typeof b === 'string') {
            return a.length === b.length && (a === b || a.toLowerCase() === b.toLowerCase());
        }
        return b instanceof ApexId ? idEqualsString(b, a) : false;
    }
    if (a instanceof ApexId) {
        if (b instanceof ApexId) {
            return a.value === b.value;
        }
        return typeof b === 'string' ? idEqualsString(a, b) : false;
    }
    const na = numTag(a);
    if (na > 0) {
        return numTag(b) > 0 && compareNumbers(a, b) === 0;
    }
    if (typeof a === 'boolean') {
        return false;
    }
    if (a instanceof ApexDate || a instanceof ApexDatetime || a instanceof ApexTime) {
        return a.constructor === (b as object).constructor && (a as ApexDate).compareTo(b as ApexDate) === 0;
    }
    if (a instanceof ApexObject) {
        if (b instanceof ApexObject && a.ex === null && a.cls.vtable.has('equals(object)')) {
            const rt = activeRuntime();
            return rt ? (rt.invokeVirtual(a, 'equals(object)', [b]) as boolean) === true : false;
        }
        return false;
    }
    if (a instanceof SObjectValue) {
        return b instanceof SObjectValue && sobjectEquals(a, b);
    }
    if (a instanceof ApexList) {
        return (
            b instanceof ApexList &&
            a.items.length === b.items.length &&
            a.items.every((x, i) => apexEquals(x, b.items[i]))
        );
    }
    if (a instanceof ApexSet) {
        return b instanceof ApexSet && a.size === b.size && a.items().every((x) => b.has(x));
    }
    if (a instanceof ApexMap) {
        return (
            b instanceof ApexMap &&
            a.size === b.size &&
            a.store.keys().every((k) => b.has(k) && apexEquals(a.get(k), b.get(k)))
        );
    }
    if (a instanceof ApexBlob) {
        return b instanceof ApexBlob && Buffer.from(a.bytes).equals(Buffer.from(b.bytes));
    }
    const ka = hashKey(a);
    return ka !== a && ka === hashKey(b);
}

function idEqualsString(id: ApexId, text: string): boolean {
    const parsed = ApexId.parse(text);
    return parsed !== null && parsed.value === id.value;
}

function sobjectEquals(a: SObjectValue, b: SObjectValue): boolean {
    if (a.info !== b.info) {
        return false;
    }
    const keys = new Set([...a.values.keys(), ...b.values.keys()]);
    for (const k of keys) {
        if (!apexEquals(a.values.get(k) ?? null, b.values.get(k) ?? null)) {
            return false;
        }
    }
    return true;
}

/** Apex `===`: the same object, or the same primitive value. */
export function exactEquals(a: unknown, b: unknown): boolean {
    if (a === b) {
        return true;
    }
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
        return false;
    }
    if (
        a instanceof ApexObject ||
        a instanceof SObjectValue ||
        a instanceof ApexList ||
        a instanceof ApexSet ||
        a instanceof ApexMap
    ) {
        return false;
    }
    // Boxed primitives (Decimal, Double, Id, dates) are values: compare by value.
    return hashKey(a) === hashKey(b);
}

/**
 * Apex `<`, `>`, `<=`, `>=` ordering: numbers by value, Strings ignoring case, Ids, dates and times.
 * Returns null when either side is null (the caller applies the null rules).
 */
export function compareForOperator(a: unknown, b: unknown): number | null {
    if (a === null || b === null) {
        return null;
    }
    if (typeof a === 'string' || a instanceof ApexId) {
        const x = String(a).toLowerCase();
        const y = String(b).toLowerCase();
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (numTag(a) > 0) {
        return compareNumbers(a, b);
    }
    if (a instanceof ApexDate || a instanceof ApexDatetime || a instanceof ApexTime) {
        return (a as ApexDate).compareTo(b as ApexDate);
    }
    throw new TypeError('values are not comparable');
}

/** Java's String.hashCode, which Apex uses for String.hashCode(). */
export function stringHashCode(s: string): number {
    let h = 0;
    for (let i = 0; i < s.length; i++) {
        h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
    }
    return h;
}
