/**
 * The permission model: what a profile and a set of permission sets let a user do with each object and field.
 *
 * Permission sets come from the project's `permissionsets/*.permissionset-meta.xml` (objectPermissions,
 * fieldPermissions, classAccesses). Profiles are not read from metadata: the org has the three standard profiles,
 * each with a fixed baseline (a simplification documented in docs/access.md):
 *
 * - System Administrator: "Modify All Data": every object and every field.
 * - Standard User: create/read/edit/delete on the common standard objects, read on the setup objects, and no access
 *   to custom objects or custom fields unless a permission set grants it.
 * - Read Only: read on the same standard objects, nothing else.
 *
 * Access is the union of the profile baseline and every assigned permission set, as on the platform (permission
 * sets only grant). Standard fields follow their object's access; custom fields need field permissions, except
 * required ones, which are always readable and editable (the platform has no field-level security for them).
 */
import { SYSTEM_FIELDS } from './dml/fields';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SObjectFieldInfo, SObjectInfo } from '../schema/schema';
import { decodeXml, tag } from '../schema/metadataXml';

export interface ObjectPermissions {
    read: boolean;
    create: boolean;
    edit: boolean;
    delete: boolean;
    viewAll: boolean;
    modifyAll: boolean;
}

export interface FieldPermissions {
    readable: boolean;
    editable: boolean;
}

export interface PermissionSetDefinition {
    /** The API name: the file name without `.permissionset-meta.xml`. */
    name: string;
    label: string;
    /** By lower-case object name. */
    objects: Map<string, ObjectPermissions>;
    /** By lower-case `object.field`. */
    fields: Map<string, FieldPermissions>;
    /** Lower-case names of the Apex classes the set enables. */
    classes: Set<string>;
}

export const PROFILE_ADMIN = 'System Administrator';
export const PROFILE_STANDARD = 'Standard User';
export const PROFILE_READ_ONLY = 'Read Only';
export const STANDARD_PROFILES = [PROFILE_ADMIN, PROFILE_STANDARD, PROFILE_READ_ONLY];

/** Standard objects a Standard User can create, read, edit and delete (Read Only: read). */
const STANDARD_USER_CRUD = new Set(
    [
        'Account',
        'Contact',
        'Lead',
        'Opportunity',
        'OpportunityLineItem',
        'OpportunityContactRole',
        'AccountContactRelation',
        'Case',
        'Task',
        'Event',
        'Contract',
        'Order',
        'Asset',
        'Campaign',
        'Note',
        'Attachment',
        'ContentVersion',
        'ContentDocument',
        'ContentDocumentLink'
    ].map((n) => n.toLowerCase())
);

/** Setup and reference objects every user can read but not change. */
const READABLE_BY_ALL = new Set(
    [
        'User',
        'Profile',
        'UserRole',
        'RecordType',
        'Organization',
        'Group',
        'PermissionSet',
        'PermissionSetAssignment',
        'Product2',
        'Pricebook2',
        'PricebookEntry'
    ].map((n) => n.toLowerCase())
);

const NONE: ObjectPermissions = {
    read: false,
    create: false,
    edit: false,
    delete: false,
    viewAll: false,
    modifyAll: false
};
const ALL: ObjectPermissions = { read: true, create: true, edit: true, delete: true, viewAll: true, modifyAll: true };

const bool = (xml: string, name: string): boolean => tag(xml, name) === 'true';

/** Every `<element>...</element>` block's inner text. */
function blocks(xml: string, element: string): string[] {
    return [...xml.matchAll(new RegExp(`<${element}>([\\s\\S]*?)</${element}>`, 'g'))].map((m) => m[1]);
}

export function parsePermissionSet(name: string, xml: string): PermissionSetDefinition {
    const objects = new Map<string, ObjectPermissions>();
    for (const block of blocks(xml, 'objectPermissions')) {
        const object = tag(block, 'object');
        if (object) {
            objects.set(object.toLowerCase(), {
                read: bool(block, 'allowRead'),
                create: bool(block, 'allowCreate'),
                edit: bool(block, 'allowEdit'),
                delete: bool(block, 'allowDelete'),
                viewAll: bool(block, 'viewAllRecords'),
                modifyAll: bool(block, 'modifyAllRecords')
            });
        }
    }
    const fields = new Map<string, FieldPermissions>();
    for (const block of blocks(xml, 'fieldPermissions')) {
        const field = tag(block, 'field');
        if (field) {
            const editable = bool(block, 'editable');
            // Editable implies readable on the platform; the XML always says both, but be lenient.
            fields.set(field.toLowerCase(), { readable: editable || bool(block, 'readable'), editable });
        }
    }
    const classes = new Set<string>();
    for (const block of blocks(xml, 'classAccesses')) {
        const cls = tag(block, 'apexClass');
        if (cls && bool(block, 'enabled')) {
            classes.add(cls.toLowerCase());
        }
    }
    // The set's own <label> (a direct child); nested blocks never have one.
    const label = /<PermissionSet[^>]*>[\s\S]*?<label>([\s\S]*?)<\/label>/.exec(xml);
    return { name, label: label ? decodeXml(label[1].trim()) : name, objects, fields, classes };
}

