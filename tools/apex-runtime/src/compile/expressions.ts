/**
 * Compiles expressions to closures. Names are resolved here, once: a local becomes a slot read, a field a slot
 * read on `this`, a method call a direct reference to the method (or a dispatch-table key for virtual calls), a
 * library call a direct reference to its implementation. What cannot be resolved statically (values of unknown
 * type) is dispatched on the runtime value.
 */
import type * as A from '../parse/ast';
import { findLibType, resolveSpec } from '../library/registry';
import { apexError, nullPointer } from '../runtime/errors';
import type { ExprFn, Frame } from '../runtime/frame';
import { ApexList } from '../values/collections';
import { ApexDecimal, ApexDouble, negate } from '../values/numeric';
import { ApexObject } from '../values/objects';
import { ApexTypeValue, SObjectFieldToken, SObjectTypeToken } from '../values/misc';
import { SObjectValue } from '../values/sobject';
import { makeField, type SObjectInfo } from '../schema/schema';
import { castFunction, conversion, isInstance } from './convert';
import { typeText } from './linker';
import type { RClass, RField, RMethod } from './model';
import { binaryOperation, incrementOperation } from './operators';
import { Scope, SHORT_CIRCUIT, SlotAllocator, unsupportedFn, type BodyContext, type Compiled } from './scope';
import { fitScore, isDynamic, libType, numericRank, T, typeName, type ApexType } from './types';
import { compileSoql, singleRowConversion } from './soql';
import { call } from './calls';
import { newCollection, newMap, newObject } from './creation';
import { lvalue } from './lvalues';
import { dynamicGet, libEnumValue } from './dynamic';

/** A name or member chain resolves to a value, a type, or (part of) a namespace. */
type Resolved =
    | { k: 'value'; c: Compiled }
    | { k: 'type'; type: ApexType; path: string[] }
    | { k: 'ns'; path: string[] };

/** An assignable place. */
export interface LValue {
    type: ApexType;
    /** Stores the (already converted) value and yields it. */
    assign(value: ExprFn): ExprFn;
    /** Reads, transforms and stores; yields the old value (postfix) or the new one. */
    update(op: (old: unknown, f: Frame) => unknown, yieldOld: boolean): ExprFn;
}

function withConversion(fn: ExprFn, conv: ((v: unknown) => unknown) | null): ExprFn {
    return conv ? (f) => conv(fn(f)) : fn;
}

const constant =
    (value: unknown): ExprFn =>
    () =>
        value;

export class ExprCompiler {
    scope: Scope;
    readonly slots: SlotAllocator;

    constructor(
        readonly ctx: BodyContext,
        scope?: Scope,
        slots?: SlotAllocator
    ) {
        this.scope = scope ?? new Scope(null);
        this.slots = slots ?? new SlotAllocator();
    }

    get program() {
        return this.ctx.program;
    }

    // ----------------------------------------------------------------------------------------------- helpers

    unsupported(construct: string, line: number, type: ApexType = T.unknown): Compiled {
        return { fn: unsupportedFn(this.program, construct, this.ctx.file, line), type };
    }

    resolveType(node: A.TypeNode, line: number): ApexType | null {
        const t = this.ctx.resolver.resolve(node, this.ctx.cls);
        if (!t) {
            this.program.addGap(`unknown type ${typeText(node)}`, this.ctx.file, line);
        }
        return t;
    }

    declareLocal(name: string, type: ApexType): number {
        const slot = this.slots.next();
        this.scope.declare({ name, slot, type });
        return slot;
    }

    /** Converts a compiled value for assignment to `target` (widening, String to Id, SOQL single row). */
    convertTo(c: Compiled, target: ApexType): ExprFn {
        if (c.soql && target.k === 'sobject') {
            return singleRowConversion(c.fn);
        }
        return withConversion(c.fn, conversion(c.type, target));
    }

    // ------------------------------------------------------------------------------------------ expressions

