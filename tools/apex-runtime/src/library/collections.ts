/**
 * List, Set and Map methods (Apex Reference: List Class, Set Class, Map Class).
 */
import { apexError, nullPointer } from '../runtime/errors';
import type { Frame } from '../runtime/frame';
import { ApexList, ApexMap, ApexSet } from '../values/collections';
import { apexEquals, customHashCode, hashKey, CUSTOM_KEY, stringHashCode } from '../values/equality';
import { toApexString } from '../values/format';
import { LibValue, SObjectTypeToken } from '../values/misc';
import { activeRuntime } from '../runtime/active';
import { SObjectValue } from '../values/sobject';
import { ApexObject } from '../values/objects';
import { defineLibType, method } from './registry';
import { compareForSort } from './sorting';
import { deepClone } from './cloning';

const List = defineLibType('List');
const SetType = defineLibType('Set');
const MapType = defineLibType('Map');

function checkIndex(items: unknown[], index: unknown, allowEnd = false): number {
    if (index === null) {
        throw nullPointer();
    }
    const i = index as number;
    if (i < 0 || i > items.length || (!allowEnd && i === items.length)) {
        throw apexError('System.ListException', `List index out of bounds: ${i}`);
    }
    return i;
}

function itemsOf(source: unknown): unknown[] {
    if (source === null) {
        throw nullPointer();
    }
    if (source instanceof ApexList) {
        return source.items;
    }
    if (source instanceof ApexSet) {
        return source.items();
    }
    throw apexError('System.TypeException', 'Collection expected');
}

/** Apex hashCode of any value, for List/Set/Map.hashCode(). */
export function valueHashCode(v: unknown): number {
    if (v === null || v === undefined) {
        return 0;
    }
    if (typeof v === 'string') {
        return stringHashCode(v);
    }
    if (typeof v === 'number') {
        return v;
    }
    if (typeof v === 'boolean') {
        return v ? 1231 : 1237;
    }
    const key = hashKey(v);
    if (key === CUSTOM_KEY) {
        return customHashCode(v);
    }
    return stringHashCode(typeof key === 'string' ? key : toApexString(v));
}

// ------------------------------------------------------------------------------------------------------ List

method(List, 'void add(T)', (self: ApexList, [v]) => {
    self.items.push(v);
    return null;
});
method(List, 'void add(Integer, T)', (self: ApexList, [index, v]) => {
    self.items.splice(checkIndex(self.items, index, true), 0, v);
    return null;
});
method(List, 'void addAll(Object)', (self: ApexList, [source]) => {
    for (const item of itemsOf(source)) {
        self.items.push(item);
    }
    return null;
});
method(List, 'T get(Integer)', (self: ApexList, [index]) => self.items[checkIndex(self.items, index)]);
method(List, 'void set(Integer, T)', (self: ApexList, [index, v]) => {
    self.items[checkIndex(self.items, index)] = v;
    return null;
});
method(List, 'T remove(Integer)', (self: ApexList, [index]) => self.items.splice(checkIndex(self.items, index), 1)[0]);
method(List, 'Integer size()', (self: ApexList) => self.items.length);
method(List, 'Boolean isEmpty()', (self: ApexList) => self.items.length === 0);
method(List, 'void clear()', (self: ApexList) => {
    self.items.length = 0;
    return null;
});
method(List, 'Boolean contains(Object)', (self: ApexList, [v]) => self.items.some((x) => apexEquals(x, v)));
method(List, 'Integer indexOf(Object)', (self: ApexList, [v]) => self.items.findIndex((x) => apexEquals(x, v)));
method(List, 'Self clone()', (self: ApexList) => new ApexList([...self.items], self.elemType));
method(
    List,
    'Self deepClone(Boolean?, Boolean?, Boolean?)',
    (self: ApexList, [preserveId, preserveReadonly, preserveAutonumber]) =>
        deepClone(self, {
            preserveId: preserveId === true,
            preserveReadonlyTimestamps: preserveReadonly === true,
            preserveAutonumber: preserveAutonumber === true
        })
);
method(List, 'void sort()', (self: ApexList, _args, f: Frame) => {
    stableSort(self.items, (a, b) => compareForSort(a, b, f));
    return null;
});
method(List, 'void sort(Object)', (self: ApexList, [comparator], f: Frame) => {
    if (comparator === null) {
        throw nullPointer();
    }
    const cmp = comparator as ApexObject;
    stableSort(self.items, (a, b) => f.rt.invokeVirtual(cmp, 'compare/2', [a, b]) as number);
    return null;
});
method(List, 'Boolean equals(Object)', (self: ApexList, [other]) => apexEquals(self, other));
method(List, 'Integer hashCode()', (self: ApexList) =>
    self.items.reduce<number>((h, x) => (Math.imul(31, h) + valueHashCode(x)) | 0, 1)
);
method(List, 'String toString()', (self: ApexList) => toApexString(self));
method(List, 'Iterator<T> iterator()', (self: ApexList) => new ListIterator(self.items));
method(List, 'Schema.SObjectType getSObjectType()', (self: ApexList) =>
    self.elemType.k === 'sobject' && self.elemType.name ? sobjectTypeTokenFor(self.elemType.name) : null
);

/** Array.prototype.sort is stable in V8; a comparator throwing an Apex exception propagates. */
function stableSort(items: unknown[], cmp: (a: unknown, b: unknown) => number): void {
    items.sort(cmp);
}

// ------------------------------------------------------------------------------------------------------- Set