function findPermissionSetFiles(dir: string, found: string[]): void {
    let entries: fs.Dirent[];
    try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
        return;
    }
    for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) {
            findPermissionSetFiles(full, found);
        } else if (entry.isFile() && entry.name.endsWith('.permissionset-meta.xml')) {
            found.push(full);
        }
    }
}

const loaded = new Map<string, PermissionSetDefinition[]>();

/** The project's permission sets, in file-name order; parsed once per set of package directories. */
export function loadPermissionSets(packageDirs: string[]): PermissionSetDefinition[] {
    const key = packageDirs.join('\0');
    let sets = loaded.get(key);
    if (!sets) {
        const files: string[] = [];
        for (const dir of packageDirs) {
            findPermissionSetFiles(dir, files);
        }
        files.sort((a, b) => path.basename(a).localeCompare(path.basename(b)));
        sets = files.map((file) =>
            parsePermissionSet(
                path.basename(file).replace('.permissionset-meta.xml', ''),
                fs.readFileSync(file, 'utf8')
            )
        );
        loaded.set(key, sets);
    }
    return sets;
}

/** Not writable whatever the permissions: formulas, roll-ups, auto numbers and the platform's audit fields. */
export function isComputedField(field: SObjectFieldInfo): boolean {
    return (
        field.isCalculated ||
        field.formula !== null ||
        field.metadataType.toLowerCase() === 'autonumber' ||
        SYSTEM_FIELDS.has(field.name.toLowerCase())
    );
}

/** One user's effective access: a profile baseline plus the permission sets assigned to them. */
export class UserAccess {
    constructor(
        readonly profileName: string,
        readonly permissionSets: PermissionSetDefinition[]
    ) {}

    get modifyAllData(): boolean {
        return this.profileName === PROFILE_ADMIN;
    }

    private baseline(object: SObjectInfo): ObjectPermissions {
        const key = object.name.toLowerCase();
        if (this.modifyAllData) {
            return ALL;
        }
        if (STANDARD_USER_CRUD.has(key)) {
            return this.profileName === PROFILE_STANDARD
                ? { ...ALL, viewAll: false, modifyAll: false }
                : { ...NONE, read: true };
        }
        return READABLE_BY_ALL.has(key) ? { ...NONE, read: true } : NONE;
    }

    object(object: SObjectInfo): ObjectPermissions {
        const result = { ...this.baseline(object) };
        const key = object.name.toLowerCase();
        for (const set of this.permissionSets) {
            const granted = set.objects.get(key);
            if (granted) {
                result.read ||= granted.read || granted.edit || granted.viewAll || granted.modifyAll;
                result.create ||= granted.create || granted.modifyAll;
                result.edit ||= granted.edit || granted.modifyAll;
                result.delete ||= granted.delete || granted.modifyAll;
                result.viewAll ||= granted.viewAll || granted.modifyAll;
                result.modifyAll ||= granted.modifyAll;
            }
        }
        return result;
    }

    /**
     * Field-level security, ignoring whether the field is computed (describe and DML add that). A user who cannot
     * read the object reads none of its fields.
     */
    field(object: SObjectInfo, field: SObjectFieldInfo): FieldPermissions {
        const objectPerms = this.object(object);
        if (!objectPerms.read) {
            return { readable: false, editable: false };
        }
        const canWriteObject = objectPerms.create || objectPerms.edit;
        if (this.modifyAllData || !field.isCustom || field.required) {
            return { readable: true, editable: canWriteObject };
        }
        const key = `${object.name}.${field.name}`.toLowerCase();
        let readable = false;
        let editable = false;
        for (const set of this.permissionSets) {
            const granted = set.fields.get(key);
            readable ||= granted?.readable ?? false;
            editable ||= granted?.editable ?? false;
        }
        return { readable, editable: editable && canWriteObject };
    }

    /** Whether the user may run the Apex class (classAccesses); admins may run every class. */
    canRunClass(name: string): boolean {
        return this.modifyAllData || this.permissionSets.some((s) => s.classes.has(name.toLowerCase()));
    }
}
