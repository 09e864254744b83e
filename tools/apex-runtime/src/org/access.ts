/**
 * Object and field access for the running user, answered from the permission model (permissions.ts): the user's
 * profile (User.ProfileId) and their PermissionSetAssignment rows, read from the org's store at each check, so a
 * test that assigns a permission set sees it at once. SOQL and DML call checkQuery/checkDml; describe and
 * Security.stripInaccessible ask userAccess().
 *
 * Apex runs in system mode unless the code asks for user mode, so the object and field checks do nothing for
 * `system` and `default` requests, whoever the user is; System.runAs changes the user, not the mode. The mixed-DML
 * rule applies in every mode. Record sharing is not modelled: every record is visible (docs/access.md).
 */
import type { DmlRequest, SoqlRequest } from '../database/database';
import { dmlFailure } from '../runtime/dml';
import { apexError } from '../runtime/errors';
import type { Runtime } from '../runtime/runtime';
import type { SObjectFieldInfo, SObjectInfo } from '../schema/schema';
import { ApexId } from '../values/id';
import { UnsupportedError, type ApexThrow } from '../values/objects';
import { SObjectValue } from '../values/sobject';
import type { InMemoryOrg } from './org';
import { isComputedField, loadPermissionSets, UserAccess, type ObjectPermissions } from './permissions';

/** "sObjects That Can't Be Used Together in DML Operations" (Apex Developer Guide), lower-case; User and Group apart. */
const SETUP_OBJECTS = new Set(
    [
        'AuthSession',
        'ContentWorkspace',
        'FieldPermissions',
        'ForecastingShare',
        'GroupMember',
        'ObjectPermissions',
        'ObjectTerritory2AssignmentRule',
        'ObjectTerritory2AssignmentRuleItem',
        'PermissionSet',
        'PermissionSetAssignment',
        'QueueSObject',
        'RuleTerritory2Association',
        'SetupEntityAccess',
        'Territory',
        'Territory2',
        'Territory2Model',
        'UserRole',
        'UserTerritory',
        'UserTerritory2Association'
    ].map((n) => n.toLowerCase())
);

/** User fields whose change makes a User update setup DML ("if the following fields are not also updated"). */
const USER_SETUP_FIELDS = ['userroleid', 'isactive', 'forecastenabled', 'isportalenabled', 'username', 'profileid'];

interface DmlContext {
    /** The first setup object and the first other object DML touched in this transaction. */
    setup: string | null;
    other: string | null;
}

/** Per runtime, a stack of transactions: the outermost, then one per enclosing System.runAs block. */
const dmlContexts = new WeakMap<Runtime, DmlContext[]>();

function dmlContext(rt: Runtime): DmlContext {
    let stack = dmlContexts.get(rt);
    if (!stack) {
        stack = [{ setup: null, other: null }];
        dmlContexts.set(rt, stack);
    }
    return stack[stack.length - 1];
}

/** Runs `body` as a transaction of its own for the mixed-DML rule (System.runAs). */
export function inSeparateDmlContext<R>(rt: Runtime, body: () => R): R {
    dmlContext(rt);
    const stack = dmlContexts.get(rt)!;
    stack.push({ setup: null, other: null });
    try {
        return body();
    } finally {
        stack.pop();
    }
}

function sameValue(a: unknown, b: unknown): boolean {
    const norm = (v: unknown): unknown => (v instanceof ApexId ? v.value : (v ?? null));
    return norm(a) === norm(b);
}

/** The fields a user-mode query or WITH SECURITY_ENFORCED query could not read, by object (getInaccessibleFields). */
export const inaccessibleFieldsOf = new WeakMap<object, Map<string, Set<string>>>();

const SECURITY_ENFORCED = /\bWITH\s+SECURITY_ENFORCED\b/i;
const ENFORCED_MESSAGE = 'Insufficient permissions: secure query included inaccessible field';

export class OrgAccess {
    constructor(readonly org: InMemoryOrg) {}

