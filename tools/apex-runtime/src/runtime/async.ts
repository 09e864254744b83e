/**
 * Asynchronous Apex: the job queue behind Database.executeBatch, System.enqueueJob, @future methods and
 * System.schedule. Each job writes the AsyncApexJob / CronTrigger / CronJobDetail rows a setup page would query,
 * and runs as its own transaction with fresh limits (async limits for batch, queueable and future).
 *
 * When queued work runs (see docs/async.md):
 * - in a test, work queued between Test.startTest() and Test.stopTest() runs synchronously, in order, inside
 *   stopTest ("all asynchronous calls made after the startTest method are collected by the system. When
 *   stopTest is executed, all asynchronous processes are run synchronously", Apex Developer Guide, "Using
 *   Limits, startTest, and stopTest"); other work never runs, except a scheduled job, which runs when the test
 *   method ends; jobs queued by running jobs follow the platform's chaining rules (enqueueJob, executeBatch);
 * - in anonymous Apex, the queue runs after the script's transaction commits, and is reported; a script that
 *   ends in an exception rolls back, so its queued jobs never run.
 */
import { CronError, nextFireTime, parseCron, type CronSchedule } from '../lib/cron';
import { InMemoryOrg } from '../org/org';
import type { StoredRecord } from '../org/store';
import { T, type ApexType } from '../compile/types';
import type { RClass, RMethod } from '../compile/model';
import { ApexList, ApexMap, ApexSet } from '../values/collections';
import { ApexDatetime } from '../values/dates';
import { ApexDecimal } from '../values/decimal';
import { ApexId } from '../values/id';
import { LibValue } from '../values/misc';
import { ApexObject, ApexThrow, UnsupportedError } from '../values/objects';
import { SObjectValue } from '../values/sobject';
import { exceptionMessage, exceptionTypeName } from '../values/format';
import { builtinClassOrThrow } from './builtinClasses';
import { apexError } from './errors';
import { freshLimits } from './limits';
import type { Runtime } from './runtime';

/** What is running now: decides which async calls are allowed and what System.isBatch() & co. answer. */
export type AsyncKind =
    | 'batch-start'
    | 'batch-execute'
    | 'batch-finish'
    | 'queueable'
    | 'future'
    | 'scheduled'
    | 'finalizer'
    | 'deploy-callback';

/** One job's outcome, for the anonymous runner's report. */
export interface AsyncJobReport {
    id: string;
    jobType: 'BatchApex' | 'Queueable' | 'Future' | 'ScheduledApex';
    className: string;
    status: string;
    numberOfErrors: number;
    extendedStatus: string | null;
}

interface JobHandle {
    report: AsyncJobReport;
    aborted: boolean;
}

class AsyncState {
    current: AsyncKind | null = null;
    /** Outside tests: work queued by the transaction, run after it. */
    readonly queue: Array<() => void> = [];
    /** In a test: scheduled jobs scheduled outside startTest/stopTest, run when the test method ends. */
    readonly endOfTest: Array<() => void> = [];
    readonly jobs = new Map<string, JobHandle>();
    batchJobs = 0;
    scheduledJobs = 0;
    /** The Finalizer attached by the queueable running now. */
    finalizer: ApexObject | null = null;
    /** Jobs run so far: a guard against chains that never end. */
    jobsRun = 0;
}

/** More jobs than this in one run means a chain that never ends (the platform would run it forever). */
const MAX_JOBS = 1000;

/** Counts a job about to run; stops a run whose jobs keep queueing jobs. */
function countJob(rt: Runtime, cls: RClass): void {
    if (++asyncState(rt).jobsRun > MAX_JOBS) {
        const file = cls.topLevel.file;
        const line = cls.decl?.line ?? 0;
        throw new UnsupportedError(
            `more than ${MAX_JOBS} asynchronous jobs in one run (a job chain that never ends)`,
            file,
            line
        );
    }
}

const states = new WeakMap<Runtime, AsyncState>();

export function asyncState(rt: Runtime): AsyncState {
    let state = states.get(rt);
    if (!state) {
        state = new AsyncState();
        states.set(rt, state);
    }
    return state;
}

/** Every job queued in this runtime, in order. */
export function asyncReports(rt: Runtime): AsyncJobReport[] {
    return [...new Set(asyncState(rt).jobs.values())].map((j) => j.report);
}

