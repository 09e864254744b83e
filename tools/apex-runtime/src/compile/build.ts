/**
 * Builds a Program from source files: parse (through the cache), declare classes, link supertypes, declare
 * members, lay out slots, then compile every body. Also compiles anonymous scripts against a Program.
 */
import type * as A from '../parse/ast';
import { ApexSyntaxError, parseAnonymous, parseClass, parseTrigger } from '../parse/parse';
import { allBuiltinClasses, exceptionClass } from '../runtime/builtinClasses';
import { exceptionConstructors, installBuiltinExceptionConstructors } from '../runtime/exceptionMethods';
import { NORMAL, type StmtFn } from '../runtime/frame';
import type { SchemaProvider } from '../schema/schema';
import type { CustomMetadataStore } from '../schema/customMetadata';
import { declareClass, declareMembers, hasKeyword, layoutClass, linkSupertypes } from './linker';
import { RClass, RMethod } from './model';
import { Program, type CustomLabel, type Gap } from './program';
import { TypeResolver } from './resolve';
import type { BodyContext } from './scope';
import { StmtCompiler } from './statements';
import { T } from './types';
import '../library';
import { METADATA_SOURCE, METADATA_SOURCE_PATH } from '../platform/metadataSource';
import { installMetadataNatives } from '../platform/metadata';

installBuiltinExceptionConstructors(allBuiltinClasses());

export interface SourceFile {
    /** Path used in messages, coverage and stack traces (relative to the project root). */
    path: string;
    source: string;
}

export interface ProgramOptions {
    schema: SchemaProvider;
    labels: Map<string, CustomLabel>;
    namespace: string | null;
    customMetadata?: CustomMetadataStore;
}

function maxLine(source: string): number {
    let lines = 1;
    for (let i = 0; i < source.length; i++) {
        if (source.charCodeAt(i) === 10) {
            lines++;
        }
    }
    return lines;
}

export function buildProgram(files: SourceFile[], options: ProgramOptions): Program {
    const program = new Program(options.schema, options.labels, options.namespace, options.customMetadata ?? null);
    const resolver = new TypeResolver(program);
    const classes: RClass[] = [];
    const triggers: Array<{ unit: A.TriggerUnit; file: SourceFile }> = [];
    for (const file of files) {
        let unit: A.ClassUnit;
        try {
            if (file.path.endsWith('.trigger')) {
                triggers.push({ unit: parseTrigger(file.source, file.path), file });
                continue;
            }
            unit = parseClass(file.source, file.path);
        } catch (error) {
            if (error instanceof ApexSyntaxError) {
                for (const problem of error.problems) {
                    program.addGap(`syntax error: ${problem.message}`, file.path, problem.line);
                }
                continue;
            }
            throw error;
        }
        const cls = declareClass(unit.decl, null, file.path);
        cls.hits = new Uint8Array(maxLine(file.source) + 2);
        program.classes.set(cls.lname, cls);
        classes.push(cls);
    }
    const platform = declarePlatformClasses(program);
    linkProgramClasses([...classes, ...platform], resolver, program);
    for (const cls of [...program.allClasses(), ...platform.flatMap(withInner)]) {
        compileClassBodies(cls, program, resolver);
    }
    installMetadataNatives(program);
    triggers.sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
    for (const { unit, file } of triggers) {
        compileTrigger(program, unit, file);
    }
    return program;
}

/** The platform classes written in Apex (src/platform), unless the project declares a class of the same name. */
function declarePlatformClasses(program: Program): RClass[] {
    if (program.classes.has('metadata')) {
        return [];
    }
    const unit = parseClass(METADATA_SOURCE, METADATA_SOURCE_PATH);
    const cls = declareClass(unit.decl, null, METADATA_SOURCE_PATH);
    cls.hits = new Uint8Array(maxLine(METADATA_SOURCE) + 2);
    program.platformClasses.set(cls.lname, cls);
    return [cls];
}

