/**
 * Method calls: user methods (static, virtual through the dispatch table, super), library methods bound to their
 * implementation, enum methods, and calls on values of unknown type dispatched at run time.
 */
import type * as A from '../parse/ast';
import { findLibType, type LibMethod } from '../library/registry';
import type { SObjectValue } from '../values/sobject';
import { apexError, nullPointer } from '../runtime/errors';
import type { ExprFn, Frame } from '../runtime/frame';
import { ApexList } from '../values/collections';
import { ApexObject } from '../values/objects';
import { callFuture } from '../runtime/async';
import { bindLibMethod, libTypeOfStatic } from './libcall';
import { dispatchKey } from './linker';
import type { RClass, RMethod } from './model';
import type { Compiled } from './scope';
import { isDynamic, listOf, T, typeName, type ApexType } from './types';
import type { ExprCompiler } from './expressions';
import { callDynamic, ENUM_METHODS, OBJECT_METHODS } from './dynamic';
import { soqlRequestFn } from './soql';

/** Database methods whose query text may bind the caller's variables by name. */
const DYNAMIC_SOQL = new Set(['query', 'countquery', 'getquerylocator']);
const DATA_ACCESS = new Set([
    ...DYNAMIC_SOQL,
    'querywithbinds',
    'insert',
    'update',
    'upsert',
    'delete',
    'undelete',
    'merge',
    'setsavepoint',
    'rollback'
]);

/** Evaluates arguments left to right, with fixed-arity fast paths. */
export function evalArgs(fns: ExprFn[]): (f: Frame) => unknown[] {
    switch (fns.length) {
        case 0:
            return () => [];
        case 1: {
            const [a] = fns;
            return (f) => [a(f)];
        }
        case 2: {
            const [a, b] = fns;
            return (f) => [a(f), b(f)];
        }
        case 3: {
            const [a, b, c] = fns;
            return (f) => [a(f), b(f), c(f)];
        }
        default:
            return (f) => fns.map((fn) => fn(f));
    }
}

export function call(c: ExprCompiler, e: A.CallExpr): Compiled {
    const lname = e.name.toLowerCase();
    if (!e.target) {
        return unqualifiedCall(c, e, lname);
    }
    if (e.target.k === 'super') {
        const sup = c.ctx.cls.superclass;
        if (!sup || c.ctx.isStatic) {
            return c.unsupported('super call without a superclass', e.line);
        }
        const args = c.compileArgs(e.args);
        const method = c.pickUserMethod(
            sup.findMethods(lname).filter((m) => !m.isStatic),
            args,
            e.line
        );
        if (!method) {
            return objectMethodOrGap(c, sup, e.name, args, e.line, null);
        }
        const argFns = evalArgs(convertArgs(c, args, method));
        const line = e.line;
        return {
            fn: (f) => {
                const values = argFns(f);
                f.line = line;
                return f.rt.invoke(method, f.self, values);
            },
            type: method.returnType
        };
    }
    if (lname === 'adderror' && e.target.k === 'field') {
        const fieldError = fieldAddError(c, e, e.target);
        if (fieldError) {
            return fieldError;
        }
    }
    const target = c.resolveTarget(e.target);
    if (target.k === 'type') {
        return staticCall(c, target.type, e, lname);
    }
    if (target.k === 'ns') {
        return c.unsupported(`${[...target.path, e.name].join('.')}()`, e.line);
    }
    return instanceCall(c, target.c, e, lname);
}

/**
 * `record.Field__c.addError(message)`: marks the error on that field of the record (SObject Class, addError on a
 * field), which DML reports with the field in getFields(). Null when the receiver is not an SObject field.
 */
