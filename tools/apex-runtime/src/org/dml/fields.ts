/**
 * Field rules the in-memory org applies when it saves a record: which fields a save may write, the values the
 * platform fills in (defaults, system audit fields, compound names), and the system validation of the "Triggers
 * and Order of Execution" page, step "Runs most system validation steps again": required fields, restricted
 * picklists, text length, number range and scale, lookups and unique fields.
 */
import type { SObjectFieldInfo, SObjectInfo } from '../../schema/schema';
import type { DmlRowError } from '../../database/database';
import { ApexList } from '../../values/collections';
import { ApexDatetime } from '../../values/dates';
import { ApexId } from '../../values/id';
import { ApexDecimal, toDecimal } from '../../values/numeric';
import { UnsupportedError } from '../../values/objects';
import { SObjectValue } from '../../values/sobject';
import type { OrgStore } from '../store';

/** Fields the platform maintains: never taken from the caller's record (Apex cannot write them either). */
export const SYSTEM_FIELDS = new Set([
    'id',
    'isdeleted',
    'createddate',
    'createdbyid',
    'lastmodifieddate',
    'lastmodifiedbyid',
    'systemmodstamp'
]);

/**
 * Standard fields that are required on create (the "Nillable: false, Defaulted on create: false" fields of the
 * SOAP API Object Reference for each object).
 */
const STANDARD_REQUIRED: Record<string, string[]> = {
    account: ['Name'],
    contact: ['LastName'],
    lead: ['LastName', 'Company'],
    opportunity: ['Name', 'StageName', 'CloseDate'],
    user: [
        'Username',
        'LastName',
        'Email',
        'Alias',
        'TimeZoneSidKey',
        'LocaleSidKey',
        'EmailEncodingKey',
        'ProfileId',
        'LanguageLocaleKey'
    ],
    product2: ['Name'],
    pricebook2: ['Name'],
    pricebookentry: ['Pricebook2Id', 'Product2Id', 'UnitPrice'],
    campaign: ['Name'],
    order: ['AccountId', 'EffectiveDate', 'Status'],
    contract: ['AccountId'],
    casecomment: ['ParentId'],
    opportunitylineitem: ['OpportunityId', 'Quantity']
};

/** Standard picklists the platform defaults on create (the picklist's default value in a new org). */
const STANDARD_DEFAULTS: Record<string, Record<string, string>> = {
    task: { status: 'Not Started', priority: 'Normal' },
    case: { status: 'New', priority: 'Medium', origin: 'Phone' },
    contract: { status: 'Draft' },
    lead: { status: 'Open - Not Contacted' }
};

/** Standard checkboxes that are true on a new record; every other checkbox starts false. */
const STANDARD_TRUE_CHECKBOXES = new Set(['user.isactive', 'pricebook2.isactive']);

/** Maximum lengths of standard text fields the schema table does not carry (SOAP API Object Reference). */
const STANDARD_LENGTHS: Record<string, number> = {
    'account.name': 255,
    'contact.firstname': 40,
    'contact.lastname': 80,
    'lead.firstname': 40,
    'lead.lastname': 80,
    'lead.company': 255,
    'opportunity.name': 120,
    'case.subject': 255,
    'task.subject': 255,
    'event.subject': 255,
    'user.alias': 8
};

/** Objects whose Name is FirstName + ' ' + LastName, computed by the platform. */
const COMPOUND_NAME = new Set(['contact', 'lead', 'user']);

/**
 * Lookups the org does not check: setup objects (users, profiles, groups, record types) exist in every real org
 * and the in-memory org only holds those a test created, and polymorphic standard lookups (WhatId, WhoId,
 * ParentId...) whose target types the schema table does not list.
 */
const UNCHECKED_TARGETS = new Set([
    'user',
    'profile',
    'userrole',
    'group',
    'recordtype',
    'organization',
    'permissionset',
    'folder',
    'apexclass',
    'crontrigger',
    'cronjobdetail'
]);
const POLYMORPHIC = new Set(['whatid', 'whoid', 'parentid', 'linkedentityid', 'relatedtoid', 'firstpublishlocationid']);

export function rowError(statusCode: string, message: string, fields: string[] = []): DmlRowError {
    return { statusCode, message, fields };
}

/**
 * The field values a DML row writes: every field set on the record except those the platform computes or keeps
 * (system audit fields, formulas, roll-ups, auto numbers), which are ignored as on a queried record sent back.
 * Relationship values (`contact.Account = acc`) are ignored too, unless they name the parent by an external Id,
 * which this org does not resolve.
 */