    /** The running user's effective access: their profile's baseline plus their assigned permission sets. */
    userAccess(rt: Runtime): UserAccess {
        const store = this.org.store;
        const userRecord = store.get(rt.user.id);
        // A User built in the test but never inserted (System.runAs allows it) has only its profile.
        const profileValue = userRecord?.fields.get('profileid') ?? ApexId.parse(rt.user.profileId);
        const profile = profileValue instanceof ApexId ? store.get(profileValue) : undefined;
        const profileName = profile?.fields.get('name');
        if (typeof profileName !== 'string') {
            const where = rt.currentLocation();
            throw new UnsupportedError(
                `access checks for a user whose profile (${String(profileValue)}) is not in the org`,
                where.file,
                where.line
            );
        }
        const definitions = new Map(loadPermissionSets(this.org.packageDirs).map((d) => [d.name.toLowerCase(), d]));
        const sets = [];
        for (const assignment of store.rows('PermissionSetAssignment')) {
            const assignee = assignment.fields.get('assigneeid');
            const setId = assignment.fields.get('permissionsetid');
            if (!(assignee instanceof ApexId) || assignee.value !== ApexId.parse(rt.user.id)?.value) {
                continue;
            }
            const setRecord = setId instanceof ApexId ? store.get(setId) : undefined;
            const definition = definitions.get(String(setRecord?.fields.get('name') ?? '').toLowerCase());
            if (definition) {
                sets.push(definition);
            }
        }
        return new UserAccess(profileName, sets);
    }

    /**
     * Called by the SOQL engine for every query, with the object and every field path it reads (select list,
     * filters, ordering; subqueries report their own object), relative to `objectName`: `Name`, `Account.Name`,
     * `Owner.Name`. In user mode (and WITH SECURITY_ENFORCED) throws System.QueryException when the running user
     * may not read the object or a field; getInaccessibleFields() on it lists every such field by object.
     */
    checkQuery(rt: Runtime, request: SoqlRequest, objectName: string, fieldPaths: string[]): void {
        const enforced = SECURITY_ENFORCED.test(request.soql);
        if (request.access !== 'user' && !enforced) {
            return;
        }
        const info = this.org.schema.getObject(objectName);
        if (!info) {
            return; // The engine reports unknown objects itself.
        }
        const access = this.userAccess(rt);
        if (!access.object(info).read) {
            const message = enforced ? ENFORCED_MESSAGE : `sObject type '${info.name}' is not supported.`;
            throw queryDenied(new Map([[info.name, new Set<string>()]]), message);
        }
        const denied = new Map<string, Set<string>>();
        // WITH SECURITY_ENFORCED (which the compiler also marks as user mode) checks only what the SELECT clause
        // reads; user mode checks every clause.
        const checked = enforced ? fieldPaths.filter((p) => inSelectClause(request.soql, p)) : fieldPaths;
        for (const fieldPath of checked) {
            this.checkPath(access, info, fieldPath.split('.'), denied);
        }
        if (denied.size > 0) {
            throw queryDenied(denied, ENFORCED_MESSAGE);
        }
    }

    /** Walks `Account.Owner.Name` from `info`: each lookup and the object it reaches must be readable, then the field. */
    private checkPath(access: UserAccess, info: SObjectInfo, parts: string[], denied: Map<string, Set<string>>): void {
        const deny = (object: SObjectInfo, field: string): void => {
            const set = denied.get(object.name) ?? new Set<string>();
            set.add(field);
            denied.set(object.name, set);
        };
        if (parts.length === 1) {
            const field = info.fields.get(parts[0].toLowerCase());
            if (field && !access.field(info, field).readable) {
                deny(info, field.name);
            }
            return;
        }
        const lookup = relationshipField(info, parts[0]);
        if (!lookup) {
            return; // Not a relationship this schema knows; the engine reports it.
        }
        if (!access.field(info, lookup).readable) {
            deny(info, lookup.name);
            return;
        }
        const target = this.org.schema.getObject(lookup.referenceTo[0] ?? '');
        if (!target) {
            return;
        }
        if (!access.object(target).read) {
            deny(target, parts.slice(1).join('.'));
            return;
        }
        this.checkPath(access, target, parts.slice(1), denied);
    }