function fieldAddError(c: ExprCompiler, e: A.CallExpr, field: A.FieldExpr): Compiled | null {
    const record = c.resolveTarget(field.target);
    if (record.k !== 'value' || record.c.type.k !== 'sobject' || e.args.length < 1 || e.args.length > 2) {
        return null;
    }
    const message = c.compileArgs(e.args)[0].fn;
    const name = field.name;
    return c.member(
        record.c.fn,
        field.safe || e.safe,
        !!record.c.chain,
        (o, f) => {
            const text = message(f);
            (o as SObjectValue).addError(text === null ? 'null' : String(text), name);
            return null;
        },
        T.void,
        e.line
    );
}

export function convertArgs(c: ExprCompiler, args: Compiled[], method: RMethod): ExprFn[] {
    return args.map((a, i) => c.convertTo(a, method.params[i]?.type ?? T.unknown));
}

export function unqualifiedCall(c: ExprCompiler, e: A.CallExpr, lname: string): Compiled {
    const args = c.compileArgs(e.args);
    for (let cls: RClass | null = c.ctx.cls; cls; cls = cls.outer) {
        const all = cls.findMethods(lname);
        const usable = cls === c.ctx.cls && !c.ctx.isStatic ? all : all.filter((m) => m.isStatic);
        const method = c.pickUserMethod(usable, args, e.line);
        if (method) {
            const self: Compiled = { fn: (f) => f.self, type: { k: 'class', cls: c.ctx.cls } };
            return method.isStatic
                ? staticInvoke(c, method, args, e.line)
                : virtualInvoke(c, method, self, args, false, e.line);
        }
        if (all.length > 0 && cls === c.ctx.cls) {
            break;
        }
    }
    return c.unsupported(`unknown method ${e.name}(${args.map((a) => typeName(a.type)).join(', ')})`, e.line);
}

export function staticInvoke(c: ExprCompiler, method: RMethod, args: Compiled[], line: number): Compiled {
    const argFns = evalArgs(convertArgs(c, args, method));
    if (method.annotations.some((a) => a.name.toLowerCase() === 'future')) {
        // An @future method is queued and runs later in its own transaction (runtime/async.ts).
        return {
            fn: (f) => {
                const values = argFns(f);
                f.line = line;
                callFuture(f.rt, method, values);
                return null;
            },
            type: T.void
        };
    }
    return {
        fn: (f) => {
            const values = argFns(f);
            f.line = line;
            return f.rt.invoke(method, null, values);
        },
        type: method.returnType
    };
}

export function virtualInvoke(
    c: ExprCompiler,
    method: RMethod,
    target: Compiled,
    args: Compiled[],
    safe: boolean,
    line: number
): Compiled {
    const argFns = evalArgs(convertArgs(c, args, method));
    const key = dispatchKey(method);
    const direct = method.isPrivate;
    return c.member(
        target.fn,
        safe,
        safe || !!target.chain,
        (o, f) => {
            const values = argFns(f);
            f.line = line;
            if (!(o instanceof ApexObject)) {
                // A library value behind a platform interface type: List.iterator() as an Iterator<T>.
                return callDynamic(o, method.lname, method.name, values, f, f.file, line);
            }
            const obj = o;
            const impl = direct ? method : (obj.cls.vtable.get(key) ?? method);
            if (impl.isAbstract && !impl.native) {
                throw apexError('System.UnexpectedException', `abstract method ${impl.name} called`);
            }
            return f.rt.invoke(impl, obj, values);
        },
        method.returnType,
        line
    );
}

