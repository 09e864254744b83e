/**
 * Async cases that read through SOQL: QueryLocator starts, and AsyncApexJob and CronTrigger as a setup page
 * queries them.
 */
import type { ConformanceCase } from '../case';

const BATCH = 'Apex Developer Guide, Using Batch Apex';
const SCHEDULER_TESTING = 'Apex Developer Guide, Apex Scheduler, "Testing the Apex Scheduler"';
const QUEUEABLE = 'Apex Developer Guide, Queueable Apex';

const ACCOUNTS = `List<Account> accounts = new List<Account>();
for (Integer i = 0; i < 5; i++) { accounts.add(new Account(Name = 'A' + i)); }
insert accounts;
`;

export const cases: ConformanceCase[] = [
    {
        name: 'a QueryLocator start is chunked by the scope',
        cite: `${BATCH}: "Use the Database.QueryLocator object when you are using a simple query (SELECT) to generate the scope of objects in the batch job."`,
        apex: `public class B implements Database.Batchable<SObject> {
    public Database.QueryLocator start(Database.BatchableContext bc) { return Database.getQueryLocator('SELECT Name FROM Account ORDER BY Name'); }
    public void execute(Database.BatchableContext bc, List<Account> scope) { System.debug(scope.size() + ' ' + scope[0].Name); }
    public void finish(Database.BatchableContext bc) { System.debug('finish'); }
}
${ACCOUNTS}Database.executeBatch(new B(), 2);`,
        debug: ['2 A0', '2 A2', '1 A4', 'finish']
    },
    {
        name: 'an inline-query QueryLocator start reads the records when the batch starts',
        cite: `${BATCH}: "The set of records in the batch is determined when the start method is run" (QueryLocator Class, getQuery usage)`,
        test: true,
        apex: `public class B implements Database.Batchable<SObject> {
    public Database.QueryLocator start(Database.BatchableContext bc) { return Database.getQueryLocator([SELECT Name FROM Account]); }
    public void execute(Database.BatchableContext bc, List<Account> scope) { System.debug(scope.size()); }
    public void finish(Database.BatchableContext bc) {}
}
${ACCOUNTS}Test.startTest();
Database.executeBatch(new B());
Test.stopTest();`,
        debug: ['5']
    },
    {
        name: 'QueryLocator.iterator() walks the records',
        cite: 'Apex Reference, QueryLocatorIterator Class: "Represents an iterator over a query locator record set."',
        apex: `${ACCOUNTS}Database.QueryLocator q = Database.getQueryLocator([SELECT Name FROM Account ORDER BY Name LIMIT 2]);
Database.QueryLocatorIterator it = q.iterator();
while (it.hasNext()) {
    Account a = (Account) it.next();
    System.debug(a.Name);
}`,
        debug: ['A0', 'A1']
    },
    {
        name: 'after stopTest the AsyncApexJob of a batch is Completed with its counts',
        cite: `${BATCH}: "To monitor or stop the execution of the batch Apex job ... query AsyncApexJob"; AsyncApexJob fields Status, JobItemsProcessed, TotalJobItems, NumberOfErrors (Object Reference)`,
        test: true,
        apex: `public class B implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 1 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) {}
    public void finish(Database.BatchableContext bc) {}
}
Test.startTest();
Id jobId = Database.executeBatch(new B());
Test.stopTest();
AsyncApexJob job = [SELECT Status, JobType, JobItemsProcessed, TotalJobItems, NumberOfErrors, ApexClass.Name FROM AsyncApexJob WHERE Id = :jobId];
System.debug(job.Status + ' ' + job.JobType + ' ' + job.JobItemsProcessed + '/' + job.TotalJobItems + ' ' + job.NumberOfErrors + ' ' + job.ApexClass.Name);`,
        debug: ['Completed BatchApex 1/1 0 B']
    },
    {
        name: 'a queued queueable is Queued until it runs, then Completed',
        cite: `${QUEUEABLE}: "AsyncApexJob jobInfo = [SELECT Status,NumberOfErrors FROM AsyncApexJob WHERE Id=:jobID];"`,
        test: true,
        apex: `public class Q implements Queueable {
    public void execute(QueueableContext ctx) {}
}
Test.startTest();
Id jobId = System.enqueueJob(new Q());
AsyncApexJob before = [SELECT Status FROM AsyncApexJob WHERE Id = :jobId];
System.debug(before.Status);
Test.stopTest();
AsyncApexJob after = [SELECT Status FROM AsyncApexJob WHERE Id = :jobId];
System.debug(after.Status);`,
        debug: ['Queued', 'Completed']
    },
    {
        name: 'CronTrigger shows the expression, no triggers yet, and the next fire time in the user time zone',
        cite: `${SCHEDULER_TESTING}: "CronTrigger ct = [SELECT Id, CronExpression, TimesTriggered, NextFireTime FROM CronTrigger WHERE id = :jobId]; ... System.assertEquals(0, ct.TimesTriggered); System.assertEquals('2042-03-15 00:00:00', String.valueOf(ct.NextFireTime));"`,
        test: true,
        apex: `public class S implements Schedulable {
    public void execute(SchedulableContext sc) {}
}
Test.startTest();
Id jobId = System.schedule('ScheduledApexTest', '0 0 0 15 3 ? 2042', new S());
CronTrigger ct = [SELECT Id, CronExpression, TimesTriggered, NextFireTime FROM CronTrigger WHERE Id = :jobId];
System.debug(ct.CronExpression);
System.debug(ct.TimesTriggered);
System.debug(String.valueOf(ct.NextFireTime));
Test.stopTest();`,
        debug: ['0 0 0 15 3 ? 2042', '0', '2042-03-15 00:00:00']
    },
    {
        name: 'CronTrigger.CronJobDetail.Name is the job name',
        cite: 'Object Reference, CronJobDetail: "Name — The name of the job"; CronTrigger.CronJobDetailId references it',
        apex: `public class S implements Schedulable {
    public void execute(SchedulableContext sc) {}
}
Id jobId = System.schedule('Nightly', '0 0 3 * * ?', new S());
CronTrigger ct = [SELECT CronJobDetail.Name, CronJobDetail.JobType, State FROM CronTrigger WHERE Id = :jobId];
System.debug(ct.CronJobDetail.Name + ' ' + ct.CronJobDetail.JobType + ' ' + ct.State);`,
        debug: ['Nightly 7 WAITING']
    },
    {
        name: 'a failing execute rolls back the DML of its chunk only',
        cite: `${BATCH}: "Each execution of a batch Apex job is considered a discrete transaction"; "If the first transaction succeeds but the second fails, the database updates made in the first transaction aren't rolled back."`,
        apex: `public class B implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 1, 2, 3 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) {
        insert new Account(Name = 'A' + scope[0]);
        if (scope[0] == 2) { Integer zero = 0; Integer x = 1 / zero; }
    }
    public void finish(Database.BatchableContext bc) {
        System.debug([SELECT COUNT() FROM Account]);
        AsyncApexJob job = [SELECT NumberOfErrors, ExtendedStatus FROM AsyncApexJob WHERE Id = :bc.getJobId()];
        System.debug(job.NumberOfErrors + ' ' + job.ExtendedStatus);
    }
}
Database.executeBatch(new B(), 1);`,
        debug: ['2', '1 First error: System.MathException: Divide by 0']
    },
    {
        name: 'System.abortJob marks a queued job Aborted',
        cite: 'Apex Reference, System.abortJob(jobId): "Stops the specified job. If the job is currently executing, the stopped job is still visible in the job queue"',
        test: true,
        apex: `public class Q implements Queueable {
    public void execute(QueueableContext ctx) {}
}
Test.startTest();
Id jobId = System.enqueueJob(new Q());
System.abortJob(jobId);
Test.stopTest();
AsyncApexJob job = [SELECT Status FROM AsyncApexJob WHERE Id = :jobId];
System.debug(job.Status);`,
        debug: ['Aborted']
    },
    {
        name: 'a QueryLocator start counts one query and none of its rows',
        cite: `${BATCH}: "If you use a QueryLocator object, the governor limit for the total number of records retrieved by SOQL queries is bypassed."`,
        apex: `public class B implements Database.Batchable<SObject> {
    public Database.QueryLocator start(Database.BatchableContext bc) { return Database.getQueryLocator([SELECT Id FROM Account]); }
    public void execute(Database.BatchableContext bc, List<SObject> scope) { System.debug(Limits.getQueries() + ' ' + Limits.getQueryRows()); }
    public void finish(Database.BatchableContext bc) {}
}
${ACCOUNTS}Database.executeBatch(new B());`,
        debug: ['0 0']
    }
];
