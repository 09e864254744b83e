/**
 * The Database class and AccessLevel: dynamic SOQL and the DML methods, all answered by the runtime's
 * ApexDatabase (part 2's in-memory org; part 1 reports them as unsupported), plus SaveResult and friends.
 */
import { libType, T } from '../compile/types';
import type { AccessMode, DmlOperation, DmlRequest, DmlRowResult, SoqlRequest } from '../database/database';
import { nullPointer } from '../runtime/errors';
import { dmlFailure } from '../runtime/dml';
import { chargeDml, chargeQuery } from '../runtime/limits';
import type { Frame } from '../runtime/frame';
import { ApexList, ApexMap } from '../values/collections';
import { ApexId } from '../values/id';
import { LibValue } from '../values/misc';
import { SObjectValue } from '../values/sobject';
import { sharingOf } from '../compile/soql';
import { defineLibType, method, property } from './registry';

const Database = defineLibType('Database');
const AccessLevel = defineLibType('System.AccessLevel', 'AccessLevel');
const SaveResultType = defineLibType('Database.SaveResult');
const UpsertResultType = defineLibType('Database.UpsertResult');
const DeleteResultType = defineLibType('Database.DeleteResult');
const UndeleteResultType = defineLibType('Database.UndeleteResult');
const ErrorType = defineLibType('Database.Error');
defineLibType('System.Savepoint', 'Savepoint');

export class AccessLevelValue extends LibValue {
    readonly libTypeName = 'System.AccessLevel';
    constructor(readonly mode: 'user' | 'system') {
        super();
    }
}
const USER_MODE = new AccessLevelValue('user');
const SYSTEM_MODE = new AccessLevelValue('system');
property(AccessLevel, true, 'USER_MODE', 'System.AccessLevel', () => USER_MODE);
property(AccessLevel, true, 'SYSTEM_MODE', 'System.AccessLevel', () => SYSTEM_MODE);

/** A bind resolver the compiler passes as the hidden last argument of Database.query(String). */
export type BindResolver = (name: string) => unknown;

function accessOf(v: unknown, fallback: AccessMode): AccessMode {
    return v instanceof AccessLevelValue ? v.mode : fallback;
}

function query(f: Frame, text: unknown, bind: BindResolver, access: AccessMode): unknown {
    if (text === null) {
        throw nullPointer();
    }
    const cls = f.method?.owner;
    const request: SoqlRequest = {
        soql: text as string,
        bind,
        access,
        sharing: cls ? sharingOf(cls) : 'inherited',
        location: { file: f.file, line: f.line },
        dynamic: true
    };
    chargeQuery(f.rt);
    return f.rt.db.query(request, f.rt);
}

const noBinds: BindResolver = () => undefined;
const resolverArg = (args: unknown[]): BindResolver => {
    const last = args[args.length - 1];
    return typeof last === 'function' ? (last as BindResolver) : noBinds;
};
const userArgs = (args: unknown[]): unknown[] =>
    typeof args[args.length - 1] === 'function' ? args.slice(0, -1) : args;

method(Database, 'static List<SObject> query(String, Object...)', (_self, args, f: Frame) => {
    const [text, level] = userArgs(args);
    return query(f, text, resolverArg(args), accessOf(level, 'default'));
});
method(Database, 'static Integer countQuery(String, Object...)', (_self, args, f: Frame) => {
    const [text, level] = userArgs(args);
    return query(f, text, resolverArg(args), accessOf(level, 'default'));
});
method(
    Database,
    'static List<SObject> queryWithBinds(String, Map<String,Object>, System.AccessLevel)',
    (_self, [text, binds, level], f: Frame) => {
        if (binds === null) {
            throw nullPointer();
        }
        const map = binds as ApexMap;
        const byLowerName = new Map<string, unknown>();
        for (const k of map.store.keys()) {
            byLowerName.set(String(k).toLowerCase(), map.get(k));
        }
        return query(f, text, (name) => byLowerName.get(name.toLowerCase()), accessOf(level, 'default'));
    }
);

// ------------------------------------------------------------------------------------------------------- DML

class SaveResultValue extends LibValue {
    constructor(
        readonly libTypeName: string,
        readonly result: DmlRowResult
    ) {
        super();
    }
}

class DatabaseErrorValue extends LibValue {
    readonly libTypeName = 'Database.Error';
    constructor(
        readonly statusCode: string,
        readonly message: string,
        readonly fields: string[]
    ) {
        super();
    }
}

const RESULT_TYPE: Record<DmlOperation, string> = {
    insert: 'Database.SaveResult',
    update: 'Database.SaveResult',
    upsert: 'Database.UpsertResult',
    delete: 'Database.DeleteResult',
    undelete: 'Database.UndeleteResult',
    merge: 'Database.MergeResult'
};

