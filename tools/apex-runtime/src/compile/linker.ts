/**
 * Declares classes and their members before any body is compiled: classes and inner classes, supertypes, field
 * and method signatures with resolved types, instance and static slot layout, and virtual dispatch tables.
 */
import type * as A from '../parse/ast';
import { exceptionClass, GENERIC_INTERFACES } from '../runtime/builtinClasses';
import { RClass, RField, RMethod } from './model';
import type { Program } from './program';
import type { TypeResolver } from './resolve';
import { T, type ApexType } from './types';

export function hasKeyword(mods: A.Modifiers, keyword: string): boolean {
    return mods.keywords.includes(keyword);
}

export function hasAnnotation(mods: A.Modifiers | A.Annotation[], name: string): boolean {
    const list = Array.isArray(mods) ? mods : mods.annotations;
    return list.some((a) => a.name.toLowerCase() === name.toLowerCase());
}

/** Creates the class and its inner types (no members yet). */
export function declareClass(decl: A.TypeDecl, outer: RClass | null, file: string): RClass {
    const cls = new RClass(decl.name, decl.kind, outer, file, decl);
    cls.isAbstract = hasKeyword(decl.modifiers, 'abstract') || decl.kind === 'interface';
    cls.isVirtual = hasKeyword(decl.modifiers, 'virtual') || cls.isAbstract;
    cls.isTest = hasAnnotation(decl.modifiers, 'IsTest') || (outer?.isTest ?? false);
    if (decl.kind === 'enum') {
        cls.enumValues = (decl.enumValues ?? []).map((name, ordinal) => ({ cls, name, ordinal }));
    }
    for (const member of decl.members) {
        if (member.k === 'type') {
            const inner = declareClass(member.decl, cls, file);
            cls.inner.set(inner.lname, inner);
        }
    }
    return cls;
}

/** Resolves superclass and interfaces, for the class and its inner classes. */
export function linkSupertypes(cls: RClass, resolver: TypeResolver, program: Program): void {
    const decl = cls.decl;
    if (decl) {
        const file = cls.topLevel.file;
        if (decl.superclass) {
            const sup = resolver.resolve(decl.superclass, cls.outer ?? cls);
            if (sup?.k === 'class') {
                cls.superclass = sup.cls;
            } else {
                program.addGap(`unknown superclass ${typeText(decl.superclass)}`, file, decl.line);
            }
        }
        for (const node of decl.interfaces) {
            const iface = resolver.resolve(node, cls.outer ?? cls);
            if (iface?.k === 'class') {
                cls.interfaces.push(iface.cls);
            } else if (iface?.k !== 'lib') {
                program.addGap(`unknown interface ${typeText(node)}`, file, decl.line);
            }
        }
    }
    cls.inner.forEach((inner) => linkSupertypes(inner, resolver, program));
}

export function typeText(node: A.TypeNode): string {
    const part = (p: A.TypeNamePart): string => (p.args ? `${p.name}<${p.args.map(typeText).join(', ')}>` : p.name);
    return node.parts.map(part).join('.') + '[]'.repeat(node.arrayDims);
}

function isExceptionClass(cls: RClass): boolean {
    for (let c: RClass | null = cls; c; c = c.superclass) {
        if (c === exceptionClass) {
            return true;
        }
    }
    return false;
}

/** Resolves a member's type; an unknown type is a gap, and the member gets the dynamic type. */
function memberType(
    node: A.TypeNode | null,
    cls: RClass,
    resolver: TypeResolver,
    program: Program,
    line: number
): ApexType {
    if (!node) {
        return T.void;
    }
    const type = resolver.resolve(node, cls);
    if (!type) {
        program.addGap(`unknown type ${typeText(node)}`, cls.topLevel.file, line);
        return T.unknown;
    }
    return type;
}

function newMethod(
    cls: RClass,
    name: string,
    mods: A.Modifiers,
    params: A.Parameter[],
    returnType: ApexType,
    line: number,
    decl: A.MethodMember | A.ConstructorMember | null,
    resolver: TypeResolver,
    program: Program
): RMethod {
    const isStatic = hasKeyword(mods, 'static');
    const method = new RMethod(
        name,
        cls,
        isStatic,
        params.map((p) => ({ name: p.name, type: memberType(p.type, cls, resolver, program, p.line) })),
        returnType,
        line,
        mods.annotations,
        decl
    );
    method.isAbstract = hasKeyword(mods, 'abstract') || (cls.kind === 'interface' && !isStatic);
    method.isVirtual = hasKeyword(mods, 'virtual') || method.isAbstract;
    method.isOverride = hasKeyword(mods, 'override');
    method.isPrivate = hasKeyword(mods, 'private');
    method.isTest = hasAnnotation(mods, 'IsTest') || hasKeyword(mods, 'testmethod');
    method.isTestSetup = hasAnnotation(mods, 'TestSetup');
    return method;
}

