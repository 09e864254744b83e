/**
 * Asynchronous Apex library surface: Database.executeBatch and QueryLocator, System.enqueueJob, System.schedule,
 * System.abortJob and the job contexts. The queue itself is runtime/async.ts.
 */
import type { SoqlRequest } from '../database/database';
import { nullPointer } from '../runtime/errors';
import type { Frame } from '../runtime/frame';
import { chargeQuery } from '../runtime/limits';
import { libEnumValue } from '../compile/dynamic';
import {
    abortJob,
    attachFinalizer,
    FinalizerContextValue,
    AsyncContextValue,
    enqueueQueueable,
    executeBatch,
    QueryLocatorValue,
    scheduleJob
} from '../runtime/async';
import { sharingOf } from '../compile/soql';
import { ApexList } from '../values/collections';
import { ApexObject, UnsupportedError } from '../values/objects';
import { ListIterator } from './collections';
import { AccessLevelValue, type BindResolver } from './database';
import { defineLibType, method } from './registry';

const Database = defineLibType('Database');
const System = defineLibType('System');
const BatchableContext = defineLibType('Database.BatchableContext');
const QueryLocator = defineLibType('Database.QueryLocator');
const QueryLocatorIterator = defineLibType('Database.QueryLocatorIterator');
const QueueableContext = defineLibType('System.QueueableContext', 'QueueableContext');
const SchedulableContext = defineLibType('System.SchedulableContext', 'SchedulableContext');

// ------------------------------------------------------------------------------------------------ batch

/** "scope: ... The default is 200" (Database.executeBatch, Apex Reference). */
const DEFAULT_SCOPE = 200;

method(Database, 'static Id executeBatch(Object, Integer?)', (_self, [batch, scope], f: Frame) => {
    if (batch === null || scope === null) {
        throw nullPointer();
    }
    return executeBatch(f.rt, batch as ApexObject, (scope as number | undefined) ?? DEFAULT_SCOPE);
});

method(BatchableContext, 'Id getJobId()', (self: AsyncContextValue) => self.jobId);
// getChildJobId: the BatchApexWorker job of the chunk being processed; null in start and finish.
method(BatchableContext, 'Id getChildJobId()', (self: AsyncContextValue) => self.childJobId);
method(QueueableContext, 'Id getJobId()', (self: AsyncContextValue) => self.jobId);
method(SchedulableContext, 'Id getTriggerId()', (self: AsyncContextValue) => self.jobId);

/**
 * Database.getQueryLocator(String[, AccessLevel]) or getQueryLocator([SELECT ...]). The compiler passes an inline
 * query as its SoqlRequest, unexecuted: the platform runs a locator's query when the batch reads it, and its rows
 * do not count against the query-rows limit ("If you use a QueryLocator object, the governor limit for the total
 * number of records retrieved by SOQL queries is bypassed", Using Batch Apex).
 */
method(Database, 'static Database.QueryLocator getQueryLocator(Object, Object...)', (_self, args, f: Frame) => {
    const [query, level] = args;
    if (query === null) {
        throw nullPointer();
    }
    const rt = f.rt;
    if (typeof query === 'string') {
        const bind = (
            typeof args[args.length - 1] === 'function' ? args[args.length - 1] : () => undefined
        ) as BindResolver;
        const cls = f.method?.owner;
        const request: SoqlRequest = {
            soql: query,
            bind,
            access: level instanceof AccessLevelValue ? level.mode : 'default',
            sharing: cls ? sharingOf(cls) : 'inherited',
            location: { file: f.file, line: f.line },
            dynamic: true
        };
        return new QueryLocatorValue(() => runLocator(rt, request), query);
    }
    if (query instanceof ApexList) {
        throw new UnsupportedError('Database.getQueryLocator of a List that is not an inline query', f.file, f.line);
    }
    const request = query as SoqlRequest;
    // getQuery() of an inline query with binds would show the platform's bind text, which is not known here.
    const text = /:__bind\d/.test(request.soql) ? null : request.soql;
    return new QueryLocatorValue(() => runLocator(rt, request), text);
});

/** One SOQL query; its rows do not count against the query-rows limit, whoever counted them. */
function runLocator(rt: Frame['rt'], request: SoqlRequest): ApexList {
    chargeQuery(rt);
    const rows = rt.limits.queryRows;
    const result = rt.db.query(request, rt) as ApexList;
    rt.limits.queryRows = rows;
    return result;
}

method(QueryLocator, 'String getQuery()', (self: QueryLocatorValue, _args, f: Frame) => {
    if (self.text === null) {
        throw new UnsupportedError('QueryLocator.getQuery() of an inline query with bind variables', f.file, f.line);
    }
    return self.text;
});
method(QueryLocator, 'Database.QueryLocatorIterator iterator()', (self: QueryLocatorValue) => {
    const iterator = new ListIterator(self.fetch().items);
    return Object.assign(iterator, { libTypeName: 'Database.QueryLocatorIterator' });
});
method(QueryLocatorIterator, 'Boolean hasNext()', (self: ListIterator) => self.hasNext());
method(QueryLocatorIterator, 'SObject next()', (self: ListIterator) => self.next());

// ------------------------------------------------------------------------------------------------ queueable

method(System, 'static Id enqueueJob(Object)', (_self, [job], f: Frame) => {
    if (job === null) {
        throw nullPointer();
    }
    return enqueueQueueable(f.rt, job as ApexObject);
});

// ------------------------------------------------------------------------------------------------ finalizers

const FinalizerContext = defineLibType('System.FinalizerContext', 'FinalizerContext');
const ParentJobResult = defineLibType('System.ParentJobResult', 'ParentJobResult');
ParentJobResult.enumValues = ['SUCCESS', 'UNHANDLED_EXCEPTION'];

method(System, 'static void attachFinalizer(Object)', (_self, [finalizer], f: Frame) => {
    if (finalizer === null) {
        throw nullPointer();
    }
    attachFinalizer(f.rt, finalizer as ApexObject);
    return null;
});
method(FinalizerContext, 'Id getAsyncApexJobId()', (self: FinalizerContextValue) => self.jobId);
method(FinalizerContext, 'System.ParentJobResult getResult()', (self: FinalizerContextValue) =>
    libEnumValue(ParentJobResult, self.error ? 'UNHANDLED_EXCEPTION' : 'SUCCESS')
);
method(FinalizerContext, 'Exception getException()', (self: FinalizerContextValue) => self.error?.exception ?? null);
// "The Queueable job and the Finalizer execution share the same request ID": the job Id stands in for it.
method(FinalizerContext, 'String getRequestId()', (self: FinalizerContextValue) => self.jobId.value);

// ------------------------------------------------------------------------------------------------ schedule

method(System, 'static Id schedule(String, String, Object)', (_self, [name, expression, job], f: Frame) => {
    if (name === null || expression === null || job === null) {
        throw nullPointer();
    }
    return scheduleJob(f.rt, name as string, expression as string, job as ApexObject);
});

method(System, 'static void abortJob(String)', (_self, [jobId], f: Frame) => {
    if (jobId === null) {
        throw nullPointer();
    }
    abortJob(f.rt, String(jobId));
    return null;
});
