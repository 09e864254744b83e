/**
 * Resolves type names as Apex does: primitives and collections first, then classes visible from the current class
 * (its inner classes, its outer classes' inner classes, its superclasses' inner classes), then top-level classes,
 * then the platform's classes, SObject types and library types. Names are case-insensitive; the package namespace
 * and the `System`/`Schema` prefixes are optional.
 */
import type * as A from '../parse/ast';
import { findBuiltinClass } from '../runtime/builtinClasses';
import { findLibType } from '../library/registry';
import type { RClass } from './model';
import type { Program } from './program';
import { libType, listOf, mapOf, PRIM_NAMES, setOf, T, type ApexType } from './types';

export class TypeResolver {
    /** Classes declared in an anonymous script, visible to it by simple name. */
    extraTopLevel: Map<string, RClass> | null = null;

    constructor(readonly program: Program) {}

    /** The static type named by `node`, or null when nothing by that name exists. */
    resolve(node: A.TypeNode, ctx: RClass | null): ApexType | null {
        let base: ApexType | null;
        const last = node.parts[node.parts.length - 1];
        if (node.parts.length === 1 && last.args) {
            base = this.generic(last.name, last.args, ctx);
        } else {
            base = this.resolvePath(
                node.parts.map((p) => p.name),
                ctx
            );
            if (base && base.k === 'lib' && last.args) {
                const args = last.args.map((a) => this.resolve(a, ctx) ?? T.unknown);
                base = libType(base.name, args);
            }
        }
        if (!base) {
            return null;
        }
        for (let i = 0; i < node.arrayDims; i++) {
            base = listOf(base);
        }
        return base;
    }

    private generic(name: string, args: A.TypeNode[], ctx: RClass | null): ApexType | null {
        const resolved = args.map((a) => this.resolve(a, ctx));
        if (resolved.some((r) => r === null)) {
            return null;
        }
        const [a, b] = resolved as ApexType[];
        switch (name.toLowerCase()) {
            case 'list':
                return listOf(a);
            case 'set':
                return setOf(a);
            case 'map':
                return b ? mapOf(a, b) : null;
        }
        // Generic library types and platform interfaces (`Iterable<String>`): the type arguments are kept for
        // library types and dropped for interfaces, whose methods dispatch by name.
        const base = this.resolvePath([name], ctx);
        if (base?.k === 'lib') {
            return libType(base.name, resolved as ApexType[]);
        }
        return base;
    }

    /** A dotted name without type arguments: `String`, `Outer.Inner`, `System.Exception`, `Schema.SObjectType`. */
    resolvePath(parts: string[], ctx: RClass | null): ApexType | null {
        if (parts.length === 1) {
            return this.resolveSimple(parts[0], ctx);
        }
        const first = parts[0].toLowerCase();
        const rest = parts.slice(1);
        if (this.program.namespace && first === this.program.namespace.toLowerCase()) {
            const inPackage = this.resolvePath(rest, null);
            if (inPackage) {
                return inPackage;
            }
        }
        const cls = this.findClassPath(parts, ctx);
        if (cls) {
            return { k: 'class', cls };
        }
        const full = parts.join('.');
        const builtin = findBuiltinClass(full);
        if (builtin) {
            return { k: 'class', cls: builtin };
        }
        const lib = findLibType(full);
        if (lib) {
            return libType(lib.name);
        }
        if (first === 'system' && rest.length === 1) {
            return this.resolveSimple(rest[0], null);
        }
        if (first === 'schema' && rest.length === 1) {
            const obj = this.program.schema.getObject(rest[0]);
            if (obj) {
                return { k: 'sobject', name: obj.name };
            }
        }
        return null;
    }

    private resolveSimple(name: string, ctx: RClass | null): ApexType | null {
        const lower = name.toLowerCase();
        const prim = PRIM_NAMES[lower];
        if (prim) {
            return { k: 'prim', name: prim };
        }
        switch (lower) {
            case 'sobject':
                return T.SObject;
            case 'list':
                return listOf(T.Object);
            case 'set':
                return setOf(T.Object);
            case 'map':
                return mapOf(T.Object, T.Object);
        }
        const cls = this.findClass(name, ctx);
        if (cls) {
            return { k: 'class', cls };
        }
        const builtin = findBuiltinClass(name);
        if (builtin) {
            return { k: 'class', cls: builtin };
        }
        // System classes before SObjects: a few names are both (Site, Network), and Apex code means the class.
        const lib = findLibType(name);
        if (lib) {
            return libType(lib.name);
        }
        const obj = this.program.schema.getObject(name);
        if (obj) {
            return { k: 'sobject', name: obj.name };
        }
        return null;
    }

    /** A class by simple name as seen from `ctx`. */
    findClass(name: string, ctx: RClass | null): RClass | undefined {
        const lower = name.toLowerCase();
        for (let c = ctx; c; c = c.outer) {
            if (c.lname === lower && !c.isBuiltin) {
                return c;
            }
            for (let s: RClass | null = c; s; s = s.superclass) {
                const inner = s.inner.get(lower);
                if (inner) {
                    return inner;
                }
            }
        }
        return this.extraTopLevel?.get(lower) ?? this.program.findClass(lower);
    }

    private findClassPath(parts: string[], ctx: RClass | null): RClass | undefined {
        let cls = this.findClass(parts[0], ctx);
        for (let i = 1; cls && i < parts.length; i++) {
            cls = cls.inner.get(parts[i].toLowerCase());
        }
        return cls;
    }
}
