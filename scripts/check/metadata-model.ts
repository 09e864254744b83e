/**
 * The project's object model as metadata-xref needs it: every object and field in the source folders (custom
 * objects, and standard objects carrying Lodestar's fields), global value sets, and the names of the other
 * components metadata can point at (classes, tabs, apps, LWC bundles, flexipages, record types, CMDT records).
 * Standard objects and their standard fields come from the apex-ls SObject definitions (standard-objects.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { listFiles } from '../lib/paths';
import { StandardObjectCatalog, type StandardObject } from './standard-objects';

/** A parsed XML element: every child element is an array (uniform walking), leaves are strings. */
export type XmlNode = { [tag: string]: unknown };

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute
});

/** The root element of an XML file (the first element that is not the declaration); throws on malformed XML. */
export function readXmlRoot(file: string): XmlNode {
    const source = fs.readFileSync(file, 'utf8');
    const validation = XMLValidator.validate(source);
    if (validation !== true) {
        throw new Error(`malformed XML at line ${validation.err.line}: ${validation.err.msg} (see the xml check)`);
    }
    const document = parser.parse(source) as XmlNode;
    const rootTag = Object.keys(document).find((key) => key !== '?xml' && !key.startsWith('@'));
    return rootTag ? (children(document, rootTag)[0] ?? {}) : {};
}

export function children(node: XmlNode | undefined, tag: string): XmlNode[] {
    const value = node?.[tag];
    return Array.isArray(value)
        ? value.map((item: unknown) => (typeof item === 'object' && item ? (item as XmlNode) : {}))
        : [];
}

/** The text of each `<tag>` child (an element with attributes keeps its text in `#text`). */
export function texts(node: XmlNode | undefined, tag: string): string[] {
    const value = node?.[tag];
    if (!Array.isArray(value)) {
        return [];
    }
    return value.map((item: unknown) => {
        if (typeof item === 'string') {
            return item.trim();
        }
        const inner = (item as XmlNode | null)?.['#text'];
        return (Array.isArray(inner) ? String(inner[0] ?? '') : String(inner ?? '')).trim();
    });
}

export function text(node: XmlNode | undefined, tag: string): string | undefined {
    return texts(node, tag)[0];
}

export interface FieldInfo {
    object: string;
    name: string;
    file: string;
    type: string;
    required: boolean;
    /** Formula, roll-up summary and auto number fields are computed by the platform: never editable. */
    computed: boolean;
    referenceTo?: string;
    relationshipName?: string;
    valueSetName?: string;
    controllingField?: string;
    /** Picklist values defined on the field itself (`valueSetDefinition`). */
    values: string[];
    valueSettings: { controllingFieldValues: string[]; valueName: string }[];
    length?: number;
    precision?: number;
    scale?: number;
}

export interface ObjectInfo {
    name: string;
    /** The `.object-meta.xml`, when the source defines the object (custom objects, CMDT types). */
    file?: string;
    /** The folder holding its fields, list views and compact layouts (first one found). */
    folder: string;
    fields: Map<string, FieldInfo>;
    recordTypes: Set<string>;
}

/**
 * Standard fields every custom object has, by kind. apex-ls defines standard objects only, so these are
 * listed by hand, from the Object Reference ("System Fields" and "Custom Metadata Types").
 */
const customObjectSystemFields = [
    'Id',
    'Name',
    'CreatedDate',
    'CreatedById',
    'LastModifiedDate',
    'LastModifiedById',
    'SystemModstamp',
    'IsDeleted',
    'LastActivityDate',
    'LastViewedDate',
    'LastReferencedDate',
    'RecordTypeId'
];
/** Only objects that are not the detail side of a master-detail have an owner. */
const ownedObjectFields = ['OwnerId'];
const customMetadataSystemFields = [
    'Id',
    'DeveloperName',
    'MasterLabel',
    'Label',
    'Language',
    'NamespacePrefix',
    'QualifiedApiName',
    'SystemModstamp'
];
const platformEventSystemFields = ['ReplayId', 'CreatedDate', 'CreatedById', 'EventUuid'];

/** Name suffixes of objects a project defines itself (anything else must be a standard object). */
export function isCustomObjectName(name: string): boolean {
    return /__(c|mdt|e|b|x|kav)$/i.test(name);
}

