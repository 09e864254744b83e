/**
 * Loads a dataset in the format `sf data import tree --plan` takes into the in-memory org, so one sample dataset
 * (dev/data) serves a scratch org and the local runtime alike:
 *
 * - the plan: an array of `{ sobject, saveRefs, resolveRefs, files }`, loaded in order. Each file holds
 *   `{ "records": [{ "attributes": { "type", "referenceId" }, ...fields }] }`. A value `@AccountRef12` is the Id of
 *   the record saved earlier with that referenceId. Like the current CLI (plugin-data's importPlan, which warns
 *   "These properties will be ignored"), saveRefs and resolveRefs are ignored: every referenceId is kept and every
 *   reference resolved, and records referring to later records of the same file wait for them.
 * - records are inserted through the org's DML (so its validation and triggers apply), 200 per request in its own
 *   transaction, as the CLI batches them for the sObject Tree API.
 * - JSON values become field values as JSON.deserialize converts them (library/json.ts), which accepts the same
 *   forms the REST API does: `2026-11-20` for a Date, `2026-04-09T14:00:00.000Z` for a Datetime, numbers or numeric
 *   text for numbers.
 * - beside the plan, the sample data's post-load files: `users.json` (users, their persona permission set, and the
 *   accounts whose Csm__c / OwnerId they are) and `post-load.json` (each account's executive sponsor).
 *
 * Custom object and field names may carry the project's namespace prefix (`lodestar__Arr__c`, as the generator's
 * `--namespace` writes them): the local schema is unprefixed, as in source, so the prefix is dropped.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DmlOperation, DmlRequest } from '../database/database';
import { toPrimitive, untyped } from '../library/json';
import { JsonSyntaxError, parseJsonText, type JsonNode } from '../library/jsonText';
import { Runtime } from '../runtime/runtime';
import type { SObjectFieldInfo, SObjectInfo } from '../schema/schema';
import { ApexDatetime } from '../values/dates';
import { exceptionMessage, exceptionTypeName } from '../values/format';
import { ApexId } from '../values/id';
import { ApexThrow } from '../values/objects';
import { SObjectValue } from '../values/sobject';
import type { InMemoryOrg } from './org';
import type { StoreSnapshot } from './store';

/** One entry of a plan file (saveRefs and resolveRefs are accepted and ignored, as the CLI ignores them). */
export interface PlanEntry {
    sobject: string;
    saveRefs?: boolean;
    resolveRefs?: boolean;
    files: string[];
}

export interface DatasetLoadReport {
    /** The plan file, as given. */
    plan: string;
    /** Records inserted from the plan's files, per object (API name as in the schema), in plan order. */
    counts: Map<string, number>;
    /** Total records inserted from the plan's files. */
    records: number;
    /** Users created from users.json, and the permission set assignments given them. */
    users: number;
    permissionSetAssignments: number;
    /** Records updated by the post-load step (Account Csm__c/OwnerId/ExecutiveSponsor__c, Opportunity OwnerId). */
    postLoadUpdates: number;
    /** referenceId -> Id, for every record of the plan's files (and the users, by their key). */
    references: Map<string, ApexId>;
    /** How long the load took; with `cached`, how long restoring the snapshot took. */
    millis: number;
    /** true when the rows were restored from this process's snapshot of an earlier load of the same plan. */
    cached: boolean;
}

/** A dataset that cannot be loaded: the message names the file, the record's referenceId and the field. */
export class DatasetError extends Error {}

/** The sObject Tree API takes at most 200 records per request; the CLI batches plan files to fit. */
const BATCH_SIZE = 200;
const USERS_FILE = 'users.json';
const POST_LOAD_FILE = 'post-load.json';
/** The org-specific part of sample usernames (`<alias>.<suffix>@<domain>`, dev/data/README.md). */
const USERNAME_SUFFIX = 'local';

interface SampleUser {
    key: string;
    firstName: string;
    lastName: string;
    alias: string;
    email: string;
    title?: string;
    permissionSet?: string;
    csmOf?: string[];
    ownerOf?: string[];
}

interface PostLoad {
    executiveSponsors?: Array<{ account: string; contact: string }>;
}

/** A record of a tree file, waiting to be saved. */
interface TreeRecord {
    referenceId: string;
    entries: Array<[string, JsonNode]>;
    source: RowSource;
    /** A nested child's lookup to its parent, whose Id is known once the parent is saved. */
    parent: { field: SObjectFieldInfo; readonly id: ApexId } | null;
}

