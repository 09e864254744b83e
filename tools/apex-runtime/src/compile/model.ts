/**
 * The compiled program: classes, their fields, methods and constructors, with names resolved and bodies compiled
 * to closures. A Program is immutable once built and shared by every run; all mutable state (static variables,
 * limits, the debug log) lives in a Runtime.
 */
import type * as A from '../parse/ast';
import type { ExprFn, StmtFn } from '../runtime/frame';
import type { ApexType } from './types';

let nextClassId = 0;

export type ClassKind = 'class' | 'interface' | 'enum';

export class RField {
    /** Slot in the instance's field array, or in the class's static array. */
    slot = -1;
    type: ApexType;
    /** Properties with code in an accessor; automatic properties are plain fields. */
    getter: RMethod | null = null;
    setter: RMethod | null = null;
    isProperty = false;
    /** `transient`: left out of JSON serialisation. */
    isTransient = false;
    constructor(
        readonly name: string,
        readonly owner: RClass,
        readonly isStatic: boolean,
        readonly isFinal: boolean,
        readonly line: number,
        type: ApexType,
        readonly annotations: A.Annotation[]
    ) {
        this.type = type;
    }
    get lname(): string {
        return this.name.toLowerCase();
    }
}

export interface RParam {
    name: string;
    type: ApexType;
}

/** A method, constructor or property accessor. */
export class RMethod {
    /** Compiled body; filled by the compiler once every class is declared. */
    body: StmtFn | null = null;
    /** For built-in methods of built-in classes (exceptions): the implementation in TypeScript. */
    native: ((self: unknown, args: unknown[]) => unknown) | null = null;
    /** Number of local variable slots, parameters first. */
    localCount = 0;
    isAbstract = false;
    isVirtual = false;
    isOverride = false;
    isPrivate = false;
    isConstructor = false;
    isTest = false;
    isTestSetup = false;
    endLine: number;
    constructor(
        readonly name: string,
        readonly owner: RClass,
        readonly isStatic: boolean,
        readonly params: RParam[],
        readonly returnType: ApexType,
        readonly line: number,
        readonly annotations: A.Annotation[],
        readonly decl: A.MethodMember | A.ConstructorMember | A.PropertyAccessor | null
    ) {
        this.endLine = line;
    }
    get lname(): string {
        return this.name.toLowerCase();
    }
    /** The overriding key: name and parameter types, case-insensitive. */
    get signature(): string {
        return signatureOf(
            this.name,
            this.params.map((p) => p.type)
        );
    }
}

export function signatureOf(name: string, params: ApexType[]): string {
    return `${name.toLowerCase()}(${params.map(typeKey).join(',')})`;
}

function typeKey(t: ApexType): string {
    switch (t.k) {
        case 'prim':
            return t.name.toLowerCase();
        case 'list':
            return `list<${typeKey(t.of)}>`;
        case 'set':
            return `set<${typeKey(t.of)}>`;
        case 'map':
            return `map<${typeKey(t.key)},${typeKey(t.value)}>`;
        case 'sobject':
            return (t.name ?? 'sobject').toLowerCase();
        case 'class':
            return t.cls.fullName.toLowerCase();
        case 'lib':
            return t.name.toLowerCase();
        default:
            return t.k;
    }
}

export interface EnumValue {
    readonly cls: RClass;
    readonly name: string;
    readonly ordinal: number;
}

export class RClass {
    readonly id = nextClassId++;
    readonly lname: string;
    superclass: RClass | null = null;
    interfaces: RClass[] = [];
    readonly inner = new Map<string, RClass>();
    /** Own fields and properties, static and instance, by lower-case name. */
    readonly fields = new Map<string, RField>();
    /** Own methods (not constructors), by lower-case name. */
    readonly methods = new Map<string, RMethod[]>();
    readonly constructors: RMethod[] = [];
    /** Instance methods including inherited ones, by signature and, for generic interfaces, by name/arity. */
    readonly vtable = new Map<string, RMethod>();
    /** Instance fields (not properties with accessors) including inherited ones, superclass first. */
    instanceFieldList: RField[] = [];
    /** Total instance field slots, including the superclass's. */
    instanceSlots = 0;
    staticSlots = 0;
    /** Runs static field initialisers and static blocks in source order. */
    staticInit: StmtFn | null = null;
    staticInitLocals = 0;
    /** Runs instance field initialisers and instance blocks, after the super constructor. */
    instanceInit: StmtFn | null = null;
    instanceInitLocals = 0;
    /** Line hits for coverage, indexed by source line; only on top-level classes. */
    hits: Uint8Array = new Uint8Array(0);
    enumValues: EnumValue[] = [];
    isAbstract = false;
    isVirtual = false;
    isTest = false;
    /** A class the runtime defines (the exception hierarchy, StubProvider...), not one from source. */
    isBuiltin = false;
    /** Exceptions that `catch` cannot catch (System.LimitException, System.AssertException). */
    uncatchable = false;
    /** Exception classes: the Apex type name getTypeName() reports. */
    isException = false;
    /** For Test.createStub: the class being stubbed and the provider that answers every call. */
    stubOf: RClass | null = null;
    /** Instance field initial values, copied for each new object. */
    fieldDefaults: unknown[] = [];
    /** The class body's source lines for coverage: line -> covered. */
    readonly coverableLines = new Set<number>();

    constructor(
        readonly name: string,
        readonly kind: ClassKind,
        readonly outer: RClass | null,
        readonly file: string,
        readonly decl: A.TypeDecl | null
    ) {
        this.lname = name.toLowerCase();
    }

    /** The synthetic class of an anonymous script: its classes are named as if they were top-level. */
    isAnonymousScope = false;

    /** `Outer.Inner` for inner classes, `System.NullPointerException` for built-in exceptions. */
    get fullName(): string {
        return this.outer && !this.outer.isAnonymousScope ? `${this.outer.fullName}.${this.name}` : this.name;
    }

    /** The top-level class this one is nested in (or itself): the unit of coverage and of the source file. */
    get topLevel(): RClass {
        return this.outer ? this.outer.topLevel : this;
    }

    findField(lname: string): RField | undefined {
        return this.fields.get(lname) ?? this.superclass?.findField(lname);
    }

    /** Methods by name from this class, its superclasses and its interfaces, nearest first. */
    findMethods(lname: string): RMethod[] {
        const found: RMethod[] = [];
        const seen = new Set<string>();
        const visit = (c: RClass): void => {
            for (const m of c.methods.get(lname) ?? []) {
                if (!seen.has(m.signature)) {
                    seen.add(m.signature);
                    found.push(m);
                }
            }
            if (c.superclass) {
                visit(c.superclass);
            }
            c.interfaces.forEach(visit);
        };
        visit(this);
        return found;
    }

    isSubclassOf(other: RClass): boolean {
        if (this === other || this.interfaces.some((i) => i === other || i.isSubclassOf(other))) {
            return true;
        }
        return this.superclass?.isSubclassOf(other) ?? false;
    }
}

/** A compiled anonymous script: its synthetic class and the statements to run. */
export interface AnonymousProgram {
    cls: RClass;
    main: RMethod;
}

export type { ExprFn, StmtFn };