// ------------------------------------------------------------------------------------------------ records

function orgOf(rt: Runtime, what: string): InMemoryOrg {
    if (rt.db instanceof InMemoryOrg) {
        return rt.db;
    }
    const { file, line } = rt.currentLocation();
    throw new UnsupportedError(`${what} (async Apex needs the in-memory org)`, file, line);
}

const nowValue = (rt: Runtime): ApexDatetime => ApexDatetime.newInstance(rt.now());

function insertRow(org: InMemoryOrg, rt: Runtime, objectName: string, values: Record<string, unknown>): ApexId {
    const info = org.schema.getObject(objectName);
    if (!info) {
        throw new Error(`standard object ${objectName} missing from the schema`);
    }
    const userId = ApexId.parse(rt.user.id);
    const fields = new Map<string, unknown>([
        ['createddate', nowValue(rt)],
        ['lastmodifieddate', nowValue(rt)],
        ['systemmodstamp', nowValue(rt)],
        ['createdbyid', userId],
        ['lastmodifiedbyid', userId]
    ]);
    for (const [name, value] of Object.entries(values)) {
        fields.set(name.toLowerCase(), value);
    }
    return org.store.insert(info, fields).id;
}

/** Updates a row by Id (a rollback may have purged it), as an open savepoint's journal needs (`touch`). */
function updateRow(rt: Runtime, id: ApexId, values: Record<string, unknown>): void {
    const store = orgOf(rt, 'async job').store;
    const record: StoredRecord | undefined = store.get(id);
    if (record) {
        store.touch(record);
        for (const [name, value] of Object.entries(values)) {
            record.fields.set(name.toLowerCase(), value);
        }
        record.fields.set('lastmodifieddate', nowValue(rt));
    }
}

/**
 * The ApexClass row of the job's top-level class (a class declared in anonymous Apex stands for itself), created
 * on first use so AsyncApexJob.ApexClass.Name can be shown.
 */
function apexClassId(org: InMemoryOrg, rt: Runtime, cls: RClass): ApexId {
    const name = cls.topLevel.isAnonymousScope ? cls.fullName : cls.topLevel.name;
    for (const row of org.store.rows('ApexClass')) {
        if (String(row.fields.get('name')).toLowerCase() === name.toLowerCase()) {
            return row.id;
        }
    }
    return insertRow(org, rt, 'ApexClass', { Name: name, Status: 'Active' });
}

const decimal = (n: number): ApexDecimal => ApexDecimal.fromInteger(n);

function newJob(
    rt: Runtime,
    jobType: AsyncJobReport['jobType'],
    cls: RClass,
    extra: Record<string, unknown>
): JobHandle {
    const org = orgOf(rt, `${jobType} job`);
    const id = insertRow(org, rt, 'AsyncApexJob', {
        Status: 'Queued',
        JobType: jobType,
        ApexClassId: apexClassId(org, rt, cls),
        NumberOfErrors: decimal(0),
        JobItemsProcessed: decimal(0),
        TotalJobItems: decimal(0),
        ...extra
    });
    const handle: JobHandle = {
        report: {
            id: id.value,
            jobType,
            className: cls.fullName,
            status: 'Queued',
            numberOfErrors: 0,
            extendedStatus: null
        },
        aborted: false
    };
    asyncState(rt).jobs.set(id.value, handle);
    return handle;
}

function setStatus(rt: Runtime, job: JobHandle, status: string, extra: Record<string, unknown> = {}): void {
    job.report.status = status;
    const done = status === 'Completed' || status === 'Failed' || status === 'Aborted';
    updateRow(rt, ApexId.parse(job.report.id)!, {
        Status: status,
        ...(done ? { CompletedDate: nowValue(rt) } : {}),
        ...extra
    });
}

function recordError(rt: Runtime, job: JobHandle, error: ApexThrow): void {
    job.report.numberOfErrors++;
    job.report.extendedStatus ??= `First error: ${errorText(error)}`;
    updateRow(rt, ApexId.parse(job.report.id)!, {
        NumberOfErrors: decimal(job.report.numberOfErrors),
        ExtendedStatus: job.report.extendedStatus
    });
}

