/**
 * DML against the in-memory org, following the Apex Developer Guide's "Triggers and Order of Execution": before
 * triggers, system validation, save, after triggers, in chunks of 200 records; all-or-none requests roll back
 * everything (trigger side effects included) when any row fails, and partial saves (`Database.insert(rows,
 * false)`) retry the good rows as "Bulk DML Exception Handling" documents. See docs/dml.md.
 */
import type { DmlRequest, DmlRowError, DmlRowResult } from '../database/database';
import { apexError } from '../runtime/errors';
import type { Runtime } from '../runtime/runtime';
import type { SObjectInfo } from '../schema/schema';
import { ApexList } from '../values/collections';
import { ApexDatetime } from '../values/dates';
import { ApexId } from '../values/id';
import { UnsupportedError } from '../values/objects';
import { SObjectValue } from '../values/sobject';
import {
    applyAutoNumbers,
    applyCompoundName,
    applyInsertDefaults,
    checkUnique,
    childLookups,
    claimUnique,
    rowError,
    stampCreate,
    stampModify,
    uniqueKey,
    validateRecord,
    writableValues
} from './dml/fields';
import type { InMemoryOrg } from './org';
import type { StoredRecord } from './store';
import { runTriggers, TriggerFailure, triggerDepth, triggersFor, type TriggerOp } from './triggers';
import { inRequest, type UndoLog } from './dml/undo';
import { applyDerivedFields } from './dml/derived';

/** "Triggers execute on batches of 200 records at a time" (Apex Developer Guide, Implementation Considerations). */
const CHUNK = 200;

/** Execution Governors and Limits: "Maximum trigger depth exceeded" past 16 recursive trigger invocations. */
const MAX_TRIGGER_DEPTH = 16;

/** "the runtime engine makes a third and final attempt" (Bulk DML Exception Handling). */
const MAX_ATTEMPTS = 3;

interface Request {
    org: InMemoryOrg;
    rt: Runtime;
    request: DmlRequest;
    now: ApexDatetime;
    user: ApexId;
    results: Array<DmlRowResult | undefined>;
    /** Caller records that received an Id in this attempt, cleared again if it is rolled back. */
    assigned: SObjectValue[];
    /** Unique field values claimed so far, per object. */
    unique: Map<string, Map<string, Map<string, string>>>;
    log: UndoLog;
}

const ok = (id: ApexId, created: boolean): DmlRowResult => ({ id, success: true, created, errors: [] });
const fail = (id: ApexId | null, error: DmlRowError): DmlRowResult => ({
    id,
    success: false,
    created: false,
    errors: [error]
});

export function executeDml(org: InMemoryOrg, request: DmlRequest, rt: Runtime): DmlRowResult[] {
    if (request.op === 'merge') {
        throw new UnsupportedError('DML merge', request.location.file, request.location.line);
    }
    if (request.rows.some((row) => row === null)) {
        throw new UnsupportedError(
            `DML ${request.op} with a null element in the list`,
            request.location.file,
            request.location.line
        );
    }
    rejectDuplicateIds(request);
    const limitsBefore = { ...rt.limits };
    let active = request.rows.map((_, i) => i);
    const final: DmlRowResult[] = new Array(request.rows.length);
    for (let attempt = 1; ; attempt++) {
        let retry = false;
        inRequest(org.store, (log) => {
            const run = newRequest(org, request, rt, log);
            try {
                attemptRows(run, active);
            } catch (error) {
                // An exception leaving the request (a user-mode access check, a limit) leaves nothing of it behind.
                log.undo();
                run.assigned.forEach(clearId);
                throw error;
            }
            const failed = active.filter((i) => !run.results[i]!.success);
            for (const i of active) {
                final[i] = run.results[i]!;
            }
            if (failed.length === 0) {
                return true;
            }
            log.undo();
            run.assigned.forEach(clearId);
            if (request.allOrNone) {
                return false;
            }
            if (attempt === MAX_ATTEMPTS) {
                const error = rowError(
                    'UNKNOWN_EXCEPTION',
                    'Too many batch retries in the presence of Apex triggers and partial failures.'
                );
                active.forEach((i) => void (final[i] = fail(null, error)));
                return false;
            }
            active = active.filter((i) => run.results[i]!.success);
            retry = active.length > 0;
            return false;
        });
        if (!retry) {
            return final;
        }
        // "During the second and third attempts, governor limits are reset to their original state before the
        // first attempt", and triggers fire again for the remaining rows (Bulk DML Exception Handling).
        rt.limits = { ...limitsBefore };
    }
}

