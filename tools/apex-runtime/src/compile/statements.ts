/**
 * Compiles statements to closures returning a completion code (normal, break, continue, return). Every statement
 * records its line (for exceptions and stack traces), marks its line covered, and counts towards the statement
 * budget that stands in for the CPU time limit.
 */
import type * as A from '../parse/ast';
import type { DmlRequest } from '../database/database';
import { apexError, nullPointer } from '../runtime/errors';
import {
    BREAK,
    CONTINUE,
    NORMAL,
    RETURN,
    type Completion,
    type ExprFn,
    type Frame,
    type StmtFn
} from '../runtime/frame';
import { ApexList, ApexSet } from '../values/collections';
import { ApexId } from '../values/id';
import { ApexObject, ApexThrow, UnsupportedError } from '../values/objects';
import { ApexUnsupportedError } from '../lib/errors';
import { SObjectValue } from '../values/sobject';
import { isInstance } from './convert';
import { ExprCompiler } from './expressions';
import { typeText } from './linker';
import type { RClass } from './model';
import { Scope, type Compiled } from './scope';
import { sharingOf } from './soql';
import { isDynamic, T, typeName, type ApexType } from './types';
import { dmlFailure } from '../runtime/dml';
import { runAsUser } from '../runtime/runAs';
import { chargeDml } from '../runtime/limits';
import { findLibType } from '../library/registry';
import { libEnumValue } from './dynamic';

const SOQL_FOR_CHUNK = 200;

export class StmtCompiler extends ExprCompiler {
    /** Line hits of the class being compiled (a scratch array for anonymous code). */
    hits: Uint8Array = new Uint8Array(0);
    /** Lines that hold a statement, for coverage. */
    coverable: Set<number> | null = null;

    /** Wraps a statement with line tracking, coverage and the statement budget. */
    private instrument(line: number, inner: StmtFn): StmtFn {
        this.coverable?.add(line);
        const hits = this.hits;
        if (line >= hits.length) {
            return (f) => {
                f.line = line;
                const rt = f.rt;
                if (++rt.statements > rt.maxStatements) {
                    rt.cpuLimitExceeded();
                }
                return inner(f);
            };
        }
        return (f) => {
            f.line = line;
            hits[line] = 1;
            const rt = f.rt;
            if (++rt.statements > rt.maxStatements) {
                rt.cpuLimitExceeded();
            }
            return inner(f);
        };
    }

    withScope<R>(body: () => R): R {
        const saved = this.scope;
        this.scope = new Scope(saved);
        try {
            return body();
        } finally {
            this.scope = saved;
        }
    }

    compileBlock(statements: A.Stmt[]): StmtFn {
        return this.withScope(() => sequence(statements.map((s) => this.compileStmt(s))));
    }

    compileStmt(s: A.Stmt): StmtFn {
        switch (s.k) {
            case 'block':
                return this.compileBlock(s.body);
            case 'local':
                return this.instrument(s.line, this.local(s));
            case 'expr': {
                const fn = this.compileExpr(s.expr).fn;
                return this.instrument(s.line, (f) => {
                    fn(f);
                    return NORMAL;
                });
            }
            case 'if':
                return this.instrument(s.line, this.ifStatement(s));
            case 'while':
                return this.instrument(s.line, this.whileLoop(s.cond, s.body, false));
            case 'doWhile':
                return this.instrument(s.line, this.whileLoop(s.cond, s.body, true));
            case 'for':
                return this.instrument(
                    s.line,
                    this.withScope(() => this.forLoop(s))
                );
            case 'forEach':
                return this.instrument(
                    s.line,
                    this.withScope(() => this.forEach(s))
                );
            case 'return':
                return this.instrument(s.line, this.returnStatement(s));
            case 'throw':
                return this.instrument(s.line, this.throwStatement(s));
            case 'break':
                return this.instrument(s.line, () => BREAK);
            case 'continue':
                return this.instrument(s.line, () => CONTINUE);
            case 'try':
                return this.instrument(s.line, this.tryStatement(s));
            case 'switch':
                return this.instrument(s.line, this.switchStatement(s));
            case 'dml':
                return this.instrument(s.line, this.dml(s));
            case 'runAs':
                return this.instrument(s.line, this.runAs(s));
        }
    }

