/**
 * Binding calls to library methods: which library type a static or runtime type belongs to, and which overload of
 * a library method fits the arguments.
 */
import { findLibType, resolveSpec, type LibMethod, type LibTypeDef, type TypeBindings } from '../library/registry';
import { ApexList, ApexMap, ApexSet } from '../values/collections';
import { ApexDate, ApexDatetime, ApexTime } from '../values/dates';
import { ApexId } from '../values/id';
import { ApexBlob, libTypeNameOf } from '../values/misc';
import { ApexDecimal, ApexDouble } from '../values/numeric';
import { SObjectValue } from '../values/sobject';
import type { TypeResolver } from './resolve';
import { fitScore, T, type ApexType } from './types';

/** The library type whose instance methods apply to values of static type `t`. */
export function libTypeOfStatic(t: ApexType): LibTypeDef | undefined {
    switch (t.k) {
        case 'prim':
            return findLibType(t.name);
        case 'list':
            return findLibType('List');
        case 'set':
            return findLibType('Set');
        case 'map':
            return findLibType('Map');
        case 'sobject':
            return findLibType('SObject');
        case 'lib':
            return findLibType(t.name);
        default:
            return undefined;
    }
}

/** The library type of a runtime value, for calls whose receiver type is not known statically. */
export function libTypeOfValue(v: unknown): LibTypeDef | undefined {
    switch (typeof v) {
        case 'string':
            return findLibType('String');
        case 'number':
            return findLibType('Integer');
        case 'bigint':
            return findLibType('Long');
        case 'boolean':
            return findLibType('Boolean');
    }
    if (v instanceof ApexDecimal) return findLibType('Decimal');
    if (v instanceof ApexDouble) return findLibType('Double');
    if (v instanceof ApexId) return findLibType('Id');
    if (v instanceof ApexDate) return findLibType('Date');
    if (v instanceof ApexDatetime) return findLibType('Datetime');
    if (v instanceof ApexTime) return findLibType('Time');
    if (v instanceof ApexBlob) return findLibType('Blob');
    if (v instanceof ApexList) return findLibType('List');
    if (v instanceof ApexSet) return findLibType('Set');
    if (v instanceof ApexMap) return findLibType('Map');
    if (v instanceof SObjectValue) return findLibType('SObject');
    const name = libTypeNameOf(v);
    return name ? findLibType(name) : undefined;
}

export function staticTypeOfValue(v: unknown): ApexType {
    if (v instanceof ApexList) return { k: 'list', of: v.elemType };
    if (v instanceof ApexSet) return { k: 'set', of: v.elemType };
    if (v instanceof ApexMap) return { k: 'map', key: v.keyType, value: v.valueType };
    return T.unknown;
}

export interface BoundLibMethod {
    method: LibMethod;
    paramTypes: ApexType[];
    returnType: ApexType;
}

function namedResolver(resolver: TypeResolver): (name: string) => ApexType {
    return (name) => resolver.resolvePath(name.split('.'), null) ?? T.unknown;
}

/** Picks the overload of `candidates` that best fits the argument types, with its resolved signature. */
export function bindLibMethod(
    candidates: LibMethod[],
    self: ApexType | null,
    argTypes: ApexType[],
    resolver: TypeResolver
): BoundLibMethod | undefined {
    const bindings: TypeBindings = { self, args: argTypes };
    const resolveNamed = namedResolver(resolver);
    let best: BoundLibMethod | undefined;
    let bestScore = -1;
    for (const method of candidates) {
        if (argTypes.length < method.minArgs || argTypes.length > method.maxArgs) {
            continue;
        }
        const paramTypes = argTypes.map((_, i) => {
            const spec = method.params[Math.min(i, method.params.length - 1)];
            return resolveSpec(spec.type, bindings, resolveNamed);
        });
        let score = 0;
        let fits = true;
        for (let i = 0; i < argTypes.length; i++) {
            const s = fitScore(argTypes[i], paramTypes[i]);
            if (s === 0) {
                fits = false;
            }
            score += s;
        }
        // An argument that does not fit still binds if nothing else does: the implementation checks at run time.
        const effective = fits ? score + 1000 : score;
        if (effective > bestScore) {
            bestScore = effective;
            best = { method, paramTypes, returnType: resolveSpec(method.returnSpec, bindings, resolveNamed) };
        }
    }
    return best;
}
