/**
 * The in-memory org's tables: one per SObject type, records by 18-character Id in insertion order, plus the
 * recycle bin. Values are runtime values already converted to the field's type (ApexId, ApexDecimal, ApexDate...),
 * keyed by lower-case field name. The store knows nothing of validation, triggers or access: dml.ts, the SOQL
 * engine and access.ts build those on top of it.
 *
 * Savepoints are journals, not copies: while one is open, the store keeps the state each record had before its
 * first change (insert, `touch` before an in-place change, purge), so setting a savepoint costs nothing and a
 * rollback costs what changed since, not the size of the store. Whoever changes a record's `fields` or `deleted`
 * in place calls `touch(record)` first.
 */
import type { SchemaProvider, SObjectInfo } from '../schema/schema';
import { ApexId, makeId } from '../values/id';

export interface StoredRecord {
    id: ApexId;
    info: SObjectInfo;
    /** Field values by lower-case API name; a missing key reads as null. */
    fields: Map<string, unknown>;
    /** In the recycle bin: invisible to queries unless ALL ROWS, restorable by undelete. */
    deleted: boolean;
    /** Insertion order in the store, so a record a rollback brings back after a purge takes its old place. */
    readonly seq: number;
}

/** A record as it was when a savepoint was set; `fields` null: it did not exist then. */
interface BeforeImage {
    record: StoredRecord;
    fields: Map<string, unknown> | null;
    deleted: boolean;
}

/** One open savepoint: the records changed since it was set (and before the next one), as they were then. */
interface Journal {
    id: number;
    before: Map<string, BeforeImage>;
}

interface Snapshot {
    records: Array<{ id: ApexId; info: SObjectInfo; fields: Map<string, unknown>; deleted: boolean }>;
    counters: Map<string, number>;
}

export class OrgStore {
    /** Lower-case object name -> Id value -> record. Map order is insertion order, which queries without ORDER BY keep. */
    private readonly tables = new Map<string, Map<string, StoredRecord>>();
    private readonly byId = new Map<string, StoredRecord>();
    private readonly counters = new Map<string, number>();
    /** Open savepoints, oldest first; changes are journaled in the newest only. */
    private journals: Journal[] = [];
    private nextSavepoint = 1;
    private nextSeq = 0;

    constructor(readonly schema: SchemaProvider) {}

    /** A fresh, never reused Id with the object's key prefix. */
    newId(info: SObjectInfo): ApexId {
        const next = (this.counters.get(info.keyPrefix) ?? 0) + 1;
        this.counters.set(info.keyPrefix, next);
        return makeId(info.keyPrefix, next);
    }

    private table(info: SObjectInfo): Map<string, StoredRecord> {
        const key = info.name.toLowerCase();
        let table = this.tables.get(key);
        if (!table) {
            table = new Map();
            this.tables.set(key, table);
        }
        return table;
    }

    /** Stores a new record as given (no validation); assigns an Id unless `fields` holds one. */
    insert(info: SObjectInfo, fields: Map<string, unknown>): StoredRecord {
        const given = fields.get('id');
        const id = given instanceof ApexId ? given : this.newId(info);
        const copy = new Map(fields);
        copy.set('id', id);
        const record: StoredRecord = { id, info, fields: copy, deleted: false, seq: this.nextSeq++ };
        // A record stored again under its Id replaces the one there: a rollback brings that one back.
        const replaced = this.byId.get(id.value);
        if (replaced) {
            this.touch(replaced);
        }
        this.journal(record, false);
        this.table(info).set(id.value, record);
        this.byId.set(id.value, record);
        return record;
    }

    /** Call before changing a stored record's `fields` or `deleted` in place: an open savepoint keeps its state. */
    touch(record: StoredRecord): void {
        this.journal(record, true);
    }

    /**
     * Keeps the record's state (`existed` false: it is being inserted) in the newest savepoint's journal, unless
     * the journal has it already: the first change since the savepoint is the one to undo.
     */
    private journal(record: StoredRecord, existed: boolean): void {
        const before = this.journals[this.journals.length - 1]?.before;
        if (before && !before.has(record.id.value)) {
            before.set(record.id.value, {
                record,
                fields: existed ? new Map(record.fields) : null,
                deleted: record.deleted
            });
        }
    }

    /** The record with this Id, live or in the recycle bin. */
    get(id: ApexId | string): StoredRecord | undefined {
        return this.byId.get(typeof id === 'string' ? (ApexId.parse(id)?.value ?? id) : id.value);
    }

