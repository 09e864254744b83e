/**
 * SObject.clone() and the deepClone() of Lists and Maps of SObjects.
 */
import { ApexList, ApexMap } from '../values/collections';
import { SObjectValue } from '../values/sobject';

export interface CloneOptions {
    preserveId: boolean;
    preserveReadonlyTimestamps: boolean;
    preserveAutonumber: boolean;
    /** SObject.clone(preserveId, isDeepClone): related records are cloned too. */
    deep?: boolean;
}

const READONLY_TIMESTAMPS = ['createdbyid', 'createddate', 'lastmodifiedbyid', 'lastmodifieddate', 'systemmodstamp'];

export function cloneSObject(record: SObjectValue, options: CloneOptions): SObjectValue {
    const copy = new SObjectValue(record.info);
    for (const [lname, value] of record.values) {
        if (lname === 'id' && !options.preserveId) {
            continue;
        }
        if (READONLY_TIMESTAMPS.includes(lname) && !options.preserveReadonlyTimestamps) {
            continue;
        }
        if (!options.preserveAutonumber && record.info.fields.get(lname)?.metadataType === 'AutoNumber') {
            continue;
        }
        const cloned = options.deep && value instanceof SObjectValue ? cloneSObject(value, options) : value;
        copy.set(lname, record.names.get(lname) ?? lname, cloned);
    }
    return copy;
}

/** deepClone of a List or Map: SObject elements are cloned, other elements are shared. */
export function deepClone<C extends ApexList | ApexMap>(collection: C, options: CloneOptions): C {
    const cloneValue = (v: unknown): unknown => (v instanceof SObjectValue ? cloneSObject(v, options) : v);
    if (collection instanceof ApexList) {
        return new ApexList(collection.items.map(cloneValue), collection.elemType) as C;
    }
    const map = collection as ApexMap;
    const copy = new ApexMap(map.keyType, map.valueType);
    for (const k of map.store.keys()) {
        copy.put(k, cloneValue(map.get(k)));
    }
    return copy as C;
}