export function staticCall(c: ExprCompiler, type: ApexType, e: A.CallExpr, lname: string): Compiled {
    const args = c.compileArgs(e.args);
    if (type.k === 'class') {
        if (type.cls.kind === 'enum') {
            const enumCall = enumStaticCall(c, type.cls, lname, args, e.line);
            if (enumCall) {
                return enumCall;
            }
        }
        const candidates: RMethod[] = [];
        for (let cls: RClass | null = type.cls; cls; cls = cls.superclass) {
            candidates.push(...(cls.methods.get(lname) ?? []).filter((m) => m.isStatic));
        }
        const method = c.pickUserMethod(candidates, args, e.line);
        if (method) {
            return staticInvoke(c, method, args, e.line);
        }
        return c.unsupported(`unknown static method ${type.cls.fullName}.${e.name}`, e.line);
    }
    const def = type.k === 'lib' ? findLibType(type.name) : libTypeOfStatic(type);
    const candidates = def?.statics.get(lname);
    if (def && candidates) {
        if (def.name === 'Database' && DYNAMIC_SOQL.has(lname)) {
            args.push(bindResolverArg(c));
        }
        if (def.name === 'Database' && lname === 'getquerylocator' && e.args[0]?.k === 'soql') {
            // getQueryLocator([SELECT ...]) does not run the query: the locator gets the request, unexecuted.
            args[0] = { fn: soqlRequestFn(c, e.args[0]), type: T.Object };
        }
        if (def.name === 'Database' && DATA_ACCESS.has(lname)) {
            c.program.recordDataAccess(`Database.${e.name}`, c.ctx.file, e.line);
        }
        // Static methods of SObject types (Custom Metadata getAll) are bound to the type itself.
        const staticSelf = type.k === 'sobject' ? type : undefined;
        return libCall(c, candidates, null, args, false, false, e.line, `${typeName(type)}.${e.name}`, staticSelf);
    }
    return c.unsupported(`${typeName(type)}.${e.name}()`, e.line);
}

/**
 * Dynamic SOQL binds (`:name` in Database.query text) read the caller's variables by name at run time: this
 * hidden argument resolves a name against the locals in scope here, then the fields of the class.
 */
export function bindResolverArg(c: ExprCompiler): Compiled {
    const locals = new Map(c.scope.visible().map((v) => [v.name.toLowerCase(), v.slot]));
    const cls = c.ctx.cls;
    const isStatic = c.ctx.isStatic;
    return {
        fn:
            (f) =>
            (name: string): unknown => {
                const lname = name.toLowerCase();
                const slot = locals.get(lname);
                if (slot !== undefined) {
                    return f.locals[slot];
                }
                for (let k: RClass | null = cls; k; k = k.outer) {
                    const field = k.findField(lname);
                    if (field?.isStatic) {
                        return f.rt.staticsOf(field.owner)[field.slot];
                    }
                    if (field && !isStatic && k === cls) {
                        return f.self!.fields[field.slot];
                    }
                }
                return undefined;
            },
        type: T.Object
    };
}

/** Calls a library method; `target` null for statics. */
export function libCall(
    c: ExprCompiler,
    candidates: LibMethod[],
    target: Compiled | null,
    args: Compiled[],
    safe: boolean,
    chain: boolean,
    line: number,
    label: string,
    staticSelf?: ApexType
): Compiled {
    const bound = bindLibMethod(
        candidates,
        target?.type ?? staticSelf ?? null,
        args.map((a) => a.type),
        c.ctx.resolver
    );
    if (!bound) {
        return c.unsupported(`${label}(${args.map((a) => typeName(a.type)).join(', ')})`, line);
    }
    const argFns = evalArgs(args.map((a, i) => c.convertTo(a, bound.paramTypes[i])));
    const impl = bound.method.impl as (self: unknown, args: unknown[], f: Frame) => unknown;
    if (!target) {
        return {
            fn: (f) => {
                const values = argFns(f);
                f.line = line;
                return impl(staticSelf, values, f);
            },
            type: bound.returnType
        };
    }
    return c.member(
        target.fn,
        safe,
        chain,
        (o, f) => {
            const values = argFns(f);
            f.line = line;
            return impl(o, values, f);
        },
        bound.returnType,
        line
    );
}