/** "System.ListException: Duplicate id in list" for an update, upsert or delete naming one record twice. */
function rejectDuplicateIds(request: DmlRequest): void {
    if (request.op === 'insert' || request.op === 'undelete' || request.externalIdField) {
        return;
    }
    const seen = new Set<string>();
    for (const row of request.rows) {
        const id = row instanceof SObjectValue ? row.values.get('id') : row;
        if (id instanceof ApexId) {
            if (seen.has(id.value)) {
                throw apexError('System.ListException', `Duplicate id in list: ${id.value}`);
            }
            seen.add(id.value);
        }
    }
}

function clearId(row: SObjectValue): void {
    row.values.delete('id');
    row.names.delete('id');
}

function newRequest(org: InMemoryOrg, request: DmlRequest, rt: Runtime, log: UndoLog): Request {
    return {
        org,
        rt,
        request,
        now: ApexDatetime.newInstance(rt.now()),
        user: ApexId.parse(rt.user.id)!,
        results: new Array(request.rows.length),
        assigned: [],
        unique: new Map(),
        log
    };
}

/** One attempt over some rows of the request: every row gets a result; nothing is rolled back here. */
function attemptRows(ctx: Request, indices: number[]): void {
    const { org, rt, request } = ctx;
    for (const [info, rows] of groupByObject(ctx, indices)) {
        const fieldNames = new Set<string>();
        for (const i of rows) {
            const row = request.rows[i];
            if (row instanceof SObjectValue) {
                for (const [lname, value] of row.values) {
                    // The Id names the record; related records and child lists are not fields the row writes.
                    if (lname !== 'id' && !(value instanceof SObjectValue) && !(value instanceof ApexList)) {
                        fieldNames.add(info.fields.get(lname)?.name ?? row.names.get(lname) ?? lname);
                    }
                }
            }
        }
        org.access.checkDml(rt, request, info.name, [...fieldNames]);
        switch (request.op) {
            case 'insert':
                insertRows(ctx, info, rows);
                break;
            case 'update':
                updateRows(ctx, info, rows);
                break;
            case 'upsert':
                upsertRows(ctx, info, rows);
                break;
            case 'delete':
                deleteRows(ctx, info, rows);
                break;
            default:
                undeleteRows(ctx, info, rows);
        }
    }
}