/** Where a row came from, for error messages: `Account-1.json`, `record AccountRef1`. */
interface RowSource {
    file: string;
    what: string;
}

class Loader {
    readonly report: DatasetLoadReport;
    private readonly dir: string;
    private readonly namespacePrefix: string | null;
    private readonly objects = new Map<string, SObjectInfo>();
    /** Every referenceId met so far, saved or not: each must be unique in the dataset. */
    private readonly referenceIds = new Set<string>();

    constructor(
        private readonly org: InMemoryOrg,
        planPath: string,
        private readonly rt: Runtime
    ) {
        this.dir = path.dirname(planPath);
        for (const info of org.schema.allObjects()) {
            this.objects.set(info.name.toLowerCase(), info);
        }
        const namespace = rt.program.namespace;
        this.namespacePrefix = namespace ? `${namespace.toLowerCase()}__` : null;
        this.report = {
            plan: planPath,
            counts: new Map(),
            records: 0,
            users: 0,
            permissionSetAssignments: 0,
            postLoadUpdates: 0,
            references: new Map(),
            millis: 0,
            cached: false
        };
    }

    // ------------------------------------------------------------------------------------------------ names

    /** `lodestar__Arr__c` -> `Arr__c` for the project's namespace; other names unchanged. */
    private local(name: string): string {
        const prefix = this.namespacePrefix;
        return prefix && name.toLowerCase().startsWith(prefix) && /__[a-z]+$/i.test(name.slice(prefix.length))
            ? name.slice(prefix.length)
            : name;
    }

    /**
     * An object the schema declares (standard, or with metadata in the project). The schema also answers for any
     * `__c` name, with no fields; a dataset naming one has a typo or lacks its metadata.
     */
    private object(name: string, where: string): SObjectInfo {
        const info = this.objects.get(this.local(name).toLowerCase());
        if (!info) {
            throw new DatasetError(`${where}: unknown object ${name}`);
        }
        return info;
    }

    private field(info: SObjectInfo, name: string, where: string): SObjectFieldInfo {
        const field = info.fields.get(this.local(name).toLowerCase());
        if (!field) {
            throw new DatasetError(`${where}: unknown field ${info.name}.${name}`);
        }
        return field;
    }

    // ------------------------------------------------------------------------------------------------ values

    /** Sets a field from a JSON value, converted as JSON.deserialize converts it to the field's type. */
    private put(row: SObjectValue, field: SObjectFieldInfo, value: JsonNode, where: string): void {
        try {
            const converted =
                value.k === 'null'
                    ? null
                    : field.type.k === 'prim'
                      ? toPrimitive(value, field.type.name)
                      : untyped(value);
            row.set(field.name.toLowerCase(), field.name, converted);
        } catch (error) {
            if (error instanceof ApexThrow) {
                throw new DatasetError(`${where}, field ${field.name}: ${exceptionMessage(error.exception) ?? ''}`);
            }
            throw error;
        }
    }

    /** A JSON node for a value the loader itself writes (users, post-load links). */
    private static node(value: string | number | boolean): JsonNode {
        switch (typeof value) {
            case 'string':
                return { k: 'string', value };
            case 'number':
                return { k: 'number', text: String(value) };
            default:
                return { k: 'bool', value };
        }
    }

    /** A new row of `objectName` from plain values, converted like the files' values. */
    private row(objectName: string, values: Record<string, string | number | boolean | ApexId>, where: string) {
        const info = this.object(objectName, where);
        const row = new SObjectValue(info);
        for (const [name, value] of Object.entries(values)) {
            const field = this.field(info, name, where);
            if (value instanceof ApexId) {
                row.set(field.name.toLowerCase(), field.name, value);
            } else {
                this.put(row, field, Loader.node(value), where);
            }
        }
        return row;
    }

    private reference(referenceId: string, where: string): ApexId {
        const id = this.report.references.get(referenceId);
        if (!id) {
            throw new DatasetError(
                `${where}: unresolved reference @${referenceId} (no record saved before it has this referenceId)`
            );
        }
        return id;
    }

    // ------------------------------------------------------------------------------------------------ DML