/**
 * `allOrNone` is the second argument: a Boolean, or an AccessLevel in the two-argument form
 * (`Database.insert(rows, AccessLevel.USER_MODE)`); `level` is the AccessLevel of the three-argument form
 * (`Database.update(rows, false, AccessLevel.SYSTEM_MODE)`).
 */
function dml(
    op: DmlOperation,
    f: Frame,
    records: unknown,
    allOrNone: unknown,
    externalIdField?: string,
    level?: unknown
): unknown {
    if (records === null) {
        throw nullPointer();
    }
    const single = !(records instanceof ApexList);
    const rows = (single ? [records] : (records as ApexList).items) as Array<SObjectValue | ApexId>;
    const cls = f.method?.owner;
    const request: DmlRequest = {
        op,
        rows,
        allOrNone: allOrNone instanceof AccessLevelValue ? true : allOrNone !== false,
        access: accessOf(level, allOrNone instanceof AccessLevelValue ? allOrNone.mode : 'default'),
        sharing: cls ? sharingOf(cls) : 'inherited',
        externalIdField,
        location: { file: f.file, line: f.line }
    };
    chargeDml(f.rt, rows.length);
    const results = f.rt.db.dml(request, f.rt);
    if (request.allOrNone) {
        const failure = dmlFailure(op, results);
        if (failure) {
            throw failure;
        }
    }
    const typeName = RESULT_TYPE[op];
    const values = results.map((r) => new SaveResultValue(typeName, r));
    return single ? values[0] : new ApexList(values, libType(typeName));
}

for (const op of ['insert', 'update', 'delete', 'undelete'] as const) {
    method(Database, `static Object ${op}(Object, Object?)`, (_self, [records, allOrNone], f: Frame) =>
        dml(op, f, records, allOrNone)
    );
    method(
        Database,
        `static Object ${op}(Object, Boolean, System.AccessLevel)`,
        (_self, [records, allOrNone, level], f: Frame) => dml(op, f, records, allOrNone, undefined, level)
    );
}
method(
    Database,
    'static Object upsert(Object, Schema.SObjectField?, Object?)',
    (_self, [records, field, allOrNone], f: Frame) =>
        // Database.upsert(records, allOrNone) has no field: the Boolean is the second argument.
        typeof field === 'boolean' || field instanceof AccessLevelValue
            ? dml('upsert', f, records, field)
            : dml(
                  'upsert',
                  f,
                  records,
                  allOrNone,
                  field ? String((field as { field: { name: string } }).field.name) : undefined
              )
);
// Database.upsert(recordList, externalIdField, allOrNone, accessLevel) (Apex Reference, Database Class).
method(
    Database,
    'static Object upsert(Object, Schema.SObjectField, Boolean, System.AccessLevel)',
    (_self, [records, field, allOrNone, level], f: Frame) =>
        dml(
            'upsert',
            f,
            records,
            allOrNone,
            field ? String((field as { field: { name: string } }).field.name) : undefined,
            level
        )
);
// "Each savepoint you set counts against the governor limit for DML statements", and so does each rollback (not
// against DML rows) (Apex Developer Guide, Transaction Control).
method(Database, 'static System.Savepoint setSavepoint()', (_self, _args, f: Frame) => {
    chargeDml(f.rt, 0);
    return new SavepointValue(f.rt.db.setSavepoint(f.rt));
});
method(Database, 'static void rollback(System.Savepoint)', (_self, [savepoint], f: Frame) => {
    if (savepoint === null) {
        throw nullPointer();
    }
    chargeDml(f.rt, 0);
    f.rt.db.rollback((savepoint as SavepointValue).handle, f.rt);
    return null;
});
method(Database, 'static void releaseSavepoint(System.Savepoint)', (_self, [savepoint], f: Frame) => {
    f.rt.db.releaseSavepoint?.((savepoint as SavepointValue).handle, f.rt);
    return null;
});

class SavepointValue extends LibValue {
    readonly libTypeName = 'System.Savepoint';
    constructor(readonly handle: import('../database/database').SavepointHandle) {
        super();
    }
}

for (const type of [SaveResultType, UpsertResultType, DeleteResultType, UndeleteResultType]) {
    method(type, 'Id getId()', (self: SaveResultValue) => self.result.id);
    method(type, 'Boolean isSuccess()', (self: SaveResultValue) => self.result.success);
    method(
        type,
        'List<Database.Error> getErrors()',
        (self: SaveResultValue) =>
            new ApexList(
                self.result.errors.map((e) => new DatabaseErrorValue(e.statusCode, e.message, e.fields)),
                libType('Database.Error')
            )
    );
}
method(UpsertResultType, 'Boolean isCreated()', (self: SaveResultValue) => self.result.created);

method(ErrorType, 'String getMessage()', (self: DatabaseErrorValue) => self.message);
method(ErrorType, 'System.StatusCode getStatusCode()', (self: DatabaseErrorValue) => self.statusCode);
method(ErrorType, 'List<String> getFields()', (self: DatabaseErrorValue) => new ApexList([...self.fields], T.String));