    compileExpr(e: A.Expr): Compiled {
        const c = this.compileChainable(e);
        if (!c.chain) {
            return c;
        }
        const inner = c.fn;
        return {
            ...c,
            chain: false,
            fn: (f) => {
                const v = inner(f);
                return v === SHORT_CIRCUIT ? null : v;
            }
        };
    }

    /** Like compileExpr, but a `?.` chain is left open so an enclosing member access can continue it. */
    compileChainable(e: A.Expr): Compiled {
        switch (e.k) {
            case 'literal':
                return this.literal(e);
            case 'name':
                return this.valueOf(this.resolveName(e.name, e.line), e.name, e.line);
            case 'this':
                if (this.ctx.isStatic) {
                    return this.unsupported('this in static context', e.line);
                }
                return { fn: (f) => f.self, type: { k: 'class', cls: this.ctx.cls } };
            case 'super':
                return this.unsupported('super used as a value', e.line);
            case 'field':
                return this.valueOf(this.resolveField(e), e.name, e.line);
            case 'call':
                return call(this, e);
            case 'chainCall':
                return this.unsupported('this(...)/super(...) outside the first statement of a constructor', e.line);
            case 'index':
                return this.index(e);
            case 'new':
                return newObject(this, e);
            case 'newCollection':
                return newCollection(this, e);
            case 'newMap':
                return newMap(this, e);
            case 'cast':
                return this.cast(e);
            case 'instanceof': {
                const operand = this.compileExpr(e.expr);
                const type = this.resolveType(e.type, e.line);
                if (!type) {
                    return this.unsupported(`unknown type ${typeText(e.type)}`, e.line, T.Boolean);
                }
                const fn = operand.fn;
                return { fn: (f) => isInstance(fn(f), type), type: T.Boolean };
            }
            case 'unary':
                return this.unary(e);
            case 'incdec':
                return this.incDec(e);
            case 'binary':
                return this.binary(e);
            case 'conditional':
                return this.conditional(e);
            case 'assign':
                return this.assignment(e);
            case 'classLiteral': {
                if (!e.type) {
                    return { fn: constant(new ApexTypeValue(T.void)), type: libType('System.Type') };
                }
                const type = this.resolveType(e.type, e.line);
                if (!type) {
                    return this.unsupported(`unknown type ${typeText(e.type)}`, e.line);
                }
                return { fn: constant(new ApexTypeValue(type)), type: libType('System.Type') };
            }
            case 'soql':
                return compileSoql(this, e);
            case 'sosl':
                return this.unsupported('SOSL search', e.line);
        }
    }

    literal(e: A.LiteralExpr): Compiled {
        switch (e.kind) {
            case 'Integer': {
                const n = Number(e.value);
                return { fn: constant(n | 0), type: T.Integer };
            }
            case 'Long':
                return { fn: constant(BigInt.asIntN(64, BigInt(e.value as string))), type: T.Long };
            case 'Decimal':
                return { fn: constant(ApexDecimal.parse(e.value as string)), type: T.Decimal };
            case 'Double':
                return { fn: constant(new ApexDouble(Number(e.value))), type: T.Double };
            case 'String':
                return { fn: constant(e.value), type: T.String };
            case 'Boolean':
                return { fn: constant(e.value), type: T.Boolean };
            case 'null':
                return { fn: constant(null), type: T.null };
        }
    }

    valueOf(r: Resolved, name: string, line: number): Compiled {
        if (r.k === 'value') {
            return r.c;
        }
        if (r.k === 'type') {
            return this.unsupported(`type ${typeName(r.type)} used as a value`, line);
        }
        return this.unsupported(`unknown name ${[...r.path].join('.') || name}`, line);
    }

    // ------------------------------------------------------------------------------------------------- names

