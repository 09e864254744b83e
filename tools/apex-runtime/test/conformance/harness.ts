/**
 * Runs one conformance case as anonymous Apex on a fresh runtime, over a program with no project classes, with a
 * pinned clock (2024-03-15T12:00:00Z) and the default running user (time zone America/Los_Angeles, en_US).
 */
import { buildProgram } from '../../src/compile/build';
import type { Program } from '../../src/compile/program';
import { runAnonymous, type AnonymousResult } from '../../src/anonymous';
import { ProjectSchema } from '../../src/schema/projectSchema';
import type { ConformanceCase } from './case';

export const PINNED_NOW = Date.UTC(2024, 2, 15, 12, 0, 0);

let program: Program | null = null;

export function conformanceProgram(): Program {
    program ??= buildProgram([], { schema: new ProjectSchema(), labels: new Map(), namespace: null });
    return program;
}

export interface CaseOutcome {
    debug: string[];
    thrown: { type: string; message: string | null } | null;
    result: AnonymousResult;
}

export function runCase(c: ConformanceCase): CaseOutcome {
    const result = runAnonymous(conformanceProgram(), c.apex, `conformance:${c.name}`, { now: () => PINNED_NOW });
    return {
        debug: result.debug.map((d) => d.value),
        thrown: result.exception ? { type: result.exception.type, message: result.exception.message } : null,
        result
    };
}