export function writableValues(row: SObjectValue, location: { file: string; line: number }): Map<string, unknown> {
    const out = new Map<string, unknown>();
    for (const [lname, value] of row.values) {
        if (SYSTEM_FIELDS.has(lname)) {
            continue;
        }
        if (value instanceof SObjectValue) {
            const named = [...value.values.keys()].some((k) => k !== 'id' && value.values.get(k) !== null);
            if (!value.values.get('id') && named) {
                throw new UnsupportedError(
                    `DML: setting ${row.info.name}.${row.names.get(lname) ?? lname} through a related record's external Id`,
                    location.file,
                    location.line
                );
            }
            continue;
        }
        if (value instanceof ApexList) {
            continue;
        }
        const field = row.info.fields.get(lname);
        if (field && isComputed(field)) {
            continue;
        }
        out.set(lname, value);
    }
    return out;
}

/** Formula, roll-up summary and auto-number fields: the platform computes them, a save never writes them. */
function isComputed(field: SObjectFieldInfo): boolean {
    return field.isCalculated || field.metadataType.toLowerCase() === 'autonumber';
}

/** Auto-number counters per store and field, never rolled back (like Ids). */
const autoNumbers = new WeakMap<OrgStore, Map<string, number>>();

/**
 * Auto-number fields (Case.CaseNumber, an auto-number Name) get the next number of their object, as eight digits
 * (`00000001`); the field's display format is not read.
 */
export function applyAutoNumbers(store: OrgStore, info: SObjectInfo, fields: Map<string, unknown>): void {
    let counters = autoNumbers.get(store);
    if (!counters) {
        counters = new Map();
        autoNumbers.set(store, counters);
    }
    for (const [lname, field] of info.fields) {
        if (field.metadataType.toLowerCase() === 'autonumber') {
            const key = `${info.name.toLowerCase()}.${lname}`;
            const next = (counters.get(key) ?? 0) + 1;
            counters.set(key, next);
            fields.set(lname, String(next).padStart(8, '0'));
        }
    }
}