    private unsupportedStmt(construct: string, line: number): StmtFn {
        const fn = this.unsupported(construct, line).fn;
        return (f) => {
            fn(f);
            return NORMAL;
        };
    }

    private local(s: A.LocalStmt): StmtFn {
        const type = this.resolveType(s.type, s.line) ?? T.unknown;
        const inits: Array<[number, ExprFn | null]> = s.decls.map((d) => {
            const init = d.init ? this.convertTo(this.compileExpr(d.init), type) : null;
            return [this.declareLocal(d.name, type), init];
        });
        if (inits.length === 1) {
            const [slot, init] = inits[0];
            if (!init) {
                return (f) => {
                    f.locals[slot] = null;
                    return NORMAL;
                };
            }
            return (f) => {
                f.locals[slot] = init(f);
                return NORMAL;
            };
        }
        return (f) => {
            for (const [slot, init] of inits) {
                f.locals[slot] = init ? init(f) : null;
            }
            return NORMAL;
        };
    }

    private condition(e: A.Expr): (f: Frame) => boolean {
        const fn = this.compileExpr(e).fn;
        return (f) => {
            const v = fn(f);
            if (v === null) {
                throw nullPointer();
            }
            return v as boolean;
        };
    }

    private ifStatement(s: A.IfStmt): StmtFn {
        const cond = this.condition(s.cond);
        const then = this.withScope(() => this.compileStmt(s.then));
        const otherwise = s.else ? this.withScope(() => this.compileStmt(s.else!)) : null;
        if (!otherwise) {
            return (f) => (cond(f) ? then(f) : NORMAL);
        }
        return (f) => (cond(f) ? then(f) : otherwise(f));
    }

    private whileLoop(condExpr: A.Expr, bodyStmt: A.Stmt | null, doFirst: boolean): StmtFn {
        const cond = this.condition(condExpr);
        const body = bodyStmt ? this.withScope(() => this.compileStmt(bodyStmt)) : () => NORMAL as Completion;
        return (f) => {
            if (doFirst) {
                const r = body(f);
                if (r === BREAK) {
                    return NORMAL;
                }
                if (r === RETURN) {
                    return RETURN;
                }
            }
            const rt = f.rt;
            while (cond(f)) {
                if (++rt.statements > rt.maxStatements) {
                    rt.cpuLimitExceeded();
                }
                const r = body(f);
                if (r === BREAK) {
                    break;
                }
                if (r === RETURN) {
                    return RETURN;
                }
            }
            return NORMAL;
        };
    }

    private forLoop(s: A.ForStmt): StmtFn {
        let init: StmtFn | null = null;
        if (s.init) {
            if (Array.isArray(s.init)) {
                const fns = s.init.map((e) => this.compileExpr(e).fn);
                init = (f) => {
                    fns.forEach((fn) => fn(f));
                    return NORMAL;
                };
            } else {
                init = this.local(s.init);
            }
        }
        const cond = s.cond ? this.condition(s.cond) : () => true;
        const updates = s.update.map((e) => this.compileExpr(e).fn);
        const update = updates.length === 1 ? updates[0] : (f: Frame) => updates.forEach((u) => u(f));
        const body = s.body ? this.withScope(() => this.compileStmt(s.body!)) : () => NORMAL as Completion;
        return (f) => {
            if (init) {
                init(f);
            }
            const rt = f.rt;
            for (; cond(f); update(f)) {
                // Each iteration counts, so an empty loop still meets the statement budget.
                if (++rt.statements > rt.maxStatements) {
                    rt.cpuLimitExceeded();
                }
                const r = body(f);
                if (r === BREAK) {
                    break;
                }
                if (r === RETURN) {
                    return RETURN;
                }
            }
            return NORMAL;
        };
    }