    /** The live records of one object (or with `includeDeleted`, the recycle bin too), in insertion order. */
    *rows(objectName: string, includeDeleted = false): IterableIterator<StoredRecord> {
        const table = this.tables.get(objectName.toLowerCase());
        if (!table) {
            return;
        }
        for (const record of table.values()) {
            if (includeDeleted || !record.deleted) {
                yield record;
            }
        }
    }

    /** How many live records one object has. */
    count(objectName: string): number {
        let n = 0;
        for (const record of this.tables.get(objectName.toLowerCase())?.values() ?? []) {
            n += record.deleted ? 0 : 1;
        }
        return n;
    }

    /** Removes a record for good (hard delete, or a rollback of its insert). */
    purge(id: ApexId): void {
        const record = this.byId.get(id.value);
        if (record) {
            this.touch(record);
            this.tables.get(record.info.name.toLowerCase())?.delete(id.value);
            this.byId.delete(id.value);
        }
    }

    /** Database.setSavepoint: opens a journal; returns its id. */
    setSavepoint(): number {
        const id = this.nextSavepoint++;
        this.journals.push({ id, before: new Map() });
        return id;
    }

    /**
     * Database.rollback: puts every record changed since the savepoint back as it was (the same record objects,
     * in their places), newest journal first. Savepoints set after it are gone; it stays open. Id counters are not
     * rolled back, as on the platform. false: the savepoint is not open (released, or invalidated by an earlier
     * rollback).
     */
    rollback(id: number): boolean {
        const at = this.journals.findIndex((j) => j.id === id);
        if (at < 0) {
            return false;
        }
        const reordered = new Set<SObjectInfo>();
        for (const journal of this.journals.splice(at).reverse()) {
            for (const image of journal.before.values()) {
                this.putBack(image, reordered);
            }
        }
        for (const info of reordered) {
            const table = this.table(info);
            const rows = [...table.values()].sort((a, b) => a.seq - b.seq);
            table.clear();
            rows.forEach((r) => table.set(r.id.value, r));
        }
        this.journals.push({ id, before: new Map() });
        return true;
    }

    private putBack(image: BeforeImage, reordered: Set<SObjectInfo>): void {
        const { record } = image;
        const key = record.id.value;
        if (image.fields === null) {
            this.tables.get(record.info.name.toLowerCase())?.delete(key);
            this.byId.delete(key);
            return;
        }
        // In place: code holding the record (or its fields) sees the restored values.
        record.fields.clear();
        image.fields.forEach((v, k) => record.fields.set(k, v));
        record.deleted = image.deleted;
        if (this.byId.get(key) !== record) {
            // Purged since: back into its table, whose order is restored afterwards.
            this.table(record.info).set(key, record);
            this.byId.set(key, record);
            reordered.add(record.info);
        }
    }

    /**
     * Ends a savepoint without rolling back (its transaction committed). Its journal joins the one before it, so
     * rolling back to an earlier savepoint still restores these records; with none before, it is dropped.
     */
    releaseSavepoint(id: number): void {
        const at = this.journals.findIndex((j) => j.id === id);
        if (at < 0) {
            return;
        }
        const [released] = this.journals.splice(at, 1);
        const previous = this.journals[at - 1]?.before;
        if (previous) {
            for (const [key, image] of released.before) {
                if (!previous.has(key)) {
                    previous.set(key, image);
                }
            }
        }
    }

    /** A copy of everything, to load a dataset once and restore it into fresh stores (loadDatasetCached). */
    snapshot(): Snapshot {
        const records: Snapshot['records'] = [];
        for (const table of this.tables.values()) {
            for (const r of table.values()) {
                records.push({ id: r.id, info: r.info, fields: new Map(r.fields), deleted: r.deleted });
            }
        }
        return { records, counters: new Map(this.counters) };
    }

    /** Replaces everything with a snapshot's records; open savepoints end. */
    restore(snapshot: Snapshot): void {
        this.clear();
        for (const r of snapshot.records) {
            const record: StoredRecord = {
                id: r.id,
                info: r.info,
                fields: new Map(r.fields),
                deleted: r.deleted,
                seq: this.nextSeq++
            };
            this.table(r.info).set(r.id.value, record);
            this.byId.set(r.id.value, record);
        }
        // Counters only move forward: a rollback keeps them, and a fresh store given another's snapshot (a loaded
        // dataset) continues after its Ids instead of reusing them.
        for (const [prefix, n] of snapshot.counters) {
            this.counters.set(prefix, Math.max(n, this.counters.get(prefix) ?? 0));
        }
    }

    /** Removes every record; open savepoints end. */
    clear(): void {
        this.tables.clear();
        this.byId.clear();
        this.journals = [];
    }
}

export type StoreSnapshot = ReturnType<OrgStore['snapshot']>;
