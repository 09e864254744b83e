/**
 * The Apex surface that Lightning components can reach: `@AuraEnabled` static methods, and the `@AuraEnabled`
 * fields and properties of the classes they return or accept. Read from the parse tree, not with regular
 * expressions, so comments, strings and formatting cannot fool it.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
    ApexErrorListener,
    ApexParserFactory,
    type ClassDeclarationContext,
    type EnumDeclarationContext,
    type ModifierContext,
    type TypeRefContext
} from '@apexdevtools/apex-parser';

/** An Apex type as written: a name (possibly dotted, e.g. `Outer.Inner`) and its type arguments. */
export interface ApexTypeRef {
    name: string;
    args: ApexTypeRef[];
    /** `String[]` is a List. */
    isArray: boolean;
}

export interface AuraMethod {
    className: string;
    name: string;
    cacheable: boolean;
    params: { name: string; type: ApexTypeRef }[];
    returns: ApexTypeRef | 'void';
    file: string;
    line: number;
}

export interface AuraMember {
    name: string;
    type: ApexTypeRef;
}

/** A class (or inner class, named `Outer.Inner`) with the members a component can read. */
export interface ApexDataType {
    name: string;
    members: AuraMember[];
}

export interface ApexSurface {
    methods: AuraMethod[];
    /** Every class and inner class, by full name, lower-cased, since Apex names are case-insensitive. */
    types: Map<string, ApexDataType>;
    /** Enums, by full name lower-cased, with their values: they reach components as strings. */
    enums: Map<string, string[]>;
}

class SyntaxErrors extends ApexErrorListener {
    readonly messages: string[] = [];
    apexSyntaxError(line: number, column: number, message: string): void {
        this.messages.push(`${line}:${column} ${message}`);
    }
}

function annotation(modifiers: ModifierContext[], name: string): ModifierContext | undefined {
    return modifiers.find((modifier) => modifier.annotation()?.id().getText().toLowerCase() === name.toLowerCase());
}

function isStatic(modifiers: ModifierContext[]): boolean {
    return modifiers.some((modifier) => modifier.STATIC() !== null);
}

/** `@AuraEnabled(cacheable=true)`: the one element value we need, read from the annotation's text. */
function isCacheable(modifier: ModifierContext): boolean {
    return /cacheable\s*=\s*true/i.test(modifier.annotation()?.getText() ?? '');
}

export function typeRefOf(ctx: TypeRefContext): ApexTypeRef {
    const names = ctx.typeName_list();
    const last = names[names.length - 1];
    const args = last.typeArguments()?.typeList()?.typeRef_list().map(typeRefOf) ?? [];
    const name = names.map((typeName) => typeName.id()?.getText() ?? typeName.getChild(0).getText()).join('.');
    return { name, args, isArray: ctx.arraySubscripts()?.getText().includes('[') ?? false };
}

function readClass(ctx: ClassDeclarationContext, outer: string | undefined, file: string, surface: ApexSurface): void {
    const className = outer ? `${outer}.${ctx.id().getText()}` : ctx.id().getText();
    const type: ApexDataType = { name: className, members: [] };
    surface.types.set(className.toLowerCase(), type);

    for (const declaration of ctx.classBody().classBodyDeclaration_list()) {
        const member = declaration.memberDeclaration();
        if (!member) {
            continue;
        }
        const modifiers = declaration.modifier_list();
        const aura = annotation(modifiers, 'AuraEnabled');
        const inner = member.classDeclaration();
        if (inner) {
            readClass(inner, className, file, surface);
            continue;
        }
        const innerEnum = member.enumDeclaration();
        if (innerEnum) {
            readEnum(innerEnum, className, surface);
            continue;
        }
        if (!aura) {
            continue;
        }
        const method = member.methodDeclaration();
        if (method && isStatic(modifiers)) {
            surface.methods.push({
                className,
                name: method.id().getText(),
                cacheable: isCacheable(aura),
                params:
                    method
                        .formalParameters()
                        .formalParameterList()
                        ?.formalParameter_list()
                        .map((param) => ({ name: param.id().getText(), type: typeRefOf(param.typeRef()) })) ?? [],
                returns: method.VOID() ? 'void' : typeRefOf(method.typeRef()),
                file,
                line: method.start.line
            });
        }
        const field = member.fieldDeclaration();
        if (field && !isStatic(modifiers)) {
            for (const declarator of field.variableDeclarators().variableDeclarator_list()) {
                type.members.push({ name: declarator.id().getText(), type: typeRefOf(field.typeRef()) });
            }
        }
        const property = member.propertyDeclaration();
        if (property && !isStatic(modifiers)) {
            type.members.push({ name: property.id().getText(), type: typeRefOf(property.typeRef()) });
        }
    }
}