    private forEach(s: A.ForEachStmt): StmtFn {
        const iterable = this.compileExpr(s.iterable);
        const varType = this.resolveType(s.type, s.line) ?? T.unknown;
        const slot = this.declareLocal(s.name, varType);
        const body = s.body ? this.withScope(() => this.compileStmt(s.body!)) : () => NORMAL as Completion;
        const source = iterable.fn;
        if (iterable.soql && varType.k === 'list') {
            // SOQL for loop over lists: the rows arrive in chunks of 200.
            const elemType = varType.of;
            return (f) => {
                const rows = (source(f) as ApexList).items;
                for (let i = 0; i < rows.length; i += SOQL_FOR_CHUNK) {
                    f.locals[slot] = new ApexList(rows.slice(i, i + SOQL_FOR_CHUNK), elemType);
                    const r = body(f);
                    if (r === BREAK) {
                        break;
                    }
                    if (r === RETURN) {
                        return RETURN;
                    }
                }
                return NORMAL;
            };
        }
        const t = iterable.type;
        if (t.k === 'class' || (t.k === 'lib' && !isDynamic(t))) {
            return this.iteratorLoop(source, slot, body, s.line);
        }
        if (t.k !== 'list' && t.k !== 'set' && !isDynamic(t)) {
            return this.unsupportedStmt(`for-each over ${typeName(t)}`, s.line);
        }
        return (f) => {
            const collection = source(f);
            if (collection === null) {
                throw nullPointer();
            }
            if (collection instanceof ApexList) {
                const items = collection.items;
                const length = items.length;
                for (let i = 0; i < items.length; i++) {
                    f.locals[slot] = items[i];
                    const r = body(f);
                    if (items.length !== length || collection.items !== items) {
                        throw apexError(
                            'System.FinalException',
                            'Cannot modify a collection while it is being iterated.'
                        );
                    }
                    if (r === BREAK) {
                        break;
                    }
                    if (r === RETURN) {
                        return RETURN;
                    }
                }
                return NORMAL;
            }
            if (collection instanceof ApexSet) {
                const size = collection.size;
                for (const item of collection.items()) {
                    f.locals[slot] = item;
                    const r = body(f);
                    if (collection.size !== size) {
                        throw apexError(
                            'System.FinalException',
                            'Cannot modify a collection while it is being iterated.'
                        );
                    }
                    if (r === BREAK) {
                        break;
                    }
                    if (r === RETURN) {
                        return RETURN;
                    }
                }
                return NORMAL;
            }
            return iterateWithIterator(f, collection, slot, body);
        };
    }

    /** for-each over an Iterable: `iterator()`, then `hasNext()`/`next()`. */
    private iteratorLoop(source: ExprFn, slot: number, body: StmtFn, line: number): StmtFn {
        return (f) => {
            const iterable = source(f);
            if (iterable === null) {
                throw nullPointer();
            }
            return iterateWithIterator(f, iterable, slot, body);
        };
    }

    private returnStatement(s: A.ReturnStmt): StmtFn {
        if (!s.value) {
            return () => RETURN;
        }
        const target = this.ctx.method?.returnType ?? T.unknown;
        const value = this.convertTo(this.compileExpr(s.value), target);
        return (f) => {
            f.ret = value(f);
            return RETURN;
        };
    }

    private throwStatement(s: A.ThrowStmt): StmtFn {
        const value = this.compileExpr(s.value).fn;
        return (f) => {
            const exception = value(f);
            if (exception === null) {
                throw nullPointer();
            }
            if (!(exception instanceof ApexObject) || !exception.ex) {
                throw apexError('System.TypeException', 'Only exceptions can be thrown');
            }
            throw new ApexThrow(exception);
        };
    }

