/**
 * The calling convention of compiled code. An expression compiles to an ExprFn and a statement to a StmtFn; both
 * take the current Frame. A statement returns a completion code instead of throwing for break/continue/return,
 * which keeps loops cheap; Apex exceptions travel as JavaScript throws of ApexThrow.
 */
import type { RMethod } from '../compile/model';
import type { ApexObject } from '../values/objects';
import type { Runtime } from './runtime';

export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;
export type Completion = 0 | 1 | 2 | 3;

export class Frame {
    /** The line of the statement being executed, for exceptions and stack traces. */
    line: number;
    /** A `return` statement's value. */
    ret: unknown = null;
    constructor(
        readonly rt: Runtime,
        /** `this`, or null in static code. */
        readonly self: ApexObject | null,
        readonly locals: unknown[],
        /** null for an anonymous script's top level. */
        readonly method: RMethod | null,
        readonly caller: Frame | null,
        /** Source file, for messages: the class file or the anonymous script. */
        readonly file: string,
        line: number
    ) {
        this.line = line;
    }
}

export type ExprFn = (f: Frame) => unknown;
export type StmtFn = (f: Frame) => Completion;