    /** A bare identifier: local, field (this class, superclasses, outer classes' statics), type or namespace. */
    resolveName(name: string, line: number): Resolved {
        const lname = name.toLowerCase();
        const local = this.scope.lookup(lname);
        if (local) {
            const slot = local.slot;
            return { k: 'value', c: { fn: (f) => f.locals[slot], type: local.type } };
        }
        for (let c: RClass | null = this.ctx.cls; c; c = c.outer) {
            const field = c.findField(lname);
            if (field && (field.isStatic || (c === this.ctx.cls && !this.ctx.isStatic))) {
                return { k: 'value', c: this.fieldRead(field, null, false, line) };
            }
        }
        const type = this.ctx.resolver.resolvePath([name], this.ctx.cls);
        if (type) {
            return { k: 'type', type, path: [name] };
        }
        // Not a value or a type: the first part of a namespace-qualified name (`System.Label`, `lodestar.Foo`).
        return { k: 'ns', path: [name] };
    }

    /** Resolves an expression that may name a type or namespace (`System`, `Outer.Inner`) rather than a value. */
    resolveTarget(e: A.Expr): Resolved {
        if (e.k === 'name') {
            return this.resolveName(e.name, e.line);
        }
        if (e.k === 'field') {
            return this.resolveField(e);
        }
        return { k: 'value', c: this.compileChainable(e) };
    }

    resolveField(e: A.FieldExpr): Resolved {
        const target = this.resolveTarget(e.target);
        if (target.k === 'value') {
            // `[SELECT Id FROM Account LIMIT 1].Id`: a field of an inline query reads its single row, as in Apex.
            const c = target.c;
            const row =
                c.soql && c.type.k === 'list' && (c.type.of.k === 'sobject' || c.type.of === T.SObject)
                    ? { fn: singleRowConversion(c.fn), type: c.type.of }
                    : c;
            return { k: 'value', c: this.instanceMember(row, e.name, e.safe, e.line) };
        }
        const path = [...target.path, e.name];
        if (target.k === 'type') {
            const member = this.staticMember(target.type, e.name, e.line);
            if (member) {
                return { k: 'value', c: member };
            }
        }
        const type = this.ctx.resolver.resolvePath(path, this.ctx.cls);
        if (type) {
            return { k: 'type', type, path };
        }
        return { k: 'ns', path };
    }

    // ----------------------------------------------------------------------------------------------- fields

    /** Reads a user-class field or property; `target` null means `this` (or the class, for statics). */
    fieldRead(field: RField, target: Compiled | null, safe: boolean, line: number): Compiled {
        const slot = field.slot;
        const type = field.type;
        const viaAccessor = field.getter !== null && this.ctx.property !== field;
        if (field.isStatic) {
            const owner = field.owner;
            if (viaAccessor) {
                const getter = field.getter!;
                return { fn: (f) => f.rt.invoke(getter, null, []), type };
            }
            return { fn: (f) => f.rt.staticsOf(owner)[slot], type };
        }
        if (!target) {
            if (viaAccessor) {
                const getter = field.getter!;
                return { fn: (f) => f.rt.invoke(getter, f.self, []), type };
            }
            return { fn: (f) => f.self!.fields[slot], type };
        }
        const recv = target.fn;
        const chain = safe || !!target.chain;
        if (viaAccessor) {
            const getter = field.getter!;
            return this.member(recv, safe, chain, (o, f) => f.rt.invoke(getter, o as ApexObject, []), type, line);
        }
        return this.member(recv, safe, chain, (o) => (o as ApexObject).fields[slot], type, line);
    }

    /** Builds a member access on a receiver, with null checks and `?.` short-circuiting. */
    member(
        recv: ExprFn,
        safe: boolean,
        chain: boolean,
        body: (o: unknown, f: Frame) => unknown,
        type: ApexType,
        line: number
    ): Compiled {
        if (!chain) {
            return {
                fn: (f) => {
                    const o = recv(f);
                    if (o === null) {
                        throw nullPointer();
                    }
                    return body(o, f);
                },
                type
            };
        }
        return {
            fn: (f) => {
                const o = recv(f);
                if (o === SHORT_CIRCUIT) {
                    return SHORT_CIRCUIT;
                }
                if (o === null) {
                    if (safe) {
                        return SHORT_CIRCUIT;
                    }
                    throw nullPointer();
                }
                return body(o, f);
            },
            type,
            chain: true
        };
    }