    private tryStatement(s: A.TryStmt): StmtFn {
        const body = this.compileBlock(s.body.body);
        const catches = s.catches.map((c) => {
            const type = this.resolveType(c.type, c.line);
            return this.withScope(() => {
                const slot = this.declareLocal(c.name, type ?? T.unknown);
                const cls: RClass | null = type?.k === 'class' ? type.cls : null;
                if (!cls) {
                    this.program.addGap(`catch of unknown type ${typeText(c.type)}`, this.ctx.file, c.line);
                }
                return { cls, slot, body: this.compileBlock(c.body.body) };
            });
        });
        const fin = s.finally ? this.compileBlock(s.finally.body) : null;
        const handle = (f: Frame, error: unknown): Completion => {
            const converted = error instanceof ApexThrow ? error : f.rt.toApexError(error, f);
            if (!(converted instanceof ApexThrow)) {
                throw converted;
            }
            const exception = converted.exception;
            if (!exception.cls.uncatchable) {
                for (const c of catches) {
                    if (c.cls && exception.cls.isSubclassOf(c.cls)) {
                        f.locals[c.slot] = exception;
                        return c.body(f);
                    }
                }
            }
            throw converted;
        };
        if (!fin) {
            return (f) => {
                try {
                    return body(f);
                } catch (error) {
                    return handle(f, error);
                }
            };
        }
        return (f) => {
            let completion: Completion;
            try {
                completion = catches.length > 0 ? tryBody(f) : body(f);
            } catch (error) {
                // An exception that cannot be caught (LimitException, AssertException) skips finally blocks too,
                // and so does an unsupported construct, which stops the run.
                if (!isCatchable(error)) {
                    throw error;
                }
                const r = fin(f);
                if (r !== NORMAL) {
                    // A return (or break) in finally replaces the exception, as in Java.
                    return r;
                }
                throw error;
            }
            const r = fin(f);
            return r !== NORMAL ? r : completion;
        };
        function tryBody(f: Frame): Completion {
            try {
                return body(f);
            } catch (error) {
                return handle(f, error);
            }
        }
    }

    private switchStatement(s: A.SwitchStmt): StmtFn {
        const subject = this.compileExpr(s.expr);
        const subjectType = subject.type;
        type Arm = { test: (v: unknown, f: Frame) => boolean; body: StmtFn; bind?: number };
        const arms: Arm[] = [];
        let otherwise: StmtFn | null = null;
        for (const when of s.whens) {
            if (when.k === 'else') {
                otherwise = this.compileBlock(when.body.body);
                continue;
            }
            if (when.k === 'type') {
                const type = this.resolveType(when.type, when.line);
                const arm = this.withScope(() => {
                    const bind = this.declareLocal(when.name, type ?? T.unknown);
                    return {
                        test: (v: unknown) => (type ? isInstance(v, type) : false),
                        body: this.compileBlock(when.body.body),
                        bind
                    };
                });
                arms.push(arm);
                continue;
            }
            const tests = when.values.map((value) => this.whenTest(value, subjectType, when.line));
            arms.push({ test: (v, f) => tests.some((t) => t(v, f)), body: this.compileBlock(when.body.body) });
        }
        const fn = subject.fn;
        return (f) => {
            const v = fn(f);
            for (const arm of arms) {
                if (arm.test(v, f)) {
                    if (arm.bind !== undefined) {
                        f.locals[arm.bind] = v;
                    }
                    return arm.body(f);
                }
            }
            return otherwise ? otherwise(f) : NORMAL;
        };
    }

    private whenTest(value: A.WhenLiteral, subjectType: ApexType, line: number): (v: unknown, f: Frame) => boolean {
        switch (value.k) {
            case 'null':
                return (v) => v === null;
            case 'integer': {
                const n = Number((value.negative ? '-' : '') + value.value) | 0;
                if (subjectType.k === 'prim' && subjectType.name === 'Long') {
                    const big = BigInt(n);
                    return (v) => v === big;
                }
                return (v) => v === n;
            }
            case 'long': {
                const n = BigInt.asIntN(64, BigInt((value.negative ? '-' : '') + value.value));
                return (v) => v === n;
            }
            case 'string': {
                // Apex: String when-values are case-sensitive.
                const text = value.value;
                return (v) => v === text;
            }
            case 'name': {
                if (subjectType.k === 'class' && subjectType.cls.kind === 'enum' && value.parts.length === 1) {
                    const enumValue = subjectType.cls.enumValues.find(
                        (e) => e.name.toLowerCase() === value.parts[0].toLowerCase()
                    );
                    if (enumValue) {
                        return (v) => v === enumValue;
                    }
                }
                // A library enum (`switch on Trigger.operationType { when BEFORE_INSERT ... }`): values are cached
                // per name, so identity compares.
                const libDef = subjectType.k === 'lib' ? findLibType(subjectType.name) : undefined;
                if (libDef?.enumValues && value.parts.length === 1) {
                    const libValue = libEnumValue(libDef, value.parts[0]);
                    if (libValue) {
                        return (v) => v === libValue;
                    }
                }
                const resolved = this.compileExpr(
                    value.parts
                        .slice(1)
                        .reduce<A.Expr>((target, name) => ({ k: 'field', line, target, name, safe: false }), {
                            k: 'name',
                            line,
                            name: value.parts[0]
                        })
                );
                const expected = resolved.fn;
                return (v, f) => v === expected(f);
            }
        }
    }

