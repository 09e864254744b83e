/**
 * Assignable places (locals, fields, properties, static fields, SObject fields, list elements): each compiles to an
 * assignment and a read-modify-write that evaluates its receiver only once.
 */
import type * as A from '../parse/ast';
import { apexError, nullPointer } from '../runtime/errors';
import type { Frame } from '../runtime/frame';
import { ApexList } from '../values/collections';
import { ApexObject } from '../values/objects';
import { SObjectValue } from '../values/sobject';
import type { RClass, RField } from './model';
import { SHORT_CIRCUIT, type Compiled } from './scope';
import { isDynamic, T } from './types';
import type { ExprCompiler, LValue } from './expressions';
import { dynamicGet, dynamicSet, sobjectPut } from './dynamic';

export function lvalue(c: ExprCompiler, e: A.Expr): LValue | null {
    if (e.k === 'name') {
        const lname = e.name.toLowerCase();
        const local = c.scope.lookup(lname);
        if (local) {
            const slot = local.slot;
            return {
                type: local.type,
                assign: (value) => (f) => (f.locals[slot] = value(f)),
                update: (op, yieldOld) =>
                    yieldOld
                        ? (f) => {
                              const old = f.locals[slot];
                              f.locals[slot] = op(old, f);
                              return old;
                          }
                        : (f) => (f.locals[slot] = op(f.locals[slot], f))
            };
        }
        for (let cls: RClass | null = c.ctx.cls; cls; cls = cls.outer) {
            const field = cls.findField(lname);
            if (field && (field.isStatic || (cls === c.ctx.cls && !c.ctx.isStatic))) {
                return fieldLValue(c, field, null, e.line);
            }
        }
        return null;
    }
    if (e.k === 'field') {
        const target = c.resolveTarget(e.target);
        if (target.k === 'type' && target.type.k === 'class') {
            for (let cls: RClass | null = target.type.cls; cls; cls = cls.superclass) {
                const field = cls.fields.get(e.name.toLowerCase());
                if (field?.isStatic) {
                    return fieldLValue(c, field, null, e.line);
                }
            }
            return null;
        }
        if (target.k !== 'value') {
            return null;
        }
        return memberLValue(c, target.c, e.name, e.line);
    }
    if (e.k === 'index') {
        return indexLValue(c, e);
    }
    return null;
}

export function fieldLValue(c: ExprCompiler, field: RField, target: Compiled | null, line: number): LValue {
    const slot = field.slot;
    const type = field.type;
    const viaSetter = field.setter !== null && c.ctx.property !== field;
    const viaGetter = field.getter !== null && c.ctx.property !== field;
    const setter = field.setter;
    const getter = field.getter;
    if (field.isStatic) {
        const owner = field.owner;
        const read = viaGetter
            ? (f: Frame) => f.rt.invoke(getter!, null, [])
            : (f: Frame) => f.rt.staticsOf(owner)[slot];
        const write = viaSetter
            ? (f: Frame, v: unknown) => {
                  f.rt.invoke(setter!, null, [v]);
                  return v;
              }
            : (f: Frame, v: unknown) => (f.rt.staticsOf(owner)[slot] = v);
        return {
            type,
            assign: (value) => (f) => write(f, value(f)),
            update: (op, yieldOld) => (f) => {
                const old = read(f);
                const v = write(f, op(old, f));
                return yieldOld ? old : v;
            }
        };
    }
    const recvOf: (f: Frame) => ApexObject = target
        ? ((): ((f: Frame) => ApexObject) => {
              const t = target.fn;
              return (f) => {
                  const o = t(f);
                  if (o === null || o === SHORT_CIRCUIT) {
                      throw nullPointer();
                  }
                  return o as ApexObject;
              };
          })()
        : (f) => f.self!;
    if (!viaSetter && !viaGetter) {
        if (!target) {
            return {
                type,
                assign: (value) => (f) => (f.self!.fields[slot] = value(f)),
                update: (op, yieldOld) => (f) => {
                    const fields = f.self!.fields;
                    const old = fields[slot];
                    const v = (fields[slot] = op(old, f));
                    return yieldOld ? old : v;
                }
            };
        }
        return {
            type,
            assign: (value) => (f) => {
                const o = recvOf(f);
                return (o.fields[slot] = value(f));
            },
            update: (op, yieldOld) => (f) => {
                const o = recvOf(f);
                const old = o.fields[slot];
                const v = (o.fields[slot] = op(old, f));
                return yieldOld ? old : v;
            }
        };
    }
    return {
        type,
        assign: (value) => (f) => {
            const o = recvOf(f);
            const v = value(f);
            if (viaSetter) {
                f.rt.invoke(setter!, o, [v]);
            } else {
                o.fields[slot] = v;
            }
            return v;
        },
        update: (op, yieldOld) => (f) => {
            const o = recvOf(f);
            const old = viaGetter ? f.rt.invoke(getter!, o, []) : o.fields[slot];
            const v = op(old, f);
            if (viaSetter) {
                f.rt.invoke(setter!, o, [v]);
            } else {
                o.fields[slot] = v;
            }
            return yieldOld ? old : v;
        }
    };
}