function numberOrUndefined(value: string | undefined): number | undefined {
    return value === undefined || value === '' ? undefined : Number(value);
}

function readField(object: string, file: string): FieldInfo {
    const field = readXmlRoot(file);
    const valueSet = children(field, 'valueSet')[0];
    const definition = children(valueSet, 'valueSetDefinition')[0];
    const type = text(field, 'type') ?? '';
    return {
        object,
        name: path.basename(file, '.field-meta.xml'),
        file,
        type,
        required: text(field, 'required') === 'true',
        computed: text(field, 'formula') !== undefined || type === 'Summary' || type === 'AutoNumber',
        referenceTo: text(field, 'referenceTo'),
        relationshipName: text(field, 'relationshipName'),
        valueSetName: text(valueSet, 'valueSetName'),
        controllingField: text(valueSet, 'controllingField'),
        values: children(definition, 'value').map((value) => text(value, 'fullName') ?? ''),
        valueSettings: children(valueSet, 'valueSettings').map((setting) => ({
            controllingFieldValues: texts(setting, 'controllingFieldValue'),
            valueName: text(setting, 'valueName') ?? ''
        })),
        length: numberOrUndefined(text(field, 'length')),
        precision: numberOrUndefined(text(field, 'precision')),
        scale: numberOrUndefined(text(field, 'scale'))
    };
}

/** The `objects/<Object>` folder a file sits in, and the object's name. */
function objectFolderOf(file: string): { folder: string; name: string } | undefined {
    const parts = file.split(path.sep);
    const index = parts.lastIndexOf('objects');
    if (index < 0 || index + 1 >= parts.length - 1) {
        return undefined;
    }
    return { folder: parts.slice(0, index + 2).join(path.sep), name: parts[index + 1] };
}

/** Component names of one metadata suffix, e.g. every `*.cls` → class names. */
function namesOf(files: string[], suffix: string): Set<string> {
    return new Set(files.filter((file) => file.endsWith(suffix)).map((file) => path.basename(file, suffix)));
}

export class MetadataModel {
    readonly objects = new Map<string, ObjectInfo>();
    readonly globalValueSets = new Map<string, { file: string; values: string[] }>();
    readonly classes: Set<string>;
    readonly tabs: Set<string>;
    readonly applications: Set<string>;
    readonly flexipages: Set<string>;
    readonly lwcBundles: Set<string>;
    /** `Type.Record` (type without `__mdt`) of every Custom Metadata record. */
    readonly customMetadataRecords: Set<string>;
    readonly files: string[];
    /** Files the model could not read (malformed XML), each with the reason. */
    readonly unreadable: { file: string; message: string }[] = [];

    constructor(
        dirs: string[],
        readonly standard: StandardObjectCatalog
    ) {
        this.files = dirs.flatMap((dir) => listFiles(dir, ['-meta.xml', '.cls', '.trigger']));
        for (const file of this.files) {
            const owner = objectFolderOf(file);
            if (!owner) {
                continue;
            }
            const object = this.objectEntry(owner.name, owner.folder);
            if (file.endsWith('.object-meta.xml') && path.dirname(file) === owner.folder) {
                object.file = file;
            } else if (file.endsWith('.field-meta.xml')) {
                const field = this.readable(file, () => readField(object.name, file));
                if (field) {
                    object.fields.set(field.name.toLowerCase(), field);
                }
            } else if (file.endsWith('.recordType-meta.xml')) {
                object.recordTypes.add(path.basename(file, '.recordType-meta.xml'));
            }
        }
        for (const file of this.files.filter((candidate) => candidate.endsWith('.globalValueSet-meta.xml'))) {
            const root = this.readable(file, () => readXmlRoot(file));
            const values = children(root, 'customValue').map((value) => text(value, 'fullName') ?? '');
            this.globalValueSets.set(path.basename(file, '.globalValueSet-meta.xml'), { file, values });
        }
        this.classes = namesOf(this.files, '.cls');
        this.tabs = namesOf(this.files, '.tab-meta.xml');
        this.applications = namesOf(this.files, '.app-meta.xml');
        this.flexipages = namesOf(this.files, '.flexipage-meta.xml');
        this.customMetadataRecords = namesOf(this.files, '.md-meta.xml');
        this.lwcBundles = new Set(
            this.files
                .filter(
                    (file) => file.endsWith('.js-meta.xml') && path.basename(path.dirname(path.dirname(file))) === 'lwc'
                )
                .map((file) => path.basename(file, '.js-meta.xml'))
        );
    }

