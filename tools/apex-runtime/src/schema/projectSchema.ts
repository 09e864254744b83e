/**
 * A SchemaProvider built from the standard object table plus the project's object and field metadata
 * (`force-app/**\/objects/<Object>/fields/*.field-meta.xml`). Objects named with a custom suffix but not declared
 * anywhere are still SObject types, with only the system fields known.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
    customKeyPrefix,
    makeField,
    SOBJECT_SUFFIXES,
    type PicklistEntryInfo,
    type SchemaProvider,
    type SObjectFieldInfo,
    type SObjectInfo
} from './schema';
import { jarOnlyObject, standardObjects } from './standardObjects';
import { decodeXml, tag } from './metadataXml';

/** The `<value>` (inline) or `<customValue>` (global value set) entries of a value set: name, label, default. */
function picklistEntries(xml: string, element: 'value' | 'customValue'): PicklistEntryInfo[] {
    const entries: PicklistEntryInfo[] = [];
    const pattern = new RegExp(`<${element}>([\\s\\S]*?)</${element}>`, 'g');
    for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
        const value = decodeXml((tag(m[1], 'fullName') ?? '').trim());
        const label = tag(m[1], 'label');
        entries.push({
            value,
            label: label === null ? value : decodeXml(label.trim()),
            isDefault: tag(m[1], 'default') === 'true'
        });
    }
    return entries;
}

/** Global value sets by lower-case name: `HealthBand` -> its entries. */
export type GlobalValueSets = Map<string, PicklistEntryInfo[]>;

const CALCULATED_TYPES = new Set(['summary', 'autonumber']);

function fieldFromXml(fileName: string, xml: string, valueSets: GlobalValueSets): SObjectFieldInfo {
    const name = tag(xml, 'fullName') ?? fileName;
    const metadataType = tag(xml, 'type') ?? 'Text';
    const valueSet = tag(xml, 'valueSet') ?? '';
    const valueSetName = tag(valueSet, 'valueSetName');
    const constraint = tag(xml, 'deleteConstraint');
    const formula = tag(xml, 'formula');
    const summaryOperation = tag(xml, 'summaryOperation');
    const num = (n: string): number | null => {
        const v = tag(xml, n);
        return v === null ? null : Number(v);
    };
    const reference = tag(xml, 'referenceTo');
    const definition = tag(valueSet, 'valueSetDefinition');
    const entries = valueSetName
        ? (valueSets.get(valueSetName.toLowerCase()) ?? [])
        : definition
          ? picklistEntries(definition, 'value')
          : [];
    return makeField(name, metadataType, {
        referenceTo: reference ? [reference] : [],
        relationshipName: tag(xml, 'relationshipName'),
        required: tag(xml, 'required') === 'true' || metadataType === 'MasterDetail',
        scale: num('scale'),
        precision: num('precision'),
        length: num('length'),
        isExternalId: tag(xml, 'externalId') === 'true',
        isUnique: tag(xml, 'unique') === 'true',
        picklistValues: entries.map((entry) => entry.value),
        picklistEntries: entries,
        label: tag(xml, 'label') ?? name,
        formula,
        restricted: valueSetName !== null || tag(valueSet, 'restricted') === 'true',
        defaultValue: tag(xml, 'defaultValue'),
        deleteConstraint:
            metadataType === 'MasterDetail'
                ? 'Cascade'
                : constraint === 'Restrict' || constraint === 'Cascade'
                  ? constraint
                  : metadataType === 'Lookup'
                    ? 'SetNull'
                    : null,
        isCalculated: formula !== null || CALCULATED_TYPES.has(metadataType.toLowerCase()),
        summary: summaryOperation
            ? {
                  operation: summaryOperation,
                  foreignKey: tag(xml, 'summaryForeignKey') ?? '',
                  summarizedField: tag(xml, 'summarizedField')
              }
            : null
    });
}