function errorText(error: ApexThrow): string {
    return `${exceptionTypeName(error.exception)}: ${exceptionMessage(error.exception) ?? ''}`;
}

// ------------------------------------------------------------------------------------------------ queueing

/**
 * Queues `run`. In a test it runs at Test.stopTest when queued inside the startTest/stopTest window, or when
 * queued by a job that stopTest is running (`chained`, where the caller allows it). Outside tests it runs after
 * the transaction (runQueuedAsync).
 */
function enqueue(rt: Runtime, run: () => void, chained = true): void {
    const state = asyncState(rt);
    if (!rt.isTest) {
        state.queue.push(run);
    } else if (state.current !== null ? chained : rt.testStarted && !rt.testStopped) {
        rt.pendingAsync.push(run);
    }
}

/** Runs the work queued by an anonymous script (and the jobs that work queues), after its transaction. */
export function runQueuedAsync(rt: Runtime): void {
    const queue = asyncState(rt).queue;
    while (queue.length > 0) {
        queue.shift()!();
    }
}

/** Called when a test method ends: runs the scheduled jobs it scheduled outside startTest/stopTest. */
export function runEndOfTestAsync(rt: Runtime): void {
    const pending = asyncState(rt).endOfTest;
    while (pending.length > 0) {
        pending.shift()!();
    }
}

/**
 * Runs `body` as a separate transaction: fresh limits (async ones unless `syncLimits`), its own savepoint so a
 * failure rolls its DML back. Returns the Apex exception that ended it, or null; Unsupported stops propagate.
 */
function transaction(rt: Runtime, kind: AsyncKind, body: () => void, syncLimits = false): ApexThrow | null {
    const state = asyncState(rt);
    const saved = { limits: rt.limits, asyncContext: rt.asyncContext, current: state.current };
    rt.limits = freshLimits(rt.statements);
    rt.asyncContext = !syncLimits;
    state.current = kind;
    const savepoint = rt.db.setSavepoint(rt);
    const queued = { queue: state.queue.length, pending: rt.pendingAsync.length, jobs: new Set(state.jobs.keys()) };
    try {
        // Static variables start over in every transaction. A test is one context, where the test reads what
        // its async code left in statics after stopTest.
        if (rt.isTest) {
            body();
        } else {
            rt.withFreshStatics(body);
        }
        rt.db.releaseSavepoint?.(savepoint, rt);
        return null;
    } catch (error) {
        if (error instanceof ApexThrow) {
            // The rollback takes the jobs this transaction queued with it (their AsyncApexJob rows included).
            rt.db.rollback(savepoint, rt);
            state.queue.splice(queued.queue);
            rt.pendingAsync.splice(queued.pending);
            for (const id of [...state.jobs.keys()].filter((k) => !queued.jobs.has(k))) {
                state.jobs.delete(id);
            }
            return error;
        }
        throw error;
    } finally {
        rt.limits = saved.limits;
        rt.asyncContext = saved.asyncContext;
        state.current = saved.current;
    }
}

/** An instance method of `obj` by name and parameter types (lower-case library type names, or null for any). */
function findMethod(obj: ApexObject, name: string, params: Array<string | null>): RMethod {
    for (const m of obj.cls.vtable.values()) {
        if (
            m.lname === name &&
            !m.isAbstract &&
            m.params.length === params.length &&
            params.every((p, i) => p === null || typeKey(m.params[i].type) === p)
        ) {
            return m;
        }
    }
    throw new Error(`${obj.cls.fullName} has no ${name} method`);
}

const typeKey = (t: ApexType): string => (t.k === 'lib' ? t.name.toLowerCase() : '');

// ------------------------------------------------------------------------------------------------ contexts

/** Database.BatchableContext, System.QueueableContext, System.SchedulableContext. */
export class AsyncContextValue extends LibValue {
    constructor(
        readonly libTypeName: string,
        readonly jobId: ApexId | null,
        readonly childJobId: ApexId | null = null
    ) {
        super();
    }
}

// ------------------------------------------------------------------------------------------------ queueable

/**
 * System.enqueueJob: "You can add up to 50 jobs to the queue with System.enqueueJob in a single transaction. In
 * asynchronous transactions (for example, from a batch Apex job), you can add only one job to the queue" (Apex
 * Developer Guide, Queueable Apex Limits). A finalizer, too, "can enqueue a single asynchronous Apex job";
 * scheduled Apex has the synchronous allowance.
 */
