/**
 * JSON (Apex Reference: JSON Class): serialize / serializePretty, deserialize / deserializeStrict into a Type,
 * deserializeUntyped, and JSONGenerator. Formats follow the platform: Apex object Datetimes as
 * `2024-01-31T10:00:00.000Z`, SObject Datetime fields as `...000+0000`, SObjects with an `attributes` header,
 * Decimals with their scale, pretty printing in Jackson's default style.
 */
import { T, type ApexType } from '../compile/types';
import type { RClass, RField } from '../compile/model';
import { apexError, nullPointer } from '../runtime/errors';
import type { Frame } from '../runtime/frame';
import { ApexList, ApexMap, ApexSet } from '../values/collections';
import { ApexDate, ApexDatetime, ApexTime } from '../values/dates';
import { isEnumValue, toApexString } from '../values/format';
import { ApexId } from '../values/id';
import { ApexBlob, ApexTypeValue, LibValue } from '../values/misc';
import { ApexDecimal, ApexDouble } from '../values/numeric';
import { ApexObject } from '../values/objects';
import { SObjectValue } from '../values/sobject';
import { formatDouble } from '../values/numberFormat';
import { stringToId } from '../compile/convert';
import { parseJsonText, quoteJson, JsonSyntaxError, type JsonNode } from './jsonText';
import { defineLibType, method } from './registry';
import { LibEnumValue } from '../compile/dynamic';

const JSON_TYPE = defineLibType('System.JSON', 'JSON');
const Generator = defineLibType('System.JSONGenerator', 'JSONGenerator');

/** The output tree: values already rendered as JSON scalars, objects and arrays kept for pretty printing. */
type Out = { k: 'raw'; text: string } | { k: 'array'; items: Out[] } | { k: 'object'; entries: Array<[string, Out]> };

const raw = (text: string): Out => ({ k: 'raw', text });
const pad2 = (n: number): string => String(n).padStart(2, '0');

function datetimeJson(d: ApexDatetime, sobjectStyle: boolean): string {
    const iso = new Date(d.getTime()).toISOString();
    return sobjectStyle ? iso.replace('Z', '+0000') : iso;
}

interface SerializeOptions {
    suppressNulls: boolean;
}

/** The fields JSON.serialize writes for a user object: instance fields and properties, superclass first. */
function serializableFields(cls: RClass): RField[] {
    const chain: RClass[] = [];
    for (let c: RClass | null = cls; c && !c.isBuiltin; c = c.superclass) {
        chain.unshift(c);
    }
    return chain.flatMap((c) => [...c.fields.values()].filter((f) => !f.isStatic && !f.isTransient));
}

function toOut(v: unknown, options: SerializeOptions, f: Frame, inSObject = false): Out {
    if (v === null || v === undefined) {
        return raw('null');
    }
    switch (typeof v) {
        case 'string':
            return raw(quoteJson(v));
        case 'number':
        case 'bigint':
            return raw(String(v));
        case 'boolean':
            return raw(v ? 'true' : 'false');
    }
    if (v instanceof ApexDecimal) {
        return raw(v.toString());
    }
    if (v instanceof ApexDouble) {
        return raw(Number.isFinite(v.v) ? formatDouble(v.v) : quoteJson(formatDouble(v.v)));
    }
    if (v instanceof ApexId) {
        return raw(quoteJson(v.value));
    }
    if (v instanceof ApexDate) {
        return raw(quoteJson(v.toString()));
    }
    if (v instanceof ApexDatetime) {
        return raw(quoteJson(datetimeJson(v, inSObject)));
    }
    if (v instanceof ApexTime) {
        return raw(
            quoteJson(
                `${pad2(v.hour())}:${pad2(v.minute())}:${pad2(v.second())}.${String(v.millisecond()).padStart(3, '0')}Z`
            )
        );
    }
    if (v instanceof ApexBlob) {
        return raw(quoteJson(Buffer.from(v.bytes).toString('base64')));
    }
    if (v instanceof ApexList) {
        return { k: 'array', items: v.items.map((x) => toOut(x, options, f)) };
    }
    if (v instanceof ApexSet) {
        return { k: 'array', items: v.items().map((x) => toOut(x, options, f)) };
    }
    if (v instanceof ApexMap) {
        return {
            k: 'object',
            entries: v.store.keys().map((key) => [toApexString(key), toOut(v.get(key), options, f)])
        };
    }
    if (v instanceof SObjectValue) {
        const attributes: Array<[string, Out]> = [['type', raw(quoteJson(v.info.name))]];
        const id = v.values.get('id');
        if (id instanceof ApexId) {
            attributes.push(['url', raw(quoteJson(`/services/data/v65.0/sobjects/${v.info.name}/${id.value}`))]);
        }
        const entries: Array<[string, Out]> = [['attributes', { k: 'object', entries: attributes }]];
        for (const [lname, value] of v.values) {
            const name = v.names.get(lname) ?? lname;
            // A list on an SObject is a child relationship: it serializes as the REST API's query result.
            entries.push([
                name,
                value instanceof ApexList ? childRecordsOut(value, options, f) : toOut(value, options, f, true)
            ]);
        }
        return { k: 'object', entries };
    }
    if (isEnumValue(v) || v instanceof LibEnumValue) {
        return raw(quoteJson((v as { name: string }).name));
    }
    if (v instanceof ApexObject) {
        const entries: Array<[string, Out]> = [];
        for (const field of serializableFields(v.cls)) {
            const value = field.getter ? f.rt.invoke(field.getter, v, []) : v.fields[field.slot];
            if (value === null && options.suppressNulls) {
                continue;
            }
            entries.push([field.name, toOut(value, options, f)]);
        }
        return { k: 'object', entries };
    }
    if (v instanceof ApexTypeValue) {
        return raw(quoteJson(v.name));
    }
    throw apexError('System.JSONException', `Type unsupported in JSON: ${(v as LibValue).libTypeName ?? typeof v}`);
}

