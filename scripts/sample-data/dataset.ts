/**
 * The on-disk shape of the sample data: `sf data import tree` files (`{"records":[{"attributes":{"type","referenceId"},
 * ...fields}]}`), the plan that lists them parents-first, and helpers shared by the generator, its tests and the
 * history replay. Dates are whole days in UTC (days since 1970-01-01), so nothing depends on the machine's time zone
 * or clock.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type FieldValue = string | number | boolean;

export interface RecordAttributes {
    type: string;
    referenceId: string;
}

/** One record in sObject tree format. Lookups to records loaded earlier are written `@<referenceId>`. */
export interface TreeRecord {
    attributes: RecordAttributes;
    [field: string]: FieldValue | RecordAttributes;
}

/** One entry of a `sf data import tree --plan` file. */
export interface PlanEntry {
    sobject: string;
    saveRefs: boolean;
    resolveRefs: boolean;
    files: string[];
}

export const PLAN_FILE = 'sample-plan.json';
export const USERS_FILE = 'users.json';
export const POST_LOAD_FILE = 'post-load.json';
/** The sObject Tree API takes at most 200 records per request; each data file stays within it. */
export const TREE_FILE_LIMIT = 200;

// ---------------------------------------------------------------------------------------------------------------
// Dates: whole UTC days

const MS_PER_DAY = 86_400_000;

/** `2026-11-20` → days since the epoch. */
export function parseDay(iso: string): number {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!match) {
        throw new Error(`not a date (yyyy-MM-dd): ${iso}`);
    }
    const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
    if (formatDay(day) !== iso) {
        throw new Error(`not a calendar date: ${iso}`);
    }
    return day;
}

/** Days since the epoch → `2026-11-20`. */
export function formatDay(day: number): string {
    return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days since the epoch plus minutes after midnight (UTC) → `2026-11-20T15:30:00.000Z`. */
export function formatDateTime(day: number, minutes: number): string {
    return new Date(day * MS_PER_DAY + minutes * 60_000).toISOString();
}

/** Month index (years × 12 + month, January = 0) of a day. */
export function monthOf(day: number): number {
    const date = new Date(day * MS_PER_DAY);
    return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function firstDayOfMonth(month: number): number {
    return Date.UTC(Math.floor(month / 12), month % 12, 1) / MS_PER_DAY;
}

export function lastDayOfMonth(month: number): number {
    return firstDayOfMonth(month + 1) - 1;
}

/** The same calendar day `years` later (29 February becomes 28 February in a common year). */
export function addYears(day: number, years: number): number {
    const date = new Date(day * MS_PER_DAY);
    const year = date.getUTCFullYear() + years;
    const month = date.getUTCMonth();
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / MS_PER_DAY;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON as prettier writes it (printWidth 120, 2-space indent for JSON), so `prettier --check` passes on the output

const PRINT_WIDTH = 120;
const INLINE_OBJECT_MAX_KEYS = 2;

function isPrimitive(value: unknown): value is string | number | boolean | null {
    return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function render(value: unknown, indent: number, lineStart: number): string {
    if (isPrimitive(value)) {
        return JSON.stringify(value);
    }
    const pad = '  '.repeat(indent + 1);
    const closePad = '  '.repeat(indent);
    if (Array.isArray(value)) {
        if (value.length === 0) {
            return '[]';
        }
        if (value.every(isPrimitive)) {
            const inline = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
            // The closing bracket may be followed by a comma on the same line.
            if (lineStart + inline.length + 1 <= PRINT_WIDTH) {
                return inline;
            }
        }
        const items = value.map((item) => pad + render(item, indent + 1, pad.length));
        return `[\n${items.join(',\n')}\n${closePad}]`;
    }
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    if (entries.length === 0) {
        return '{}';
    }
    // Small flat objects (a record's attributes) on one line when they fit: prettier keeps an object on one line
    // when its first key is on the line of the brace.
    if (entries.length <= INLINE_OBJECT_MAX_KEYS && entries.every(([, item]) => isPrimitive(item))) {
        const inline = `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${JSON.stringify(item)}`).join(', ')} }`;
        if (lineStart + inline.length + 1 <= PRINT_WIDTH) {
            return inline;
        }
    }
    const lines = entries.map(([key, item]) => {
        const prefix = `${pad}${JSON.stringify(key)}: `;
        return prefix + render(item, indent + 1, prefix.length);
    });
    return `{\n${lines.join(',\n')}\n${closePad}}`;
}

/** Objects expanded (small flat ones inline), arrays of scalars on one line when they fit: stable under prettier. */
export function toPrettyJson(value: unknown): string {
    return `${render(value, 0, 0)}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a dataset back

export interface LoadedFile {
    file: string;
    sobject: string;
    records: TreeRecord[];
}

export interface LoadedDataset {
    plan: PlanEntry[];
    files: LoadedFile[];
    /** Records by sObject, in plan order. */
    records: Map<string, TreeRecord[]>;
}

export function readDataset(dir: string): LoadedDataset {
    const plan = JSON.parse(fs.readFileSync(path.join(dir, PLAN_FILE), 'utf8')) as PlanEntry[];
    const files: LoadedFile[] = [];
    const records = new Map<string, TreeRecord[]>();
    for (const entry of plan) {
        for (const file of entry.files) {
            const parsed = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { records: TreeRecord[] };
            files.push({ file, sobject: entry.sobject, records: parsed.records });
            records.set(entry.sobject, [...(records.get(entry.sobject) ?? []), ...parsed.records]);
        }
    }
    return { plan, files, records };
}

/** A record's fields without its `attributes`. */
export function fieldsOf(record: TreeRecord): Record<string, FieldValue> {
    const fields: Record<string, FieldValue> = {};
    for (const [name, value] of Object.entries(record)) {
        if (name !== 'attributes') {
            fields[name] = value as FieldValue;
        }
    }
    return fields;
}

/** `@AccountRef12` → `AccountRef12`; anything else → undefined. The CLI's own pattern for references. */
export function referenceOf(value: unknown): string | undefined {
    return typeof value === 'string' && /^@\w+Ref\d+$/.test(value) ? value.slice(1) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Namespace

/** `Arr__c` → `lodestar__Arr__c`; standard names and names already prefixed stay as they are. */
export function withNamespace(name: string, namespace: string | undefined): string {
    if (!namespace || !/__c$/.test(name) || /^[A-Za-z0-9]+__\w+__c$/.test(name)) {
        return name;
    }
    return `${namespace}__${name}`;
}