export function enqueueQueueable(rt: Runtime, job: ApexObject): ApexId {
    const state = asyncState(rt);
    const limit = state.current !== null && state.current !== 'scheduled' ? 1 : 50;
    if (rt.limits.queueableJobs + 1 > limit) {
        throw apexError('System.LimitException', `Too many queueable jobs added to the queue: ${limit + 1}`);
    }
    // A queueable chained from a queueable cannot run in a test: the platform stops it with this error.
    if (rt.isTest && state.current === 'queueable') {
        throw apexError('System.AsyncException', 'Maximum stack depth has been reached.');
    }
    rt.limits.queueableJobs++;
    // The job is serialized when it is queued: later changes to the caller's object do not reach it.
    const queued = serialized(job);
    const handle = newJob(rt, 'Queueable', job.cls, {});
    const id = ApexId.parse(handle.report.id)!;
    enqueue(rt, () => {
        if (handle.aborted) {
            return;
        }
        countJob(rt, job.cls);
        setStatus(rt, handle, 'Processing');
        const context = new AsyncContextValue('System.QueueableContext', id);
        const execute = findMethod(queued, 'execute', ['system.queueablecontext']);
        state.finalizer = null;
        const error = transaction(rt, 'queueable', () => rt.invoke(execute, queued, [context]));
        // The attachment survives the job's rollback: that is what a finalizer is for.
        const finalizer = state.finalizer as ApexObject | null;
        state.finalizer = null;
        if (finalizer) {
            runFinalizer(rt, finalizer, id, error);
        }
        finishSimpleJob(rt, handle, error);
    });
    return id;
}

/** System.attachFinalizer: "Only one finalizer instance can be attached to any Queueable job" (Transaction Finalizers). */
export function attachFinalizer(rt: Runtime, finalizer: ApexObject): void {
    const state = asyncState(rt);
    if (state.current !== 'queueable' || state.finalizer) {
        const { file, line } = rt.currentLocation();
        throw new UnsupportedError(
            state.finalizer
                ? 'a second System.attachFinalizer in one job'
                : 'System.attachFinalizer outside a queueable',
            file,
            line
        );
    }
    state.finalizer = finalizer;
}

/** FinalizerContext: the parent job and how it ended. */
export class FinalizerContextValue extends LibValue {
    readonly libTypeName = 'System.FinalizerContext';
    constructor(
        readonly jobId: ApexId,
        readonly error: ApexThrow | null
    ) {
        super();
    }
}

/**
 * Runs a queueable's finalizer after the job, in its own transaction, whether the job succeeded or not. It runs
 * with synchronous limits (measured: 100 SOQL queries, 10 s CPU) and may queue one async job.
 */
function runFinalizer(rt: Runtime, finalizer: ApexObject, jobId: ApexId, jobError: ApexThrow | null): void {
    const execute = findMethod(finalizer, 'execute', ['system.finalizercontext']);
    const context = new FinalizerContextValue(jobId, jobError);
    const error = transaction(rt, 'finalizer', () => rt.invoke(execute, finalizer, [context]), true);
    if (error && rt.isTest) {
        throw error;
    }
}

/** Queueable, future and scheduled jobs: Completed, or Failed with the error; a test sees the error. */
function finishSimpleJob(rt: Runtime, handle: JobHandle, error: ApexThrow | null): void {
    if (!error) {
        setStatus(rt, handle, 'Completed');
        return;
    }
    recordError(rt, handle, error);
    setStatus(rt, handle, 'Failed');
    if (rt.isTest) {
        // In a test, an exception escaping async code fails the test at Test.stopTest().
        throw error;
    }
}

// ------------------------------------------------------------------------------------------------ metadata

/**
 * Metadata.Operations.enqueueDeployment (src/platform/metadata.ts): "Deployment is queued for asynchronous
 * processing" (Apex Developer Guide, "Retrieving and Deploying Metadata"), so `deploy` runs after the queuing
 * transaction commits, like the other queued work (never in a test: the caller refuses the call there).
 */
export function queueMetadataDeployment(rt: Runtime, deploy: () => void): void {
    enqueue(rt, deploy);
}