    /**
     * Called by DML once per request (every access mode), before any row is saved, with the fields the rows set.
     * Throws MIXED_DML_OPERATION when the request mixes setup and non-setup objects in one transaction. In user mode,
     * throws
     * System.SecurityException when the running user may not create/edit/delete the object, and System.DmlException
     * when a set field is not creatable (insert) or updatable (update).
     */
    checkDml(rt: Runtime, request: DmlRequest, objectName: string, fieldNames: string[]): void {
        const info = this.org.schema.getObject(objectName);
        if (!info) {
            return;
        }
        this.checkMixedDml(rt, request, info);
        if (request.access !== 'user') {
            return;
        }
        const access = this.userAccess(rt);
        const perms = access.object(info);
        const { creates, updates } = rowKinds(request);
        const needed: Array<[boolean, boolean]> = [
            [creates, perms.create],
            [updates, perms.edit],
            [request.op === 'delete' || request.op === 'undelete' || request.op === 'merge', perms.delete]
        ];
        if (needed.some(([required, granted]) => required && !granted)) {
            throw apexError(
                'System.SecurityException',
                `DML operation ${request.op.toUpperCase()} not allowed on ${info.name}`
            );
        }
        const denied: string[] = [];
        for (const name of fieldNames) {
            const field = info.fields.get(name.toLowerCase());
            // Computed and system fields (a queried record carries them) are not saved, so they are not checked.
            if (!field || isComputedField(field)) {
                continue;
            }
            if (!access.field(info, field).editable) {
                denied.push(field.name);
            }
        }
        if (denied.length > 0) {
            throw dmlFieldsDenied(request, info, denied);
        }
    }

    /**
     * "DML operations on certain sObjects, sometimes referred to as setup objects, can't be mixed with DML on
     * non-setup sObjects in the same transaction." Each System.runAs block is a transaction of its own here (the
     * documented way around the rule in tests); asynchronous work is not tracked.
     */
    private checkMixedDml(rt: Runtime, request: DmlRequest, info: SObjectInfo): void {
        if (rt.asyncContext) {
            return;
        }
        const kind = this.dmlKind(request, info);
        if (kind === 'neutral') {
            return;
        }
        const context = dmlContext(rt);
        const original = kind === 'setup' ? context.other : context.setup;
        if (original) {
            const message = `DML operation on setup object is not permitted after you have updated a non-setup object (or vice versa): ${info.name}, original object: ${original}`;
            throw dmlFailure(
                request.op,
                request.rows.map(() => ({
                    id: null,
                    success: false,
                    created: false,
                    errors: [{ statusCode: 'MIXED_DML_OPERATION', message, fields: [] }]
                }))
            )!;
        }
        if (kind === 'setup') {
            context.setup ??= info.name;
        } else {
            context.other ??= info.name;
        }
    }

    /**
     * Setup DML, other DML, or DML the rule lets mix with both: inserting or updating a Group, and saving a User
     * without a role and without changing its protected fields.
     */
    private dmlKind(request: DmlRequest, info: SObjectInfo): 'setup' | 'other' | 'neutral' {
        const name = info.name.toLowerCase();
        if (name === 'group') {
            // "You can only insert and update a group in a transaction with other sObjects."
            return request.op === 'insert' || request.op === 'update' ? 'neutral' : 'setup';
        }
        if (name !== 'user') {
            return SETUP_OBJECTS.has(name) ? 'setup' : 'other';
        }
        return this.userDmlIsSetup(request) ? 'setup' : 'neutral';
    }

    /** A User may be saved with other objects unless it has a role, or an update changes a protected field. */
    private userDmlIsSetup(request: DmlRequest): boolean {
        return request.rows.some((row) => {
            if (!(row instanceof SObjectValue)) {
                return false;
            }
            const id = row.values.get('id');
            const stored = id instanceof ApexId ? this.org.store.get(id) : undefined;
            if (!stored) {
                return (row.values.get('userroleid') ?? null) !== null;
            }
            return USER_SETUP_FIELDS.some(
                (field) => row.values.has(field) && !sameValue(row.values.get(field), stored.fields.get(field))
            );
        });
    }

