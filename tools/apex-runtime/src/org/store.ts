/**
 * The in-memory org's tables: one per SObject type, records by 18-character Id in insertion order, plus the
 * recycle bin. Values are runtime values already converted to the field's type (ApexId, ApexDecimal, ApexDate...),
 * keyed by lower-case field name. The store knows nothing of validation, triggers or access: dml.ts, the SOQL
 * engine and access.ts build those on top of it.
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
        const record: StoredRecord = { id, info, fields: copy, deleted: false };
        this.table(info).set(id.value, record);
        this.byId.set(id.value, record);
        return record;
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
            this.tables.get(record.info.name.toLowerCase())?.delete(id.value);
            this.byId.delete(id.value);
        }
    }

    /** A copy of everything, for Database.setSavepoint. Id counters are not rolled back, as on the platform. */
    snapshot(): Snapshot {
        const records: Snapshot['records'] = [];
        for (const table of this.tables.values()) {
            for (const r of table.values()) {
                records.push({ id: r.id, info: r.info, fields: new Map(r.fields), deleted: r.deleted });
            }
        }
        return { records, counters: new Map(this.counters) };
    }

    restore(snapshot: Snapshot): void {
        this.tables.clear();
        this.byId.clear();
        for (const r of snapshot.records) {
            const record: StoredRecord = { id: r.id, info: r.info, fields: new Map(r.fields), deleted: r.deleted };
            this.table(r.info).set(r.id.value, record);
            this.byId.set(r.id.value, record);
        }
        // Counters only move forward: a rollback keeps them, and a fresh store given another's snapshot (a loaded
        // dataset) continues after its Ids instead of reusing them.
        for (const [prefix, n] of snapshot.counters) {
            this.counters.set(prefix, Math.max(n, this.counters.get(prefix) ?? 0));
        }
    }

    clear(): void {
        this.tables.clear();
        this.byId.clear();
    }
}

export type StoreSnapshot = ReturnType<OrgStore['snapshot']>;