function walkMetadataDirs(root: string, found: string[], folder: string): void {
    let entries: fs.Dirent[];
    try {
        entries = fs.readdirSync(root, { withFileTypes: true });
    } catch {
        return;
    }
    for (const entry of entries) {
        if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) {
            continue;
        }
        const full = path.join(root, entry.name);
        if (entry.name === folder) {
            for (const item of fs.readdirSync(full, { withFileTypes: true })) {
                found.push(path.join(full, item.name));
            }
        } else {
            walkMetadataDirs(full, found, folder);
        }
    }
}

function customObjectBase(name: string, objectXml: string | null): SObjectInfo {
    const lower = name.toLowerCase();
    const fields = new Map<string, SObjectFieldInfo>();
    const add = (f: SObjectFieldInfo): void => void fields.set(f.name.toLowerCase(), f);
    add(makeField('Id', 'Id', { isCustom: false }));
    if (lower.endsWith('__mdt')) {
        for (const f of ['DeveloperName', 'MasterLabel', 'Label', 'QualifiedApiName', 'NamespacePrefix', 'Language']) {
            add(makeField(f, 'Text', { isCustom: false }));
        }
    } else {
        const nameType = objectXml ? (tag(tag(objectXml, 'nameField') ?? '', 'type') ?? 'Text') : 'Text';
        add(makeField('Name', nameType, { isCustom: false }));
        for (const [f, type] of [
            ['IsDeleted', 'Checkbox'],
            ['CreatedDate', 'DateTime'],
            ['CreatedById', 'Lookup'],
            ['LastModifiedDate', 'DateTime'],
            ['LastModifiedById', 'Lookup'],
            ['SystemModstamp', 'DateTime'],
            ['OwnerId', 'Lookup']
        ]) {
            add(makeField(f, type, { isCustom: false, referenceTo: type === 'Lookup' ? ['User'] : [] }));
        }
    }
    const label = objectXml ? (tag(objectXml, 'label') ?? name) : name;
    return { name, label, keyPrefix: customKeyPrefix(name), isCustom: true, fields };
}

/** The platform's child relationship names for standard lookups (`Contact.AccountId` is `Account.Contacts`). */
const STANDARD_CHILD_RELATIONSHIPS: Record<string, string> = {
    'Contact.AccountId': 'Contacts',
    'Opportunity.AccountId': 'Opportunities',
    'Case.AccountId': 'Cases',
    'Case.ContactId': 'Cases',
    'Account.ParentId': 'ChildAccounts',
    'Task.WhatId': 'Tasks',
    'Task.WhoId': 'Tasks',
    'Event.WhatId': 'Events',
    'Event.WhoId': 'Events',
    'Contract.AccountId': 'Contracts',
    'Order.AccountId': 'Orders',
    'Asset.AccountId': 'Assets',
    'OpportunityLineItem.OpportunityId': 'OpportunityLineItems',
    'OpportunityContactRole.OpportunityId': 'OpportunityContactRoles',
    'OpportunityContactRole.ContactId': 'OpportunityContactRoles',
    'AccountContactRelation.AccountId': 'AccountContactRelations',
    'AccountContactRelation.ContactId': 'AccountContactRelations',
    'PermissionSetAssignment.AssigneeId': 'PermissionSetAssignments',
    'PermissionSetAssignment.PermissionSetId': 'Assignments',
    'CaseComment.ParentId': 'CaseComments',
    'EmailMessage.ParentId': 'EmailMessages',
    'ContentDocumentLink.LinkedEntityId': 'ContentDocumentLinks'
};

export class ProjectSchema implements SchemaProvider {
    private readonly objects = new Map<string, SObjectInfo>();
    private readonly byPrefix = new Map<string, SObjectInfo>();

    private readonly valueSets: GlobalValueSets;

    constructor(objectDirs: string[] = [], valueSets: GlobalValueSets = new Map()) {
        this.valueSets = valueSets;
        for (const obj of standardObjects()) {
            this.add(obj);
        }
        for (const dir of objectDirs) {
            this.loadObjectDir(dir);
        }
        this.linkChildRelationships();
    }

