/**
 * Compile-time state shared by expression and statement compilation of one body: local variable slots, the class
 * and method being compiled, and how to report an unsupported construct.
 */
import type { ExprFn } from '../runtime/frame';
import { UnsupportedError } from '../values/objects';
import type { RClass, RField, RMethod } from './model';
import type { Program } from './program';
import type { TypeResolver } from './resolve';
import type { ApexType } from './types';

/** A compiled expression and its static type. */
export interface Compiled {
    fn: ExprFn;
    type: ApexType;
    /** An inline SOQL query: assigning it to a single SObject takes its only row. */
    soql?: boolean;
    /** May yield SHORT_CIRCUIT (a `?.` somewhere in the member chain met null). */
    chain?: boolean;
}

/** What `a?.b.c` yields internally when `a` is null; the outermost member access turns it into null. */
export const SHORT_CIRCUIT = Symbol('short-circuit');

export interface LocalVar {
    name: string;
    slot: number;
    type: ApexType;
}

export class Scope {
    private readonly vars = new Map<string, LocalVar>();
    constructor(readonly parent: Scope | null) {}

    lookup(lname: string): LocalVar | undefined {
        return this.vars.get(lname) ?? this.parent?.lookup(lname);
    }

    declare(v: LocalVar): void {
        this.vars.set(v.name.toLowerCase(), v);
    }

    /** Every variable visible here, innermost first (for Database.query binds). */
    visible(): LocalVar[] {
        const outer = (this.parent?.visible() ?? []).filter((v) => !this.vars.has(v.name.toLowerCase()));
        return [...this.vars.values(), ...outer];
    }
}

export interface BodyContext {
    program: Program;
    resolver: TypeResolver;
    cls: RClass;
    /** Static method, static initialiser or anonymous top level: no `this`. */
    isStatic: boolean;
    /** The method whose body this is (null for initialisers and the anonymous top level). */
    method: RMethod | null;
    /** Inside a property accessor: the property, whose name then means its backing field. */
    property: RField | null;
    file: string;
}

export class SlotAllocator {
    count = 0;
    next(): number {
        return this.count++;
    }
}

/** A closure that stops execution with Unsupported, after recording the gap for the capability scan. */
export function unsupportedFn(program: Program, construct: string, file: string, line: number): ExprFn {
    program.addGap(construct, file, line);
    return () => {
        throw new UnsupportedError(construct, file, line);
    };
}