export function memberLValue(c: ExprCompiler, target: Compiled, name: string, line: number): LValue | null {
    const t = target.type;
    const lname = name.toLowerCase();
    if (t.k === 'class') {
        const field = t.cls.findField(lname);
        if (!field) {
            return null;
        }
        return fieldLValue(c, field, field.isStatic ? null : target, line);
    }
    const recv = target.fn;
    const recvOf = (f: Frame): unknown => {
        const o = recv(f);
        if (o === null || o === SHORT_CIRCUIT) {
            throw nullPointer();
        }
        return o;
    };
    if (t.k === 'sobject' || isDynamic(t)) {
        const info = t.k === 'sobject' && t.name ? c.program.schema.getObject(t.name) : undefined;
        const fieldType = info ? c.sobjectFieldType(info, lname) : T.unknown;
        const store = (o: unknown, v: unknown, f: Frame): unknown => {
            if (o instanceof SObjectValue) {
                return sobjectPut(o, name, v);
            }
            return dynamicSet(o, lname, name, v, f);
        };
        return {
            type: fieldType,
            assign: (value) => (f) => {
                const o = recvOf(f);
                return store(o, value(f), f);
            },
            update: (op, yieldOld) => (f) => {
                const o = recvOf(f);
                const old = o instanceof SObjectValue ? o.get(lname) : dynamicGet(o, lname, name, f);
                const v = store(o, op(old, f), f);
                return yieldOld ? old : v;
            }
        };
    }
    return null;
}

export function indexLValue(c: ExprCompiler, e: A.IndexExpr): LValue | null {
    const target = c.compileExpr(e.target);
    if (target.type.k !== 'list' && !isDynamic(target.type)) {
        return null;
    }
    const index = c.compileExpr(e.index);
    const elemType = target.type.k === 'list' ? target.type.of : T.unknown;
    const t = target.fn;
    const i = index.fn;
    const locate = (f: Frame): [unknown[], number] => {
        const list = t(f);
        if (list === null) {
            throw nullPointer();
        }
        const items = (list as ApexList).items;
        const n = i(f);
        if (n === null) {
            throw nullPointer();
        }
        const k = n as number;
        if (k < 0 || k >= items.length) {
            throw apexError('System.ListException', `List index out of bounds: ${k}`);
        }
        return [items, k];
    };
    return {
        type: elemType,
        assign: (value) => (f) => {
            const [items, k] = locate(f);
            return (items[k] = value(f));
        },
        update: (op, yieldOld) => (f) => {
            const [items, k] = locate(f);
            const old = items[k];
            const v = (items[k] = op(old, f));
            return yieldOld ? old : v;
        }
    };
}
