/**
 * An SObject held in memory: field values by case-insensitive name, keeping the canonical (or first-written)
 * spelling for printing and serialisation. Records that come from a query (part 2) know which fields were
 * selected, so reading any other field throws the platform's SObjectException.
 */
import type { SObjectInfo } from '../schema/schema';
import { apexError } from '../runtime/errors';

export class SObjectValue {
    /** Field values by lower-case field or relationship name, in the order they were first set. */
    readonly values = new Map<string, unknown>();
    /** Lower-case name -> the spelling to print. */
    readonly names = new Map<string, string>();
    /** Set by the in-memory org for queried records: the lower-case names that were selected. */
    queriedFields: Set<string> | null = null;
    /** Messages from addError(), for triggers and DML results (part 2). */
    readonly errors: string[] = [];
    /** addError(field, message): the field of the error at that index of `errors`. */
    readonly errorFields = new Map<number, string>();
    /** Trigger.new in after triggers and Trigger.old: writes throw System.FinalException, as on the platform. */
    readOnly = false;

    constructor(readonly info: SObjectInfo) {}

    get typeName(): string {
        return this.info.name;
    }

    has(lname: string): boolean {
        return this.values.has(lname);
    }

    /** Reads a field; on a queried record a field that was not selected throws, as the platform does. */
    get(lname: string): unknown {
        const value = this.values.get(lname);
        if (value === undefined) {
            if (this.queriedFields && !this.queriedFields.has(lname) && lname !== 'id') {
                const name = this.info.fields.get(lname)?.name ?? this.names.get(lname) ?? lname;
                throw apexError(
                    'System.SObjectException',
                    `SObject row was retrieved via SOQL without querying the requested field: ${this.info.name}.${name}`
                );
            }
            return null;
        }
        return value;
    }

    /** Stores an already-converted value; `name` is the spelling used when the field is first set. */
    set(lname: string, name: string, value: unknown): void {
        if (this.readOnly) {
            throw apexError('System.FinalException', 'Record is read-only');
        }
        if (!this.names.has(lname)) {
            this.names.set(lname, this.info.fields.get(lname)?.name ?? name);
        }
        this.values.set(lname, value);
        this.queriedFields?.add(lname);
    }

    /** addError(): marks the record (and optionally one of its fields) so DML fails it with this message. */
    addError(message: string, field?: string): void {
        this.errors.push(message);
        if (field !== undefined) {
            this.errorFields.set(this.errors.length - 1, this.info.fields.get(field.toLowerCase())?.name ?? field);
        }
    }

    /** A shallow copy: same field values, same type. */
    clone(): SObjectValue {
        const copy = new SObjectValue(this.info);
        for (const [lname, value] of this.values) {
            copy.values.set(lname, value);
            copy.names.set(lname, this.names.get(lname) ?? lname);
        }
        if (this.queriedFields) {
            copy.queriedFields = new Set(this.queriedFields);
        }
        return copy;
    }
}