/**
 * A DeployCallback's handleResult: "Salesforce calls your DeployCallback.handleResult() method asynchronously once
 * the queued deployment completes" (DeployCallback Interface), so it runs as its own transaction with the
 * asynchronous limits. An exception it throws rolls its work back and is returned.
 */
export function runDeployCallback(rt: Runtime, cls: RClass, body: () => void): ApexThrow | null {
    countJob(rt, cls);
    return transaction(rt, 'deploy-callback', body);
}

// ------------------------------------------------------------------------------------------------ future

/** An @future call: queued, run later in its own transaction. */
export function callFuture(rt: Runtime, method: RMethod, args: unknown[]): void {
    const state = asyncState(rt);
    if (state.current === 'future' || state.current?.startsWith('batch')) {
        throw apexError('System.AsyncException', 'Future method cannot be called from a future or batch method');
    }
    // A finalizer may queue one asynchronous job (measured: the second future call fails).
    const limit = state.current === 'finalizer' ? 1 : 50;
    if (rt.limits.futureCalls + 1 > limit) {
        throw apexError('System.LimitException', `Too many future calls: ${limit + 1}`);
    }
    rt.limits.futureCalls++;
    // The arguments are captured at the call: only primitives and their collections are allowed because "the
    // sObject might change between the time you call the method and the time it executes" (Future Methods).
    const captured = args.map((a) => copyValue(a, new Map(), false));
    const handle = newJob(rt, 'Future', method.owner, { MethodName: method.name });
    enqueue(rt, () => {
        if (handle.aborted) {
            return;
        }
        countJob(rt, method.owner);
        setStatus(rt, handle, 'Processing');
        const error = transaction(rt, 'future', () => rt.invoke(method, null, captured));
        finishSimpleJob(rt, handle, error);
    });
}

// ------------------------------------------------------------------------------------------------ batch

/** Database.QueryLocator: the query is run when the batch (or iterator()) reads it. */
export class QueryLocatorValue extends LibValue {
    readonly libTypeName = 'Database.QueryLocator';
    constructor(
        /** Runs the query (charging one SOQL query, not its rows) and returns its records. */
        readonly fetch: () => ApexList,
        /** getQuery(): the query text, or null when it cannot be reproduced (inline binds). */
        readonly text: string | null
    ) {
        super();
    }
}

const MAX_TEST_BATCH_JOBS = 5;
const MAX_FLEX_QUEUE = 100;

/** Database.executeBatch(batchable, scope). */
export function executeBatch(rt: Runtime, batch: ApexObject, scope: number): ApexId {
    const state = asyncState(rt);
    if (state.current === 'batch-start' || state.current === 'batch-execute' || state.current === 'future') {
        throw apexError(
            'System.AsyncException',
            'Database.executeBatch cannot be called from a batch start, batch execute, or future method'
        );
    }
    if (scope < 1) {
        const { file, line } = rt.currentLocation();
        throw new UnsupportedError('Database.executeBatch with a scope below 1 (error not documented)', file, line);
    }
    if (rt.isTest && state.batchJobs >= MAX_TEST_BATCH_JOBS) {
        throw apexError(
            'System.LimitException',
            'Attempted to schedule too many concurrent batch jobs in this org (limit is 5).'
        );
    }
    if (state.batchJobs >= MAX_FLEX_QUEUE) {
        throw apexError('System.AsyncException', "You've exceeded the limit of 100 jobs in the flex queue for org.");
    }
    state.batchJobs++;
    const handle = newJob(rt, 'BatchApex', batch.cls, {});
    const id = ApexId.parse(handle.report.id)!;
    const submitted = serialized(batch);
    // In a test, a batch started by async code (a batch's finish, a scheduled job) is queued but not run by the
    // same stopTest (salesforce.stackexchange.com/questions/93670).
    enqueue(
        rt,
        () => {
            try {
                runBatch(rt, submitted, scope, handle, id);
            } finally {
                // Outside tests the limit is on jobs queued or active at once; in a test, on jobs submitted.
                if (!rt.isTest) {
                    state.batchJobs--;
                }
            }
        },
        false
    );
    return id;
}