/** `{"totalSize":n,"done":true,"records":[...]}`: the shape in which the platform serializes queried child records. */
function childRecordsOut(records: ApexList, options: SerializeOptions, f: Frame): Out {
    return {
        k: 'object',
        entries: [
            ['totalSize', raw(String(records.items.length))],
            ['done', raw('true')],
            ['records', toOut(records, options, f)]
        ]
    };
}

function compact(out: Out): string {
    switch (out.k) {
        case 'raw':
            return out.text;
        case 'array':
            return `[${out.items.map(compact).join(',')}]`;
        case 'object':
            return `{${out.entries.map(([k, v]) => `${quoteJson(k)}:${compact(v)}`).join(',')}}`;
    }
}

/** Jackson's DefaultPrettyPrinter: objects one field per line indented by two, arrays on one line. */
function pretty(out: Out, indent: string): string {
    switch (out.k) {
        case 'raw':
            return out.text;
        case 'array':
            return out.items.length === 0 ? '[ ]' : `[ ${out.items.map((x) => pretty(x, indent)).join(', ')} ]`;
        case 'object': {
            if (out.entries.length === 0) {
                return '{ }';
            }
            const inner = `${indent}  `;
            const lines = out.entries.map(([k, v]) => `${inner}${quoteJson(k)} : ${pretty(v, inner)}`);
            return `{\n${lines.join(',\n')}\n${indent}}`;
        }
    }
}

export function serializeJson(v: unknown, f: Frame, suppressNulls = false, prettyPrint = false): string {
    const out = toOut(v, { suppressNulls }, f);
    return prettyPrint ? pretty(out, '') : compact(out);
}

// --------------------------------------------------------------------------------------------- deserializing

function jsonError(message: string): never {
    throw apexError('System.JSONException', message);
}

function parse(text: unknown): JsonNode {
    if (text === null) {
        throw nullPointer();
    }
    try {
        return parseJsonText(text as string);
    } catch (error) {
        if (error instanceof JsonSyntaxError) {
            jsonError(error.message);
        }
        throw error;
    }
}

function nodeKind(node: JsonNode): string {
    switch (node.k) {
        case 'object':
            return 'START_OBJECT';
        case 'array':
            return 'START_ARRAY';
        case 'string':
            return 'VALUE_STRING';
        case 'number':
            return node.text.includes('.') || /e/i.test(node.text) ? 'VALUE_NUMBER_FLOAT' : 'VALUE_NUMBER_INT';
        case 'bool':
            return node.value ? 'VALUE_TRUE' : 'VALUE_FALSE';
        case 'null':
            return 'VALUE_NULL';
    }
}

/** The untyped form: Map<String, Object>, List<Object>, String, Integer/Long/Decimal, Boolean, null. */
export function untyped(node: JsonNode): unknown {
    switch (node.k) {
        case 'null':
            return null;
        case 'bool':
            return node.value;
        case 'string':
            return node.value;
        case 'number': {
            if (/^-?\d+$/.test(node.text)) {
                const big = BigInt(node.text);
                if (big >= -2147483648n && big <= 2147483647n) {
                    return Number(big);
                }
                if (big >= -(1n << 63n) && big < 1n << 63n) {
                    return big;
                }
            }
            return ApexDecimal.parse(node.text);
        }
        case 'array':
            return new ApexList(node.items.map(untyped), T.Object);
        case 'object': {
            const map = new ApexMap(T.String, T.Object);
            for (const [k, v] of node.entries) {
                map.put(k, untyped(v));
            }
            return map;
        }
    }
}