    /** `value.name` by the value's static type. */
    instanceMember(target: Compiled, name: string, safe: boolean, line: number): Compiled {
        const lname = name.toLowerCase();
        const t = target.type;
        const chain = safe || !!target.chain;
        if (t.k === 'class') {
            const field = t.cls.findField(lname);
            if (field && !field.isStatic) {
                return this.fieldRead(field, target, safe, line);
            }
            if (field) {
                return this.fieldRead(field, null, false, line);
            }
            return this.unsupported(`unknown field ${t.cls.fullName}.${name}`, line);
        }
        if (t.k === 'sobject') {
            const info = t.name ? this.program.schema.getObject(t.name) : undefined;
            const fieldType = info ? this.sobjectFieldType(info, lname) : T.unknown;
            return this.member(target.fn, safe, chain, (o) => (o as SObjectValue).get(lname), fieldType, line);
        }
        if (t.k === 'lib') {
            const def = findLibType(t.name);
            const prop = def?.props.get(lname);
            if (prop) {
                const type = this.specType(prop.type, t, []);
                const get = prop.get;
                return this.member(target.fn, safe, chain, (o, f) => get(o as never, f), type, line);
            }
            const dynamic = def?.dynamicInstance?.(name, this.program);
            if (dynamic) {
                const get = dynamic.get;
                return this.member(target.fn, safe, chain, (o, f) => get(o as never, f), dynamic.type, line);
            }
            return this.unsupported(`${t.name}.${name}`, line);
        }
        if (isDynamic(t)) {
            return this.member(target.fn, safe, chain, (o, f) => dynamicGet(o, lname, name, f), T.unknown, line);
        }
        return this.unsupported(`field ${name} on ${typeName(t)}`, line);
    }

    /** The static type of an SObject field or relationship; unknown names are accepted with a dynamic type. */
    sobjectFieldType(info: SObjectInfo, lname: string): ApexType {
        const field = info.fields.get(lname);
        if (field) {
            return field.type;
        }
        for (const f of info.fields.values()) {
            if (f.relationshipName && f.relationshipName.toLowerCase() === lname && f.referenceTo.length === 1) {
                const target = this.program.schema.getObject(f.referenceTo[0]);
                return target ? { k: 'sobject', name: target.name } : T.SObject;
            }
        }
        return T.unknown;
    }

    /** `Type.name`: static fields, enum values, library statics, SObject tokens. Undefined when not a value. */
    staticMember(type: ApexType, name: string, line: number): Compiled | undefined {
        const lname = name.toLowerCase();
        if (type.k === 'class') {
            const cls = type.cls;
            const enumValue = cls.enumValues.find((v) => v.name.toLowerCase() === lname);
            if (enumValue) {
                return { fn: constant(enumValue), type };
            }
            for (let c: RClass | null = cls; c; c = c.superclass) {
                const field = c.fields.get(lname);
                if (field?.isStatic) {
                    return this.fieldRead(field, null, false, line);
                }
            }
            return undefined;
        }
        if (type.k === 'sobject' && type.name) {
            const info = this.program.schema.getObject(type.name)!;
            if (lname === 'sobjecttype') {
                const token = new SObjectTypeToken(info);
                return { fn: constant(token), type: libType('Schema.SObjectType') };
            }
            const field = info.fields.get(lname) ?? makeField(name, 'Unknown', { type: T.unknown });
            const token = new SObjectFieldToken(info, field);
            return { fn: constant(token), type: libType('Schema.SObjectField') };
        }
        if (type.k === 'lib') {
            const def = findLibType(type.name);
            if (!def) {
                return undefined;
            }
            const prop = def.staticProps.get(lname);
            if (prop) {
                const get = prop.get;
                return { fn: (f) => get(undefined as never, f), type: this.specType(prop.type, type, []) };
            }
            if (def.enumValues) {
                const value = libEnumValue(def, name);
                if (value) {
                    return { fn: constant(value), type };
                }
            }
            const dynamic = def.dynamicStatic?.(name, this.program);
            if (dynamic) {
                const get = dynamic.get;
                return { fn: (f) => get(undefined as never, f), type: dynamic.type };
            }
        }
        return undefined;
    }

