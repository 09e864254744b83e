/**
 * Standard objects and their fields for API 65, read from the SObject definitions that apex-ls ships
 * (`sobject-types-65.0.0.jar` in @salesforce/code-analyzer-pmd-engine): one Java class per object, one public
 * field per SObject field, lookup or child relationship. This is a maintained source, unlike a hand-kept list.
 *
 * The jar is read directly (zip central directory + class file field table) so that no Java is needed here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

const jarInPackage = path.join(
    '@salesforce',
    'code-analyzer-pmd-engine',
    'dist',
    'java-lib',
    'sobject-types-65.0.0.jar'
);

/** The jar in the nearest node_modules above this file (the repository's, whether run from src or build). */
function findJar(): string {
    for (let dir = __dirname; ; dir = path.dirname(dir)) {
        const candidate = path.join(dir, 'node_modules', jarInPackage);
        if (fs.existsSync(candidate) || path.dirname(dir) === dir) {
            return candidate;
        }
    }
}

export const sobjectTypesJar = findJar();

const classFolder = 'com/nawforce/runforce/SObjects/';

/** SObject-typed members that are compound fields (BillingAddress), not relationships. */
const compoundFieldTypes = new Set(['Address', 'Location']);

export interface StandardObject {
    name: string;
    /** Lower-case field name → the field's API name (scalar and compound fields, including lookup Ids). */
    fields: Map<string, string>;
    /** Lower-case field name → its Apex type as apex-ls declares it: `String`, `Decimal`, `Id`, `Address`... */
    fieldTypes: Map<string, string>;
    /** Lower-case relationship name (Owner, Account) → the object it points to. */
    relationships: Map<string, string>;
    /** Lower-case child relationship name (Opportunities) → the child object. */
    childRelationships: Map<string, string>;
}

interface ZipEntry {
    method: number;
    compressedSize: number;
    localHeaderOffset: number;
}