function withInner(cls: RClass): RClass[] {
    return [cls, ...[...cls.inner.values()].flatMap(withInner)];
}

/** Compiles a trigger's body as the static method of a scope class (its members become the class's members). */
function compileTrigger(program: Program, unit: A.TriggerUnit, file: SourceFile): void {
    const decl: A.TypeDecl = {
        kind: 'class',
        name: unit.name,
        line: 1,
        endLine: maxLine(file.source),
        modifiers: { keywords: [], annotations: [] },
        interfaces: [],
        members: unit.members
    };
    const { cls, main } = compileScope(program, decl, file.path, file.source, unit.name, unit.statements);
    program.triggers.push({
        name: unit.name,
        object: unit.object,
        events: new Set(unit.events),
        file: file.path,
        cls,
        main
    });
}

function linkProgramClasses(classes: RClass[], resolver: TypeResolver, program: Program): void {
    classes.forEach((cls) => linkSupertypes(cls, resolver, program));
    classes.forEach((cls) => declareMembers(cls, resolver, program));
    const done = new Set<RClass>(allBuiltinClasses());
    classes.forEach((cls) => layoutClass(cls, done));
    classes.forEach(declareImplicitConstructors);
}

function contextFor(
    cls: RClass,
    program: Program,
    resolver: TypeResolver,
    isStatic: boolean,
    method: RMethod | null
): BodyContext {
    return { program, resolver, cls, isStatic, method, property: null, file: cls.topLevel.file };
}

function newCompiler(ctx: BodyContext): StmtCompiler {
    const compiler = new StmtCompiler(ctx);
    compiler.hits = ctx.cls.topLevel.hits;
    compiler.coverable = ctx.cls.topLevel.coverableLines;
    return compiler;
}

/** Compiles static and instance initialisation, methods, property accessors and constructors of one class. */
export function compileClassBodies(cls: RClass, program: Program, resolver: TypeResolver): void {
    const decl = cls.decl;
    if (!decl) {
        return;
    }
    compileInitializers(cls, program, resolver, true);
    compileInitializers(cls, program, resolver, false);
    for (const methods of cls.methods.values()) {
        for (const method of methods) {
            compileMethod(method, program, resolver);
        }
    }
    for (const field of cls.fields.values()) {
        for (const accessor of [field.getter, field.setter]) {
            if (accessor) {
                const ctx = { ...contextFor(cls, program, resolver, field.isStatic, accessor), property: field };
                const compiler = newCompiler(ctx);
                accessor.params.forEach((p) => compiler.declareLocal(p.name, p.type));
                const body = (accessor.decl as A.PropertyAccessor).body!;
                accessor.body = compiler.compileBlock(body.body);
                accessor.localCount = compiler.slots.count;
            }
        }
    }
    compileConstructors(cls, program, resolver);
}

function compileInitializers(cls: RClass, program: Program, resolver: TypeResolver, isStatic: boolean): void {
    const decl = cls.decl!;
    const compiler = newCompiler(contextFor(cls, program, resolver, isStatic, null));
    const parts: StmtFn[] = [];
    for (const member of decl.members) {
        if (member.k === 'field' && hasKeyword(member.modifiers, 'static') === isStatic) {
            for (const d of member.decls) {
                if (!d.init) {
                    continue;
                }
                const field = cls.fields.get(d.name.toLowerCase())!;
                const value = compiler.convertTo(compiler.compileExpr(d.init), field.type);
                const slot = field.slot;
                const line = d.line;
                compiler.coverable?.add(line);
                const hits = compiler.hits;
                parts.push(
                    isStatic
                        ? (f) => {
                              f.line = line;
                              hits[line] = 1;
                              f.rt.staticsOf(cls)[slot] = value(f);
                              return NORMAL;
                          }
                        : (f) => {
                              f.line = line;
                              hits[line] = 1;
                              f.self!.fields[slot] = value(f);
                              return NORMAL;
                          }
                );
            }
        } else if (member.k === 'initializer' && member.isStatic === isStatic) {
            parts.push(compiler.compileBlock(member.body.body));
        }
    }
    if (parts.length === 0) {
        return;
    }
    const run: StmtFn = (f) => {
        for (const part of parts) {
            part(f);
        }
        return NORMAL;
    };
    if (isStatic) {
        cls.staticInit = run;
        cls.staticInitLocals = compiler.slots.count;
    } else {
        cls.instanceInit = run;
        cls.instanceInitLocals = compiler.slots.count;
    }
}