function readEnum(ctx: EnumDeclarationContext, outer: string | undefined, surface: ApexSurface): void {
    const name = outer ? `${outer}.${ctx.id().getText()}` : ctx.id().getText();
    const values =
        ctx
            .enumConstants()
            ?.id_list()
            .map((id) => id.getText()) ?? [];
    surface.enums.set(name.toLowerCase(), values);
}

/** One file's share of the surface, as the cache stores it. */
interface FileSurface {
    methods: AuraMethod[];
    types: [string, ApexDataType][];
    enums: [string, string[]][];
}

function readFileSurface(file: string, text: string): FileSurface {
    const surface: ApexSurface = { methods: [], types: new Map(), enums: new Map() };
    const errors = new SyntaxErrors();
    const { parser } = ApexParserFactory.createLexerAndParser(text, errors);
    const unit = parser.compilationUnit();
    if (errors.messages.length > 0) {
        throw new Error(`${file}:${errors.messages[0]} (Apex syntax error; types not generated)`);
    }
    const declaration = unit.typeDeclaration();
    const classDeclaration = declaration?.classDeclaration();
    if (classDeclaration) {
        readClass(classDeclaration, undefined, file, surface);
    }
    const enumDeclaration = declaration?.enumDeclaration();
    if (enumDeclaration) {
        readEnum(enumDeclaration, undefined, surface);
    }
    return { methods: surface.methods, types: [...surface.types], enums: [...surface.enums] };
}

/**
 * Each file's surface is a pure function of its path, its text and this reader, so it is cached under a digest of
 * the three: parsing every class with the ANTLR parser takes seconds, and the build and `npm start` both need it.
 */
function readCache(cacheFile: string | undefined): Record<string, FileSurface> {
    if (!cacheFile || !fs.existsSync(cacheFile)) {
        return {};
    }
    try {
        return JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as Record<string, FileSurface>;
    } catch {
        return {};
    }
}

function writeCache(cacheFile: string, entries: Record<string, FileSurface>): void {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    // Written aside and renamed, so a process reading it at the same time never sees half a file.
    const partial = `${cacheFile}.${process.pid}`;
    fs.writeFileSync(partial, JSON.stringify(entries));
    fs.renameSync(partial, cacheFile);
}

/** Where the build and the preview keep the parsed surface of the project's classes (see readApexSurface). */
export function surfaceCacheFile(projectRoot: string): string {
    return path.join(projectRoot, 'build', '.apex-surface.json');
}

/**
 * Parses every `.cls` file; a syntax error stops the build with the file and line. With `cacheFile`, files read
 * before (same path and text) are not parsed again.
 */
export function readApexSurface(classFiles: string[], cacheFile?: string): ApexSurface {
    const surface: ApexSurface = { methods: [], types: new Map(), enums: new Map() };
    const cached = readCache(cacheFile);
    const reader = fs.readFileSync(__filename);
    const entries: Record<string, FileSurface> = {};
    let parsed = 0;
    for (const file of classFiles) {
        const text = fs.readFileSync(file, 'utf8');
        const key = crypto.createHash('sha256').update(reader).update(file).update('\0').update(text).digest('hex');
        let part = cached[key];
        if (!part) {
            part = readFileSurface(file, text);
            parsed++;
        }
        entries[key] = part;
        surface.methods.push(...part.methods);
        part.types.forEach(([name, type]) => surface.types.set(name, type));
        part.enums.forEach(([name, values]) => surface.enums.set(name, values));
    }
    if (cacheFile && (parsed > 0 || Object.keys(cached).length !== Object.keys(entries).length)) {
        writeCache(cacheFile, entries);
    }
    return surface;
}
