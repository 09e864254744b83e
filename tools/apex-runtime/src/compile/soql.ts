/**
 * Inline SOQL: the query text (binds replaced by `:__bindN`) goes to the runtime's database with the bind values;
 * a List result assigned to a single SObject takes its only row, as Apex does.
 */
import type * as A from '../parse/ast';
import type { AccessMode, SharingMode, SoqlRequest } from '../database/database';
import { apexError } from '../runtime/errors';
import type { ExprFn, Frame } from '../runtime/frame';
import { ApexList } from '../values/collections';
import type { ExprCompiler } from './expressions';
import type { RClass } from './model';
import type { Compiled } from './scope';
import { listOf, T } from './types';
import { hasKeyword } from './linker';
import { chargeQuery } from '../runtime/limits';

/** The sharing keyword in force: the nearest enclosing class that declares one, else inherited. */
export function sharingOf(cls: RClass): SharingMode {
    for (let c: RClass | null = cls; c; c = c.outer) {
        const mods = c.decl?.modifiers;
        if (mods) {
            if (hasKeyword(mods, 'with sharing')) {
                return 'with';
            }
            if (hasKeyword(mods, 'without sharing')) {
                return 'without';
            }
            if (hasKeyword(mods, 'inherited sharing')) {
                return 'inherited';
            }
        }
    }
    return 'inherited';
}

export function accessModeOf(soql: string): AccessMode {
    if (/\bWITH\s+USER_MODE\b/i.test(soql) || /\bWITH\s+SECURITY_ENFORCED\b/i.test(soql)) {
        return 'user';
    }
    if (/\bWITH\s+SYSTEM_MODE\b/i.test(soql)) {
        return 'system';
    }
    return 'default';
}

/** Evaluates an inline query's binds and builds its request, without running it. */
export function soqlRequestFn(compiler: ExprCompiler, e: A.SoqlExpr): (f: Frame) => SoqlRequest {
    const binds = e.binds.map((b) => compiler.compileExpr(b).fn);
    const text = e.text;
    const access = accessModeOf(text);
    const sharing = sharingOf(compiler.ctx.cls);
    const file = compiler.ctx.file;
    const line = e.line;
    compiler.program.recordDataAccess('SOQL query', file, line);
    return (f) => {
        const values = binds.map((b) => b(f));
        return {
            soql: text,
            bind: (name) => {
                const match = /^__bind(\d+)$/.exec(name);
                return match ? values[Number(match[1])] : undefined;
            },
            access,
            sharing,
            location: { file, line },
            dynamic: false
        };
    };
}

export function compileSoql(compiler: ExprCompiler, e: A.SoqlExpr): Compiled {
    const requestFn = soqlRequestFn(compiler, e);
    const line = e.line;
    const info = compiler.program.schema.getObject(e.from);
    const fn: ExprFn = (f) => {
        const request = requestFn(f);
        f.line = line;
        chargeQuery(f.rt);
        return f.rt.db.query(request, f.rt);
    };
    if (e.countOnly) {
        return { fn, type: T.Integer };
    }
    return { fn, type: listOf(info ? { k: 'sobject', name: info.name } : T.SObject), soql: true };
}

/** `Account a = [SELECT ...]`: exactly one row, or System.QueryException. */
export function singleRowConversion(query: ExprFn): ExprFn {
    return (f) => {
        const result = query(f) as ApexList | null;
        const rows = result?.items ?? [];
        if (rows.length === 0) {
            throw apexError('System.QueryException', 'List has no rows for assignment to SObject');
        }
        if (rows.length > 1) {
            throw apexError('System.QueryException', 'List has more than 1 row for assignment to SObject');
        }
        return rows[0];
    };
}