function scalarText(node: JsonNode, typeLabel: string): string {
    if (node.k === 'string') {
        return node.value;
    }
    if (node.k === 'number') {
        return node.text;
    }
    return jsonError(`Cannot deserialize instance of ${typeLabel} from ${nodeKind(node)} value`);
}

function numberOf(node: JsonNode, typeLabel: string): string {
    const text = scalarText(node, typeLabel);
    if (!/^\s*-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(text)) {
        jsonError(`Illegal value for primitive ${typeLabel}: '${text}'`);
    }
    return text.trim();
}

function toTyped(node: JsonNode, type: ApexType, strict: boolean, f: Frame): unknown {
    if (node.k === 'null') {
        return null;
    }
    switch (type.k) {
        case 'unknown':
            return untyped(node);
        case 'prim':
            return toPrimitive(node, type.name);
        case 'list':
        case 'set': {
            if (node.k !== 'array') {
                return jsonError(`Malformed JSON: Expected '[' at the beginning of List/Set`);
            }
            const items = node.items.map((item) => toTyped(item, type.of, strict, f));
            if (type.k === 'list') {
                return new ApexList(items, type.of);
            }
            const set = new ApexSet(type.of);
            items.forEach((x) => set.add(x));
            return set;
        }
        case 'map': {
            if (node.k !== 'object') {
                return jsonError(`Malformed JSON: Expected '{' at the beginning of object`);
            }
            const map = new ApexMap(type.key, type.value);
            for (const [k, v] of node.entries) {
                map.put(toTyped({ k: 'string', value: k }, type.key, strict, f), toTyped(v, type.value, strict, f));
            }
            return map;
        }
        case 'sobject':
            return toSObject(node, type, strict, f);
        case 'class':
            return toObject(node, type.cls, strict, f);
        default:
            return jsonError(`Cannot deserialize into ${type.k === 'lib' ? type.name : type.k}`);
    }
}

/** A JSON scalar as a primitive Apex type, as JSON.deserialize converts it (the dataset loader reuses it). */
export function toPrimitive(node: JsonNode, name: string): unknown {
    switch (name) {
        case 'Object':
            return untyped(node);
        case 'String':
            if (node.k === 'string') {
                return node.value;
            }
            if (node.k === 'number') {
                return node.text;
            }
            if (node.k === 'bool') {
                return String(node.value);
            }
            return jsonError(`Cannot deserialize instance of String from ${nodeKind(node)} value`);
        case 'Boolean':
            if (node.k === 'bool') {
                return node.value;
            }
            if (node.k === 'string' && /^(true|false)$/i.test(node.value)) {
                return node.value.toLowerCase() === 'true';
            }
            return jsonError(`Illegal value for primitive Boolean: ${scalarText(node, 'Boolean')}`);
        case 'Integer': {
            const text = numberOf(node, 'Integer');
            const value = Number(text);
            if (!Number.isInteger(value) || value < -2147483648 || value > 2147483647) {
                return jsonError(`Illegal value for primitive Integer: '${text}'`);
            }
            return value;
        }
        case 'Long': {
            const text = numberOf(node, 'Long');
            if (!/^-?\d+$/.test(text)) {
                return jsonError(`Illegal value for primitive Long: '${text}'`);
            }
            return BigInt.asIntN(64, BigInt(text));
        }
        case 'Double':
            return new ApexDouble(Number(numberOf(node, 'Double')));
        case 'Decimal':
            return ApexDecimal.parse(numberOf(node, 'Decimal'));
        case 'Id':
            return stringToId(scalarText(node, 'Id'));
        case 'Date': {
            const text = scalarText(node, 'Date');
            const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
            return m
                ? ApexDate.newInstance(Number(m[1]), Number(m[2]), Number(m[3]))
                : jsonError(`Cannot deserialize Date from '${text}'`);
        }
        case 'Datetime': {
            const text = scalarText(node, 'Datetime');
            const normalised = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
            const ms = Date.parse(/[zZ]|[+-]\d{2}:\d{2}$/.test(normalised) ? normalised : `${normalised}Z`);
            return Number.isNaN(ms)
                ? jsonError(`Cannot deserialize Datetime from '${text}'`)
                : ApexDatetime.newInstance(ms);
        }
        case 'Time': {
            const text = scalarText(node, 'Time');
            const m = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?/.exec(text);
            return m
                ? ApexTime.newInstance(
                      Number(m[1]),
                      Number(m[2]),
                      Number(m[3] ?? 0),
                      Number((m[4] ?? '0').padEnd(3, '0'))
                  )
                : jsonError(`Cannot deserialize Time from '${text}'`);
        }
        case 'Blob':
            return new ApexBlob(new Uint8Array(Buffer.from(scalarText(node, 'Blob'), 'base64')));
    }
    return jsonError(`Cannot deserialize into ${name}`);
}