function runBatch(rt: Runtime, batch: ApexObject, scope: number, handle: JobHandle, id: ApexId): void {
    if (handle.aborted) {
        return;
    }
    countJob(rt, batch.cls);
    // `batch` is the job as serialized when it was submitted. Every transaction deserializes its own instance:
    // with Database.Stateful from the state the previous transaction left, otherwise from the submitted state
    // ("If you don't specify Database.Stateful, all static and instance member variables are set back to their
    // original values", Using Batch Apex). The state is saved when a transaction commits, so a failed one leaves
    // no trace in it.
    const stateful = batch.cls.isSubclassOf(statefulInterface());
    let saved = batch;
    let current = batch;
    const instance = (): ApexObject => (current = serialized(saved));
    const commit = (error: ApexThrow | null): void => {
        if (stateful && !error) {
            saved = current;
        }
    };
    const context = new AsyncContextValue('Database.BatchableContext', id);
    setStatus(rt, handle, 'Preparing');
    let records: ApexList | null = null;
    let chunkSize = scope;
    const startError = transaction(rt, 'batch-start', () => {
        const start = findMethod(batch, 'start', [null]);
        const source = rt.invoke(start, instance(), [context]);
        if (source instanceof QueryLocatorValue) {
            // "If the start method of the batch class returns a QueryLocator, the optional scope parameter of
            // Database.executeBatch can have a maximum value of 2,000" (Batch Apex Governor Limits).
            chunkSize = Math.min(scope, 2000);
            records = source.fetch();
        } else {
            records = iterableItems(rt, source);
        }
    });
    commit(startError);
    if (startError) {
        failBatch(rt, handle, startError);
        return;
    }
    const items = records!.items;
    const elemType = records!.elemType;
    const chunks = Math.ceil(items.length / chunkSize);
    setStatus(rt, handle, 'Processing', { TotalJobItems: decimal(chunks) });
    const execute = findMethod(batch, 'execute', ['database.batchablecontext', null]);
    for (let i = 0; i < chunks; i++) {
        if (handle.aborted) {
            return;
        }
        if (rt.isTest && i === 1) {
            throw apexError(
                'System.UnexpectedException',
                'No more than one executeBatch can be called from within a test method.  Please make sure the ' +
                    'iterable returned from your start method matches the batch size, resulting in one ' +
                    'executeBatch invocation.'
            );
        }
        const chunk = new ApexList(items.slice(i * chunkSize, (i + 1) * chunkSize), elemType);
        const target = instance();
        // Each chunk runs as a BatchApexWorker child job of the batch job (BatchableContext.getChildJobId()).
        const org = orgOf(rt, 'batch execute');
        const childId = insertRow(org, rt, 'AsyncApexJob', {
            Status: 'Processing',
            JobType: 'BatchApexWorker',
            ApexClassId: apexClassId(org, rt, batch.cls),
            ParentJobId: id,
            NumberOfErrors: decimal(0),
            JobItemsProcessed: decimal(0),
            TotalJobItems: decimal(1)
        });
        const chunkContext = new AsyncContextValue('Database.BatchableContext', id, childId);
        const error = transaction(rt, 'batch-execute', () => rt.invoke(execute, target, [chunkContext, chunk]));
        commit(error);
        updateRow(rt, childId, {
            Status: error ? 'Failed' : 'Completed',
            CompletedDate: nowValue(rt),
            JobItemsProcessed: decimal(1),
            NumberOfErrors: decimal(error ? 1 : 0),
            ...(error ? { ExtendedStatus: `First error: ${errorText(error)}` } : {})
        });
        updateRow(rt, id, { JobItemsProcessed: decimal(i + 1) });
        if (error) {
            recordError(rt, handle, error);
            if (rt.isTest) {
                // In a test the exception fails the test at stopTest, and finish does not run
                // (salesforce.stackexchange.com/questions/268192).
                setStatus(rt, handle, 'Failed');
                throw error;
            }
        }
    }
    const finish = findMethod(batch, 'finish', [null]);
    const finishError = transaction(rt, 'batch-finish', () => rt.invoke(finish, instance(), [context]));
    if (finishError) {
        failBatch(rt, handle, finishError);
        return;
    }
    setStatus(rt, handle, 'Completed');
}

function failBatch(rt: Runtime, handle: JobHandle, error: ApexThrow): void {
    recordError(rt, handle, error);
    setStatus(rt, handle, 'Failed');
    if (rt.isTest) {
        throw error;
    }
}

