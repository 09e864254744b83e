/**
 * Governor limit counters. Count-based limits are emulated exactly (the in-memory org increments them);
 * CPU time and heap cannot be, so Limits.getCpuTime() reports a deterministic proxy (statements / 1000) and the
 * heap is reported as 0.
 */
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
