/**
 * Apex List, Set and Map. Each knows its element types (for instanceof, casts, JSON and conversions on add), and
 * Sets and Maps keep insertion order. Keys hash as Apex does: Strings case-sensitively, numbers and dates by value,
 * SObjects and collections by content, user objects by their equals()/hashCode() when they define them and by
 * identity otherwise.
 */
import type { ApexType } from '../compile/types';
import { hashKey, CUSTOM_KEY, customHashCode, apexEquals } from './equality';

export class ApexList {
    constructor(
        public items: unknown[],
        readonly elemType: ApexType
    ) {}
}

/**
 * The storage behind Set and Map. Keys are reduced to a JavaScript Map key by `hashKey`: primitives stay as they
 * are, value types become tagged strings, identity objects stay themselves. Objects with a custom equals() are
 * found through a side index by hashCode(), and the first-inserted equal object is the Map key.
 */
export class KeyedStore {
    readonly vals = new Map<unknown, unknown>();
    /** Map key -> original key, only where they differ (an Id's key is its string). */
    private originals: Map<unknown, unknown> | null = null;
    private customIndex: Map<number, unknown[]> | null = null;

    /** The Map key for `key`; with `insert`, registers a new custom-equality key in the side index. */
    private keyFor(key: unknown, insert: boolean): unknown {
        const hk = hashKey(key);
        if (hk !== CUSTOM_KEY) {
            return hk;
        }
        const code = customHashCode(key);
        const candidates = this.customIndex?.get(code);
        if (candidates) {
            for (const candidate of candidates) {
                if (apexEquals(candidate, key)) {
                    return candidate;
                }
            }
        }
        if (insert) {
            this.customIndex ??= new Map();
            const list = this.customIndex.get(code) ?? [];
            list.push(key);
            this.customIndex.set(code, list);
        }
        return key;
    }

    has(key: unknown): boolean {
        return this.vals.has(this.keyFor(key, false));
    }

    get(key: unknown): unknown {
        const v = this.vals.get(this.keyFor(key, false));
        return v === undefined ? null : v;
    }

    /** Stores `value` under `key`; returns the previous value or null. */
    put(key: unknown, value: unknown): unknown {
        const hk = this.keyFor(key, true);
        const previous = this.vals.get(hk);
        if (previous === undefined && hk !== key) {
            this.originals ??= new Map();
            this.originals.set(hk, key);
        }
        this.vals.set(hk, value);
        return previous === undefined ? null : previous;
    }

    /** Removes `key`; returns the value it had or undefined if absent. */
    remove(key: unknown): unknown {
        const hk = this.keyFor(key, false);
        const previous = this.vals.get(hk);
        if (previous === undefined) {
            return undefined;
        }
        this.vals.delete(hk);
        this.originals?.delete(hk);
        if (this.customIndex && hashKey(key) === CUSTOM_KEY) {
            const code = customHashCode(key);
            const list = this.customIndex.get(code);
            const index = list ? list.indexOf(hk) : -1;
            if (list && index >= 0) {
                list.splice(index, 1);
            }
        }
        return previous;
    }

    clear(): void {
        this.vals.clear();
        this.originals = null;
        this.customIndex = null;
    }

    get size(): number {
        return this.vals.size;
    }

    originalKey(hk: unknown): unknown {
        if (this.originals) {
            const original = this.originals.get(hk);
            if (original !== undefined) {
                return original;
            }
        }
        return hk;
    }

    /** The original keys, in insertion order. */
    keys(): unknown[] {
        const out: unknown[] = [];
        for (const hk of this.vals.keys()) {
            out.push(this.originalKey(hk));
        }
        return out;
    }

    values(): unknown[] {
        return [...this.vals.values()];
    }
}

export class ApexSet {
    readonly store = new KeyedStore();
    constructor(readonly elemType: ApexType) {}

    add(value: unknown): boolean {
        if (this.store.has(value)) {
            return false;
        }
        this.store.put(value, true);
        return true;
    }

    has(value: unknown): boolean {
        return this.store.has(value);
    }

    remove(value: unknown): boolean {
        return this.store.remove(value) !== undefined;
    }

    get size(): number {
        return this.store.size;
    }

    items(): unknown[] {
        return this.store.keys();
    }
}

export class ApexMap {
    readonly store = new KeyedStore();
    constructor(
        readonly keyType: ApexType,
        readonly valueType: ApexType
    ) {}

    get(key: unknown): unknown {
        return this.store.get(key);
    }

    put(key: unknown, value: unknown): unknown {
        return this.store.put(key, value);
    }

    has(key: unknown): boolean {
        return this.store.has(key);
    }

    get size(): number {
        return this.store.size;
    }
}
