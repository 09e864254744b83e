/**
 * The capability manifest of the System library: every library type, method and property the runtime supports,
 * each declared with an Apex signature (`'Integer indexOf(String, Integer?)'`) and its implementation. Anything
 * not registered here is reported as Unsupported by the compiler, never guessed at.
 *
 * Signature types may use the receiver's type arguments: `T` (List/Set element), `K` and `V` (Map key and value),
 * `Self` (the receiver's own type) and `Arg0` (the static type of the first argument).
 */
import type { ApexType } from '../compile/types';
import { T, listOf, setOf, mapOf, libType, PRIM_NAMES, sameType } from '../compile/types';
import type { Frame } from '../runtime/frame';
import type { Program } from '../compile/program';

/** An implementation: `self` is the receiver (undefined for static methods), args are already converted. */
export type LibImpl = (self: never, args: unknown[], f: Frame) => unknown;

export interface ParamSpec {
    /** Unresolved type text: `String`, `T`, `List<Object>`. */
    type: string;
    optional: boolean;
}

export interface LibMethod {
    name: string;
    owner: LibTypeDef;
    isStatic: boolean;
    params: ParamSpec[];
    /** Variadic tail (`Object...`): any number of extra arguments. */
    minArgs: number;
    maxArgs: number;
    returnSpec: string;
    impl: LibImpl;
}

/** A property: `Integer.MAX_VALUE`-style statics, or instance properties such as `describe.fields`. */
export interface LibProperty {
    name: string;
    type: string;
    get: (self: never, f: Frame) => unknown;
}

/**
 * A member resolved by name at compile time: `System.Label.HealthErrorNoAccess`, `Schema.SObjectType.Account`.
 * Returns undefined when the name does not exist (the compiler then reports it).
 */
export type DynamicMember = (
    name: string,
    program: Program
) => { type: ApexType; get: (self: never, f: Frame) => unknown } | undefined;

export class LibTypeDef {
    readonly statics = new Map<string, LibMethod[]>();
    readonly methods = new Map<string, LibMethod[]>();
    readonly staticProps = new Map<string, LibProperty>();
    readonly props = new Map<string, LibProperty>();
    readonly constructors: LibMethod[] = [];
    dynamicStatic: DynamicMember | null = null;
    dynamicInstance: DynamicMember | null = null;
    /** For library enums (`LoggingLevel`, `RoundingMode`): the value names. */
    enumValues: string[] | null = null;
    constructor(
        /** Canonical full name: `String`, `Schema.SObjectType`, `Database.SaveResult`. */
        readonly name: string
    ) {}
}

const types = new Map<string, LibTypeDef>();

/** Names under which a type is found: `String`, `System.String`. */
export function defineLibType(name: string, ...aliases: string[]): LibTypeDef {
    const key = name.toLowerCase();
    let def = types.get(key);
    if (!def) {
        def = new LibTypeDef(name);
        types.set(key, def);
    }
    for (const alias of aliases) {
        types.set(alias.toLowerCase(), def);
    }
    if (!name.includes('.')) {
        types.set(`system.${key}`, def);
    }
    return def;
}

export function findLibType(name: string): LibTypeDef | undefined {
    return types.get(name.toLowerCase());
}

export function allLibTypes(): LibTypeDef[] {
    return [...new Set(types.values())];
}

/** Parses `Integer indexOf(String, Integer?)` (optionally prefixed with `static `). */
function parseSignature(signature: string): {
    isStatic: boolean;
    returnSpec: string;
    name: string;
    params: ParamSpec[];
    variadic: boolean;
} {
    const match = /^\s*(static\s+)?(.+?)\s+(\w+)\s*\((.*)\)\s*$/.exec(signature);
    if (!match) {
        throw new Error(`bad library signature: ${signature}`);
    }
    const [, isStatic, returnSpec, name, paramText] = match;
    const params: ParamSpec[] = [];
    let variadic = false;
    for (const raw of splitTopLevel(paramText)) {
        const text = raw.trim();
        if (!text) {
            continue;
        }
        if (text.endsWith('...')) {
            variadic = true;
            params.push({ type: text.slice(0, -3).trim(), optional: true });
            continue;
        }
        const optional = text.endsWith('?');
        params.push({ type: optional ? text.slice(0, -1).trim() : text, optional });
    }
    return { isStatic: !!isStatic, returnSpec: returnSpec.trim(), name, params, variadic };
}

