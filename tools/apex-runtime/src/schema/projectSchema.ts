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
    type SchemaProvider,
    type SObjectFieldInfo,
    type SObjectInfo
} from './schema';
import { standardObjects } from './standardObjects';
import { decodeXml, tag } from './metadataXml';

function picklistValues(xml: string): string[] {
    const definition = tag(xml, 'valueSetDefinition');
    if (!definition) {
        return [];
    }
    const values: string[] = [];
    const pattern = /<value>\s*<fullName>([\s\S]*?)<\/fullName>/g;
    for (let m = pattern.exec(definition); m; m = pattern.exec(definition)) {
        values.push(decodeXml(m[1].trim()));
    }
    return values;
}

function fieldFromXml(fileName: string, xml: string): SObjectFieldInfo {
    const name = tag(xml, 'fullName') ?? fileName;
    const metadataType = tag(xml, 'type') ?? 'Text';
    const num = (n: string): number | null => {
        const v = tag(xml, n);
        return v === null ? null : Number(v);
    };
    const reference = tag(xml, 'referenceTo');
    return makeField(name, metadataType, {
        referenceTo: reference ? [reference] : [],
        relationshipName: tag(xml, 'relationshipName'),
        required: tag(xml, 'required') === 'true' || metadataType === 'MasterDetail',
        scale: num('scale'),
        precision: num('precision'),
        length: num('length'),
        isExternalId: tag(xml, 'externalId') === 'true',
        isUnique: tag(xml, 'unique') === 'true',
        picklistValues: picklistValues(xml),
        label: tag(xml, 'label') ?? name,
        formula: tag(xml, 'formula')
    });
}

function walkObjectDirs(root: string, found: string[]): void {
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
        if (entry.name === 'objects') {
            for (const obj of fs.readdirSync(full, { withFileTypes: true })) {
                if (obj.isDirectory()) {
                    found.push(path.join(full, obj.name));
                }
            }
        } else {
            walkObjectDirs(full, found);
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

export class ProjectSchema implements SchemaProvider {
    private readonly objects = new Map<string, SObjectInfo>();
    private readonly byPrefix = new Map<string, SObjectInfo>();

    constructor(objectDirs: string[] = []) {
        for (const obj of standardObjects()) {
            this.add(obj);
        }
        for (const dir of objectDirs) {
            this.loadObjectDir(dir);
        }
    }

    /** Reads every `objects/` folder under the given package directories. */
    static fromPackageDirs(dirs: string[]): ProjectSchema {
        const found: string[] = [];
        dirs.forEach((d) => walkObjectDirs(d, found));
        return new ProjectSchema(found);
    }

    private add(obj: SObjectInfo): void {
        this.objects.set(obj.name.toLowerCase(), obj);
        this.byPrefix.set(obj.keyPrefix, obj);
    }

    private loadObjectDir(dir: string): void {
        const name = path.basename(dir);
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
                    fs.readFileSync(path.join(fieldsDir, file), 'utf8')
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