/** Rows by SObject type, in the order types first appear (a List<SObject> may mix types). */
function groupByObject(ctx: Request, indices: number[]): Map<SObjectInfo, number[]> {
    const groups = new Map<SObjectInfo, number[]>();
    for (const i of indices) {
        const row = ctx.request.rows[i];
        const info =
            row instanceof SObjectValue
                ? row.info
                : (ctx.org.store.get(row)?.info ?? ctx.org.schema.getObjectByKeyPrefix(row.keyPrefix));
        if (!info) {
            ctx.results[i] = fail(null, rowError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id'));
            continue;
        }
        const list = groups.get(info) ?? [];
        list.push(i);
        groups.set(info, list);
    }
    return groups;
}

function chunks(indices: number[]): number[][] {
    const out: number[][] = [];
    for (let i = 0; i < indices.length; i += CHUNK) {
        out.push(indices.slice(i, i + CHUNK));
    }
    return out;
}

/** A record as triggers see it: a copy of `fields`, read-only unless before insert/update. */
function triggerRecord(info: SObjectInfo, fields: Map<string, unknown>, readOnly: boolean): SObjectValue {
    const record = new SObjectValue(info);
    for (const [lname, value] of fields) {
        record.set(lname, info.fields.get(lname)?.name ?? lname, value);
    }
    record.readOnly = readOnly;
    return record;
}

/**
 * Fires the triggers for one event on one chunk. An exception escaping a trigger fails every row of the chunk
 * (returns the error); addError() on a record fails that row (FIELD_CUSTOM_VALIDATION_EXCEPTION).
 */
function fire(
    ctx: Request,
    info: SObjectInfo,
    isBefore: boolean,
    op: TriggerOp,
    newRecords: SObjectValue[] | null,
    oldRecords: SObjectValue[] | null
): DmlRowError | null {
    const triggers = triggersFor(ctx.rt, info, isBefore, op);
    if (triggers.length === 0) {
        return null;
    }
    if (triggerDepth(ctx.rt) >= MAX_TRIGGER_DEPTH) {
        return rowError('CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY', `${triggers[0].name}: maximum trigger depth exceeded`);
    }
    try {
        runTriggers(ctx.rt, triggers, info, isBefore, op, newRecords, oldRecords);
    } catch (error) {
        if (error instanceof TriggerFailure) {
            return rowError('CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY', error.rowMessage);
        }
        throw error;
    }
    return null;
}

/** The first addError() message on a record, as the row's error. */
function addedError(record: SObjectValue): DmlRowError | null {
    if (record.errors.length === 0) {
        return null;
    }
    const field = record.errorFields.get(0);
    return rowError('FIELD_CUSTOM_VALIDATION_EXCEPTION', record.errors[0], field ? [field] : []);
}

function uniqueFor(ctx: Request, info: SObjectInfo): Map<string, Map<string, string>> {
    const key = info.name.toLowerCase();
    let pending = ctx.unique.get(key);
    if (!pending) {
        pending = new Map();
        ctx.unique.set(key, pending);
    }
    return pending;
}

// ----------------------------------------------------------------------------------------------------- insert

function insertRows(ctx: Request, info: SObjectInfo, indices: number[]): void {
    const { request, org } = ctx;
    for (const chunk of chunks(indices)) {
        const pending: Array<{ i: number; record: SObjectValue }> = [];
        for (const i of chunk) {
            const row = request.rows[i] as SObjectValue;
            const given = row.values.get('id');
            if (given instanceof ApexId) {
                ctx.results[i] = fail(
                    given,
                    rowError('INVALID_FIELD_FOR_INSERT_UPDATE', 'cannot specify Id in an insert call', ['Id'])
                );
                continue;
            }
            // Before insert triggers already see the initialised record: defaults and the owner.
            const initial = writableValues(row, request.location);
            applyInsertDefaults(info, initial, request.location);
            if (info.fields.has('ownerid') && initial.get('ownerid') == null) {
                initial.set('ownerid', ctx.user);
            }
            pending.push({ i, record: triggerRecord(info, initial, false) });
        }
        const beforeError = fire(
            ctx,
            info,
            true,
            'insert',
            pending.map((p) => p.record),
            null
        );
        const saved: Array<{ i: number; stored: StoredRecord }> = [];
        for (const { i, record } of pending) {
            const error = beforeError ?? addedError(record);
            if (error) {
                ctx.results[i] = fail(null, error);
                continue;
            }
            const fields = writableValues(record, request.location);
            applyCompoundName(info, fields);
            applyDerivedFields(org.store, info, fields, ctx.now, ctx.rt.user.timeZone);
            applyAutoNumbers(org.store, info, fields);
            const id = org.store.newId(info);
            // A custom object's text Name defaults to the record Id when not given (observed platform behaviour).
            if (info.isCustom && info.fields.get('name')?.metadataType === 'Text' && fields.get('name') == null) {
                fields.set('name', id.value);
            }
            const invalid =
                validateRecord(org.store, info, fields, new Set(fields.keys())) ??
                checkUnique(org.store, info, fields, null, uniqueFor(ctx, info));
            if (invalid) {
                ctx.results[i] = fail(null, invalid);
                continue;
            }
            claimUnique(fields, id, uniqueFor(ctx, info));
            stampCreate(fields, ctx.now, ctx.user);
            fields.set('id', id);
            const stored = org.store.insert(info, fields);
            ctx.log.inserted(stored);
            const row = request.rows[i] as SObjectValue;
            row.set('id', 'Id', id);
            ctx.assigned.push(row);
            ctx.results[i] = ok(id, true);
            saved.push({ i, stored });
        }
        afterSave(ctx, info, 'insert', saved, null);
    }
}

/** After triggers on the saved rows of a chunk: read-only copies; errors fail the rows (rolled back by the caller). */
function afterSave(
    ctx: Request,
    info: SObjectInfo,
    op: TriggerOp,
    saved: Array<{ i: number; stored: StoredRecord }>,
    oldRecords: SObjectValue[] | null
): void {
    if (saved.length === 0) {
        return;
    }
    const records = saved.map((s) => triggerRecord(info, s.stored.fields, true));
    const error = fire(ctx, info, false, op, op === 'delete' ? null : records, oldRecords);
    const watched = op === 'delete' ? oldRecords! : records;
    saved.forEach((s, n) => {
        const rowFailure = error ?? addedError(watched[n]);
        if (rowFailure) {
            ctx.results[s.i] = fail(s.stored.id, rowFailure);
        }
    });
}

// ----------------------------------------------------------------------------------------------------- update

/** The live record a row names, or the row's error. */
function target(ctx: Request, row: SObjectValue | ApexId, verb: string): StoredRecord | DmlRowError {
    const id = row instanceof SObjectValue ? row.values.get('id') : row;
    if (!(id instanceof ApexId)) {
        return rowError('MISSING_ARGUMENT', `Id not specified in ${/^[aeiou]/.test(verb) ? 'an' : 'a'} ${verb} call`);
    }
    const record = ctx.org.store.get(id);
    // An Id of another object (`update new Contact(Id = accountId)`) names no record of this type either.
    if (!record || (row instanceof SObjectValue && record.info !== row.info)) {
        return rowError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id');
    }
    if (record.deleted && verb !== 'undelete') {
        return rowError('ENTITY_IS_DELETED', 'entity is deleted');
    }
    return record;
}

function updateRows(ctx: Request, info: SObjectInfo, indices: number[]): void {
    const { request, org } = ctx;
    for (const chunk of chunks(indices)) {
        const pending: Array<{ i: number; stored: StoredRecord; record: SObjectValue; old: SObjectValue }> = [];
        for (const i of chunk) {
            const row = request.rows[i] as SObjectValue;
            const stored = target(ctx, row, 'update');
            if ('statusCode' in stored) {
                ctx.results[i] = fail((row.values.get('id') as ApexId | undefined) ?? null, stored);
                continue;
            }
            const merged = new Map(stored.fields);
            for (const [lname, value] of writableValues(row, request.location)) {
                merged.set(lname, value);
            }
            pending.push({
                i,
                stored,
                record: triggerRecord(info, merged, false),
                old: triggerRecord(info, stored.fields, true)
            });
        }
        const beforeError = fire(
            ctx,
            info,
            true,
            'update',
            pending.map((p) => p.record),
            pending.map((p) => p.old)
        );
        const saved: Array<{ i: number; stored: StoredRecord }> = [];
        for (const { i, stored: before, record } of pending) {
            // A rollback inside a trigger (a savepoint, a failed nested DML) may have stored the record anew.
            const stored = org.store.get(before.id) ?? before;
            const error = beforeError ?? addedError(record);
            if (error) {
                ctx.results[i] = fail(stored.id, error);
                continue;
            }
            const fields = new Map(stored.fields);
            const changed = new Set<string>();
            for (const [lname, value] of writableValues(record, request.location)) {
                fields.set(lname, value);
                changed.add(lname);
            }
            applyCompoundName(info, fields);
            applyDerivedFields(org.store, info, fields, ctx.now, ctx.rt.user.timeZone);
            const invalid =
                validateRecord(org.store, info, fields, changed) ??
                checkUnique(org.store, info, fields, stored.id, uniqueFor(ctx, info));
            if (invalid) {
                ctx.results[i] = fail(stored.id, invalid);
                continue;
            }
            claimUnique(fields, stored.id, uniqueFor(ctx, info));
            stampModify(fields, ctx.now, ctx.user);
            ctx.log.changing(stored);
            stored.fields.clear();
            fields.forEach((v, k) => stored.fields.set(k, v));
            ctx.results[i] = ok(stored.id, false);
            saved.push({ i, stored });
        }
        afterSave(
            ctx,
            info,
            'update',
            saved,
            saved.map((s) => pending.find((p) => p.i === s.i)!.old)
        );
    }
}

// ----------------------------------------------------------------------------------------------------- upsert

/**
 * Upsert: rows matched by Id (or by the external Id field) are updated, the others inserted. "If the key is
 * matched multiple times, then an error is generated and the object record is neither inserted or updated"
 * (Apex Developer Guide, Upserting Records). The inserts run first, then the updates.
 */
function upsertRows(ctx: Request, info: SObjectInfo, indices: number[]): void {
    const { request, org } = ctx;
    const inserts: number[] = [];
    const updates: number[] = [];
    const externalName = request.externalIdField;
    if (!externalName || externalName.toLowerCase() === 'id') {
        for (const i of indices) {
            ((request.rows[i] as SObjectValue).values.get('id') ? updates : inserts).push(i);
        }
    } else {
        const field = info.fields.get(externalName.toLowerCase());
        if (!field) {
            throw new UnsupportedError(
                `upsert on unknown field ${info.name}.${externalName}`,
                request.location.file,
                request.location.line
            );
        }
        const lname = field.name.toLowerCase();
        const existing = new Map<string, ApexId[]>();
        for (const record of org.store.rows(info.name)) {
            const key = uniqueKey(record.fields.get(lname));
            if (key !== null) {
                existing.set(key, [...(existing.get(key) ?? []), record.id]);
            }
        }
        const inList = new Map<string, number>();
        for (const i of indices) {
            const row = request.rows[i] as SObjectValue;
            const value = row.values.get(lname);
            const key = uniqueKey(value);
            if (key === null) {
                ctx.results[i] = fail(null, rowError('MISSING_ARGUMENT', `${field.name} not specified`, [field.name]));
                continue;
            }
            if (inList.has(key)) {
                ctx.results[i] = fail(
                    null,
                    rowError('DUPLICATE_VALUE', `Duplicate external id specified: ${String(value)}`, [field.name])
                );
                continue;
            }
            inList.set(key, i);
            const matches = existing.get(key) ?? [];
            if (matches.length > 1) {
                ctx.results[i] = fail(
                    null,
                    rowError(
                        'DUPLICATE_EXTERNAL_ID',
                        `${field.label}: more than one record found for external id field: [${matches.map((m) => m.value).join(', ')}]`,
                        [field.name]
                    )
                );
            } else if (matches.length === 1) {
                row.set('id', 'Id', matches[0]);
                updates.push(i);
            } else {
                inserts.push(i);
            }
        }
    }
    insertRows(ctx, info, inserts);
    updateRows(ctx, info, updates);
}

// ----------------------------------------------------------------------------------------------------- delete

/**
 * Delete: the record goes to the recycle bin; children whose lookup cascades (master-detail, Cascade lookups and
 * the standard relationships in dml/fields.ts) go with it, without firing their triggers; SetNull lookups are
 * cleared; a Restrict lookup with a live child fails the row with DELETE_FAILED.
 */
function deleteRows(ctx: Request, info: SObjectInfo, indices: number[]): void {
    const { request, org } = ctx;
    const children = childLookups(org.store, info);
    for (const chunk of chunks(indices)) {
        const pending: Array<{ i: number; stored: StoredRecord; old: SObjectValue }> = [];
        for (const i of chunk) {
            const stored = target(ctx, request.rows[i], 'delete');
            if ('statusCode' in stored) {
                const row = request.rows[i];
                const id = row instanceof SObjectValue ? row.values.get('id') : row;
                ctx.results[i] = fail(id instanceof ApexId ? id : null, stored);
                continue;
            }
            pending.push({ i, stored, old: triggerRecord(info, stored.fields, true) });
        }
        const olds = pending.map((p) => p.old);
        const beforeError = fire(ctx, info, true, 'delete', null, olds);
        const saved: Array<{ i: number; stored: StoredRecord }> = [];
        const savedOld: SObjectValue[] = [];
        for (const { i, stored: before, old } of pending) {
            const stored = org.store.get(before.id) ?? before;
            const error = beforeError ?? addedError(old) ?? restrictError(ctx, children, stored);
            if (error) {
                ctx.results[i] = fail(stored.id, error);
                continue;
            }
            removeRecord(ctx, stored);
            ctx.results[i] = ok(stored.id, false);
            saved.push({ i, stored });
            savedOld.push(old);
        }
        afterSave(ctx, info, 'delete', saved, savedOld);
    }
}

function restrictError(
    ctx: Request,
    children: ReturnType<typeof childLookups>,
    parent: StoredRecord
): DmlRowError | null {
    for (const { child, field, constraint } of children) {
        if (constraint !== 'Restrict') {
            continue;
        }
        const lname = field.name.toLowerCase();
        for (const record of ctx.org.store.rows(child.name)) {
            if ((record.fields.get(lname) as ApexId | null)?.value === parent.id.value) {
                return rowError(
                    'DELETE_FAILED',
                    `Your attempt to delete ${String(parent.fields.get('name') ?? parent.id.value)} could not be completed because it is associated with the following ${child.label}: ${String(record.fields.get('name') ?? record.id.value)}`
                );
            }
        }
    }
    return null;
}

function removeRecord(ctx: Request, record: StoredRecord): void {
    ctx.log.changing(record);
    record.deleted = true;
    record.fields.set('isdeleted', true);
    for (const { child, field, constraint } of childLookups(ctx.org.store, record.info)) {
        const lname = field.name.toLowerCase();
        for (const row of [...ctx.org.store.rows(child.name)]) {
            if ((row.fields.get(lname) as ApexId | null)?.value !== record.id.value) {
                continue;
            }
            if (constraint === 'Cascade') {
                removeRecord(ctx, row);
            } else if (constraint === 'SetNull') {
                ctx.log.changing(row);
                row.fields.set(lname, null);
            }
        }
    }
}

// --------------------------------------------------------------------------------------------------- undelete

/**
 * Undelete restores records from the recycle bin, and the children deleted with them through a cascading
 * lookup (they still point at the parent). Only after undelete triggers exist.
 */
function undeleteRows(ctx: Request, info: SObjectInfo, indices: number[]): void {
    const { request } = ctx;
    for (const chunk of chunks(indices)) {
        const saved: Array<{ i: number; stored: StoredRecord }> = [];
        for (const i of chunk) {
            const stored = target(ctx, request.rows[i], 'undelete');
            if ('statusCode' in stored) {
                ctx.results[i] = fail(null, stored);
                continue;
            }
            if (!stored.deleted) {
                ctx.results[i] = fail(stored.id, rowError('UNDELETE_FAILED', 'Entity is not in the recycle bin'));
                continue;
            }
            restoreRecord(ctx, stored);
            ctx.results[i] = ok(stored.id, false);
            saved.push({ i, stored });
        }
        afterSave(ctx, info, 'undelete', saved, null);
    }
}

function restoreRecord(ctx: Request, record: StoredRecord): void {
    ctx.log.changing(record);
    record.deleted = false;
    record.fields.set('isdeleted', false);
    for (const { child, field, constraint } of childLookups(ctx.org.store, record.info)) {
        if (constraint !== 'Cascade') {
            continue;
        }
        const lname = field.name.toLowerCase();
        for (const row of ctx.org.store.rows(child.name, true)) {
            if (row.deleted && (row.fields.get(lname) as ApexId | null)?.value === record.id.value) {
                restoreRecord(ctx, row);
            }
        }
    }
}
