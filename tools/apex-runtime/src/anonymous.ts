/**
 * Runs anonymous Apex against a compiled program, on a fresh runtime: the debug log, and the exception (or
 * Unsupported construct) that escaped, if any.
 */
import { compileAnonymous } from './compile/build';
import type { Gap, Program } from './compile/program';
import { NotAvailableDatabase } from './database/database';
import { Frame } from './runtime/frame';
import { asyncReports, runEndOfTestAsync, runQueuedAsync, type AsyncJobReport } from './runtime/async';
import { Runtime, type DebugEntry, type RuntimeOptions } from './runtime/runtime';
import { exceptionMessage, exceptionTypeName } from './values/format';
import { ApexThrow, UnsupportedError } from './values/objects';

export interface EscapedException {
    /** Apex type name: `System.NullPointerException`, `MyException`. */
    type: string;
    message: string | null;
    /** Where the exception was raised. */
    file: string;
    line: number;
    stackTrace: string;
}

export interface AnonymousResult {
    debug: DebugEntry[];
    /** The Apex exception that escaped the script. */
    exception: EscapedException | null;
    /** The unsupported construct that stopped the script. */
    unsupported: UnsupportedError | null;
    /** Unsupported constructs found when compiling the script (before running it). */
    gaps: Gap[];
    /** Statements executed. */
    statements: number;
    /** The asynchronous jobs the script queued (and the jobs they queued), run after its transaction. */
    asyncJobs: AsyncJobReport[];
}

export type AnonymousOptions = Omit<RuntimeOptions, 'program'>;

export function describeThrow(error: ApexThrow): EscapedException {
    const ex = error.exception;
    return {
        type: exceptionTypeName(ex),
        message: exceptionMessage(ex),
        file: ex.ex?.file ?? '',
        line: ex.ex?.line ?? 0,
        stackTrace: ex.ex?.stackTrace ?? ''
    };
}

export function runAnonymous(
    program: Program,
    source: string,
    file: string,
    options: AnonymousOptions = {}
): AnonymousResult {
    const compiled = compileAnonymous(program, source, file);
    const rt = new Runtime({ ...options, program });
    const result: AnonymousResult = {
        debug: rt.debugLog,
        exception: null,
        unsupported: null,
        gaps: compiled.gaps,
        statements: 0,
        asyncJobs: []
    };
    rt.run(() => {
        const main = compiled.main;
        const frame = new Frame(rt, null, new Array<unknown>(main.localCount), main, null, file, 1);
        // A script is one request: "If the request doesn't complete successfully, all database changes are rolled
        // back" (Apex Developer Guide, Transaction Control). Run as a test, it is a test method, whose org is thrown
        // away anyway.
        let savepoint = !rt.isTest && !(rt.db instanceof NotAvailableDatabase) ? rt.db.setSavepoint(rt) : null;
        try {
            rt.enter(frame, () => main.body!(frame));
            if (savepoint) {
                rt.db.releaseSavepoint?.(savepoint, rt);
                savepoint = null;
            }
            // The script's transaction committed: the work it queued runs now, each job its own transaction. Run
            // as a test, the script is a test method, at whose end its unstarted scheduled jobs run.
            if (rt.isTest) {
                runEndOfTestAsync(rt);
            } else {
                runQueuedAsync(rt);
            }
        } catch (error) {
            if (error instanceof ApexThrow) {
                if (savepoint) {
                    rt.db.rollback(savepoint, rt);
                }
                result.exception = describeThrow(error);
            } else if (error instanceof UnsupportedError) {
                if (savepoint) {
                    rt.db.rollback(savepoint, rt);
                }
                result.unsupported = error;
            } else {
                throw error;
            }
        }
    });
    result.statements = rt.statements;
    result.asyncJobs = asyncReports(rt);
    return result;
}