    /**
     * Saves rows through the org's DML, BATCH_SIZE per request, each request its own transaction (fresh limits and
     * static variables), as separate sObject Tree API calls are. Any rejected row stops the load.
     */
    private save(op: DmlOperation, rows: SObjectValue[], sources: RowSource[]): void {
        for (let start = 0; start < rows.length; start += BATCH_SIZE) {
            const batch = rows.slice(start, start + BATCH_SIZE);
            const first = sources[start];
            const location = { file: first.file, line: 0 };
            const request: DmlRequest = {
                op,
                rows: batch,
                allOrNone: true,
                access: 'system',
                sharing: 'without',
                location
            };
            const rt = new Runtime({
                program: this.rt.program,
                database: this.org,
                user: this.rt.user,
                now: this.rt.now,
                isTest: this.rt.isTest,
                maxStatements: this.rt.maxStatements
            });
            let results;
            try {
                results = rt.run(() => this.org.dml(request, rt));
            } catch (error) {
                if (error instanceof ApexThrow) {
                    const last = sources[start + batch.length - 1];
                    throw new DatasetError(
                        `${first.file}: ${op} of ${first.what} to ${last.what} threw ` +
                            `${exceptionTypeName(error.exception)}: ${exceptionMessage(error.exception) ?? ''}`
                    );
                }
                throw error;
            }
            results.forEach((result, index) => {
                if (!result.success) {
                    const source = sources[start + index];
                    const errors = result.errors
                        .map(
                            (e) =>
                                `${e.statusCode}: ${e.message}${e.fields.length > 0 ? ` [${e.fields.join(', ')}]` : ''}`
                        )
                        .join('; ');
                    throw new DatasetError(`${source.file}, ${source.what}: ${op} rejected: ${errors}`);
                }
            });
        }
    }

    // ------------------------------------------------------------------------------------------------ the plan

    loadPlan(planPath: string): void {
        const plan = this.readJson(planPath) as PlanEntry[];
        if (!Array.isArray(plan)) {
            throw new DatasetError(`${planPath}: a plan is a JSON array of { sobject, saveRefs, resolveRefs, files }`);
        }
        for (const entry of plan) {
            const info = this.object(entry.sobject, planPath);
            for (const file of entry.files ?? []) {
                this.loadFile(entry, info, file);
            }
        }
    }

    private loadFile(entry: PlanEntry, info: SObjectInfo, file: string): void {
        const filePath = path.resolve(this.dir, file);
        let tree: JsonNode;
        try {
            tree = parseJsonText(this.readText(filePath));
        } catch (error) {
            throw new DatasetError(`${file}: ${error instanceof JsonSyntaxError ? error.message : String(error)}`);
        }
        const records = tree.k === 'object' ? tree.entries.find(([k]) => k === 'records')?.[1] : undefined;
        if (!records || records.k !== 'array') {
            throw new DatasetError(`${file}: expected { "records": [...] } (sObject tree format)`);
        }
        this.saveLevel(info, this.treeRecords(info, records.items, file, `a plan entry for ${entry.sobject}`, null));
    }

    /** A level of a tree file (its records, or the children of its records under one relationship), checked. */
    private treeRecords(
        info: SObjectInfo,
        items: JsonNode[],
        file: string,
        context: string,
        parent: TreeRecord['parent']
    ): TreeRecord[] {
        return items.map((record, index) => {
            if (record.k !== 'object') {
                throw new DatasetError(`${file}, record #${index + 1}: not a JSON object`);
            }
            const attributes = record.entries.find(([k]) => k === 'attributes')?.[1];
            const attribute = (name: string): string | undefined => {
                const value =
                    attributes?.k === 'object' ? attributes.entries.find(([k]) => k === name)?.[1] : undefined;
                return value?.k === 'string' ? value.value : undefined;
            };
            const referenceId = attribute('referenceId');
            const where = `${file}, record ${referenceId ?? `#${index + 1}`}`;
            if (!referenceId) {
                throw new DatasetError(`${where}: no attributes.referenceId (the sObject Tree API requires one)`);
            }
            if (this.referenceIds.has(referenceId)) {
                throw new DatasetError(`${where}: duplicate referenceId`);
            }
            this.referenceIds.add(referenceId);
            const type = attribute('type');
            if (type && this.object(type, where) !== info) {
                throw new DatasetError(`${where}: type ${type} in ${context}`);
            }
            return {
                referenceId,
                entries: record.entries,
                source: { file, what: `record ${referenceId}` },
                parent
            };
        });
    }