/** The entries of a zip file by name, from its central directory (jars here are small: no zip64). */
function readZipDirectory(zip: Buffer): Map<string, ZipEntry> {
    const endSignature = 0x06054b50;
    let end = zip.length - 22;
    while (end >= 0 && zip.readUInt32LE(end) !== endSignature) {
        end--;
    }
    if (end < 0) {
        throw new Error('not a zip file (no end of central directory)');
    }
    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    const entries = new Map<string, ZipEntry>();
    for (let index = 0; index < count; index++) {
        if (zip.readUInt32LE(offset) !== 0x02014b50) {
            throw new Error(`bad central directory entry at ${offset}`);
        }
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
        entries.set(name, {
            method: zip.readUInt16LE(offset + 10),
            compressedSize: zip.readUInt32LE(offset + 20),
            localHeaderOffset: zip.readUInt32LE(offset + 42)
        });
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

function readZipEntry(zip: Buffer, entry: ZipEntry): Buffer {
    const header = entry.localHeaderOffset;
    const dataStart = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
    const data = zip.subarray(dataStart, dataStart + entry.compressedSize);
    if (entry.method === 0) {
        return data;
    }
    if (entry.method === 8) {
        return zlib.inflateRawSync(data);
    }
    throw new Error(`unsupported zip compression method ${entry.method}`);
}

interface ClassField {
    name: string;
    descriptor: string;
    isStatic: boolean;
}

/** The fields of a Java class file (JVM spec §4): walk the constant pool, skip the header, read the field table. */
function readClassFields(bytes: Buffer): ClassField[] {
    if (bytes.readUInt32BE(0) !== 0xcafebabe) {
        throw new Error('not a class file');
    }
    const poolCount = bytes.readUInt16BE(8);
    const utf8 = new Map<number, string>();
    let offset = 10;
    for (let index = 1; index < poolCount; index++) {
        const tag = bytes[offset];
        offset++;
        switch (tag) {
            case 1: {
                const length = bytes.readUInt16BE(offset);
                utf8.set(index, bytes.toString('utf8', offset + 2, offset + 2 + length));
                offset += 2 + length;
                break;
            }
            case 7: // Class
            case 8: // String
            case 16: // MethodType
            case 19: // Module
            case 20: // Package
                offset += 2;
                break;
            case 15: // MethodHandle
                offset += 3;
                break;
            case 3: // Integer
            case 4: // Float
            case 9: // Fieldref
            case 10: // Methodref
            case 11: // InterfaceMethodref
            case 12: // NameAndType
            case 17: // Dynamic
            case 18: // InvokeDynamic
                offset += 4;
                break;
            case 5: // Long and Double take two pool slots
            case 6:
                offset += 8;
                index++;
                break;
            default:
                throw new Error(`unknown constant pool tag ${tag}`);
        }
    }
    offset += 6; // access flags, this class, super class
    const interfaceCount = bytes.readUInt16BE(offset);
    offset += 2 + 2 * interfaceCount;
    const fieldCount = bytes.readUInt16BE(offset);
    offset += 2;
    const fields: ClassField[] = [];
    for (let index = 0; index < fieldCount; index++) {
        const accessFlags = bytes.readUInt16BE(offset);
        fields.push({
            name: utf8.get(bytes.readUInt16BE(offset + 2)) ?? '',
            descriptor: utf8.get(bytes.readUInt16BE(offset + 4)) ?? '',
            isStatic: (accessFlags & 0x0008) !== 0
        });
        const attributeCount = bytes.readUInt16BE(offset + 6);
        offset += 8;
        for (let attribute = 0; attribute < attributeCount; attribute++) {
            offset += 6 + bytes.readUInt32BE(offset + 2);
        }
    }
    return fields;
}

/** `Lcom/nawforce/runforce/SObjects/User;` → `User`; anything else (System.String, ...) → undefined. */
function sobjectOf(descriptor: string): string | undefined {
    const match = /^L(.*);$/.exec(descriptor);
    return match?.[1].startsWith(classFolder) ? match[1].slice(classFolder.length) : undefined;
}

/** Standard objects by name, parsed from the jar on first use. */
export class StandardObjectCatalog {
    private readonly zip: Buffer;
    /** Lower-case object name → its class entry. */
    private readonly classes = new Map<string, { name: string; entry: ZipEntry }>();
    private readonly parsed = new Map<string, StandardObject>();

    constructor(jarFile: string = sobjectTypesJar) {
        this.zip = fs.readFileSync(jarFile);
        for (const [name, entry] of readZipDirectory(this.zip)) {
            const match = /^com\/nawforce\/runforce\/SObjects\/([A-Za-z0-9_]+)\.class$/.exec(name);
            if (match) {
                this.classes.set(match[1].toLowerCase(), { name: match[1], entry });
            }
        }
    }

    /** How many standard objects the jar defines (a sanity check that it was read at all). */
    get size(): number {
        return this.classes.size;
    }

    get(objectName: string): StandardObject | undefined {
        const key = objectName.toLowerCase();
        const known = this.parsed.get(key);
        if (known) {
            return known;
        }
        const found = this.classes.get(key);
        if (!found) {
            return undefined;
        }
        const object: StandardObject = {
            name: found.name,
            fields: new Map(),
            fieldTypes: new Map(),
            relationships: new Map(),
            childRelationships: new Map()
        };
        for (const field of readClassFields(readZipEntry(this.zip, found.entry))) {
            if (field.isStatic) {
                continue; // SObjectType and Fields: Apex statics, not SObject fields
            }
            const lower = field.name.toLowerCase();
            if (field.descriptor.startsWith('[')) {
                const child = sobjectOf(field.descriptor.slice(1));
                if (child) {
                    object.childRelationships.set(lower, child);
                }
                continue;
            }
            const target = sobjectOf(field.descriptor);
            if (target && !compoundFieldTypes.has(target)) {
                object.relationships.set(lower, target);
            } else {
                object.fields.set(lower, field.name);
                object.fieldTypes.set(lower, /([A-Za-z0-9_]+);$/.exec(field.descriptor)?.[1] ?? 'Object');
            }
        }
        this.parsed.set(key, object);
        return object;
    }
}