    /** A library signature type (`List<T>`, `Schema.SObjectType`) as seen from this receiver. */
    specType(spec: string, self: ApexType | null, args: ApexType[]): ApexType {
        return resolveSpecType(this, spec, self, args);
    }

    // ---------------------------------------------------------------------------------------------- lvalues

    // ------------------------------------------------------------------------------------------ assignment

    assignment(e: A.AssignExpr): Compiled {
        const target = lvalue(this, e.target);
        if (!target) {
            return this.unsupported(`assignment to ${e.target.k === 'name' ? e.target.name : e.target.k}`, e.line);
        }
        const value = this.compileExpr(e.value);
        if (e.op === '=') {
            return { fn: target.assign(this.convertTo(value, target.type)), type: target.type };
        }
        const op = e.op.slice(0, -1) as A.BinaryOp;
        const operation = binaryOperation(op, target.type, value.type);
        const apply = operation.apply;
        const conv = conversion(operation.type, target.type);
        const v = value.fn;
        const combine = conv
            ? (old: unknown, f: Frame) => conv(apply(old, v(f)))
            : (old: unknown, f: Frame) => apply(old, v(f));
        return { fn: target.update(combine, false), type: target.type };
    }

    incDec(e: A.IncDecExpr): Compiled {
        const target = lvalue(this, e.target);
        if (!target) {
            return this.unsupported(`${e.op} on ${e.target.k}`, e.line);
        }
        const step = incrementOperation(target.type, e.op === '++' ? 1 : -1);
        return { fn: target.update((old) => step(old), !e.prefix), type: target.type };
    }

    // ---------------------------------------------------------------------------------------------- operators

    unary(e: A.UnaryExpr): Compiled {
        const operand = this.compileExpr(e.expr);
        const fn = operand.fn;
        switch (e.op) {
            case '!':
                return {
                    fn: (f) => {
                        const v = fn(f);
                        if (v === null) {
                            throw nullPointer();
                        }
                        return !v;
                    },
                    type: T.Boolean
                };
            case '-':
                if (e.expr.k === 'literal' && (e.expr.kind === 'Integer' || e.expr.kind === 'Long')) {
                    // -2147483648 is a valid Integer literal only with its sign.
                    const text = `-${e.expr.value as string}`;
                    return e.expr.kind === 'Integer'
                        ? { fn: constant(Number(text) | 0), type: T.Integer }
                        : { fn: constant(BigInt.asIntN(64, BigInt(text))), type: T.Long };
                }
                return {
                    fn: (f) => {
                        const v = fn(f);
                        if (v === null) {
                            throw nullPointer();
                        }
                        return negate(v);
                    },
                    type: operand.type
                };
            case '+':
                return operand;
            case '~':
                return {
                    fn: (f) => {
                        const v = fn(f);
                        if (v === null) {
                            throw nullPointer();
                        }
                        return typeof v === 'bigint' ? ~v : ~(v as number);
                    },
                    type: operand.type
                };
        }
    }