const statefulInterface = (): RClass => builtinClassOrThrow('Database.Stateful');

/** The records of an Iterable start: a List, or a user Iterable walked through its Iterator. */
function iterableItems(rt: Runtime, source: unknown): ApexList {
    if (source instanceof ApexList) {
        return source;
    }
    if (source instanceof ApexObject) {
        const iterator = rt.invoke(findMethod(source, 'iterator', []), source, []);
        const items: unknown[] = [];
        if (iterator instanceof ApexObject) {
            const hasNext = findMethod(iterator, 'hasnext', []);
            const next = findMethod(iterator, 'next', []);
            while (rt.invoke(hasNext, iterator, []) === true) {
                items.push(rt.invoke(next, iterator, []));
            }
            return new ApexList(items, T.Object);
        }
    }
    if (source === null) {
        throw apexError('System.NullPointerException', 'Attempt to de-reference a null object');
    }
    const { file, line } = rt.currentLocation();
    throw new UnsupportedError('batch start returning this kind of Iterable', file, line);
}

/** A job object as serializing and deserializing it gives it back: a copy without its transient fields. */
export function serialized(job: ApexObject): ApexObject {
    return copyValue(job, new Map(), true) as ApexObject;
}

/**
 * A copy of an Apex value as serialization would give it: objects, collections and SObjects copied, transient
 * fields dropped (when `dropTransient`), shared references kept shared.
 */
function copyValue(v: unknown, memo: Map<unknown, unknown>, dropTransient: boolean): unknown {
    if (v === null || typeof v !== 'object') {
        return v;
    }
    const seen = memo.get(v);
    if (seen !== undefined) {
        return seen;
    }
    if (v instanceof ApexObject) {
        if (v.ex || v.stubProvider) {
            return v;
        }
        const copy = new ApexObject(v.cls, new Array<unknown>(v.fields.length));
        memo.set(v, copy);
        const transient = dropTransient ? transientSlots(v.cls) : new Set<number>();
        v.fields.forEach((f, i) => (copy.fields[i] = transient.has(i) ? null : copyValue(f, memo, dropTransient)));
        return copy;
    }
    if (v instanceof ApexList) {
        const copy = new ApexList([], v.elemType);
        memo.set(v, copy);
        copy.items.push(...v.items.map((x) => copyValue(x, memo, dropTransient)));
        return copy;
    }
    if (v instanceof ApexSet) {
        const copy = new ApexSet(v.elemType);
        memo.set(v, copy);
        v.items().forEach((x) => copy.add(copyValue(x, memo, dropTransient)));
        return copy;
    }
    if (v instanceof ApexMap) {
        const copy = new ApexMap(v.keyType, v.valueType);
        memo.set(v, copy);
        for (const k of v.store.keys()) {
            copy.put(k, copyValue(v.get(k), memo, dropTransient));
        }
        return copy;
    }
    if (v instanceof SObjectValue) {
        const copy = v.clone();
        memo.set(v, copy);
        for (const [name, value] of copy.values) {
            copy.values.set(name, copyValue(value, memo, dropTransient));
        }
        return copy;
    }
    return v;
}

function transientSlots(cls: RClass): Set<number> {
    const slots = new Set<number>();
    for (let c: RClass | null = cls; c; c = c.superclass) {
        for (const field of c.fields.values()) {
            if (field.isTransient && !field.isStatic) {
                slots.add(field.slot);
            }
        }
    }
    return slots;
}

// ------------------------------------------------------------------------------------------------ schedule

const MAX_SCHEDULED = 100;

