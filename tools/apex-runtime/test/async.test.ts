/**
 * The Salesforce cron parser and NextFireTime (src/lib/cron.ts), and the job queue's records in the in-memory org.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CronError, nextFireTime, parseCron } from '../src/lib/cron';
import { runAnonymous } from '../src/anonymous';
import { ApexDecimal } from '../src/values/decimal';
import { conformanceOrg, conformanceProgram, PINNED_NOW } from './conformance/harness';

const LA = 'America/Los_Angeles';
/** 2024-03-15T12:00:00Z, 05:00 PDT. */
const NOW = PINNED_NOW;

const next = (expression: string, after = NOW, zone = LA): string | null => {
    const millis = nextFireTime(parseCron(expression), after, zone);
    return millis === null ? null : new Date(millis).toISOString();
};

describe('cron expressions', () => {
    test('fields are read as wall-clock time in the user time zone', () => {
        assert.equal(next('0 0 3 * * ?'), '2024-03-16T10:00:00.000Z');
        // 21:00 in Tokyo: 3:00 the next morning there.
        assert.equal(next('0 0 3 * * ?', NOW, 'Asia/Tokyo'), '2024-03-15T18:00:00.000Z');
        assert.equal(next('0 0 3 * * ?', NOW, 'GMT'), '2024-03-16T03:00:00.000Z');
    });

    test('the Apex Developer Guide test example: midnight on March 15, 2042', () => {
        assert.equal(next('0 0 0 15 3 ? 2042'), '2042-03-15T07:00:00.000Z');
    });

    test('the next fire time is strictly after now', () => {
        assert.equal(next('0 0 5 * * ?'), '2024-03-16T12:00:00.000Z');
        assert.equal(next('* * * * * ?'), '2024-03-15T12:00:01.000Z');
    });

    test('increments, ranges, lists and names', () => {
        assert.equal(next('0 0/15 * * * ?'), '2024-03-15T12:15:00.000Z');
        assert.equal(next('0 0 10 ? * MON-FRI'), '2024-03-15T17:00:00.000Z');
        assert.equal(next('0 0 10 ? * SAT,SUN'), '2024-03-16T17:00:00.000Z');
        assert.equal(next('0 0 10 1 JAN-FEB ?'), '2025-01-01T18:00:00.000Z');
        assert.equal(next('0 0 22-2 * * ?'), '2024-03-16T05:00:00.000Z');
    });

    test('L, W and # in the day fields', () => {
        assert.equal(next('0 0 1 L * ?'), '2024-03-31T08:00:00.000Z');
        assert.equal(next('0 0 1 L-2 * ?'), '2024-03-29T08:00:00.000Z');
        // March 31, 2024 is a Sunday: the last weekday is Friday the 29th.
        assert.equal(next('0 0 9 LW * ?'), '2024-03-29T16:00:00.000Z');
        // June 1, 2024 is a Saturday: 1W is Monday the 3rd (never the previous month).
        assert.equal(next('0 0 9 1W * ?'), '2024-04-01T16:00:00.000Z');
        assert.equal(next('0 0 9 1W 6 ?'), '2024-06-03T16:00:00.000Z');
        // The last Friday of January 2030 is the 25th; the second Friday of April 2024 is the 12th.
        assert.equal(next('0 0 13 ? * 6L 2030-2050'), '2030-01-25T21:00:00.000Z');
        assert.equal(next('0 0 20 ? * 6#2'), '2024-04-13T03:00:00.000Z');
    });

    test('a schedule whose years are over never fires', () => {
        assert.equal(next('0 0 3 1 1 ? 2020'), null);
    });

    test('invalid expressions fail with the Quartz messages', () => {
        const message = (expression: string): string => {
            try {
                parseCron(expression);
            } catch (error) {
                assert.ok(error instanceof CronError);
                return error.message;
            }
            return 'valid';
        };
        assert.equal(message('0 0 3 * *'), 'Unexpected end of expression.');
        assert.equal(
            message('0 0 3 1 * MON'),
            'Support for specifying both a day-of-week AND a day-of-month parameter is not implemented.'
        );
        assert.equal(message('0 0 24 * * ?'), 'Hour values must be between 0 and 23');
        assert.equal(message('60 0 3 * * ?'), 'Minute and Second values must be between 0 and 59');
        assert.equal(message('0 0 3 32 * ?'), 'Day of month values must be between 1 and 31');
        assert.equal(message('0 0 3 ? 13 MON'), 'Month values must be between 1 and 12');
        assert.equal(message('0 0 3 ? * 8'), 'Day-of-Week values must be between 1 and 7');
        assert.equal(message('0 0 3 ? FOO MON'), "Illegal characters for this position: 'FOO'");
        assert.equal(message('? 0 3 * * ?'), "'?' can only be specfied for Day-of-Month or Day-of-Week.");
        assert.equal(message('0 0 3 * * ? 2030'), 'valid');
    });
});

