/**
 * The undo log of a DML request: the state each record had before the request first changed it, and the records
 * it inserted. A failed all-or-none request (or a partial-save attempt being retried) undoes exactly what it did,
 * trigger side effects included, without copying the whole store. Nested requests (DML in triggers) hand their
 * entries to the request that fired them when they keep their changes.
 */
import type { SObjectInfo } from '../../schema/schema';
import type { ApexId } from '../../values/id';
import type { OrgStore, StoredRecord } from '../store';

interface Entry {
    id: ApexId;
    info: SObjectInfo;
    /** null: the request inserted the record. */
    fields: Map<string, unknown> | null;
    deleted: boolean;
}

export class UndoLog {
    private entries: Entry[] = [];
    private readonly seen = new Set<string>();

    constructor(private readonly store: OrgStore) {}

    inserted(record: StoredRecord): void {
        this.seen.add(record.id.value);
        this.entries.push({ id: record.id, info: record.info, fields: null, deleted: false });
    }

    /** Call before changing a record that existed before the request (an open savepoint keeps its state too). */
    changing(record: StoredRecord): void {
        this.store.touch(record);
        if (!this.seen.has(record.id.value)) {
            this.seen.add(record.id.value);
            this.entries.push({
                id: record.id,
                info: record.info,
                fields: new Map(record.fields),
                deleted: record.deleted
            });
        }
    }

    /**
     * Puts every record back. Records are found by Id, since a savepoint rollback inside the request may have
     * purged a record the request changed (one inserted after the savepoint): it is stored again.
     */
    undo(): void {
        const store = this.store;
        for (const entry of this.entries.reverse()) {
            if (entry.fields === null) {
                store.purge(entry.id);
                continue;
            }
            const record = store.get(entry.id) ?? store.insert(entry.info, entry.fields);
            store.touch(record);
            record.fields.clear();
            entry.fields.forEach((v, k) => record.fields.set(k, v));
            record.deleted = entry.deleted;
        }
        this.entries = [];
        this.seen.clear();
    }

    /** The parent request now owns these changes (an inserted record stays "inserted" for it). */
    mergeInto(parent: UndoLog): void {
        for (const entry of this.entries) {
            if (!parent.seen.has(entry.id.value)) {
                parent.seen.add(entry.id.value);
                parent.entries.push(entry);
            }
        }
    }
}

/** The logs of the requests running now, per store, innermost last. */
const running = new WeakMap<OrgStore, UndoLog[]>();

/**
 * Runs one request (or one attempt of it) with a fresh log. When `body` keeps its changes (returns true) they
 * become the enclosing request's, so its own undo covers them; otherwise the caller has undone them already.
 */
export function inRequest(store: OrgStore, body: (log: UndoLog) => boolean): void {
    let stack = running.get(store);
    if (!stack) {
        stack = [];
        running.set(store, stack);
    }
    const log = new UndoLog(store);
    stack.push(log);
    let keep = false;
    try {
        keep = body(log);
    } finally {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (keep && parent) {
            log.mergeInto(parent);
        }
    }
}