    /** Reads every `objects/` and `globalValueSets/` folder under the given package directories. */
    static fromPackageDirs(dirs: string[]): ProjectSchema {
        const objectDirs: string[] = [];
        const valueSetFiles: string[] = [];
        for (const dir of dirs) {
            walkMetadataDirs(dir, objectDirs, 'objects');
            walkMetadataDirs(dir, valueSetFiles, 'globalValueSets');
        }
        const valueSets: GlobalValueSets = new Map();
        for (const file of valueSetFiles) {
            if (file.endsWith('.globalValueSet-meta.xml')) {
                const name = path.basename(file).replace('.globalValueSet-meta.xml', '');
                valueSets.set(name.toLowerCase(), picklistEntries(fs.readFileSync(file, 'utf8'), 'customValue'));
            }
        }
        return new ProjectSchema(
            objectDirs.filter((d) => fs.statSync(d).isDirectory()),
            valueSets
        );
    }

    /** Global value sets by lower-case name. */
    globalValueSet(name: string): string[] | undefined {
        return this.valueSets.get(name.toLowerCase())?.map((entry) => entry.value);
    }

    /**
     * Every lookup with a relationship name becomes a child relationship on its parent: a custom field's is its
     * relationshipName plus `__r`; a standard field's is the platform's plural name from STANDARD_CHILD_RELATIONSHIPS.
     */
    private linkChildRelationships(): void {
        for (const child of this.objects.values()) {
            for (const field of child.fields.values()) {
                if (field.referenceTo.length === 0) {
                    continue;
                }
                const name = field.isCustom
                    ? field.relationshipName
                        ? `${field.relationshipName}__r`
                        : null
                    : (STANDARD_CHILD_RELATIONSHIPS[`${child.name}.${field.name}`] ?? null);
                if (!name) {
                    continue;
                }
                for (const parentName of field.referenceTo) {
                    const parent = this.objects.get(parentName.toLowerCase());
                    if (parent) {
                        parent.childRelationships ??= new Map();
                        parent.childRelationships.set(name.toLowerCase(), {
                            name,
                            childObject: child.name,
                            field: field.name
                        });
                    }
                }
            }
        }
    }

    private add(obj: SObjectInfo): void {
        this.objects.set(obj.name.toLowerCase(), obj);
        this.byPrefix.set(obj.keyPrefix, obj);
    }

    /** Objects the project's metadata declares (an `objects/<Name>` folder), as opposed to names made up on use. */
    private readonly declared = new Set<string>();

    /** Whether the project's metadata declares this custom object or custom metadata type. */
    isDeclared(name: string): boolean {
        return this.declared.has(name.toLowerCase());
    }

    private loadObjectDir(dir: string): void {
        const name = path.basename(dir);
        this.declared.add(name.toLowerCase());
        let obj = this.objects.get(name.toLowerCase());
        if (!obj) {
            const objectFile = path.join(dir, `${name}.object-meta.xml`);
            const xml = fs.existsSync(objectFile) ? fs.readFileSync(objectFile, 'utf8') : null;
            obj = customObjectBase(name, xml);
            this.add(obj);
        }
        const fieldsDir = path.join(dir, 'fields');
        if (!fs.existsSync(fieldsDir)) {
            return;
        }
        for (const file of fs.readdirSync(fieldsDir)) {
            if (file.endsWith('.field-meta.xml')) {
                const field = fieldFromXml(
                    file.replace('.field-meta.xml', ''),
                    fs.readFileSync(path.join(fieldsDir, file), 'utf8'),
                    this.valueSets
                );
                obj.fields.set(field.name.toLowerCase(), field);
            }
        }
    }

    getObject(name: string): SObjectInfo | undefined {
        const lower = name.toLowerCase();
        const known = this.objects.get(lower);
        if (known) {
            return known;
        }
        const standard = jarOnlyObject(name);
        if (standard) {
            this.add(standard);
            return standard;
        }
        if (SOBJECT_SUFFIXES.some((suffix) => lower.endsWith(suffix))) {
            const created = customObjectBase(name, null);
            this.add(created);
            return created;
        }
        return undefined;
    }

    getObjectByKeyPrefix(prefix: string): SObjectInfo | undefined {
        return this.byPrefix.get(prefix);
    }

    allObjects(): SObjectInfo[] {
        return [...this.objects.values()];
    }
}
