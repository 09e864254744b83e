/**
 * A compiled set of Apex classes plus what they need from the project: SObject schema, custom labels and the
 * package namespace. Programs are immutable once built; gaps (unsupported constructs found while compiling) are
 * recorded here so they can be listed before anything runs.
 */
import type { SchemaProvider } from '../schema/schema';
import type { CustomMetadataStore } from '../schema/customMetadata';
import type { RClass, RMethod } from './model';

export interface CustomLabel {
    name: string;
    value: string;
}

/** An unsupported construct found at compile time. */
export interface Gap {
    construct: string;
    file: string;
    line: number;
}

/** A compiled `.trigger` file: its body runs as the static method `main` of a scope class, like anonymous Apex. */
export interface CompiledTrigger {
    name: string;
    /** The object's API name as written in the trigger. */
    object: string;
    /** Lower-case `before insert`, `after update`... */
    events: Set<string>;
    file: string;
    cls: RClass;
    main: RMethod;
}

export class Program {
    /** Top-level classes by lower-case name. */
    readonly classes = new Map<string, RClass>();
    /**
     * Platform classes written in Apex (the Metadata namespace, src/platform): found by name like the project's
     * classes, but never tested, covered or listed with them.
     */
    readonly platformClasses = new Map<string, RClass>();
    readonly gaps: Gap[] = [];
    /** SOQL, SOSL and DML sites: supported through the database interface, listed when no org is available. */
    readonly dataAccessSites: Gap[] = [];
    /** Triggers, in file-name order (the order the in-memory org fires them in). */
    readonly triggers: CompiledTrigger[] = [];

    constructor(
        readonly schema: SchemaProvider,
        /** Custom labels by lower-case name. */
        readonly labels: Map<string, CustomLabel>,
        /** The package namespace (`lodestar`): `lodestar.Foo` in source means the class `Foo`. */
        readonly namespace: string | null,
        /** Deployed Custom Metadata records, for getAll()/getInstance(). */
        readonly customMetadata: CustomMetadataStore | null = null
    ) {}

    findClass(name: string): RClass | undefined {
        const lower = name.toLowerCase();
        return this.classes.get(lower) ?? this.platformClasses.get(lower);
    }

    /** Every class, inner ones included, outer before inner. */
    allClasses(): RClass[] {
        const out: RClass[] = [];
        const visit = (cls: RClass): void => {
            out.push(cls);
            cls.inner.forEach(visit);
        };
        this.classes.forEach(visit);
        return out;
    }

    recordDataAccess(construct: string, file: string, line: number): void {
        this.dataAccessSites.push({ construct, file, line });
    }

    addGap(construct: string, file: string, line: number): void {
        if (!this.gaps.some((g) => g.construct === construct && g.file === file && g.line === line)) {
            this.gaps.push({ construct, file, line });
        }
    }
}