    /**
     * Saves records of one object. Records that refer to records later in the same level (Account.ParentId) wait
     * until those are saved, as the CLI splits such a file into the records without those references and the rest.
     * Nested children ({"Contacts": {"records": [...]}}) are saved after their parents, with the lookup to them set,
     * as the sObject Tree API saves a tree.
     */
    private saveLevel(info: SObjectInfo, records: TreeRecord[]): void {
        const level = new Set(records.map((record) => record.referenceId));
        let pending = records;
        while (pending.length > 0) {
            const waits = (record: TreeRecord): boolean =>
                record.entries.some(([, value]) => {
                    const target = value.k === 'string' && value.value.startsWith('@') ? value.value.slice(1) : null;
                    return target !== null && level.has(target) && !this.report.references.has(target);
                });
            const ready = pending.filter((record) => !waits(record));
            if (ready.length === 0) {
                throw new DatasetError(
                    `${pending[0].source.file}, ${pending[0].source.what}: circular references within the file`
                );
            }
            const children = new Map<SObjectInfo, TreeRecord[]>();
            const rows = ready.map((record) => this.recordRow(info, record, children));
            this.save(
                'insert',
                rows,
                ready.map((record) => record.source)
            );
            ready.forEach((record, index) =>
                this.report.references.set(record.referenceId, rows[index].get('id') as ApexId)
            );
            this.report.counts.set(info.name, (this.report.counts.get(info.name) ?? 0) + rows.length);
            this.report.records += rows.length;
            for (const [childInfo, childRecords] of children) {
                this.saveLevel(childInfo, childRecords);
            }
            const saved = new Set(ready);
            pending = pending.filter((record) => !saved.has(record));
        }
    }

    /** The row to insert for a tree record; its nested children go to `children`, to be saved after it. */
    private recordRow(info: SObjectInfo, record: TreeRecord, children: Map<SObjectInfo, TreeRecord[]>): SObjectValue {
        const where = `${record.source.file}, ${record.source.what}`;
        const row = new SObjectValue(info);
        if (record.parent) {
            const { field, id } = record.parent;
            row.set(field.name.toLowerCase(), field.name, id);
        }
        for (const [name, value] of record.entries) {
            if (name === 'attributes') {
                continue;
            }
            if (value.k === 'object' || value.k === 'array') {
                this.nestedChildren(info, row, name, value, record, children);
                continue;
            }
            const field = this.field(info, name, where);
            // As the CLI does: a value `@<referenceId>` of a record saved earlier becomes that record's Id, in any
            // field. A lookup naming a reference nothing saved is an error; other text stays as written.
            const target = value.k === 'string' && value.value.startsWith('@') ? value.value.slice(1) : null;
            const id = target === null ? undefined : this.report.references.get(target);
            const isId = field.type.k === 'prim' && field.type.name === 'Id';
            if (id && isId) {
                row.set(field.name.toLowerCase(), field.name, id);
            } else if (id) {
                this.put(row, field, { k: 'string', value: id.value }, where);
            } else if (target !== null && isId) {
                this.reference(target, `${where}, field ${field.name}`);
            } else {
                this.put(row, field, value, where);
            }
        }
        // The platform derives an Event's ActivityDate (its day, in the owner's time zone) from ActivityDateTime
        // (Object Reference, Event: ActivityDate).
        const start = row.get('activitydatetime');
        if (info.name === 'Event' && start instanceof ApexDatetime && !row.has('activitydate')) {
            row.set('activitydate', 'ActivityDate', start.date(this.rt.user.timeZone));
        }
        return row;
    }

    /** `"Contacts": { "records": [...] }`: child records under a child relationship, saved once `row` has its Id. */
    private nestedChildren(
        info: SObjectInfo,
        row: SObjectValue,
        name: string,
        value: JsonNode,
        record: TreeRecord,
        children: Map<SObjectInfo, TreeRecord[]>
    ): void {
        const where = `${record.source.file}, ${record.source.what}, ${name}`;
        const relationship = info.childRelationships?.get(this.local(name).toLowerCase());
        const items = value.k === 'object' ? value.entries.find(([k]) => k === 'records')?.[1] : undefined;
        if (!relationship || !items || items.k !== 'array') {
            throw new DatasetError(
                `${where}: not a child relationship of ${info.name} with { "records": [...] } (sObject tree format)`
            );
        }
        const childInfo = this.object(relationship.childObject, where);
        const field = this.field(childInfo, relationship.field, where);
        const parent = {
            field,
            get id(): ApexId {
                return row.get('id') as ApexId;
            }
        };
        const list = children.get(childInfo) ?? [];
        children.set(childInfo, list);
        list.push(
            ...this.treeRecords(childInfo, items.items, record.source.file, `${info.name}.${relationship.name}`, parent)
        );
    }