function toSObject(node: JsonNode, type: ApexType & { k: 'sobject' }, strict: boolean, f: Frame): SObjectValue {
    if (node.k !== 'object') {
        return jsonError(`Malformed JSON: Expected '{' at the beginning of object`);
    }
    let typeName = type.name;
    const attributes = node.entries.find(([k]) => k === 'attributes');
    if (attributes && attributes[1].k === 'object') {
        const declared = attributes[1].entries.find(([k]) => k === 'type');
        if (declared && declared[1].k === 'string') {
            typeName = declared[1].value;
        }
    }
    const info = typeName ? f.rt.program.schema.getObject(typeName) : undefined;
    if (!info) {
        return jsonError(`Unknown SObject type: ${typeName ?? 'SObject'}`);
    }
    const record = new SObjectValue(info);
    for (const [key, value] of node.entries) {
        if (key === 'attributes') {
            continue;
        }
        const lname = key.toLowerCase();
        const field = info.fields.get(lname);
        if (!field && strict && !/__r$/i.test(key)) {
            jsonError(`No such column '${key}' on sobject of type ${info.name}`);
        }
        let converted: unknown;
        if (value.k === 'object' && value.entries.some(([k]) => k === 'records')) {
            const records = value.entries.find(([k]) => k === 'records')![1];
            converted = toTyped(records, { k: 'list', of: T.SObject }, strict, f);
        } else if (value.k === 'object') {
            converted = toTyped(value, T.SObject, strict, f);
        } else {
            converted = toTyped(value, field ? field.type : T.unknown, strict, f);
        }
        record.set(lname, field?.name ?? key, converted);
    }
    return record;
}

function toObject(node: JsonNode, cls: RClass, strict: boolean, f: Frame): unknown {
    if (cls.kind === 'enum') {
        const name = scalarText(node, cls.fullName);
        const value = cls.enumValues.find((e) => e.name.toLowerCase() === name.toLowerCase());
        return value ?? jsonError(`No enum constant ${cls.fullName}.${name}`);
    }
    if (node.k !== 'object') {
        return jsonError(`Malformed JSON: Expected '{' at the beginning of object`);
    }
    if (cls.kind !== 'class' || cls.isAbstract) {
        return jsonError(`Abstract type ${cls.fullName} cannot be deserialized`);
    }
    const ctor = cls.constructors.find((c) => c.params.length === 0);
    const obj = ctor ? f.rt.construct(cls, ctor, []) : allocateWithInits(cls, f);
    const fields = new Map(serializableFields(cls).map((field) => [field.lname, field]));
    for (const [key, value] of node.entries) {
        const field = fields.get(key.toLowerCase());
        if (!field) {
            if (strict) {
                jsonError(`Unknown field: ${cls.fullName}.${key}`);
            }
            continue;
        }
        const converted = toTyped(value, field.type, strict, f);
        if (field.setter) {
            f.rt.invoke(field.setter, obj, [converted]);
        } else {
            obj.fields[field.slot] = converted;
        }
    }
    return obj;
}

function allocateWithInits(cls: RClass, f: Frame): ApexObject {
    const obj = new ApexObject(cls, cls.fieldDefaults.slice());
    const chain: RClass[] = [];
    for (let c: RClass | null = cls; c && !c.isBuiltin; c = c.superclass) {
        chain.unshift(c);
    }
    chain.forEach((c) => f.rt.runInstanceInit(c, obj));
    return obj;
}

function typeArg(v: unknown): ApexType {
    if (v === null) {
        throw nullPointer();
    }
    return (v as ApexTypeValue).type;
}

// ---------------------------------------------------------------------------------------------------- methods