describe('async job records', () => {
    const run = (apex: string, isTest = false) => {
        const org = conformanceOrg();
        const result = runAnonymous(conformanceProgram(), apex, 'async.apex', {
            now: () => NOW,
            database: org,
            isTest
        });
        assert.equal(result.unsupported, null, result.unsupported?.message);
        return { org, result };
    };
    const field = (org: ReturnType<typeof conformanceOrg>, object: string, name: string): unknown[] =>
        [...org.store.rows(object)].map((r) => {
            const v = r.fields.get(name.toLowerCase());
            return v instanceof ApexDecimal ? Number(v.toString()) : (v?.toString() ?? null);
        });

    test('a batch writes an AsyncApexJob with its progress and errors', () => {
        const { org, result } = run(`public class B implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 1, 2, 3 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) {
        if (scope[0] == 2) { throw new IllegalArgumentException('bad chunk'); }
    }
    public void finish(Database.BatchableContext bc) {}
}
Database.executeBatch(new B(), 1);`);
        const worker = ['BatchApexWorker', 'BatchApexWorker', 'BatchApexWorker'];
        assert.deepEqual(field(org, 'AsyncApexJob', 'JobType'), ['BatchApex', ...worker]);
        assert.deepEqual(field(org, 'AsyncApexJob', 'Status'), ['Completed', 'Completed', 'Failed', 'Completed']);
        assert.deepEqual(field(org, 'AsyncApexJob', 'TotalJobItems'), [3, 1, 1, 1]);
        assert.deepEqual(field(org, 'AsyncApexJob', 'JobItemsProcessed'), [3, 1, 1, 1]);
        assert.deepEqual(field(org, 'AsyncApexJob', 'NumberOfErrors'), [1, 0, 1, 0]);
        const error = 'First error: System.IllegalArgumentException: bad chunk';
        assert.deepEqual(field(org, 'AsyncApexJob', 'ExtendedStatus'), [error, null, error, null]);
        const parent = [...org.store.rows('AsyncApexJob')][0].id.value;
        assert.deepEqual(field(org, 'AsyncApexJob', 'ParentJobId'), [null, parent, parent, parent]);
        assert.deepEqual(field(org, 'ApexClass', 'Name'), ['B']);
        assert.deepEqual(
            result.asyncJobs.map((j) => [j.jobType, j.className, j.status, j.numberOfErrors]),
            [['BatchApex', 'B', 'Completed', 1]]
        );
    });

    test('a failed queueable is Failed, and its DML is rolled back', () => {
        const { org } = run(`public class Q implements Queueable {
    public void execute(QueueableContext ctx) { insert new Account(Name = 'rolled back'); Integer zero = 0; Integer x = 1 / zero; }
}
System.enqueueJob(new Q());`);
        assert.deepEqual(field(org, 'AsyncApexJob', 'Status'), ['Failed']);
        assert.deepEqual(field(org, 'AsyncApexJob', 'ExtendedStatus'), [
            'First error: System.MathException: Divide by 0'
        ]);
        assert.equal(org.store.count('Account'), 0);
    });

    test('System.schedule writes CronTrigger and CronJobDetail with the next fire time', () => {
        const { org } = run(`public class S implements Schedulable {
    public void execute(SchedulableContext sc) {}
}
System.schedule('Nightly', '0 0 3 * * ?', new S());`);
        assert.deepEqual(field(org, 'CronJobDetail', 'Name'), ['Nightly']);
        assert.deepEqual(field(org, 'CronJobDetail', 'JobType'), ['7']);
        assert.deepEqual(field(org, 'CronTrigger', 'CronExpression'), ['0 0 3 * * ?']);
        assert.deepEqual(field(org, 'CronTrigger', 'State'), ['WAITING']);
        assert.deepEqual(field(org, 'CronTrigger', 'TimesTriggered'), [0]);
        const nextFire = [...org.store.rows('CronTrigger')][0].fields.get('nextfiretime') as { millis: number };
        assert.equal(new Date(nextFire.millis).toISOString(), '2024-03-16T10:00:00.000Z');
        assert.deepEqual(field(org, 'AsyncApexJob', 'JobType'), ['ScheduledApex']);
    });

    test('in a test, a scheduled job that ran at stopTest counts one trigger', () => {
        const { org } = run(
            `public class S implements Schedulable {
    public void execute(SchedulableContext sc) {}
}
Test.startTest();
System.schedule('Nightly', '0 0 3 * * ?', new S());
Test.stopTest();`,
            true
        );
        assert.deepEqual(field(org, 'CronTrigger', 'TimesTriggered'), [1]);
        assert.deepEqual(field(org, 'AsyncApexJob', 'Status'), ['Completed']);
    });
});
