/**
 * What the runtime knows about SObject types: names, key prefixes, fields and their types. Part 1 accepts any
 * field name on any SObject; the types known here (standard fields plus the project's field metadata) convert
 * values on assignment (`HealthCoverage__c = 85` stores the Decimal 85) and give field reads a static type.
 * Part 2's in-memory org uses the same provider for validation.
 */
import type { ApexType } from '../compile/types';
import { T } from '../compile/types';

export interface SObjectFieldInfo {
    /** Canonical API name as declared: `HealthScore__c`. */
    name: string;
    /** The metadata type name: Text, Number, Lookup, DateTime... */
    metadataType: string;
    type: ApexType;
    referenceTo: string[];
    relationshipName: string | null;
    required: boolean;
    /** Number/Currency/Percent scale, when declared. */
    scale: number | null;
    precision: number | null;
    length: number | null;
    isCustom: boolean;
    isExternalId: boolean;
    isUnique: boolean;
    /** Picklist values, when declared inline or through a value set the provider could resolve. */
    picklistValues: string[];
    /** The same values with their labels and default flags, for describe (PicklistEntry.getLabel and friends). */
    picklistEntries: PicklistEntryInfo[];
    label: string;
    /** Formula fields are read-only and computed. */
    formula: string | null;
    /** A restricted picklist (or one bound to a global value set, which is always restricted) rejects other values. */
    restricted: boolean;
    /** The metadata `defaultValue` expression as written (`false`, `'Draft'`, `TODAY()`), applied on insert. */
    defaultValue: string | null;
    /** Lookup behaviour when the parent is deleted: SetNull (default), Restrict or Cascade; MasterDetail cascades. */
    deleteConstraint: 'SetNull' | 'Restrict' | 'Cascade' | null;
    /** Computed by the platform (formula, roll-up summary, auto number, system audit fields): not writeable. */
    isCalculated: boolean;
    /** Roll-up summary: `count`/`sum`/`min`/`max` over `summarizedField` of the `summaryForeignKey` children. */
    summary: { operation: string; foreignKey: string; summarizedField: string | null } | null;
}

/** A child relationship: `Account.Contacts` is the Contact records whose AccountId points at the Account. */
export interface ChildRelationshipInfo {
    /** As written in SOQL subqueries: `Contacts`, `HealthSnapshots__r`. */
    name: string;
    childObject: string;
    /** The child's lookup field API name: `AccountId`, `Account__c`. */
    field: string;
}

export interface SObjectInfo {
    /** Canonical API name: `Account`, `BusinessReview__c`. */
    name: string;
    label: string;
    keyPrefix: string;
    isCustom: boolean;
    /** Fields by lower-case API name. */
    fields: Map<string, SObjectFieldInfo>;
    /** Child relationships by lower-case name; filled by the provider once every object is loaded. */
    childRelationships?: Map<string, ChildRelationshipInfo>;
}

export interface SchemaProvider {
    /** The object, by API name in any case; undefined when it is not an SObject type. */
    getObject(name: string): SObjectInfo | undefined;
    /** The object whose Ids start with this prefix. */
    getObjectByKeyPrefix(prefix: string): SObjectInfo | undefined;
    allObjects(): SObjectInfo[];
    /** Whether the project's metadata declares the object (getObject makes up unknown custom ones on use). */
    isDeclared?(name: string): boolean;
}

export function metadataTypeToApex(metadataType: string): ApexType {
    switch (metadataType.toLowerCase()) {
        case 'number':
        case 'currency':
        case 'percent':
        case 'summary':
            return T.Decimal;
        case 'checkbox':
            return T.Boolean;
        case 'date':
            return T.Date;
        case 'datetime':
            return T.Datetime;
        case 'time':
            return T.Time;
        case 'id':
        case 'lookup':
        case 'masterdetail':
        case 'hierarchy':
        case 'metadatarelationship':
        case 'externallookup':
            return T.Id;
        case 'location':
            return T.unknown;
        default:
            return T.String;
    }
}

/** A picklist value as its metadata declares it. */
export interface PicklistEntryInfo {
    value: string;
    label: string;
    isDefault: boolean;
}

export function makeField(name: string, metadataType: string, extra: Partial<SObjectFieldInfo> = {}): SObjectFieldInfo {
    return {
        name,
        metadataType,
        type: metadataTypeToApex(metadataType),
        referenceTo: [],
        relationshipName: null,
        required: false,
        scale: null,
        precision: null,
        length: null,
        isCustom: name.toLowerCase().endsWith('__c'),
        isExternalId: false,
        isUnique: false,
        picklistValues: [],
        picklistEntries: [],
        label: name,
        formula: null,
        restricted: false,
        defaultValue: null,
        deleteConstraint: null,
        isCalculated: false,
        summary: null,
        ...extra
    };
}

/** A deterministic three-character key prefix for a custom object, in the `a00`-`a0z`... style of the platform. */
export function customKeyPrefix(name: string): string {
    let hash = 0;
    for (const ch of name.toLowerCase()) {
        hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
    }
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    return `a${alphabet[hash % 62]}${alphabet[Math.floor(hash / 62) % 62]}`;
}

/** Suffixes that make a name an SObject type even when no metadata declares it. */
export const SOBJECT_SUFFIXES = [
    '__c',
    '__mdt',
    '__e',
    '__x',
    '__b',
    '__share',
    '__history',
    '__feed',
    '__changeevent'
];