    /** Runs `read` on one file; a malformed file is recorded as unreadable instead of stopping the whole model. */
    readable<T>(file: string, read: () => T): T | undefined {
        try {
            return read();
        } catch (error) {
            this.unreadable.push({ file, message: error instanceof Error ? error.message : String(error) });
            return undefined;
        }
    }

    private objectEntry(name: string, folder: string): ObjectInfo {
        const key = name.toLowerCase();
        let object = this.objects.get(key);
        if (!object) {
            object = { name, folder, fields: new Map(), recordTypes: new Set() };
            this.objects.set(key, object);
        }
        return object;
    }

    /** The object's canonical name when it exists (in source, or as a standard object), else undefined. */
    objectName(name: string): string | undefined {
        if (!isCustomObjectName(name)) {
            return this.standard.get(name)?.name;
        }
        const custom = this.objects.get(name.toLowerCase());
        return custom?.file ? custom.name : undefined;
    }

    private standardObject(name: string): StandardObject | undefined {
        return isCustomObjectName(name) ? undefined : this.standard.get(name);
    }

    customField(object: string, field: string): FieldInfo | undefined {
        return this.objects.get(object.toLowerCase())?.fields.get(field.toLowerCase());
    }

    /** The platform's own fields of a custom object: system fields, plus the owner unless it is a detail. */
    private systemFields(object: string): string[] {
        if (/__mdt$/i.test(object)) {
            return customMetadataSystemFields;
        }
        if (/__e$/i.test(object)) {
            return platformEventSystemFields;
        }
        const isDetail = [...(this.objects.get(object.toLowerCase())?.fields.values() ?? [])].some(
            (field) => field.type === 'MasterDetail'
        );
        return isDetail ? customObjectSystemFields : [...customObjectSystemFields, ...ownedObjectFields];
    }

    hasField(object: string, field: string): boolean {
        if (this.customField(object, field)) {
            return true;
        }
        const standard = this.standardObject(object);
        if (standard) {
            return standard.fields.has(field.toLowerCase());
        }
        return (
            isCustomObjectName(object) &&
            this.systemFields(object).some((name) => name.toLowerCase() === field.toLowerCase())
        );
    }

    /** The object a lookup relationship (Owner, Account__r) or lookup field (Account__c) of `object` points to. */
    relationshipTarget(object: string, relationship: string): string | undefined {
        const lookupField = relationship.replace(/__r$/i, '__c');
        const custom = this.customField(object, lookupField);
        if (custom?.referenceTo) {
            return custom.referenceTo;
        }
        const standard = this.standardObject(object);
        if (standard) {
            return standard.relationships.get(relationship.toLowerCase());
        }
        if (!isCustomObjectName(object)) {
            return undefined;
        }
        const systemLookups: Record<string, string> = {
            createdby: 'User',
            lastmodifiedby: 'User',
            owner: 'User',
            recordtype: 'RecordType'
        };
        return systemLookups[relationship.toLowerCase()];
    }

    /** The child object behind a child relationship name of `parent` (Opportunities, SuccessPlans__r). */
    childRelationshipTarget(parent: string, relationship: string): string | undefined {
        if (/__r$/i.test(relationship)) {
            const name = relationship.replace(/__r$/i, '').toLowerCase();
            for (const object of this.objects.values()) {
                for (const field of object.fields.values()) {
                    if (
                        field.relationshipName?.toLowerCase() === name &&
                        field.referenceTo?.toLowerCase() === parent.toLowerCase()
                    ) {
                        return object.name;
                    }
                }
            }
            return undefined;
        }
        return this.standardObject(parent)?.childRelationships.get(relationship.toLowerCase());
    }

    /** Picklist values of a field: its own definition, or its global value set's. Undefined when not known here. */
    picklistValues(field: FieldInfo): string[] | undefined {
        if (field.valueSetName) {
            return this.globalValueSets.get(field.valueSetName)?.values;
        }
        return field.values.length > 0 ? field.values : undefined;
    }
}