    // ------------------------------------------------------------------------------------------------ post-load

    /**
     * The sample data's post-load step (dev/data/README.md): users.json's users with their persona permission set,
     * Account.Csm__c and OwnerId (and the OwnerId of the accounts' Opportunities) from their csmOf/ownerOf lists,
     * and post-load.json's executive sponsors. Each record is updated once, with all its fields.
     */
    loadPostLoad(): void {
        const updates = new Map<string, { row: SObjectValue; source: RowSource }>();
        const update = (objectName: string, id: ApexId, field: string, value: ApexId, source: RowSource): void => {
            const where = `${source.file}, ${source.what}`;
            let entry = updates.get(id.value);
            if (!entry) {
                entry = { row: this.row(objectName, { Id: id }, where), source };
                updates.set(id.value, entry);
            }
            const info = this.field(entry.row.info, field, where);
            entry.row.set(info.name.toLowerCase(), info.name, value);
        };
        this.loadUsers(update);
        const file = path.join(this.dir, POST_LOAD_FILE);
        if (fs.existsSync(file)) {
            for (const link of (this.readJson(file) as PostLoad).executiveSponsors ?? []) {
                const source = { file: POST_LOAD_FILE, what: `account ${link.account}` };
                const where = `${source.file}, ${source.what}`;
                const sponsor = this.reference(link.contact, where);
                update('Account', this.reference(link.account, where), 'ExecutiveSponsor__c', sponsor, source);
            }
        }
        const entries = [...updates.values()];
        this.save(
            'update',
            entries.map((e) => e.row),
            entries.map((e) => e.source)
        );
        this.report.postLoadUpdates = entries.length;
    }

    private loadUsers(
        update: (objectName: string, id: ApexId, field: string, value: ApexId, source: RowSource) => void
    ): void {
        const file = path.join(this.dir, USERS_FILE);
        if (!fs.existsSync(file)) {
            return;
        }
        const users = (this.readJson(file) as { users?: SampleUser[] }).users ?? [];
        const sources = users.map((user) => ({ file: USERS_FILE, what: `user ${user.key}` }));
        const profileId = this.profileId();
        const rows = users.map((user, index) =>
            this.row(
                'User',
                {
                    Username: `${user.alias}.${USERNAME_SUFFIX}@${user.email.split('@')[1] ?? 'example.com'}`,
                    FirstName: user.firstName,
                    LastName: user.lastName,
                    Alias: user.alias,
                    Email: user.email,
                    CommunityNickname: user.alias,
                    ...(user.title ? { Title: user.title } : {}),
                    IsActive: true,
                    ProfileId: profileId,
                    TimeZoneSidKey: this.rt.user.timeZone,
                    LocaleSidKey: this.rt.user.locale,
                    LanguageLocaleKey: this.rt.user.language,
                    EmailEncodingKey: 'UTF-8'
                },
                `${USERS_FILE}, ${sources[index].what}`
            )
        );
        this.save('insert', rows, sources);
        this.report.users = rows.length;

        const assignments: SObjectValue[] = [];
        const assignmentSources: RowSource[] = [];
        users.forEach((user, index) => {
            const id = rows[index].get('id') as ApexId;
            this.report.references.set(user.key, id);
            const where = `${USERS_FILE}, ${sources[index].what}`;
            if (user.permissionSet) {
                const permissionSetId = this.permissionSetId(user.permissionSet);
                assignments.push(
                    this.row('PermissionSetAssignment', { AssigneeId: id, PermissionSetId: permissionSetId }, where)
                );
                assignmentSources.push(sources[index]);
            }
            for (const ref of user.csmOf ?? []) {
                update('Account', this.reference(ref, `${where}, csmOf`), 'Csm__c', id, sources[index]);
            }
            const owned = new Set<string>();
            for (const ref of user.ownerOf ?? []) {
                const accountId = this.reference(ref, `${where}, ownerOf`);
                owned.add(accountId.value);
                update('Account', accountId, 'OwnerId', id, sources[index]);
            }
            if (owned.size > 0) {
                for (const opportunity of this.org.store.rows('Opportunity')) {
                    const accountId = opportunity.fields.get('accountid');
                    if (accountId instanceof ApexId && owned.has(accountId.value)) {
                        update('Opportunity', opportunity.id, 'OwnerId', id, sources[index]);
                    }
                }
            }
        });
        this.save('insert', assignments, assignmentSources);
        this.report.permissionSetAssignments = assignments.length;
    }