    binary(e: A.BinaryExpr): Compiled {
        const left = this.compileExpr(e.left);
        const right = this.compileExpr(e.right);
        const l = left.fn;
        const r = right.fn;
        switch (e.op) {
            case '&&':
                return {
                    fn: (f) => {
                        const a = l(f);
                        if (a === null) {
                            throw nullPointer();
                        }
                        if (!a) {
                            return false;
                        }
                        const b = r(f);
                        if (b === null) {
                            throw nullPointer();
                        }
                        return b;
                    },
                    type: T.Boolean
                };
            case '||':
                return {
                    fn: (f) => {
                        const a = l(f);
                        if (a === null) {
                            throw nullPointer();
                        }
                        if (a) {
                            return true;
                        }
                        const b = r(f);
                        if (b === null) {
                            throw nullPointer();
                        }
                        return b;
                    },
                    type: T.Boolean
                };
            case '??': {
                const type = left.type.k === 'null' ? right.type : left.type;
                const rc = withConversion(r, conversion(right.type, type));
                return {
                    fn: (f) => {
                        const a = l(f);
                        return a !== null ? a : rc(f);
                    },
                    type
                };
            }
        }
        const { apply, type } = binaryOperation(e.op, left.type, right.type);
        return { fn: (f) => apply(l(f), r(f)), type };
    }

    conditional(e: A.ConditionalExpr): Compiled {
        const test = this.compileExpr(e.test).fn;
        const a = this.compileExpr(e.then);
        const b = this.compileExpr(e.else);
        let type: ApexType = a.type.k === 'null' ? b.type : a.type;
        if (numericRank(a.type) > 0 && numericRank(b.type) > 0 && numericRank(b.type) > numericRank(a.type)) {
            type = b.type;
        }
        const then = this.convertTo(a, type);
        const otherwise = this.convertTo(b, type);
        return {
            fn: (f) => {
                const c = test(f);
                if (c === null) {
                    throw nullPointer();
                }
                return c ? then(f) : otherwise(f);
            },
            type
        };
    }

    cast(e: A.CastExpr): Compiled {
        const operand = this.compileExpr(e.expr);
        const type = this.resolveType(e.type, e.line);
        if (!type) {
            return this.unsupported(`unknown type ${typeText(e.type)}`, e.line);
        }
        if (operand.soql && type.k === 'sobject') {
            return { fn: singleRowConversion(operand.fn), type };
        }
        const check = castFunction(operand.type, type);
        const fn = operand.fn;
        return { fn: (f) => check(fn(f)), type };
    }

    index(e: A.IndexExpr): Compiled {
        const target = this.compileChainable(e.target);
        const index = this.compileExpr(e.index);
        const t = target.type;
        if (t.k !== 'list' && !isDynamic(t)) {
            return this.unsupported(`[] on ${typeName(t)}`, e.line);
        }
        const i = index.fn;
        return this.member(
            target.fn,
            false,
            !!target.chain,
            (list, f) => {
                const n = i(f);
                if (n === null) {
                    throw nullPointer();
                }
                const items = (list as ApexList).items;
                const k = n as number;
                if (k < 0 || k >= items.length) {
                    throw apexError('System.ListException', `List index out of bounds: ${k}`);
                }
                return items[k];
            },
            t.k === 'list' ? t.of : T.unknown,
            e.line
        );
    }

    // -------------------------------------------------------------------------------------------------- calls

    compileArgs(args: A.Expr[]): Compiled[] {
        return args.map((a) => this.compileExpr(a));
    }

    /** Chooses among user-method overloads by argument types. */
    pickUserMethod(candidates: RMethod[], args: Compiled[], line: number): RMethod | undefined {
        const fitting = candidates.filter((m) => m.params.length === args.length);
        if (fitting.length <= 1) {
            return fitting[0];
        }
        let best: RMethod | undefined;
        let bestScore = -1;
        for (const m of fitting) {
            let score = 0;
            let fits = true;
            m.params.forEach((p, i) => {
                const s = fitScore(args[i].type, p.type);
                if (s === 0) {
                    fits = false;
                }
                score += s;
            });
            const effective = fits ? score + 1000 : score;
            if (effective > bestScore) {
                best = m;
                bestScore = effective;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------------------------------------- creation
}

function resolveSpecType(compiler: ExprCompiler, spec: string, self: ApexType | null, args: ApexType[]): ApexType {
    return resolveSpec(
        spec,
        { self, args },
        (name) => compiler.ctx.resolver.resolvePath(name.split('.'), null) ?? T.unknown
    );
}
