/**
 * Operations decided at run time rather than compile time: member access and calls on values whose static type is
 * unknown, the methods every object and enum value has, SObject field writes with schema conversion, and the
 * values of library enums.
 */
import { findLibType, type LibTypeDef } from '../library/registry';
import { apexError } from '../runtime/errors';
import type { ExprFn, Frame } from '../runtime/frame';
import { ApexList, ApexMap, ApexSet } from '../values/collections';
import { identityId, stringHashCode } from '../values/equality';
import { stringValueOf } from '../values/format';
import { LibValue } from '../values/misc';
import { ApexObject, UnsupportedError } from '../values/objects';
import { SObjectValue } from '../values/sobject';
import type { SObjectFieldInfo } from '../schema/schema';
import { coerceDynamic } from './convert';
import { libTypeOfValue } from './libcall';
import type { RClass, RMethod } from './model';
import { T, type ApexType } from './types';

export function constructorsOf(cls: RClass): RMethod[] {
    return cls.constructors;
}

export function emptyCollection(type: ApexType): ExprFn {
    switch (type.k) {
        case 'list': {
            const elem = type.of;
            return () => new ApexList([], elem);
        }
        case 'set': {
            const elem = type.of;
            return () => new ApexSet(elem);
        }
        case 'map': {
            const { key, value } = type;
            return () => new ApexMap(key, value);
        }
        default:
            throw new Error('not a collection');
    }
}

/** The elements of a List, Set or (for `new List<T>(...)`) any iterable collection value. */
export function iterableItems(v: unknown): unknown[] {
    if (v instanceof ApexList) {
        return [...v.items];
    }
    if (v instanceof ApexSet) {
        return v.items();
    }
    throw apexError('System.TypeException', 'Collection expected');
}

/** Stores a value in an SObject field, converting it to the field's type when the schema knows it. */
export function sobjectPut(record: SObjectValue, name: string, value: unknown): unknown {
    const lname = name.toLowerCase();
    const field: SObjectFieldInfo | undefined = record.info.fields.get(lname);
    const converted = field ? coerceDynamic(value, field.type) : value;
    record.set(lname, name, converted);
    return converted;
}

/** `o.name` where o's type is only known at run time. */
export function dynamicGet(o: unknown, lname: string, name: string, f: Frame): unknown {
    if (o instanceof SObjectValue) {
        return o.get(lname);
    }
    if (o instanceof ApexObject) {
        const field = o.cls.findField(lname);
        if (field && !field.isStatic) {
            return field.getter ? f.rt.invoke(field.getter, o, []) : o.fields[field.slot];
        }
    }
    if (o instanceof LibValue) {
        const def = findLibType(o.libTypeName);
        const prop = def?.props.get(lname);
        if (prop) {
            return prop.get(o as never, f);
        }
        const dynamic = def?.dynamicInstance?.(name, f.rt.program);
        if (dynamic) {
            return dynamic.get(o as never, f);
        }
    }
    throw new UnsupportedError(
        `field ${name} on a value of runtime type ${o?.constructor?.name ?? typeof o}`,
        f.file,
        f.line
    );
}

export function dynamicSet(o: unknown, lname: string, name: string, v: unknown, f: Frame): unknown {
    if (o instanceof ApexObject) {
        const field = o.cls.findField(lname);
        if (field && !field.isStatic) {
            if (field.setter) {
                f.rt.invoke(field.setter, o, [v]);
            } else {
                o.fields[field.slot] = v;
            }
            return v;
        }
    }
    throw new UnsupportedError(`assignment to field ${name} on a value of unknown type`, f.file, f.line);
}

/** A method call on a value of unknown static type: user objects by name/arity, library values by runtime type. */
export function callDynamic(
    o: unknown,
    lname: string,
    name: string,
    args: unknown[],
    f: Frame,
    file: string,
    line: number
): unknown {
    if (o instanceof ApexObject) {
        const method = o.cls.vtable.get(`${lname}/${args.length}`);
        if (method) {
            const converted = args.map((a, i) => coerceDynamic(a, method.params[i]?.type ?? T.unknown));
            return f.rt.invoke(method, o, converted);
        }
        const fallback = OBJECT_METHODS[`${lname}/${args.length}`];
        if (fallback) {
            return fallback.fn(o, args);
        }
    }
    const enumMethod = ENUM_METHODS[`${lname}/${args.length}`];
    if (
        enumMethod &&
        o !== null &&
        typeof o === 'object' &&
        (o as { ordinal?: unknown }).ordinal !== undefined &&
        (o as { cls?: unknown }).cls !== undefined
    ) {
        return enumMethod.fn(o, args);
    }
    const def = libTypeOfValue(o);
    const candidates = def?.methods.get(lname)?.filter((m) => args.length >= m.minArgs && args.length <= m.maxArgs);
    if (candidates && candidates.length > 0) {
        return (candidates[0].impl as (self: unknown, args: unknown[], f: Frame) => unknown)(o, args, f);
    }
    throw new UnsupportedError(`${name}() on a value of unknown type`, file, line);
}

export interface BuiltinMethod {
    fn: (self: unknown, args: unknown[]) => unknown;
    type: ApexType;
}

/** Methods every user object has, when its class does not declare them. */
export const OBJECT_METHODS: Record<string, BuiltinMethod> = {
    'equals/1': { fn: (self, [other]) => self === other, type: T.Boolean },
    'hashcode/0': { fn: (self) => identityId(self as object), type: T.Integer },
    'tostring/0': { fn: (self) => stringValueOf(self), type: T.String }
};

/** Methods of enum values. */
export const ENUM_METHODS: Record<string, BuiltinMethod> = {
    'name/0': { fn: (self) => (self as { name: string }).name, type: T.String },
    'ordinal/0': { fn: (self) => (self as { ordinal: number }).ordinal, type: T.Integer },
    'tostring/0': { fn: (self) => (self as { name: string }).name, type: T.String },
    'equals/1': { fn: (self, [other]) => self === other, type: T.Boolean },
    'hashcode/0': { fn: (self) => stringHashCode((self as { name: string }).name), type: T.Integer }
};

/** A library enum's value (`LoggingLevel.ERROR`), created once per name. */
const libEnumCache = new Map<string, LibEnumValue>();

export class LibEnumValue extends LibValue {
    constructor(
        readonly libTypeName: string,
        readonly name: string,
        readonly ordinal: number
    ) {
        super();
    }

    /** String concatenation and String.valueOf print the value's name, as for user enums. */
    toApexString(): string {
        return this.name;
    }
}

export function libEnumValue(def: LibTypeDef, name: string): LibEnumValue | undefined {
    const index = def.enumValues!.findIndex((v) => v.toLowerCase() === name.toLowerCase());
    if (index < 0) {
        return undefined;
    }
    const key = `${def.name}.${def.enumValues![index]}`;
    let value = libEnumCache.get(key);
    if (!value) {
        value = new LibEnumValue(def.name, def.enumValues![index], index);
        libEnumCache.set(key, value);
    }
    return value;
}
