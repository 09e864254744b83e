/**
 * Static Apex types, as the compiler knows them. The compiler uses them to pick overloads, numeric promotions,
 * string concatenation and the conversions applied on assignment; where it cannot know a type it says `unknown`
 * and the generated code decides from the runtime value instead.
 */
import type { RClass } from './model';

export type PrimName =
    | 'Integer'
    | 'Long'
    | 'Double'
    | 'Decimal'
    | 'String'
    | 'Boolean'
    | 'Id'
    | 'Date'
    | 'Datetime'
    | 'Time'
    | 'Blob'
    | 'Object';

export type ApexType =
    | { k: 'prim'; name: PrimName }
    | { k: 'void' }
    | { k: 'null' }
    | { k: 'unknown' }
    | { k: 'list'; of: ApexType }
    | { k: 'set'; of: ApexType }
    | { k: 'map'; key: ApexType; value: ApexType }
    /** `name` is the canonical API name, or null for the generic `SObject`. */
    | { k: 'sobject'; name: string | null }
    | { k: 'class'; cls: RClass }
    /** A library type such as `Schema.SObjectType`, `Type`, `Pattern`; `name` is its canonical full name. */
    | { k: 'lib'; name: string; args?: ApexType[] };

const prim = (name: PrimName): ApexType => ({ k: 'prim', name });

/** Shared instances, so the compiler can compare common types by identity. */
export const T = {
    Integer: prim('Integer'),
    Long: prim('Long'),
    Double: prim('Double'),
    Decimal: prim('Decimal'),
    String: prim('String'),
    Boolean: prim('Boolean'),
    Id: prim('Id'),
    Date: prim('Date'),
    Datetime: prim('Datetime'),
    Time: prim('Time'),
    Blob: prim('Blob'),
    Object: prim('Object'),
    void: { k: 'void' } as ApexType,
    null: { k: 'null' } as ApexType,
    unknown: { k: 'unknown' } as ApexType,
    SObject: { k: 'sobject', name: null } as ApexType
};

export const PRIM_NAMES: Record<string, PrimName> = {
    integer: 'Integer',
    long: 'Long',
    double: 'Double',
    decimal: 'Decimal',
    string: 'String',
    boolean: 'Boolean',
    id: 'Id',
    date: 'Date',
    datetime: 'Datetime',
    time: 'Time',
    blob: 'Blob',
    object: 'Object'
};

export function listOf(of: ApexType): ApexType {
    return { k: 'list', of };
}

export function setOf(of: ApexType): ApexType {
    return { k: 'set', of };
}

export function mapOf(key: ApexType, value: ApexType): ApexType {
    return { k: 'map', key, value };
}

export function libType(name: string, args?: ApexType[]): ApexType {
    return args ? { k: 'lib', name, args } : { k: 'lib', name };
}

export function isPrim(t: ApexType, name: PrimName): boolean {
    return t.k === 'prim' && t.name === name;
}

/** Integer < Long < Double < Decimal; 0 for anything else. */
export function numericRank(t: ApexType): number {
    if (t.k !== 'prim') {
        return 0;
    }
    switch (t.name) {
        case 'Integer':
            return 1;
        case 'Long':
            return 2;
        case 'Double':
            return 3;
        case 'Decimal':
            return 4;
        default:
            return 0;
    }
}

export const RANK_TYPES: ApexType[] = [T.unknown, T.Integer, T.Long, T.Double, T.Decimal];

export function isNumeric(t: ApexType): boolean {
    return numericRank(t) > 0;
}

/** Unknown or Object: the generated code must look at the value. */
export function isDynamic(t: ApexType): boolean {
    return t.k === 'unknown' || (t.k === 'prim' && t.name === 'Object');
}

export function isStringLike(t: ApexType): boolean {
    return t.k === 'prim' && (t.name === 'String' || t.name === 'Id');
}

export function typeName(t: ApexType): string {
    switch (t.k) {
        case 'prim':
            return t.name;
        case 'void':
            return 'void';
        case 'null':
            return 'null';
        case 'unknown':
            return 'Object';
        case 'list':
            return `List<${typeName(t.of)}>`;
        case 'set':
            return `Set<${typeName(t.of)}>`;
        case 'map':
            return `Map<${typeName(t.key)},${typeName(t.value)}>`;
        case 'sobject':
            return t.name ?? 'SObject';
        case 'class':
            return t.cls.fullName;
        case 'lib':
            return t.args ? `${t.name}<${t.args.map(typeName).join(',')}>` : t.name;
    }
}

export function sameType(a: ApexType, b: ApexType): boolean {
    if (a === b) {
        return true;
    }
    if (a.k !== b.k) {
        return false;
    }
    switch (a.k) {
        case 'prim':
            return a.name === (b as typeof a).name;
        case 'list':
        case 'set':
            return sameType(a.of, (b as typeof a).of);
        case 'map':
            return sameType(a.key, (b as typeof a).key) && sameType(a.value, (b as typeof a).value);
        case 'sobject':
            return (a.name ?? '').toLowerCase() === ((b as typeof a).name ?? '').toLowerCase();
        case 'class':
            return a.cls === (b as typeof a).cls;
        case 'lib':
            return a.name.toLowerCase() === (b as typeof a).name.toLowerCase();
        default:
            return true;
    }
}

/** Is `sub` the class `sup`, a subclass of it, or an implementer of it (directly or through its parents)? */
export function classExtends(sub: RClass, sup: RClass): boolean {
    if (sub === sup) {
        return true;
    }
    if (sub.superclass && classExtends(sub.superclass, sup)) {
        return true;
    }
    return sub.interfaces.some((i) => classExtends(i, sup));
}

/**
 * How well a value of static type `from` fits a parameter of type `to`: 0 no fit, higher is better. Used to rank
 * overloads; exact matches beat widening, which beats Object.
 */
export function fitScore(from: ApexType, to: ApexType): number {
    if (to.k === 'unknown') {
        return 1;
    }
    if (from.k === 'unknown') {
        return 2;
    }
    if (sameType(from, to)) {
        return 10;
    }
    if (from.k === 'null') {
        return to.k === 'prim' || to.k !== 'void' ? 5 : 0;
    }
    if (to.k === 'prim' && to.name === 'Object') {
        return 3;
    }
    const fromRank = numericRank(from);
    const toRank = numericRank(to);
    if (fromRank > 0 && toRank > 0) {
        return fromRank < toRank ? 8 - (toRank - fromRank) : 0;
    }
    if (from.k === 'prim' && to.k === 'prim') {
        if (from.name === 'Id' && to.name === 'String') {
            return 8;
        }
        if (from.name === 'String' && to.name === 'Id') {
            return 7;
        }
        return 0;
    }
    if (from.k === 'sobject' && to.k === 'sobject') {
        return to.name === null ? 8 : 0;
    }
    if (from.k === 'class' && to.k === 'class') {
        return classExtends(from.cls, to.cls) ? 8 : 0;
    }
    if ((from.k === 'list' || from.k === 'set') && from.k === to.k) {
        return fitScore(from.of, to.of) > 0 ? 7 : 0;
    }
    if (from.k === 'map' && to.k === 'map') {
        return fitScore(from.key, to.key) > 0 && fitScore(from.value, to.value) > 0 ? 7 : 0;
    }
    if (from.k === 'lib' && to.k === 'lib') {
        return from.name.toLowerCase() === to.name.toLowerCase() ? 9 : 0;
    }
    return 0;
}