/** System.schedule(name, cron, schedulable): the CronTrigger Id. */
export function scheduleJob(rt: Runtime, name: string, expression: string, job: ApexObject): ApexId {
    const state = asyncState(rt);
    let schedule: CronSchedule;
    try {
        schedule = parseCron(expression);
    } catch (error) {
        if (error instanceof CronError) {
            throw apexError('System.StringException', error.message);
        }
        throw error;
    }
    const org = orgOf(rt, 'System.schedule');
    for (const detail of org.store.rows('CronJobDetail')) {
        if (detail.fields.get('name') === name) {
            throw apexError(
                'System.AsyncException',
                `The Apex job named "${name}" is already scheduled for execution.`
            );
        }
    }
    if (state.scheduledJobs >= MAX_SCHEDULED) {
        throw apexError('System.AsyncException', 'You have exceeded the maximum number (100) of Apex scheduled jobs.');
    }
    const next = nextFireTime(schedule, rt.now(), rt.user.timeZone);
    if (next === null) {
        throw apexError('System.AsyncException', 'Based on configured schedule, the given trigger will never fire.');
    }
    state.scheduledJobs++;
    // CronJobDetail.JobType 7 is Scheduled Apex (CronJobDetail, Object Reference).
    const detailId = insertRow(org, rt, 'CronJobDetail', { Name: name, JobType: '7' });
    const triggerId = insertRow(org, rt, 'CronTrigger', {
        CronExpression: expression,
        State: 'WAITING',
        NextFireTime: ApexDatetime.newInstance(next),
        PreviousFireTime: null,
        StartTime: nowValue(rt),
        EndTime: null,
        TimesTriggered: decimal(0),
        TimeZoneSidKey: rt.user.timeZone,
        OwnerId: ApexId.parse(rt.user.id),
        CronJobDetailId: detailId
    });
    const handle = newJob(rt, 'ScheduledApex', job.cls, { CronTriggerId: triggerId });
    // The scheduled time has not come while the script runs: only a test runs it, at stopTest, or "If you don't
    // include the System.schedule method within the startTest and stopTest methods, the scheduled job executes at
    // the end of your test method" (Apex Developer Guide, Apex Scheduler, "Testing the Apex Scheduler").
    if (rt.isTest) {
        // Serialized when scheduled, like every queued job.
        const scheduled = serialized(job);
        const run = (): void => runScheduled(rt, scheduled, handle, triggerId, schedule);
        if (state.current === null && !(rt.testStarted && !rt.testStopped)) {
            state.endOfTest.push(run);
        } else {
            enqueue(rt, run, false);
        }
    }
    asyncState(rt).jobs.set(triggerId.value, handle);
    return triggerId;
}

function runScheduled(rt: Runtime, job: ApexObject, handle: JobHandle, triggerId: ApexId, s: CronSchedule): void {
    const trigger = orgOf(rt, 'scheduled job').store.get(triggerId);
    if (handle.aborted || !trigger) {
        return;
    }
    countJob(rt, job.cls);
    const times = Number((trigger.fields.get('timestriggered') as ApexDecimal | null)?.toString() ?? 0) + 1;
    const next = nextFireTime(s, rt.now(), rt.user.timeZone);
    updateRow(rt, triggerId, {
        TimesTriggered: decimal(times),
        PreviousFireTime: nowValue(rt),
        NextFireTime: next === null ? null : ApexDatetime.newInstance(next)
    });
    setStatus(rt, handle, 'Processing');
    const context = new AsyncContextValue('System.SchedulableContext', triggerId);
    const execute = findMethod(job, 'execute', ['system.schedulablecontext']);
    // Scheduled Apex runs with the synchronous limits (measured: 100 SOQL queries, 10 s CPU).
    const error = transaction(rt, 'scheduled', () => rt.invoke(execute, job, [context]), true);
    finishSimpleJob(rt, handle, error);
}

// ------------------------------------------------------------------------------------------------ abort

/** System.abortJob: a CronTrigger Id unschedules the job; an AsyncApexJob Id stops a queued job. */
export function abortJob(rt: Runtime, jobId: string): void {
    const id = ApexId.parse(jobId);
    const handle = id ? asyncState(rt).jobs.get(id.value) : undefined;
    if (!id || !handle) {
        throw apexError('System.StringException', `Invalid id: ${jobId}`);
    }
    if (id.keyPrefix === '08e') {
        const org = orgOf(rt, 'System.abortJob');
        const trigger = org.store.get(id);
        if (trigger) {
            const detailId = trigger.fields.get('cronjobdetailid');
            org.store.purge(id);
            if (detailId instanceof ApexId) {
                org.store.purge(detailId);
            }
            asyncState(rt).scheduledJobs--;
        }
    }
    const status = handle.report.status;
    if (status !== 'Completed' && status !== 'Failed' && status !== 'Aborted') {
        handle.aborted = true;
        setStatus(rt, handle, 'Aborted');
    }
}