    /** The profile sample users get: Standard User when the org has it, else the running user's. */
    private profileId(): ApexId {
        for (const profile of this.org.store.rows('Profile')) {
            if (profile.fields.get('name') === 'Standard User') {
                return profile.id;
            }
        }
        return ApexId.parse(this.rt.user.profileId)!;
    }

    /** The project's permission set of this name (seeded with the org); created when the org has none. */
    private permissionSetId(name: string): ApexId {
        for (const permissionSet of this.org.store.rows('PermissionSet')) {
            if (permissionSet.fields.get('name') === name) {
                return permissionSet.id;
            }
        }
        const row = this.row('PermissionSet', { Name: name, Label: name }, `${USERS_FILE}, permission set ${name}`);
        this.save('insert', [row], [{ file: USERS_FILE, what: `permission set ${name}` }]);
        return row.get('id') as ApexId;
    }

    // ------------------------------------------------------------------------------------------------ files

    private readText(file: string): string {
        try {
            return fs.readFileSync(file, 'utf8');
        } catch (error) {
            throw new DatasetError(`cannot read ${file}: ${(error as Error).message}`);
        }
    }

    private readJson(file: string): unknown {
        try {
            return JSON.parse(this.readText(file)) as unknown;
        } catch (error) {
            throw error instanceof DatasetError ? error : new DatasetError(`${file}: ${(error as Error).message}`);
        }
    }
}

/**
 * Loads the plan's records into `org` in plan order, then the users and post-load links beside it. Throws a
 * DatasetError naming the file, record and field for an unknown object or field, an unresolved reference, a value
 * that does not convert, or a row the org rejects. `rt` gives the running user (owner of the rows, time zone),
 * the clock and the program; each DML request runs in a fresh transaction like it.
 */
export function loadDataset(org: InMemoryOrg, planPath: string, rt: Runtime): DatasetLoadReport {
    const started = performance.now();
    const loader = new Loader(org, planPath, rt);
    loader.loadPlan(planPath);
    loader.loadPostLoad();
    loader.report.millis = performance.now() - started;
    return loader.report;
}

interface CachedLoad {
    snapshot: StoreSnapshot;
    report: DatasetLoadReport;
}

/** Loads per process, by program, plan and running user: a test run restores the same rows into each fresh org. */
const loads = new WeakMap<object, Map<string, CachedLoad>>();

/**
 * loadDataset, once per process: the first call loads into `org` and keeps a snapshot of its store; later calls
 * (for the same program, plan file, running user and time zone) restore that snapshot into their fresh `org`.
 */
export function loadDatasetCached(org: InMemoryOrg, planPath: string, rt: Runtime): DatasetLoadReport {
    const key = [path.resolve(planPath), rt.user.id, rt.user.timeZone].join('\0');
    let perProgram = loads.get(rt.program);
    if (!perProgram) {
        perProgram = new Map();
        loads.set(rt.program, perProgram);
    }
    const cached = perProgram.get(key);
    if (cached) {
        const started = performance.now();
        org.store.restore(cached.snapshot);
        return { ...cached.report, millis: performance.now() - started, cached: true };
    }
    const report = loadDataset(org, planPath, rt);
    perProgram.set(key, { snapshot: org.store.snapshot(), report });
    return report;
}

/** One line for the console: `Loaded dev/data/sample-plan.json: 22,110 records (Account 300, ...) in 1.2 s`. */
export function formatLoadReport(report: DatasetLoadReport): string {
    const n = (value: number): string => value.toLocaleString('en-US');
    const objects = [...report.counts].map(([name, count]) => `${name} ${n(count)}`).join(', ');
    const users =
        report.users > 0
            ? `; ${n(report.users)} users, ${n(report.permissionSetAssignments)} permission set assignments, ` +
              `${n(report.postLoadUpdates)} post-load updates`
            : '';
    const time = report.millis >= 1000 ? `${(report.millis / 1000).toFixed(2)} s` : `${Math.round(report.millis)} ms`;
    return `${report.cached ? 'Restored' : 'Loaded'} ${report.plan}: ${n(report.records)} records (${objects})${users} in ${time}`;
}