method(JSON_TYPE, 'static String serialize(Object, Boolean?)', (_s, [v, suppress], f: Frame) =>
    serializeJson(v, f, suppress === true)
);
method(JSON_TYPE, 'static String serializePretty(Object, Boolean?)', (_s, [v, suppress], f: Frame) =>
    serializeJson(v, f, suppress === true, true)
);
method(JSON_TYPE, 'static Object deserialize(String, System.Type)', (_s, [text, type], f: Frame) =>
    toTyped(parse(text), typeArg(type), false, f)
);
method(JSON_TYPE, 'static Object deserializeStrict(String, System.Type)', (_s, [text, type], f: Frame) =>
    toTyped(parse(text), typeArg(type), true, f)
);
method(JSON_TYPE, 'static Object deserializeUntyped(String)', (_s, [text]) => untyped(parse(text)));
method(
    JSON_TYPE,
    'static System.JSONGenerator createGenerator(Boolean)',
    (_s, [prettyPrint]) => new JsonGenerator(prettyPrint === true)
);

// ------------------------------------------------------------------------------------------------- generator

type Container =
    | { k: 'array'; items: Out[] }
    | { k: 'object'; entries: Array<[string, Out]>; pendingName: string | null };

class JsonGenerator extends LibValue {
    readonly libTypeName = 'System.JSONGenerator';
    private readonly stack: Container[] = [];
    private root: Out | null = null;
    /** getAsString() closes the generator, as in the platform. */
    closed = false;
    constructor(readonly prettyPrint: boolean) {
        super();
    }

    private emit(out: Out): void {
        const top = this.stack[this.stack.length - 1];
        if (!top) {
            if (this.root) {
                jsonError('Can not write a value: the root value was already written');
            }
            this.root = out;
            return;
        }
        if (top.k === 'array') {
            top.items.push(out);
            return;
        }
        if (top.pendingName === null) {
            jsonError('Can not write a value, expecting a field name');
        }
        top.entries.push([top.pendingName, out]);
        top.pendingName = null;
    }

    start(kind: 'array' | 'object'): void {
        const container: Container =
            kind === 'array' ? { k: 'array', items: [] } : { k: 'object', entries: [], pendingName: null };
        this.emit(container.k === 'array' ? container : { k: 'object', entries: container.entries });
        this.stack.push(container);
    }

    end(kind: 'array' | 'object'): void {
        const top = this.stack.pop();
        if (!top || top.k !== kind) {
            jsonError(`Current context not ${kind === 'array' ? 'Array' : 'Object'} but ${top ? top.k : 'root'}`);
        }
    }

    fieldName(name: string): void {
        const top = this.stack[this.stack.length - 1];
        if (!top || top.k !== 'object' || top.pendingName !== null) {
            jsonError('Can not write a field name, expecting a value');
        }
        top.pendingName = name;
    }

    value(v: unknown, f: Frame): void {
        this.emit(toOut(v, { suppressNulls: false }, f));
    }

    text(): string {
        this.closed = true;
        if (!this.root) {
            return '';
        }
        return this.prettyPrint ? pretty(this.root, '') : compact(this.root);
    }
}

method(Generator, 'void writeStartObject()', (g: JsonGenerator) => (g.start('object'), null));
method(Generator, 'void writeEndObject()', (g: JsonGenerator) => (g.end('object'), null));
method(Generator, 'void writeStartArray()', (g: JsonGenerator) => (g.start('array'), null));
method(Generator, 'void writeEndArray()', (g: JsonGenerator) => (g.end('array'), null));
method(Generator, 'void writeFieldName(String)', (g: JsonGenerator, [name]) => (g.fieldName(name as string), null));
for (const name of [
    'writeString',
    'writeNumber',
    'writeBoolean',
    'writeDate',
    'writeDateTime',
    'writeTime',
    'writeId',
    'writeObject',
    'writeBlob'
]) {
    method(Generator, `void ${name}(Object)`, (g: JsonGenerator, [v], f: Frame) => (g.value(v, f), null));
}
method(Generator, 'void writeNull()', (g: JsonGenerator, _a, f: Frame) => (g.value(null, f), null));
for (const name of [
    'writeStringField',
    'writeNumberField',
    'writeBooleanField',
    'writeDateField',
    'writeDateTimeField',
    'writeTimeField',
    'writeIdField',
    'writeObjectField',
    'writeBlobField'
]) {
    method(Generator, `void ${name}(String, Object)`, (g: JsonGenerator, [field, v], f: Frame) => {
        g.fieldName(field as string);
        g.value(v, f);
        return null;
    });
}
method(Generator, 'void writeNullField(String)', (g: JsonGenerator, [field], f: Frame) => {
    g.fieldName(field as string);
    g.value(null, f);
    return null;
});
method(Generator, 'String getAsString()', (g: JsonGenerator) => g.text());
method(Generator, 'void close()', () => null);
method(Generator, 'Boolean isClosed()', (g: JsonGenerator) => g.closed);