    private dml(s: A.DmlStmt): StmtFn {
        const target = this.compileExpr(s.target);
        const op = s.op;
        const access = s.access ?? 'default';
        const sharing = sharingOf(this.ctx.cls);
        const file = this.ctx.file;
        const line = s.line;
        const externalIdField = s.externalIdField;
        const mergeWith = s.mergeWith ? this.compileExpr(s.mergeWith).fn : null;
        this.program.recordDataAccess(`DML ${op}`, file, line);
        const fn = target.fn;
        return (f) => {
            const value = fn(f);
            if (value === null) {
                throw nullPointer();
            }
            let rows: Array<SObjectValue | ApexId> =
                value instanceof ApexList ? (value.items as SObjectValue[]) : [value as SObjectValue];
            if (mergeWith) {
                const other = mergeWith(f);
                rows = [
                    ...rows,
                    ...(other instanceof ApexList ? (other.items as SObjectValue[]) : [other as SObjectValue])
                ];
            }
            const request: DmlRequest = {
                op,
                rows,
                allOrNone: true,
                access: access === 'default' ? 'default' : access,
                sharing,
                externalIdField,
                location: { file, line }
            };
            f.line = line;
            chargeDml(f.rt, rows.length);
            const results = f.rt.db.dml(request, f.rt);
            const failure = dmlFailure(op, results);
            if (failure) {
                throw failure;
            }
            return NORMAL;
        };
    }

    private runAs(s: A.RunAsStmt): StmtFn {
        const args: Compiled[] = s.args.map((a) => this.compileExpr(a));
        const body = this.compileBlock(s.body.body);
        if (args.length !== 1) {
            return this.unsupportedStmt('System.runAs with a Version argument', s.line);
        }
        const user = args[0].fn;
        return (f) => runAsUser(f, user(f), () => body(f));
    }
}

function isCatchable(error: unknown): boolean {
    if (error instanceof ApexThrow) {
        return !error.exception.cls.uncatchable;
    }
    return !(error instanceof UnsupportedError || error instanceof ApexUnsupportedError);
}

function sequence(statements: StmtFn[]): StmtFn {
    switch (statements.length) {
        case 0:
            return () => NORMAL;
        case 1:
            return statements[0];
        case 2: {
            const [a, b] = statements;
            return (f) => {
                const r = a(f);
                return r !== NORMAL ? r : b(f);
            };
        }
        default: {
            const n = statements.length;
            return (f) => {
                for (let i = 0; i < n; i++) {
                    const r = statements[i](f);
                    if (r !== NORMAL) {
                        return r;
                    }
                }
                return NORMAL;
            };
        }
    }
}

function iterateWithIterator(f: Frame, iterable: unknown, slot: number, body: StmtFn): Completion {
    const rt = f.rt;
    if (!(iterable instanceof ApexObject)) {
        throw apexError('System.TypeException', 'Value is not Iterable');
    }
    const iterator: unknown = rt.invokeVirtual(iterable, 'iterator/0', []);
    if (iterator === null) {
        throw nullPointer();
    }
    if (!(iterator instanceof ApexObject)) {
        if (iterator instanceof ApexList) {
            for (const item of iterator.items) {
                f.locals[slot] = item;
                const r = body(f);
                if (r === BREAK) {
                    break;
                }
                if (r === RETURN) {
                    return RETURN;
                }
            }
        }
        return NORMAL;
    }
    while (rt.invokeVirtual(iterator, 'hasnext/0', []) === true) {
        f.locals[slot] = rt.invokeVirtual(iterator as ApexObject, 'next/0', []);
        const r = body(f);
        if (r === BREAK) {
            break;
        }
        if (r === RETURN) {
            return RETURN;
        }
    }
    return NORMAL;
}