method(SetType, 'Boolean add(T)', (self: ApexSet, [v]) => self.add(v));
method(SetType, 'Boolean addAll(Object)', (self: ApexSet, [source]) => {
    let changed = false;
    for (const item of itemsOf(source)) {
        changed = self.add(item) || changed;
    }
    return changed;
});
method(SetType, 'Boolean contains(Object)', (self: ApexSet, [v]) => self.has(v));
method(SetType, 'Boolean containsAll(Object)', (self: ApexSet, [source]) => itemsOf(source).every((x) => self.has(x)));
method(SetType, 'Boolean remove(Object)', (self: ApexSet, [v]) => self.remove(v));
method(SetType, 'Boolean removeAll(Object)', (self: ApexSet, [source]) => {
    let changed = false;
    for (const item of itemsOf(source)) {
        changed = self.remove(item) || changed;
    }
    return changed;
});
method(SetType, 'Boolean retainAll(Object)', (self: ApexSet, [source]) => {
    const keep = new ApexSet(self.elemType);
    itemsOf(source).forEach((x) => keep.add(x));
    let changed = false;
    for (const item of self.items()) {
        if (!keep.has(item)) {
            self.remove(item);
            changed = true;
        }
    }
    return changed;
});
method(SetType, 'Integer size()', (self: ApexSet) => self.size);
method(SetType, 'Boolean isEmpty()', (self: ApexSet) => self.size === 0);
method(SetType, 'void clear()', (self: ApexSet) => {
    self.store.clear();
    return null;
});
method(SetType, 'Self clone()', (self: ApexSet) => {
    const copy = new ApexSet(self.elemType);
    self.items().forEach((x) => copy.add(x));
    return copy;
});
method(SetType, 'Boolean equals(Object)', (self: ApexSet, [other]) => apexEquals(self, other));
method(SetType, 'Integer hashCode()', (self: ApexSet) =>
    self.items().reduce<number>((h, x) => (h + valueHashCode(x)) | 0, 0)
);
method(SetType, 'String toString()', (self: ApexSet) => toApexString(self));
method(SetType, 'Iterator<T> iterator()', (self: ApexSet) => new ListIterator(self.items()));

// ------------------------------------------------------------------------------------------------------- Map

method(MapType, 'V put(K, V)', (self: ApexMap, [k, v]) => self.put(k, v));
method(MapType, 'V get(Object)', (self: ApexMap, [k]) => self.get(k));
method(MapType, 'Boolean containsKey(Object)', (self: ApexMap, [k]) => self.has(k));
method(MapType, 'V remove(Object)', (self: ApexMap, [k]) => {
    const previous = self.store.remove(k);
    return previous === undefined ? null : previous;
});
method(MapType, 'Set<K> keySet()', (self: ApexMap) => {
    const keys = new ApexSet(self.keyType);
    self.store.keys().forEach((k) => keys.add(k));
    return keys;
});
method(MapType, 'List<V> values()', (self: ApexMap) => new ApexList(self.store.values(), self.valueType));
method(MapType, 'Integer size()', (self: ApexMap) => self.size);
method(MapType, 'Boolean isEmpty()', (self: ApexMap) => self.size === 0);
method(MapType, 'void clear()', (self: ApexMap) => {
    self.store.clear();
    return null;
});
method(MapType, 'void putAll(Object)', (self: ApexMap, [source]) => {
    if (source === null) {
        throw nullPointer();
    }
    if (source instanceof ApexMap) {
        for (const k of source.store.keys()) {
            self.put(k, source.get(k));
        }
        return null;
    }
    for (const record of itemsOf(source)) {
        const id = (record as SObjectValue).get('id');
        self.put(id, record);
    }
    return null;
});
method(MapType, 'Self clone()', (self: ApexMap) => {
    const copy = new ApexMap(self.keyType, self.valueType);
    for (const k of self.store.keys()) {
        copy.put(k, self.get(k));
    }
    return copy;
});
method(MapType, 'Self deepClone()', (self: ApexMap) =>
    deepClone(self, { preserveId: false, preserveReadonlyTimestamps: false, preserveAutonumber: false })
);
method(MapType, 'Boolean equals(Object)', (self: ApexMap, [other]) => apexEquals(self, other));
method(MapType, 'Integer hashCode()', (self: ApexMap) =>
    self.store.keys().reduce<number>((h, k) => (h + (valueHashCode(k) ^ valueHashCode(self.get(k)))) | 0, 0)
);
method(MapType, 'String toString()', (self: ApexMap) => toApexString(self));
method(MapType, 'Schema.SObjectType getSObjectType()', (self: ApexMap) =>
    self.valueType.k === 'sobject' && self.valueType.name ? sobjectTypeTokenFor(self.valueType.name) : null
);

// -------------------------------------------------------------------------------------------------- Iterator

/** The Iterator a List or Set returns. */
export class ListIterator extends LibValue {
    readonly libTypeName = 'System.Iterator';
    private index = 0;
    constructor(private readonly items: unknown[]) {
        super();
    }
    hasNext(): boolean {
        return this.index < this.items.length;
    }
    next(): unknown {
        if (this.index >= this.items.length) {
            throw apexError('System.NoSuchElementException', 'Iterator has no more elements.');
        }
        return this.items[this.index++];
    }
}

const IteratorType = defineLibType('System.Iterator', 'Iterator');
method(IteratorType, 'Boolean hasNext()', (self: ListIterator) => self.hasNext());
method(IteratorType, 'T next()', (self: ListIterator) => self.next());

function sobjectTypeTokenFor(name: string): SObjectTypeToken | null {
    const info = activeRuntime()?.program.schema.getObject(name);
    return info ? new SObjectTypeToken(info) : null;
}