export function splitTopLevel(text: string): string[] {
    const parts: string[] = [];
    let depth = 0;
    let current = '';
    for (const ch of text) {
        if (ch === '<') {
            depth++;
        } else if (ch === '>') {
            depth--;
        }
        if (ch === ',' && depth === 0) {
            parts.push(current);
            current = '';
        } else {
            current += ch;
        }
    }
    parts.push(current);
    return parts;
}

/** Registers a method on a library type. */
export function method(owner: LibTypeDef, signature: string, impl: LibImpl): void {
    const sig = parseSignature(signature);
    const required = sig.params.filter((p) => !p.optional).length;
    const m: LibMethod = {
        name: sig.name,
        owner,
        isStatic: sig.isStatic,
        params: sig.params,
        minArgs: required,
        maxArgs: sig.variadic ? Infinity : sig.params.length,
        returnSpec: sig.returnSpec,
        impl
    };
    if (sig.name === 'new') {
        owner.constructors.push(m);
        return;
    }
    const table = sig.isStatic ? owner.statics : owner.methods;
    const key = sig.name.toLowerCase();
    const list = table.get(key) ?? [];
    list.push(m);
    table.set(key, list);
}

export function property(
    owner: LibTypeDef,
    isStatic: boolean,
    name: string,
    type: string,
    get: LibProperty['get']
): void {
    (isStatic ? owner.staticProps : owner.props).set(name.toLowerCase(), { name, type, get });
}

// ----------------------------------------------------------------------------------------- type expressions

/** What the generic names in a signature stand for at one call. */
export interface TypeBindings {
    self: ApexType | null;
    args: ApexType[];
}

function receiverArgs(self: ApexType | null): { t: ApexType; k: ApexType; v: ApexType } {
    if (self?.k === 'list' || self?.k === 'set') {
        return { t: self.of, k: T.Object, v: T.Object };
    }
    if (self?.k === 'map') {
        return { t: T.Object, k: self.key, v: self.value };
    }
    if (self?.k === 'lib' && self.args?.length) {
        return { t: self.args[0], k: self.args[0], v: self.args[1] ?? T.Object };
    }
    return { t: T.Object, k: T.Object, v: T.Object };
}

/**
 * Resolves a signature type expression. `resolveNamed` resolves anything that is not a primitive, collection or
 * generic placeholder (library and SObject types).
 */
export function resolveSpec(spec: string, bindings: TypeBindings, resolveNamed: (name: string) => ApexType): ApexType {
    const text = spec.trim();
    const generic = /^(\w+(?:\.\w+)*)\s*<(.*)>$/.exec(text);
    if (generic) {
        const [, base, argText] = generic;
        const args = splitTopLevel(argText).map((a) => resolveSpec(a, bindings, resolveNamed));
        switch (base.toLowerCase()) {
            case 'list':
                return listOf(args[0]);
            case 'set':
                return setOf(args[0]);
            case 'map':
                return mapOf(args[0], args[1]);
            default: {
                const named = resolveNamed(base);
                return named.k === 'lib' ? libType(named.name, args) : named;
            }
        }
    }
    const { t, k, v } = receiverArgs(bindings.self);
    switch (text) {
        case 'T':
            return t;
        case 'K':
            return k;
        case 'V':
            return v;
        case 'Self':
            return bindings.self ?? T.unknown;
        case 'Arg0':
            return bindings.args[0] ?? T.unknown;
        case 'void':
            return T.void;
        case 'Unknown':
            return T.unknown;
    }
    const prim = PRIM_NAMES[text.toLowerCase()];
    if (prim) {
        return { k: 'prim', name: prim };
    }
    if (text.toLowerCase() === 'sobject') {
        return T.SObject;
    }
    return resolveNamed(text);
}

export function isSameLibType(a: ApexType, name: string): boolean {
    return a.k === 'lib' && a.name.toLowerCase() === name.toLowerCase();
}

export { sameType };