function compileMethod(method: RMethod, program: Program, resolver: TypeResolver): void {
    const decl = method.decl as A.MethodMember | null;
    if (!decl || !decl.body) {
        return;
    }
    const compiler = newCompiler(contextFor(method.owner, program, resolver, method.isStatic, method));
    method.params.forEach((p) => compiler.declareLocal(p.name, p.type));
    method.body = compiler.compileBlock(decl.body.body);
    method.localCount = compiler.slots.count;
}

/** The superclass part of construction: a user superclass constructor, or a built-in exception's. */
function superConstructorCall(cls: RClass, compiler: StmtCompiler, args: A.Expr[], line: number): StmtFn | null {
    const sup = cls.superclass;
    if (!sup) {
        return null;
    }
    const compiled = compiler.compileArgs(args);
    if (sup.isBuiltin && !sup.isException) {
        return null;
    }
    const ctor = compiler.pickUserMethod(sup.constructors, compiled, line);
    if (!ctor) {
        if (args.length === 0 && sup.isBuiltin) {
            return null;
        }
        const fail = compiler.unsupported(`no constructor ${sup.fullName}(${args.length} arguments)`, line).fn;
        return (f) => {
            fail(f);
            return NORMAL;
        };
    }
    const argFns = compiled.map((c, i) => compiler.convertTo(c, ctor.params[i].type));
    return (f) => {
        const values = argFns.map((fn) => fn(f));
        f.line = line;
        f.rt.invoke(ctor, f.self, values);
        return NORMAL;
    };
}

function compileConstructors(cls: RClass, program: Program, resolver: TypeResolver): void {
    if (cls.kind !== 'class') {
        return;
    }
    const runInit: StmtFn = (f) => {
        f.rt.runInstanceInit(cls, f.self!);
        return NORMAL;
    };
    for (const ctor of cls.constructors) {
        if (ctor.native) {
            continue;
        }
        const decl: A.ConstructorMember = (ctor.decl as A.ConstructorMember | null) ?? {
            k: 'constructor',
            line: ctor.line,
            modifiers: { keywords: [], annotations: [] },
            name: cls.name,
            params: [],
            body: { k: 'block', line: ctor.line, body: [] }
        };
        const compiler = newCompiler(contextFor(cls, program, resolver, false, ctor));
        ctor.params.forEach((p) => compiler.declareLocal(p.name, p.type));
        let statements = decl.body.body;
        const first = statements[0];
        let prologue: StmtFn[];
        if (first?.k === 'expr' && first.expr.k === 'chainCall') {
            statements = statements.slice(1);
            const chain = first.expr;
            if (chain.to === 'this') {
                const args = compiler.compileArgs(chain.args);
                const target = compiler.pickUserMethod(
                    cls.constructors.filter((c) => c !== ctor),
                    args,
                    chain.line
                );
                if (!target) {
                    prologue = [
                        wrapExpr(compiler.unsupported('this(...) with no matching constructor', chain.line).fn)
                    ];
                } else {
                    const argFns = args.map((c, i) => compiler.convertTo(c, target.params[i].type));
                    const line = chain.line;
                    prologue = [
                        (f) => {
                            const values = argFns.map((fn) => fn(f));
                            f.line = line;
                            f.rt.invoke(target, f.self, values);
                            return NORMAL;
                        }
                    ];
                }
            } else {
                prologue = [superConstructorCall(cls, compiler, chain.args, chain.line), runInit].filter(
                    (s): s is StmtFn => s !== null
                );
            }
        } else {
            prologue = [superConstructorCall(cls, compiler, [], decl.line), runInit].filter(
                (s): s is StmtFn => s !== null
            );
        }
        const rest = compiler.compileBlock(statements);
        const parts = [...prologue, rest];
        ctor.body = (f) => {
            for (const part of parts) {
                const r = part(f);
                if (r !== NORMAL) {
                    return r;
                }
            }
            return NORMAL;
        };
        ctor.localCount = compiler.slots.count;
    }
}

