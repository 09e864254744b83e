/**
 * `new`: class instances through their constructor, SObjects with field initialisers, and collections (empty,
 * copied, sized arrays, and `{...}` initialisers).
 */
import type * as A from '../parse/ast';
import { findLibType } from '../library/registry';
import { apexError, nullPointer } from '../runtime/errors';
import type { ExprFn } from '../runtime/frame';
import { ApexList, ApexMap, ApexSet } from '../values/collections';
import { SObjectValue } from '../values/sobject';
import { coerceDynamic } from './convert';
import { typeText } from './linker';
import type { RClass } from './model';
import { type Compiled } from './scope';
import { typeName, type ApexType } from './types';
import type { ExprCompiler } from './expressions';
import { constructorsOf, emptyCollection, iterableItems, sobjectPut } from './dynamic';
import { evalArgs, libCall, convertArgs } from './calls';

export function newObject(c: ExprCompiler, e: A.NewExpr): Compiled {
    const type = c.resolveType(e.type, e.line);
    if (!type) {
        return c.unsupported(`unknown type ${typeText(e.type)}`, e.line);
    }
    switch (type.k) {
        case 'class':
            return newClassInstance(c, type.cls, e);
        case 'sobject':
            return newSObject(c, type, e);
        case 'list':
        case 'set':
        case 'map':
            return newCollectionCopy(c, type, e);
        case 'lib': {
            const def = findLibType(type.name);
            if (def && def.constructors.length > 0) {
                const args = c.compileArgs(e.args);
                return { ...libCall(c, def.constructors, null, args, false, false, e.line, `new ${type.name}`), type };
            }
            return c.unsupported(`new ${typeName(type)}`, e.line);
        }
        default:
            return c.unsupported(`new ${typeName(type)}`, e.line);
    }
}

export function newClassInstance(c: ExprCompiler, cls: RClass, e: A.NewExpr): Compiled {
    const type: ApexType = { k: 'class', cls };
    if (cls.kind !== 'class' || (cls.isAbstract && !cls.isBuiltin)) {
        return c.unsupported(`new on abstract class or interface ${cls.fullName}`, e.line);
    }
    const args = c.compileArgs(e.args);
    const line = e.line;
    const ctor = c.pickUserMethod(constructorsOf(cls), args, e.line);
    if (!ctor) {
        return c.unsupported(`no constructor ${cls.fullName}(${args.map((a) => typeName(a.type)).join(', ')})`, e.line);
    }
    const argFns = evalArgs(convertArgs(c, args, ctor));
    return {
        fn: (f) => {
            const values = argFns(f);
            f.line = line;
            return f.rt.construct(cls, ctor, values);
        },
        type
    };
}

export function newSObject(c: ExprCompiler, type: ApexType & { k: 'sobject' }, e: A.NewExpr): Compiled {
    if (!type.name) {
        return c.unsupported('new SObject()', e.line);
    }
    const info = c.program.schema.getObject(type.name)!;
    const inits: Array<{ name: string; value: ExprFn }> = [];
    for (const arg of e.args) {
        if (arg.k !== 'assign' || arg.op !== '=' || arg.target.k !== 'name') {
            return c.unsupported(`SObject constructor argument that is not Field = value`, e.line);
        }
        const value = c.compileExpr(arg.value);
        const fieldType = c.sobjectFieldType(info, arg.target.name.toLowerCase());
        inits.push({ name: arg.target.name, value: c.convertTo(value, fieldType) });
    }
    return {
        fn: (f) => {
            const record = new SObjectValue(info);
            for (const init of inits) {
                sobjectPut(record, init.name, init.value(f));
            }
            return record;
        },
        type
    };
}

/** `new List<T>()`, `new List<T>(otherList)`, `new Set<T>(list)`, `new Map<Id, SObject>(records)`... */
export function newCollectionCopy(c: ExprCompiler, type: ApexType, e: A.NewExpr): Compiled {
    const args = c.compileArgs(e.args);
    if (args.length === 0) {
        return { fn: emptyCollection(type), type };
    }
    if (args.length !== 1) {
        return c.unsupported(`new ${typeName(type)} with ${args.length} arguments`, e.line);
    }
    const source = args[0].fn;
    if (type.k === 'list') {
        const elem = type.of;
        if (args[0].type.k === 'prim' && args[0].type.name === 'Integer') {
            // new List<T>(n) is not Apex; `new T[n]` is handled elsewhere.
            return c.unsupported('new List<T>(Integer)', e.line);
        }
        return {
            fn: (f) => {
                const v = source(f);
                if (v === null) {
                    throw nullPointer();
                }
                return new ApexList(iterableItems(v), elem);
            },
            type
        };
    }
    if (type.k === 'set') {
        const elem = type.of;
        return {
            fn: (f) => {
                const v = source(f);
                if (v === null) {
                    throw nullPointer();
                }
                const set = new ApexSet(elem);
                for (const item of iterableItems(v)) {
                    set.add(coerceDynamic(item, elem));
                }
                return set;
            },
            type
        };
    }
    const mapType = type as ApexType & { k: 'map' };
    return {
        fn: (f) => {
            const v = source(f);
            if (v === null) {
                throw nullPointer();
            }
            const map = new ApexMap(mapType.key, mapType.value);
            if (v instanceof ApexMap) {
                for (const k of v.store.keys()) {
                    map.put(k, v.get(k));
                }
            } else {
                for (const record of iterableItems(v)) {
                    const sobject = record as SObjectValue;
                    const id = sobject.get('id');
                    if (id === null) {
                        throw apexError('System.ListException', 'Row with null Id at index: 0');
                    }
                    map.put(id, sobject);
                }
            }
            return map;
        },
        type
    };
}

export function newCollection(c: ExprCompiler, e: A.NewCollectionExpr): Compiled {
    const type = c.resolveType(e.type, e.line);
    if (!type) {
        return c.unsupported(`unknown type ${typeText(e.type)}`, e.line);
    }
    if (type.k !== 'list' && type.k !== 'set') {
        if (type.k === 'map' && (e.elements?.length ?? 0) === 0) {
            return { fn: emptyCollection(type), type };
        }
        return c.unsupported(`collection initialiser for ${typeName(type)}`, e.line);
    }
    const elem = type.of;
    if (e.size) {
        const size = c.compileExpr(e.size).fn;
        return {
            fn: (f) => {
                const n = size(f);
                if (n === null) {
                    throw nullPointer();
                }
                return new ApexList(new Array<unknown>(n as number).fill(null), elem);
            },
            type
        };
    }
    const elements = (e.elements ?? []).map((x) => c.convertTo(c.compileExpr(x), elem));
    if (type.k === 'list') {
        return {
            fn: (f) =>
                new ApexList(
                    elements.map((fn) => fn(f)),
                    elem
                ),
            type
        };
    }
    return {
        fn: (f) => {
            const set = new ApexSet(elem);
            for (const fn of elements) {
                set.add(fn(f));
            }
            return set;
        },
        type
    };
}

export function newMap(c: ExprCompiler, e: A.NewMapExpr): Compiled {
    const type = c.resolveType(e.type, e.line);
    if (!type || type.k !== 'map') {
        return c.unsupported(`map initialiser for ${typeText(e.type)}`, e.line);
    }
    const entries = e.entries.map(
        ([k, v]) => [c.convertTo(c.compileExpr(k), type.key), c.convertTo(c.compileExpr(v), type.value)] as const
    );
    return {
        fn: (f) => {
            const map = new ApexMap(type.key, type.value);
            for (const [k, v] of entries) {
                map.put(k(f), v(f));
            }
            return map;
        },
        type
    };
}
