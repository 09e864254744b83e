/**
 * Custom Metadata records deployed with the project (`customMetadata/<Type>.<DeveloperName>.md-meta.xml`), for
 * `Type__mdt.getAll()` and `getInstance(name)`, which the platform answers without a SOQL query. As on the
 * platform, a Metadata Relationship field holds the related record's Id (the file holds its developer name), and
 * getAll() leaves the relationship itself unfilled.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ApexType } from '../compile/types';
import { ApexDecimal } from '../values/numeric';
import { ApexDate, ApexDatetime } from '../values/dates';
import { ApexId, checksumSuffix } from '../values/id';
import { SObjectValue } from '../values/sobject';
import type { SchemaProvider, SObjectInfo } from './schema';
import { decodeXml, tag } from './metadataXml';
import { walkSourceFiles } from '../sourceFiles';

interface RawRecord {
    developerName: string;
    label: string;
    values: Array<{ field: string; value: string | null }>;
}

function parseRecord(developerName: string, xml: string): RawRecord {
    const values: RawRecord['values'] = [];
    const pattern = /<values>([\s\S]*?)<\/values>/g;
    for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
        const field = tag(m[1], 'field');
        if (!field) {
            continue;
        }
        const nil = /<value[^>]*xsi:nil="true"/.test(m[1]);
        const value = nil ? null : (/<value[^>]*>([\s\S]*?)<\/value>/.exec(m[1])?.[1] ?? null);
        values.push({ field, value: value === null ? null : decodeXml(value) });
    }
    return { developerName, label: tag(xml, 'label') ?? developerName, values };
}

/** A metadata file's value text as the field's Apex type. */
function fromMetadataText(text: string, type: ApexType): unknown {
    if (type.k !== 'prim') {
        return text;
    }
    switch (type.name) {
        case 'Boolean':
            return text === 'true';
        case 'Decimal':
            return ApexDecimal.parse(text);
        case 'Integer':
            return Number(text) | 0;
        case 'Date':
            return ApexDate.valueOf(text.slice(0, 10));
        case 'Datetime':
            return ApexDatetime.newInstance(Date.parse(text));
        case 'Id':
            return ApexId.parse(text) ?? text;
        default:
            return text;
    }
}

/** A stable 15-character Id for a metadata record: the type's prefix and the record's position. */
function recordId(info: SObjectInfo, index: number): ApexId {
    const prefix = `m${info.keyPrefix.slice(1)}`;
    const base = prefix + String(index + 1).padStart(12, '0');
    return new ApexId(base + checksumSuffix(base));
}

export class CustomMetadataStore {
    /** Raw records by lower-case type API name (`healthmodel__mdt`), in file-name order. */
    private readonly raw = new Map<string, RawRecord[]>();

    constructor(private readonly schema: SchemaProvider) {}

    /** Reads every `customMetadata` folder under the package directories. */
    static fromPackageDirs(schema: SchemaProvider, dirs: string[]): CustomMetadataStore {
        const store = new CustomMetadataStore(schema);
        for (const dir of dirs) {
            walkSourceFiles(dir, (file) => {
                const name = path.basename(file);
                if (name.endsWith('.md-meta.xml') && path.basename(path.dirname(file)) === 'customMetadata') {
                    const [type, ...rest] = name.replace('.md-meta.xml', '').split('.');
                    store.add(`${type}__mdt`, rest.join('.'), fs.readFileSync(file, 'utf8'));
                }
            });
        }
        return store;
    }

    add(typeName: string, developerName: string, xml: string): void {
        const key = typeName.toLowerCase();
        const list = this.raw.get(key) ?? [];
        list.push(parseRecord(developerName, xml));
        this.raw.set(key, list);
    }

    /**
     * A copy for one org: records deployed there (Metadata.Operations.enqueueDeployment) change the copy only,
     * so every test org and every preview org starts from the project's records.
     */
    fork(): CustomMetadataStore {
        const copy = new CustomMetadataStore(this.schema);
        for (const [key, list] of this.raw) {
            copy.raw.set(key, [...list]);
        }
        return copy;
    }

    /** Whether a record of the type (lower-case or canonical API name) has this developer name. */
    has(typeName: string, developerName: string): boolean {
        const name = developerName.toLowerCase();
        return (this.raw.get(typeName.toLowerCase()) ?? []).some((r) => r.developerName.toLowerCase() === name);
    }

    /**
     * Creates a record, or updates one: the values given replace the record's, the others are kept, and a null
     * label keeps the record's label. Values are in metadata-file text form (`true`, `12.5`, a developer name for a
     * Metadata Relationship); null clears the field. The record keeps its position, hence its Id.
     * @returns whether the record was created
     */
    upsert(
        typeName: string,
        developerName: string,
        label: string | null,
        values: Array<{ field: string; value: string | null }>
    ): boolean {
        const key = typeName.toLowerCase();
        const list = this.raw.get(key) ?? [];
        this.raw.set(key, list);
        const index = list.findIndex((r) => r.developerName.toLowerCase() === developerName.toLowerCase());
        const existing = index >= 0 ? list[index] : null;
        const merged = new Map<string, { field: string; value: string | null }>();
        for (const entry of existing?.values ?? []) {
            merged.set(entry.field.toLowerCase(), entry);
        }
        for (const entry of values) {
            merged.set(entry.field.toLowerCase(), entry);
        }
        const record: RawRecord = {
            developerName: existing?.developerName ?? developerName,
            label: label ?? existing?.label ?? developerName,
            values: [...merged.values()]
        };
        if (existing) {
            list[index] = record;
        } else {
            list.push(record);
        }
        return existing === null;
    }

    /** Fresh record objects of one type (callers may change them without affecting later reads). */
    records(info: SObjectInfo): SObjectValue[] {
        const raws = this.raw.get(info.name.toLowerCase()) ?? [];
        return raws.map((raw, index) => {
            const record = new SObjectValue(info);
            record.set('id', 'Id', recordId(info, index));
            record.set('developername', 'DeveloperName', raw.developerName);
            record.set('masterlabel', 'MasterLabel', raw.label);
            record.set('label', 'Label', raw.label);
            record.set('qualifiedapiname', 'QualifiedApiName', raw.developerName);
            for (const { field, value } of raw.values) {
                const lname = field.toLowerCase();
                const def = info.fields.get(lname);
                let converted: unknown = value;
                if (def && value !== null) {
                    if (def.metadataType === 'MetadataRelationship' && def.referenceTo.length === 1) {
                        converted = this.idOf(def.referenceTo[0], value);
                    } else {
                        converted = fromMetadataText(value, def.type);
                    }
                }
                record.set(lname, def?.name ?? field, converted);
            }
            return record;
        });
    }

    /** The Id of the record of `typeName` whose developer (or qualified API) name is `name`. */
    private idOf(typeName: string, name: string): ApexId | string {
        const info = this.schema.getObject(typeName);
        const raws = this.raw.get(typeName.toLowerCase()) ?? [];
        const index = raws.findIndex((r) => r.developerName.toLowerCase() === name.toLowerCase());
        return info && index >= 0 ? recordId(info, index) : name;
    }
}