export function instanceCall(c: ExprCompiler, target: Compiled, e: A.CallExpr, lname: string): Compiled {
    const args = c.compileArgs(e.args);
    const t = target.type;
    const chain = e.safe || !!target.chain;
    if (t.k === 'class') {
        if (t.cls.kind === 'enum') {
            const enumCall = enumInstanceCall(c, target, lname, args, e.safe, chain, e.line);
            if (enumCall) {
                return enumCall;
            }
        }
        const candidates = t.cls.findMethods(lname);
        const method = c.pickUserMethod(candidates, args, e.line);
        if (method) {
            if (method.isStatic) {
                return staticInvoke(c, method, args, e.line);
            }
            return virtualInvoke(c, method, target, args, e.safe, e.line);
        }
        return objectMethodOrGap(c, t.cls, e.name, args, e.line, target, e.safe);
    }
    if (isDynamic(t)) {
        return dynamicCall(c, target, e, args);
    }
    const def = libTypeOfStatic(t);
    const candidates = def?.methods.get(lname);
    if (def && candidates) {
        return libCall(c, candidates, target, args, e.safe, chain, e.line, `${typeName(t)}.${e.name}`);
    }
    return c.unsupported(`${typeName(t)}.${e.name}()`, e.line);
}

/** equals/hashCode/toString on user objects that do not declare them. */
export function objectMethodOrGap(
    c: ExprCompiler,
    cls: RClass,
    name: string,
    args: Compiled[],
    line: number,
    target: Compiled | null,
    safe = false
): Compiled {
    const lname = name.toLowerCase();
    const self: Compiled = target ?? { fn: (f) => f.self, type: { k: 'class', cls } };
    const argFns = evalArgs(args.map((a) => a.fn));
    const impl = OBJECT_METHODS[`${lname}/${args.length}`];
    if (!impl) {
        return c.unsupported(`unknown method ${cls.fullName}.${name}`, line);
    }
    return c.member(self.fn, safe, safe || !!self.chain, (o, f) => impl.fn(o, argFns(f)), impl.type, line);
}

/** A call on a value whose type is not known statically: dispatch on the runtime value. */
export function dynamicCall(c: ExprCompiler, target: Compiled, e: A.CallExpr, args: Compiled[]): Compiled {
    const argFns = evalArgs(args.map((a) => a.fn));
    const lname = e.name.toLowerCase();
    const name = e.name;
    const line = e.line;
    const file = c.ctx.file;
    return c.member(
        target.fn,
        e.safe,
        e.safe || !!target.chain,
        (o, f) => {
            const values = argFns(f);
            f.line = line;
            return callDynamic(o, lname, name, values, f, file, line);
        },
        T.unknown,
        line
    );
}

export function enumStaticCall(
    c: ExprCompiler,
    cls: RClass,
    lname: string,
    args: Compiled[],
    line: number
): Compiled | undefined {
    if (lname === 'values' && args.length === 0) {
        const type = listOf({ k: 'class', cls });
        return { fn: () => new ApexList([...cls.enumValues], { k: 'class', cls }), type };
    }
    if (lname === 'valueof' && args.length === 1) {
        const arg = args[0].fn;
        return {
            fn: (f) => {
                const name = arg(f);
                if (name === null) {
                    throw nullPointer();
                }
                const found = cls.enumValues.find((v) => v.name === name);
                if (!found) {
                    throw apexError(
                        'System.NoSuchElementException',
                        `No enum constant ${cls.fullName}.${String(name)}`
                    );
                }
                return found;
            },
            type: { k: 'class', cls }
        };
    }
    return undefined;
}

export function enumInstanceCall(
    c: ExprCompiler,
    target: Compiled,
    lname: string,
    args: Compiled[],
    safe: boolean,
    chain: boolean,
    line: number
): Compiled | undefined {
    const argFns = evalArgs(args.map((a) => a.fn));
    const impl = ENUM_METHODS[`${lname}/${args.length}`];
    if (!impl) {
        return undefined;
    }
    return c.member(target.fn, safe, chain, (o, f) => impl.fn(o, argFns(f)), impl.type, line);
}