    /** Describe's answer for an object: which of read/create/edit/delete the running user has. */
    describeObject(rt: Runtime, info: SObjectInfo): ObjectPermissions {
        return this.userAccess(rt).object(info);
    }

    /** Describe's answer for a field: readable, creatable, updatable (never for computed fields). */
    describeField(rt: Runtime, info: SObjectInfo, field: SObjectFieldInfo): { readable: boolean; writable: boolean } {
        const fls = this.userAccess(rt).field(info, field);
        return { readable: fls.readable, writable: fls.editable && !isComputedField(field) };
    }
}

/** The in-memory org's access checker, when the runtime runs on one (part 1's unavailable database has none). */
export function orgAccessOf(rt: Runtime): OrgAccess | null {
    const access = (rt.db as { access?: unknown }).access;
    return access instanceof OrgAccess ? access : null;
}

/**
 * The lookup field a parent relationship name stands for on `info`: `Account`/`Owner` for standard lookups (their
 * relationship name), `Widget__r` for a custom lookup `Widget__c` (its metadata relationshipName names the children).
 */
export function relationshipField(info: SObjectInfo, relationship: string): SObjectFieldInfo | undefined {
    const key = relationship.toLowerCase();
    for (const field of info.fields.values()) {
        if (field.referenceTo.length === 0) {
            continue;
        }
        const name = field.isCustom ? field.name.replace(/__c$/i, '__r') : field.relationshipName;
        if (name?.toLowerCase() === key) {
            return field;
        }
    }
    return undefined;
}

/**
 * Whether `fieldPath` is named in the query's top-level SELECT clause (subqueries included, as they sit inside it).
 * "WITH SECURITY_ENFORCED applies field and object level security checks only to fields and objects referenced in
 * SELECT or FROM SOQL clauses and not clauses like WHERE or ORDER BY."
 */
function inSelectClause(soql: string, fieldPath: string): boolean {
    const start = /\bSELECT\b/i.exec(soql);
    if (!start) {
        return true;
    }
    let depth = 0;
    let end = soql.length;
    for (let i = start.index + 6; i < soql.length; i++) {
        const ch = soql[i];
        depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
        if (depth === 0 && /^FROM\b/i.test(soql.slice(i)) && /\s/.test(soql[i - 1])) {
            end = i;
            break;
        }
    }
    const escaped = fieldPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[\\s,(])${escaped}($|[\\s,)])`, 'i').test(soql.slice(start.index + 6, end));
}

function queryDenied(fields: Map<string, Set<string>>, message: string): ApexThrow {
    const error = apexError('System.QueryException', message);
    inaccessibleFieldsOf.set(error.exception, fields);
    return error;
}

/** Which rows an operation creates and which it changes (upsert: rows without an Id create). */
function rowKinds(request: DmlRequest): { creates: boolean; updates: boolean } {
    switch (request.op) {
        case 'insert':
            return { creates: true, updates: false };
        case 'update':
        case 'merge':
            return { creates: false, updates: true };
        case 'upsert': {
            if (request.externalIdField) {
                // Matching by external Id happens later; either may happen, so both are needed.
                return { creates: true, updates: true };
            }
            const hasId = (row: unknown): boolean =>
                row instanceof SObjectValue && row.values.get('id') instanceof ApexId;
            return { creates: request.rows.some((r) => !hasId(r)), updates: request.rows.some(hasId) };
        }
        default:
            return { creates: false, updates: false };
    }
}

function dmlFieldsDenied(request: DmlRequest, info: SObjectInfo, fields: string[]): ApexThrow {
    const message = `Operation failed due to fields being inaccessible on Sobject ${info.name}, check errors on Exception or Result!`;
    const error = apexError('System.DmlException', message);
    error.exception.ex!.dmlFailures = request.rows.map((row, index) => ({
        index,
        id: row instanceof SObjectValue ? ((row.values.get('id') as ApexId | undefined)?.value ?? null) : row.value,
        statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
        message,
        fields
    }));
    return error;
}
