import type { ConformanceCase } from '../case';

const SCHEDULER = 'Apex Developer Guide, Apex Scheduler';
const SCHEDULE_METHOD = 'Apex Developer Guide, Apex Scheduler, "Using the System.Schedule Method"';
const TESTING = 'Apex Developer Guide, Apex Scheduler, "Testing the Apex Scheduler"';
/** Salesforce validates cron expressions with Quartz's CronExpression and reports its messages. */
const QUARTZ = 'the message of the Quartz CronExpression parser the platform validates with';

const S = `public class S implements Schedulable {
    public void execute(SchedulableContext sc) { System.debug('scheduled'); }
}
`;

export const cases: ConformanceCase[] = [
    {
        name: 'System.schedule returns the CronTrigger Id',
        cite: 'Apex Reference, System.schedule(jobName, cronExpression, schedulableClass): "Return Value Type: String — Returns the scheduled job ID (CronTrigger ID)."',
        apex: `${S}Id jobId = System.schedule('Nightly', '0 0 3 * * ?', new S());
System.debug(String.valueOf(jobId).left(3));
System.debug(jobId.getSObjectType());`,
        debug: ['08e', 'CronTrigger']
    },
    {
        name: 'in a test, the scheduled job runs at Test.stopTest()',
        cite: `${TESTING}: "Use the Test methods startTest and stopTest around the System.schedule method to ensure it finishes before continuing your test. ... When stopTest is executed, all asynchronous processes are run synchronously."`,
        test: true,
        apex: `${S}Test.startTest();
System.schedule('Nightly', '0 0 3 * * ?', new S());
System.debug('before stopTest');
Test.stopTest();
System.debug('after stopTest');`,
        debug: ['before stopTest', 'scheduled', 'after stopTest']
    },
    {
        name: 'in a test, a job scheduled outside startTest/stopTest runs when the test method ends',
        cite: `${TESTING}: "If you don't include the System.schedule method within the startTest and stopTest methods, the scheduled job executes at the end of your test method for Apex saved using Salesforce API version 25.0 and later"`,
        test: true,
        apex: `${S}System.schedule('Nightly', '0 0 3 * * ?', new S());
System.debug('test body done');`,
        debug: ['test body done', 'scheduled']
    },
    {
        name: 'anonymous Apex: a scheduled job does not run before its time',
        cite: `${SCHEDULER}: "The Apex Scheduler lets you delay execution so that you can run Apex classes at a specified time."`,
        apex: `${S}System.schedule('Nightly', '0 0 3 * * ?', new S());
System.debug('script end');`,
        debug: ['script end']
    },
    {
        name: 'SchedulableContext.getTriggerId() is the CronTrigger Id System.schedule returned',
        cite: 'Apex Reference, SchedulableContext Interface: getTriggerId() "Returns the ID of the CronTrigger scheduled job."',
        test: true,
        apex: `public class S implements Schedulable {
    public static Id seen;
    public void execute(SchedulableContext sc) { seen = sc.getTriggerId(); }
}
Test.startTest();
Id jobId = System.schedule('Nightly', '0 0 3 * * ?', new S());
Test.stopTest();
System.debug(S.seen == jobId);`,
        debug: ['true']
    },
    {
        name: 'System.isScheduled() is true inside a scheduled job',
        cite: 'Apex Reference, System.isScheduled(): "Returns true if the currently executing code is invoked by a scheduled Apex job; false otherwise."',
        test: true,
        apex: `public class S implements Schedulable {
    public void execute(SchedulableContext sc) { System.debug(System.isScheduled()); }
}
System.debug(System.isScheduled());
Test.startTest();
System.schedule('Nightly', '0 0 3 * * ?', new S());
Test.stopTest();`,
        debug: ['false', 'true']
    },
    {
        name: 'a second job with the same name is rejected',
        cite: `${SCHEDULE_METHOD}: the first argument is "a name for the job"; names are unique among scheduled jobs, and a duplicate throws System.AsyncException "The Apex job named \"<name>\" is already scheduled for execution" (salesforcedictionary.com/errors/apex-already-scheduled)`,
        apex: `${S}System.schedule('Nightly', '0 0 3 * * ?', new S());
System.schedule('Nightly', '0 0 4 * * ?', new S());`,
        throws: {
            type: 'System.AsyncException',
            message: 'The Apex job named "Nightly" is already scheduled for execution.'
        }
    },
    {
        name: 'a cron expression with fewer than six fields is invalid',
        cite: `${SCHEDULE_METHOD}: "Seconds Minutes Hours Day_of_month Month Day_of_week Optional_year"; an incomplete expression throws System.StringException with ${QUARTZ}`,
        apex: `${S}System.schedule('Nightly', '0 0 3 * *', new S());`,
        throws: { type: 'System.StringException', message: 'Unexpected end of expression.' }
    },
    {
        name: 'Day_of_month and Day_of_week cannot both be specified',
        cite: `${SCHEDULE_METHOD}: "?" "Specifies no specific value. This option is only available for Day_of_month and Day_of_week. It's typically used when specifying a value for one and not the other." (${QUARTZ})`,
        apex: `${S}System.schedule('Nightly', '0 0 3 1 * MON', new S());`,
        throws: {
            type: 'System.StringException',
            message: 'Support for specifying both a day-of-week AND a day-of-month parameter is not implemented.'
        }
    },
    {
        name: 'an hour outside 0-23 is invalid',
        cite: `${SCHEDULE_METHOD}: Hours "0–23" (${QUARTZ})`,
        apex: `${S}System.schedule('Nightly', '0 0 24 * * ?', new S());`,
        throws: { type: 'System.StringException', message: 'Hour values must be between 0 and 23' }
    },
    {
        name: 'seconds and minutes outside 0-59 are invalid',
        cite: `${SCHEDULE_METHOD}: Seconds "0–59", Minutes "0–59" (${QUARTZ})`,
        apex: `${S}System.schedule('Nightly', '0 60 3 * * ?', new S());`,
        throws: { type: 'System.StringException', message: 'Minute and Second values must be between 0 and 59' }
    },
    {
        name: 'an unknown name in a field is invalid',
        cite: `${SCHEDULE_METHOD}: Month "1–12 or the following: JAN FEB MAR ..." (${QUARTZ})`,
        apex: `${S}System.schedule('Nightly', '0 0 3 ? FOO MON', new S());`,
        throws: { type: 'System.StringException', message: "Illegal characters for this position: 'FOO'" }
    },
    {
        name: 'the documented special characters are accepted',
        cite: `${SCHEDULE_METHOD}: ", - * ? / L W #" in the positions the table lists, e.g. "0 0 20 ? * 6#2 *" and "0 0 13 ? * 6L 2010-2050"`,
        apex: `${S}System.schedule('a', '0 0 13 * * ?', new S());
System.schedule('b', '0 0 22 ? * 6L 2030-2050', new S());
System.schedule('c', '0 0 10 ? * MON-FRI', new S());
System.schedule('d', '0 0 20 ? * 6#2', new S());
System.schedule('e', '0 0/15 * 15W * ?', new S());
System.schedule('f', '0 0 1 L * ?', new S());
System.debug('ok');`,
        debug: ['ok']
    },
    {
        name: 'a schedule that can never fire again is rejected',
        cite: `${SCHEDULE_METHOD}: Optional_year "null or 1970–2099"; a schedule whose times are all in the past never fires and System.schedule refuses it`,
        apex: `${S}System.schedule('Past', '0 0 3 1 1 ? 2020', new S());`,
        throws: {
            type: 'System.AsyncException',
            message: 'Based on configured schedule, the given trigger will never fire.'
        }
    },
    {
        name: 'System.abortJob on a CronTrigger Id unschedules the job',
        cite: 'Apex Reference, System.abortJob(jobId): the jobId is "a CronTrigger ID for scheduled Apex jobs"; "Stops the specified job."',
        test: true,
        apex: `${S}Test.startTest();
Id jobId = System.schedule('Nightly', '0 0 3 * * ?', new S());
System.abortJob(jobId);
System.schedule('Nightly', '0 0 4 * * ?', new S());
Test.stopTest();`,
        debug: ['scheduled']
    },
    {
        name: 'in a test, a batch started by a scheduled job is queued but not run by stopTest',
        cite: 'salesforce.stackexchange.com/questions/93670 (How to test a scheduler which runs a batch): "Test.stopTest() does force the Schedulable execute() method to get called. But the inner Apex Batch does not get executed."',
        apex: `public class B implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 1 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { System.debug('batch execute'); }
    public void finish(Database.BatchableContext bc) {}
}
public class S implements Schedulable {
    public void execute(SchedulableContext sc) { System.debug('scheduled ' + Database.executeBatch(new B()).getSObjectType()); }
}
Test.startTest();
System.schedule('Nightly', '0 0 3 * * ?', new S());
Test.stopTest();`,
        test: true,
        debug: ['scheduled AsyncApexJob']
    }
];