/**
 * Adds the constructors a class has without declaring them, before any body is compiled (so `new Foo()` in an
 * initialiser finds them): the default constructor, or for exceptions the four standard ones.
 */
function declareImplicitConstructors(cls: RClass): void {
    if (cls.kind === 'class' && cls.decl) {
        if (cls.isException) {
            // Every exception class has the four standard constructors, unless it declares one with that shape.
            for (const implicit of exceptionConstructors(cls, true)) {
                if (!cls.constructors.some((c) => c.signature === implicit.signature)) {
                    cls.constructors.push(implicit);
                }
            }
        } else if (cls.constructors.length === 0) {
            const ctor = new RMethod(cls.name, cls, false, [], T.void, cls.decl.line, [], null);
            ctor.isConstructor = true;
            cls.constructors.push(ctor);
        }
    }
    cls.inner.forEach(declareImplicitConstructors);
}

function wrapExpr(fn: (f: import('../runtime/frame').Frame) => unknown): StmtFn {
    return (f) => {
        fn(f);
        return NORMAL;
    };
}

// ------------------------------------------------------------------------------------------------ anonymous

/**
 * A scope class for a body of top-level statements (anonymous Apex, a trigger): its declared members become the
 * class's members, and the statements the static method `main`.
 */
function compileScope(
    program: Program,
    decl: A.TypeDecl,
    file: string,
    source: string,
    mainName: string,
    statements: A.Stmt[]
): { cls: RClass; main: RMethod } {
    const cls = declareClass(decl, null, file);
    cls.isAnonymousScope = true;
    cls.hits = new Uint8Array(maxLine(source) + 2);
    const resolver = new TypeResolver(program);
    linkProgramClasses([cls], resolver, program);
    const all: RClass[] = [];
    const visit = (c: RClass): void => {
        all.push(c);
        c.inner.forEach(visit);
    };
    visit(cls);
    all.forEach((c) => compileClassBodies(c, program, resolver));
    const main = new RMethod(mainName, cls, true, [], T.void, 1, [], null);
    const compiler = newCompiler(contextFor(cls, program, resolver, true, main));
    main.body = compiler.compileBlock(statements);
    main.localCount = compiler.slots.count;
    return { cls, main };
}

export interface CompiledAnonymous {
    cls: RClass;
    main: RMethod;
    /** Unsupported constructs found in the script itself. */
    gaps: Gap[];
}

/** Compiles an anonymous script against `program` (without changing it). */
export function compileAnonymous(program: Program, source: string, file: string): CompiledAnonymous {
    const unit = parseAnonymous(source, file);
    const decl: A.TypeDecl = {
        kind: 'class',
        name: 'AnonymousBlock',
        line: 1,
        endLine: maxLine(source),
        modifiers: { keywords: [], annotations: [] },
        interfaces: [],
        members: unit.members.map((m) =>
            m.k === 'method'
                ? { ...m, modifiers: { ...m.modifiers, keywords: [...m.modifiers.keywords, 'static'] } }
                : m
        )
    };
    const gapsBefore = program.gaps.length;
    const sitesBefore = program.dataAccessSites.length;
    const { cls, main } = compileScope(program, decl, file, source, '<anonymous>', unit.statements);
    // The script's gaps belong to the script, not to the shared program.
    const gaps = program.gaps.splice(gapsBefore);
    program.dataAccessSites.splice(sitesBefore);
    return { cls, main, gaps };
}

export { exceptionClass };
