/**
 * AggregateResult: one row of a query with aggregate functions. "Any aggregated field in a SELECT list that does
 * not have an alias automatically gets an implied alias with a format expri" (Apex Developer Guide, Working with
 * SOQL Aggregate Functions); grouped fields are read by their field name. It is a read-only sObject on the
 * platform: `get(alias)` ignores case like SObject.get, and an unknown alias throws SObjectException.
 */
import { apexError } from '../runtime/errors';
import { LibValue } from '../values/misc';
import { toApexString } from '../values/format';
import { defineLibType, method } from './registry';

export class AggregateResultValue extends LibValue {
    readonly libTypeName = 'AggregateResult';
    /** Lower-case alias -> value, in select-list order. */
    readonly values = new Map<string, unknown>();
    /** Lower-case alias -> alias as written. */
    private readonly names = new Map<string, string>();

    put(alias: string, value: unknown): void {
        this.values.set(alias.toLowerCase(), value);
        this.names.set(alias.toLowerCase(), alias);
    }

    get(alias: string): unknown {
        const key = alias.toLowerCase();
        if (!this.values.has(key)) {
            throw apexError('System.SObjectException', `Invalid field ${alias} for AggregateResult`);
        }
        return this.values.get(key) ?? null;
    }

    toApexString(): string {
        const parts = [...this.values].map(([k, v]) => `${this.names.get(k) ?? k}=${toApexString(v)}`);
        return `AggregateResult:{${parts.join(', ')}}`;
    }
}

const AggregateResult = defineLibType('AggregateResult', 'Schema.AggregateResult');
method(AggregateResult, 'Object get(String)', (self: AggregateResultValue, [alias]) => self.get(String(alias)));