/** Declares fields, properties, methods and constructors with resolved types (recursively for inner classes). */
export function declareMembers(cls: RClass, resolver: TypeResolver, program: Program): void {
    cls.isException = isExceptionClass(cls);
    const decl = cls.decl;
    if (!decl) {
        return;
    }
    for (const member of decl.members) {
        switch (member.k) {
            case 'field': {
                const type = memberType(member.type, cls, resolver, program, member.line);
                const isStatic = hasKeyword(member.modifiers, 'static');
                for (const d of member.decls) {
                    const field = new RField(
                        d.name,
                        cls,
                        isStatic,
                        hasKeyword(member.modifiers, 'final'),
                        d.line,
                        type,
                        member.modifiers.annotations
                    );
                    field.isTransient = hasKeyword(member.modifiers, 'transient');
                    cls.fields.set(field.lname, field);
                }
                break;
            }
            case 'property': {
                const type = memberType(member.type, cls, resolver, program, member.line);
                const isStatic = hasKeyword(member.modifiers, 'static');
                const field = new RField(
                    member.name,
                    cls,
                    isStatic,
                    false,
                    member.line,
                    type,
                    member.modifiers.annotations
                );
                field.isProperty = true;
                field.isTransient = hasKeyword(member.modifiers, 'transient');
                if (member.getter?.body) {
                    field.getter = new RMethod(
                        `get${member.name}`,
                        cls,
                        isStatic,
                        [],
                        type,
                        member.getter.line,
                        [],
                        member.getter
                    );
                }
                if (member.setter?.body) {
                    field.setter = new RMethod(
                        `set${member.name}`,
                        cls,
                        isStatic,
                        [{ name: 'value', type }],
                        T.void,
                        member.setter.line,
                        [],
                        member.setter
                    );
                }
                cls.fields.set(field.lname, field);
                break;
            }
            case 'method': {
                const returnType = memberType(member.returnType, cls, resolver, program, member.line);
                const method = newMethod(
                    cls,
                    member.name,
                    member.modifiers,
                    member.params,
                    returnType,
                    member.line,
                    member,
                    resolver,
                    program
                );
                method.endLine = member.endLine;
                const list = cls.methods.get(method.lname) ?? [];
                list.push(method);
                cls.methods.set(method.lname, list);
                break;
            }
            case 'constructor': {
                const method = newMethod(
                    cls,
                    cls.name,
                    member.modifiers,
                    member.params,
                    T.void,
                    member.line,
                    member,
                    resolver,
                    program
                );
                method.isConstructor = true;
                cls.constructors.push(method);
                break;
            }
            default:
                break;
        }
    }
    cls.inner.forEach((inner) => declareMembers(inner, resolver, program));
}

/** Assigns field slots (superclass first) and builds the dispatch table; supertypes must be laid out first. */
export function layoutClass(cls: RClass, done: Set<RClass>): void {
    if (done.has(cls)) {
        return;
    }
    done.add(cls);
    const sup = cls.superclass;
    if (sup) {
        layoutClass(sup, done);
    }
    cls.interfaces.forEach((i) => layoutClass(i, done));

    cls.instanceSlots = sup ? sup.instanceSlots : 0;
    cls.instanceFieldList = sup ? [...sup.instanceFieldList] : [];
    for (const field of cls.fields.values()) {
        if (field.isStatic) {
            field.slot = cls.staticSlots++;
        } else {
            field.slot = cls.instanceSlots++;
            if (!field.getter && !field.setter) {
                cls.instanceFieldList.push(field);
            }
        }
    }
    cls.fieldDefaults = new Array<unknown>(cls.instanceSlots).fill(null);

    if (sup) {
        sup.vtable.forEach((m, key) => cls.vtable.set(key, m));
    }
    for (const iface of cls.interfaces) {
        iface.vtable.forEach((m, key) => {
            if (!cls.vtable.has(key)) {
                cls.vtable.set(key, m);
            }
        });
    }
    for (const methods of cls.methods.values()) {
        for (const m of methods) {
            if (!m.isStatic) {
                cls.vtable.set(m.signature, m);
            }
        }
    }
    // Generic platform interfaces declare `compare(T, T)`; implementations declare concrete types. Index every
    // instance method also by name/arity so calls through such interfaces find the implementation.
    const byArity = new Map<string, RMethod[]>();
    for (const m of cls.vtable.values()) {
        const key = `${m.lname}/${m.params.length}`;
        const list = byArity.get(key) ?? [];
        if (!list.includes(m)) {
            list.push(m);
        }
        byArity.set(key, list);
    }
    const depth = (m: RMethod): number => {
        let d = 0;
        for (let c: RClass | null = cls; c; c = c.superclass, d++) {
            if (c === m.owner) {
                return d;
            }
        }
        return Number.MAX_SAFE_INTEGER;
    };
    for (const [key, list] of byArity) {
        const concrete = list.filter((m) => !m.isAbstract).sort((a, b) => depth(a) - depth(b));
        cls.vtable.set(key, concrete[0] ?? list[0]);
    }
    cls.inner.forEach((inner) => layoutClass(inner, done));
}

/** The dispatch key for calls to `m`: its signature, or name/arity for generic platform interfaces. */
export function dispatchKey(m: RMethod): string {
    return GENERIC_INTERFACES.has(m.owner) ? `${m.lname}/${m.params.length}` : m.signature;
}