/** Evaluates a field's metadata default: a Boolean, a quoted text or a number literal; anything else stops. */
function defaultOf(field: SObjectFieldInfo, info: SObjectInfo, location: { file: string; line: number }): unknown {
    const text = field.defaultValue!.trim();
    if (/^(true|false)$/i.test(text)) {
        return text.toLowerCase() === 'true';
    }
    const quoted = /^(['"])(.*)\1$/s.exec(text);
    if (quoted) {
        return quoted[2];
    }
    if (/^-?\d+(\.\d+)?$/.test(text)) {
        return ApexDecimal.parse(text);
    }
    throw new UnsupportedError(
        `default value formula ${text} of ${info.name}.${field.name}`,
        location.file,
        location.line
    );
}

/** Fills in what the platform sets on create: field defaults, checkbox false, standard picklist defaults. */
export function applyInsertDefaults(
    info: SObjectInfo,
    fields: Map<string, unknown>,
    location: { file: string; line: number }
): void {
    const object = info.name.toLowerCase();
    for (const [lname, field] of info.fields) {
        if (fields.has(lname) || isComputed(field) || SYSTEM_FIELDS.has(lname)) {
            continue;
        }
        if (field.defaultValue !== null) {
            fields.set(lname, defaultOf(field, info, location));
        } else if (field.metadataType.toLowerCase() === 'checkbox') {
            fields.set(lname, STANDARD_TRUE_CHECKBOXES.has(`${object}.${lname}`));
        }
    }
    for (const [lname, value] of Object.entries(STANDARD_DEFAULTS[object] ?? {})) {
        if (fields.get(lname) == null) {
            fields.set(lname, value);
        }
    }
}

/** Name of Contact, Lead and User: "First Last", or the last name alone. */
export function applyCompoundName(info: SObjectInfo, fields: Map<string, unknown>): void {
    if (!COMPOUND_NAME.has(info.name.toLowerCase())) {
        return;
    }
    const first = fields.get('firstname');
    const last = fields.get('lastname');
    const parts = [first, last].filter((p) => typeof p === 'string' && p !== '');
    fields.set('name', parts.length > 0 ? parts.join(' ') : null);
}

export function stampCreate(fields: Map<string, unknown>, now: ApexDatetime, user: ApexId): void {
    fields.set('isdeleted', false);
    fields.set('createddate', now);
    fields.set('createdbyid', user);
    stampModify(fields, now, user);
}

export function stampModify(fields: Map<string, unknown>, now: ApexDatetime, user: ApexId): void {
    fields.set('lastmodifieddate', now);
    fields.set('lastmodifiedbyid', user);
    fields.set('systemmodstamp', now);
}

function requiredFields(info: SObjectInfo): string[] {
    const out = [...(STANDARD_REQUIRED[info.name.toLowerCase()] ?? [])];
    for (const field of info.fields.values()) {
        if (field.required && !field.isCalculated && !out.includes(field.name)) {
            out.push(field.name);
        }
    }
    return out;
}

function label(field: SObjectFieldInfo | undefined, lname: string): string {
    return field?.name ?? lname;
}

/**
 * Validates the full record about to be saved (after before triggers) and normalises number scale in place.
 * Returns the first error, or null.
 */
export function validateRecord(
    store: OrgStore,
    info: SObjectInfo,
    fields: Map<string, unknown>,
    changed: Set<string>
): DmlRowError | null {
    const missing = requiredFields(info).filter((name) => {
        const value = fields.get(name.toLowerCase());
        return value === null || value === undefined || value === '';
    });
    if (missing.length > 0) {
        return rowError('REQUIRED_FIELD_MISSING', `Required fields are missing: [${missing.join(', ')}]`, missing);
    }
    const object = info.name.toLowerCase();
    for (const lname of changed) {
        const value = fields.get(lname);
        const field = info.fields.get(lname);
        if (value === null || value === undefined || !field) {
            continue;
        }
        const name = label(field, lname);
        const type = field.metadataType.toLowerCase();
        if (typeof value === 'string') {
            // A custom Text Area has no length in its metadata and holds 255 characters (Long ones declare theirs).
            const max =
                field.length ??
                STANDARD_LENGTHS[`${object}.${lname}`] ??
                (field.isCustom && type === 'textarea' ? 255 : null);
            if (max !== undefined && max !== null && value.length > max && !type.includes('picklist')) {
                return rowError(
                    'STRING_TOO_LONG',
                    `${field.label}: data value too large: ${value} (max length=${max})`,
                    [name]
                );
            }
            if (field.restricted && field.picklistValues.length > 0) {
                const values = type === 'multiselectpicklist' ? value.split(';') : [value];
                const bad = values.find((v) => !field.picklistValues.includes(v));
                if (bad !== undefined) {
                    return rowError(
                        'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
                        `${field.label}: bad value for restricted picklist field: ${bad}`,
                        [name]
                    );
                }
            }
        }
        if (type === 'number' || type === 'currency' || type === 'percent') {
            const error = checkNumber(field, fields, lname, value);
            if (error) {
                return error;
            }
        }
        if (value instanceof ApexId && field.referenceTo.length > 0) {
            const error = checkLookup(store, field, lname, value);
            if (error) {
                return error;
            }
        }
    }
    return null;
}

/** Rounds to the field's scale (half up, as the platform stores it) and checks the digits left of the point. */
function checkNumber(
    field: SObjectFieldInfo,
    fields: Map<string, unknown>,
    lname: string,
    value: unknown
): DmlRowError | null {
    let decimal = toDecimal(value);
    if (field.scale !== null) {
        decimal = decimal.setScale(field.scale, 'HALF_UP');
        fields.set(lname, decimal);
    }
    if (field.precision !== null) {
        const integerDigits = decimal.abs().setScale(0, 'DOWN').toPlainString().replace(/^0$/, '').length;
        if (integerDigits > field.precision - (field.scale ?? 0)) {
            return rowError(
                'NUMBER_OUTSIDE_VALID_RANGE',
                `${field.label}: value outside of valid range on numeric field: ${decimal.toPlainString()}`,
                [field.name]
            );
        }
    }
    return null;
}

function checkLookup(store: OrgStore, field: SObjectFieldInfo, lname: string, id: ApexId): DmlRowError | null {
    const targets = field.referenceTo.map((t) => t.toLowerCase());
    if (POLYMORPHIC.has(lname) || targets.some((t) => UNCHECKED_TARGETS.has(t))) {
        return null;
    }
    const target = store.get(id);
    const targetInfo = target?.info ?? store.schema.getObjectByKeyPrefix(id.keyPrefix);
    if (targetInfo && !targets.includes(targetInfo.name.toLowerCase())) {
        const expected = store.schema.getObject(field.referenceTo[0])?.label ?? field.referenceTo[0];
        return rowError('FIELD_INTEGRITY_EXCEPTION', `${expected} ID: id value of incorrect type: ${id.value}`, [
            field.name
        ]);
    }
    if (!target) {
        return rowError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', [field.name]);
    }
    if (target.deleted) {
        return rowError('ENTITY_IS_DELETED', 'entity is deleted', [field.name]);
    }
    return null;
}

/** The comparable form of a unique or external Id value: text compares case-insensitively, as the platform does. */
export function uniqueKey(value: unknown): string | null {
    if (value === null || value === undefined || value === '') {
        return null;
    }
    if (typeof value === 'string') {
        return value.toLowerCase();
    }
    if (value instanceof ApexDecimal) {
        return value.stripTrailingZeros().toPlainString();
    }
    return String(value instanceof ApexId ? value.value : value);
}

/**
 * A unique field's value already used by another live record, or by an earlier row of the same request
 * (`pending`, lower-case field -> key -> Id or null). DUPLICATE_VALUE, "duplicate value found: <field>
 * duplicates value on record with id: <id>".
 */
export function checkUnique(
    store: OrgStore,
    info: SObjectInfo,
    fields: Map<string, unknown>,
    selfId: ApexId | null,
    pending: Map<string, Map<string, string>>
): DmlRowError | null {
    for (const field of info.fields.values()) {
        if (!field.isUnique) {
            continue;
        }
        const lname = field.name.toLowerCase();
        const key = uniqueKey(fields.get(lname));
        if (key === null) {
            continue;
        }
        let seen = pending.get(lname);
        if (!seen) {
            seen = new Map();
            for (const record of store.rows(info.name)) {
                const k = uniqueKey(record.fields.get(lname));
                if (k !== null) {
                    seen.set(k, record.id.value);
                }
            }
            pending.set(lname, seen);
        }
        const other = seen.get(key);
        if (other !== undefined && other !== selfId?.value) {
            return rowError(
                'DUPLICATE_VALUE',
                `duplicate value found: ${field.name} duplicates value on record with id: ${other}`,
                [field.name]
            );
        }
    }
    return null;
}

/** Records the unique values a saved row now holds, so later rows of the request see them. */
export function claimUnique(fields: Map<string, unknown>, id: ApexId, pending: Map<string, Map<string, string>>): void {
    for (const [lname, seen] of pending) {
        const key = uniqueKey(fields.get(lname));
        if (key !== null) {
            seen.set(key, id.value);
        }
    }
}

export interface ChildLookup {
    child: SObjectInfo;
    field: SObjectFieldInfo;
    constraint: 'SetNull' | 'Restrict' | 'Cascade';
}

/** Per parent object: the schema is fixed once loaded (objects made on demand have no lookups to others). */
const childLookupCache = new WeakMap<SObjectInfo, ChildLookup[]>();

/** The lookups that point at `info` from any object, with what deleting the parent does to the child. */
export function childLookups(store: OrgStore, info: SObjectInfo): ChildLookup[] {
    const cached = childLookupCache.get(info);
    if (cached) {
        return cached;
    }
    const out: ChildLookup[] = [];
    const name = info.name.toLowerCase();
    for (const child of store.schema.allObjects()) {
        for (const field of child.fields.values()) {
            if (
                !field.referenceTo.some((t) => t.toLowerCase() === name) ||
                SYSTEM_FIELDS.has(field.name.toLowerCase())
            ) {
                continue;
            }
            const constraint =
                field.deleteConstraint ?? STANDARD_CASCADE[`${child.name}.${field.name}`.toLowerCase()] ?? 'SetNull';
            out.push({ child, field, constraint });
        }
    }
    childLookupCache.set(info, out);
    return out;
}

/**
 * Standard relationships whose children go with the parent: "When you delete an account, ... contacts,
 * opportunities, contracts, ... activities, notes and attachments are also deleted" (Salesforce Help, Delete
 * Accounts); opportunity products go with their opportunity.
 */
const STANDARD_CASCADE: Record<string, 'Cascade'> = {
    'contact.accountid': 'Cascade',
    'opportunity.accountid': 'Cascade',
    'contract.accountid': 'Cascade',
    'asset.accountid': 'Cascade',
    'task.whatid': 'Cascade',
    'event.whatid': 'Cascade',
    'note.parentid': 'Cascade',
    'attachment.parentid': 'Cascade',
    'opportunitylineitem.opportunityid': 'Cascade',
    'opportunitycontactrole.opportunityid': 'Cascade',
    'casecomment.parentid': 'Cascade'
};
