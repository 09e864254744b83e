/**
 * Governor limit counters. Count-based limits are emulated exactly (the in-memory org increments them);
 * CPU time and heap cannot be, so Limits.getCpuTime() reports a deterministic proxy (statements / 1000) and the
 * heap is reported as 0.
 */
import { apexError } from './errors';

export interface LimitCounters {
    queries: number;
    queryRows: number;
    aggregateQueries: number;
    soslQueries: number;
    dmlStatements: number;
    dmlRows: number;
    callouts: number;
    futureCalls: number;
    queueableJobs: number;
    emailInvocations: number;
    publishImmediateDml: number;
    /** Statement count when this limit context began, for getCpuTime(). */
    statementsAtStart: number;
}

export function freshLimits(statementsAtStart = 0): LimitCounters {
    return {
        queries: 0,
        queryRows: 0,
        aggregateQueries: 0,
        soslQueries: 0,
        dmlStatements: 0,
        dmlRows: 0,
        callouts: 0,
        futureCalls: 0,
        queueableJobs: 0,
        emailInvocations: 0,
        publishImmediateDml: 0,
        statementsAtStart
    };
}

/** Synchronous limits of a transaction (Apex Developer Guide, "Execution Governors and Limits"). */
export const SYNC_LIMITS = {
    queries: 100,
    queryRows: 50000,
    aggregateQueries: 300,
    soslQueries: 20,
    dmlStatements: 150,
    dmlRows: 10000,
    callouts: 100,
    futureCalls: 50,
    queueableJobs: 50,
    emailInvocations: 10,
    publishImmediateDml: 150,
    cpuTime: 10000,
    heapSize: 6000000
};

/** Asynchronous transactions (batch execute, queueable, future) get larger SOQL, CPU and heap limits. */
export const ASYNC_LIMITS: typeof SYNC_LIMITS = {
    ...SYNC_LIMITS,
    queries: 200,
    // "In asynchronous transactions (for example, from a batch Apex job), you can add only one job to the queue
    // with System.enqueueJob" (Queueable Apex Limits).
    queueableJobs: 1,
    cpuTime: 60000,
    heapSize: 12000000
};

/** The limits in force for a runtime: async ones while it runs asynchronous work. */
export function limitsFor(rt: { asyncContext: boolean }): typeof SYNC_LIMITS {
    return rt.asyncContext ? ASYNC_LIMITS : SYNC_LIMITS;
}

interface Chargeable {
    asyncContext: boolean;
    limits: LimitCounters;
}

/** Counts one SOQL query before it runs; the 101st (201st async) throws, as documented. */
export function chargeQuery(rt: Chargeable): void {
    const limit = limitsFor(rt).queries;
    if (rt.limits.queries + 1 > limit) {
        throw apexError('System.LimitException', `Too many SOQL queries: ${limit + 1}`);
    }
    rt.limits.queries++;
}

/** Counts the rows a query returned (subquery rows included); past 50,000 throws. */
export function chargeQueryRows(rt: Chargeable, rows: number): void {
    const limit = limitsFor(rt).queryRows;
    if (rt.limits.queryRows + rows > limit) {
        throw apexError('System.LimitException', `Too many query rows: ${rt.limits.queryRows + rows}`);
    }
    rt.limits.queryRows += rows;
}

/** Counts one DML statement and its rows before it runs: the 151st statement or the 10,001st row throws. */
export function chargeDml(rt: Chargeable, rows: number): void {
    const limits = limitsFor(rt);
    if (rt.limits.dmlStatements + 1 > limits.dmlStatements) {
        throw apexError('System.LimitException', `Too many DML statements: ${limits.dmlStatements + 1}`);
    }
    if (rt.limits.dmlRows + rows > limits.dmlRows) {
        throw apexError('System.LimitException', `Too many DML rows: ${rt.limits.dmlRows + rows}`);
    }
    rt.limits.dmlStatements++;
    rt.limits.dmlRows += rows;
}
