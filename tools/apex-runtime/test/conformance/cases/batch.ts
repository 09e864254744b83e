import type { ConformanceCase } from '../case';

const BATCH = 'Apex Developer Guide, Using Batch Apex';
const BATCH_LIMITS = 'Apex Developer Guide, Using Batch Apex, "Batch Apex Governor Limits"';
const TESTING = 'Apex Developer Guide, Using Batch Apex, "Testing Batch Apex"';
const EXECUTE_BATCH = 'Apex Reference, Database.executeBatch(batchClassObject, scope)';
const MEASURED = 'Async limits matrix measured in an org (error texts as the platform throws them)';

/** A batch over the Integers 1..n that prints each chunk. */
const NUMBERS = `public class Numbers implements Database.Batchable<Integer> {
    Integer n;
    public Numbers(Integer n) { this.n = n; }
    public Iterable<Integer> start(Database.BatchableContext bc) {
        List<Integer> items = new List<Integer>();
        for (Integer i = 1; i <= n; i++) { items.add(i); }
        return items;
    }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { System.debug('execute ' + scope); }
    public void finish(Database.BatchableContext bc) { System.debug('finish'); }
}
`;

export const cases: ConformanceCase[] = [
    {
        name: 'Database.executeBatch returns the AsyncApexJob Id',
        cite: `${EXECUTE_BATCH}: "Return Value Type: ID — The ID of the AsyncApexJob object associated with the batch job"`,
        apex: `${NUMBERS}Id jobId = Database.executeBatch(new Numbers(1));
System.debug(jobId.getSObjectType());`,
        debug: ['AsyncApexJob', 'execute (1)', 'finish']
    },
    {
        name: 'start, then execute per chunk of the scope size, then finish',
        cite: `${BATCH}: "start ... collect the records or objects to pass to the interface method execute"; execute "is called for each batch of records"; "The finish method is called after all batches are processed"`,
        apex: `${NUMBERS}Database.executeBatch(new Numbers(5), 2);
System.debug('script end');`,
        debug: ['script end', 'execute (1, 2)', 'execute (3, 4)', 'execute (5)', 'finish']
    },
    {
        name: 'the default scope is 200 records per execute',
        cite: `${EXECUTE_BATCH}: "scope ... The default is 200"`,
        apex: `public class Sizes implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) {
        List<Integer> items = new List<Integer>();
        for (Integer i = 0; i < 450; i++) { items.add(i); }
        return items;
    }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { System.debug(scope.size()); }
    public void finish(Database.BatchableContext bc) {}
}
Database.executeBatch(new Sizes());`,
        debug: ['200', '200', '50']
    },
    {
        name: 'an Iterable start has no 2,000-record cap on the scope',
        cite: `${BATCH_LIMITS}: "If the start method of the batch class returns an iterable, the scope parameter value has no upper limit."`,
        apex: `public class Big implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) {
        List<Integer> items = new List<Integer>();
        for (Integer i = 0; i < 2500; i++) { items.add(i); }
        return items;
    }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { System.debug(scope.size()); }
    public void finish(Database.BatchableContext bc) {}
}
Database.executeBatch(new Big(), 3000);`,
        debug: ['2500']
    },
    {
        name: 'without Database.Stateful, start, every execute and finish begin from the submitted state',
        cite: `${BATCH}: "If you don't specify Database.Stateful, all static and instance member variables are set back to their original values." Each execution is a discrete transaction`,
        apex: `public class Counter implements Database.Batchable<Integer> {
    Integer count = 0;
    public Iterable<Integer> start(Database.BatchableContext bc) { count = 100; return new List<Integer>{ 1, 2, 3, 4, 5 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { count += scope.size(); System.debug(count); }
    public void finish(Database.BatchableContext bc) { System.debug('finish ' + count); }
}
Database.executeBatch(new Counter(), 2);`,
        debug: ['2', '2', '1', 'finish 0']
    },
    {
        name: 'with Database.Stateful, instance variables keep their values across transactions',
        cite: `${BATCH}: "If you specify Database.Stateful in the class definition, you can maintain state across these transactions. When using Database.Stateful, only instance member variables retain their values between transactions."`,
        apex: `public class Counter implements Database.Batchable<Integer>, Database.Stateful {
    Integer count = 0;
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 1, 2, 3, 4, 5 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { count += scope.size(); }
    public void finish(Database.BatchableContext bc) { System.debug('total ' + count); }
}
Database.executeBatch(new Counter(), 2);`,
        debug: ['total 5']
    },
    {
        name: 'the batch runs on the state it had when submitted, not on the caller\u2019s object',
        cite: `${BATCH}: each transaction of the job starts from the job's serialized state ("Each execution of a batch Apex job is considered a discrete transaction"); the caller's later changes and the job's changes do not cross`,
        test: true,
        apex: `public class B implements Database.Batchable<Integer>, Database.Stateful {
    public String label = 'submitted';
    public Integer seen = 0;
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 1 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { seen++; System.debug(label); }
    public void finish(Database.BatchableContext bc) {}
}
B job = new B();
Test.startTest();
Database.executeBatch(job);
job.label = 'changed later';
Test.stopTest();
System.debug(job.seen);`,
        debug: ['submitted', '0']
    },
    {
        name: 'with Database.Stateful, static variables still start over in every transaction',
        cite: `${BATCH}: "Static member variables don't retain their values and are reset between transactions."`,
        apex: `public class Counter implements Database.Batchable<Integer>, Database.Stateful {
    static Integer calls = 0;
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 1, 2, 3 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { calls++; System.debug(calls); }
    public void finish(Database.BatchableContext bc) {}
}
Database.executeBatch(new Counter(), 1);`,
        debug: ['1', '1', '1']
    },
    {
        name: 'BatchableContext.getJobId() is the Id executeBatch returned',
        cite: 'Apex Reference, BatchableContext Interface: getJobId() "Returns the ID of the AsyncApexJob object associated with this batch job as a string."',
        test: true,
        apex: `public class B implements Database.Batchable<Integer> {
    public static Id seen;
    public Iterable<Integer> start(Database.BatchableContext bc) { seen = bc.getJobId(); return new List<Integer>{ 1 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) {}
    public void finish(Database.BatchableContext bc) {}
}
Test.startTest();
Id jobId = Database.executeBatch(new B());
Test.stopTest();
System.debug(B.seen == jobId);`,
        debug: ['true']
    },
    {
        name: 'BatchableContext.getChildJobId() identifies the chunk being processed',
        cite: 'Apex Reference, BatchableContext Interface: getChildJobId() "Returns the ID of the current batch job chunk that is being processed."',
        apex: `public class B implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) { System.debug('start ' + bc.getChildJobId()); return new List<Integer>{ 1, 2 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) {
        Id child = bc.getChildJobId();
        System.debug(child.getSObjectType() + ' ' + (child != bc.getJobId()));
    }
    public void finish(Database.BatchableContext bc) {}
}
Database.executeBatch(new B(), 1);`,
        debug: ['start null', 'AsyncApexJob true', 'AsyncApexJob true']
    },
    {
        name: 'in a test, the batch runs at Test.stopTest()',
        cite: `${TESTING}: "Use the Test methods startTest and stopTest around the executeBatch method to ensure that it finishes before continuing your test."`,
        test: true,
        apex: `${NUMBERS}Test.startTest();
Database.executeBatch(new Numbers(3));
System.debug('before stopTest');
Test.stopTest();
System.debug('after stopTest');`,
        debug: ['before stopTest', 'execute (1, 2, 3)', 'finish', 'after stopTest']
    },
    {
        name: 'in a test, a batch that needs more than one execute fails',
        cite: `${TESTING}: "When testing your batch Apex, you can test only one execution of the execute method. Use the scope parameter of the executeBatch method to limit the number of records passed into the execute method"`,
        test: true,
        apex: `${NUMBERS}Test.startTest();
Database.executeBatch(new Numbers(3), 2);
Test.stopTest();`,
        debug: ['execute (1, 2)'],
        // The message begins "No more than one executeBatch can be called from within a test method"; its second
        // sentence is not checked here.
        throws: { type: 'System.UnexpectedException' }
    },
    {
        name: 'in a test, at most 5 batch jobs can be submitted',
        cite: `${BATCH_LIMITS}: "Up to 5 batch jobs can be queued or active concurrently." In a test the 6th executeBatch throws (${MEASURED})`,
        test: true,
        apex: `${NUMBERS}for (Integer i = 0; i < 6; i++) {
    Database.executeBatch(new Numbers(1));
}`,
        throws: {
            type: 'System.LimitException',
            message: 'Attempted to schedule too many concurrent batch jobs in this org (limit is 5).'
        }
    },
    {
        name: 'outside tests, a failing execute fails only its chunk and the job goes on to finish',
        cite: `${BATCH}: "Each execution of a batch Apex job is considered a discrete transaction"; a failed batch is counted in AsyncApexJob.NumberOfErrors and the remaining batches still run`,
        apex: `public class Flaky implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 1, 2, 3 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) {
        if (scope[0] == 2) { Integer zero = 0; Integer x = 1 / zero; }
        System.debug('chunk ' + scope[0]);
    }
    public void finish(Database.BatchableContext bc) { System.debug('finish'); }
}
Database.executeBatch(new Flaky(), 1);`,
        debug: ['chunk 1', 'chunk 3', 'finish']
    },
    {
        name: 'in a test, an exception in execute surfaces at Test.stopTest() and finish does not run',
        cite: 'salesforce.stackexchange.com/questions/268192: a batch execute() that throws in a test fails the test "immediately after the METHOD_EXIT for System.Test.stopTest()", and finish() does not run',
        test: true,
        apex: `public class Flaky implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 1 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { Integer zero = 0; Integer x = 1 / zero; }
    public void finish(Database.BatchableContext bc) { System.debug('finish'); }
}
Test.startTest();
Database.executeBatch(new Flaky());
Test.stopTest();`,
        debug: [],
        throws: { type: 'System.MathException', message: 'Divide by 0' }
    },
    {
        name: 'System.isBatch() is true and the asynchronous limits apply in start, execute and finish',
        cite: `Apex Reference, System.isBatch(): "Returns true if a batch Apex job invoked the executing code"; Apex Developer Guide, Execution Governors and Limits: 200 SOQL queries asynchronous`,
        apex: `public class B implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) { System.debug('start ' + System.isBatch()); return new List<Integer>{ 1 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { System.debug('execute ' + System.isBatch() + ' ' + Limits.getLimitQueries()); }
    public void finish(Database.BatchableContext bc) { System.debug('finish ' + System.isBatch()); }
}
System.debug(System.isBatch());
Database.executeBatch(new B());`,
        debug: ['false', 'start true', 'execute true 200', 'finish true']
    },
    {
        name: 'every execute is its own transaction with fresh limits',
        cite: `${BATCH}: "Each execution of a batch Apex job is considered a discrete transaction ... the governor limits are reset for each transaction."`,
        apex: `public class Inserts implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 1, 2 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) {
        System.debug('before ' + Limits.getDmlStatements());
        insert new Account(Name = 'A' + scope[0]);
    }
    public void finish(Database.BatchableContext bc) { System.debug('finish ' + Limits.getDmlStatements()); }
}
Database.executeBatch(new Inserts(), 1);`,
        debug: ['before 0', 'before 0', 'finish 0']
    },
    {
        name: 'executeBatch cannot be called from a batch execute',
        cite: `${BATCH_LIMITS}: "Methods declared as future aren't allowed in classes that implement the Database.Batchable interface" and a batch can be started only from finish (${MEASURED})`,
        test: true,
        apex: `${NUMBERS}public class Starter implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 1 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { Database.executeBatch(new Numbers(1)); }
    public void finish(Database.BatchableContext bc) {}
}
Test.startTest();
Database.executeBatch(new Starter());
Test.stopTest();`,
        throws: {
            type: 'System.AsyncException',
            message: 'Database.executeBatch cannot be called from a batch start, batch execute, or future method'
        }
    },
    {
        name: 'an @future method cannot be called from a batch',
        cite: `Apex Developer Guide, Future Methods / ${BATCH_LIMITS}: future methods can't be called from batch Apex (${MEASURED})`,
        test: true,
        apex: `public class F {
    @future public static void go() {}
}
public class B implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 1 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { F.go(); }
    public void finish(Database.BatchableContext bc) {}
}
Test.startTest();
Database.executeBatch(new B());
Test.stopTest();`,
        throws: {
            type: 'System.AsyncException',
            message: 'Future method cannot be called from a future or batch method'
        }
    },
    {
        name: 'a batch can start another batch from finish; outside tests it runs next',
        cite: `${BATCH}: "you can chain batch jobs by calling Database.executeBatch ... from the finish method of the current batch class. The new batch job starts after the current batch job finishes."`,
        apex: `${NUMBERS}public class First implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 0 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { System.debug('first'); }
    public void finish(Database.BatchableContext bc) { Database.executeBatch(new Numbers(2)); System.debug('first finish'); }
}
Database.executeBatch(new First());`,
        debug: ['first', 'first finish', 'execute (1, 2)', 'finish']
    },
    {
        name: 'in a test, a batch chained from finish is not run by the same stopTest',
        cite: `${TESTING}: "you can test only one execution of the execute method"; the chained job is queued, not run, within the test`,
        test: true,
        apex: `${NUMBERS}public class First implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 0 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { System.debug('first'); }
    public void finish(Database.BatchableContext bc) { Database.executeBatch(new Numbers(2)); System.debug('first finish'); }
}
Test.startTest();
Database.executeBatch(new First());
Test.stopTest();
System.debug('after stopTest');`,
        debug: ['first', 'first finish', 'after stopTest']
    },
    {
        name: 'a batch execute may enqueue one queueable, which runs in the test',
        cite: `Apex Developer Guide, Queueable Apex Limits: "In asynchronous transactions (for example, from a batch Apex job), you can add only one job to the queue with System.enqueueJob."`,
        test: true,
        apex: `public class Q implements Queueable {
    public void execute(QueueableContext ctx) { System.debug('queueable'); }
}
public class B implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 1 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { System.enqueueJob(new Q()); System.debug('execute'); }
    public void finish(Database.BatchableContext bc) { System.debug('finish'); }
}
Test.startTest();
Database.executeBatch(new B());
Test.stopTest();`,
        debug: ['execute', 'finish', 'queueable']
    },
    {
        name: 'a second enqueueJob from a batch execute throws LimitException',
        cite: `Apex Developer Guide, Queueable Apex Limits: from a batch Apex job "you can add only one job to the queue with System.enqueueJob"`,
        test: true,
        apex: `public class Q implements Queueable {
    public void execute(QueueableContext ctx) {}
}
public class B implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 1 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { System.enqueueJob(new Q()); System.enqueueJob(new Q()); }
    public void finish(Database.BatchableContext bc) {}
}
Test.startTest();
Database.executeBatch(new B());
Test.stopTest();`,
        throws: { type: 'System.LimitException', message: 'Too many queueable jobs added to the queue: 2' }
    },
    {
        name: 'a start that returns no records skips execute and still calls finish',
        cite: `${BATCH}: "The finish method is called after all batches are processed"; with no records there is no batch to process`,
        apex: `${NUMBERS}Database.executeBatch(new Numbers(0));`,
        debug: ['finish']
    },
    {
        name: 'start may return a custom Iterable',
        cite: `${BATCH}: "Use the iterable to create a complex scope for the batch job. You can also use the iterable to create your own custom process for iterating through the list."`,
        apex: `public class Countdown implements Iterable<Integer>, Iterator<Integer> {
    Integer n = 3;
    public Iterator<Integer> iterator() { return this; }
    public Boolean hasNext() { return n > 0; }
    public Integer next() { return n--; }
}
public class B implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext bc) { return new Countdown(); }
    public void execute(Database.BatchableContext bc, List<Integer> scope) { System.debug(scope); }
    public void finish(Database.BatchableContext bc) {}
}
Database.executeBatch(new B(), 2);`,
        debug: ['(3, 2)', '(1)']
    },
    {
        name: 'a failing execute rolls back its chunk, Database.Stateful state included',
        cite: `${BATCH}: "Each execution of a batch Apex job is considered a discrete transaction"; a transaction that fails is rolled back, and the state a stateful job carries is what its committed transactions left`,
        apex: `public class B implements Database.Batchable<Integer>, Database.Stateful {
    List<Id> ids = new List<Id>();
    public Iterable<Integer> start(Database.BatchableContext bc) { return new List<Integer>{ 1, 2 }; }
    public void execute(Database.BatchableContext bc, List<Integer> scope) {
        Account a = new Account(Name = 'A' + scope[0]);
        insert a;
        ids.add(a.Id);
        if (scope[0] == 2) { Integer zero = 0; Integer x = 1 / zero; }
    }
    public void finish(Database.BatchableContext bc) { System.debug(ids.size()); }
}
Database.executeBatch(new B(), 1);`,
        // The record itself is rolled back too (checked by the pending SOQL cases).
        debug: ['1']
    },
    {
        name: 'Database.getQueryLocator(String).getQuery() returns the query',
        cite: 'Apex Reference, QueryLocator Class: getQuery() "Returns the query used to instantiate the Database.QueryLocator object. This is useful when testing the start method."',
        apex: `Database.QueryLocator ql = Database.getQueryLocator('SELECT Id FROM Account');
System.debug(ql.getQuery());`,
        debug: ['SELECT Id FROM Account']
    },
    {
        name: 'Database.getQueryLocator([SELECT ...]) does not run the query until it is read',
        cite: `${BATCH}: "If you use a QueryLocator object, the governor limit for the total number of records retrieved by SOQL queries is bypassed"; QueryLocator.getQuery() "Returns the query used to instantiate the Database.QueryLocator object"`,
        apex: `Database.QueryLocator ql = Database.getQueryLocator([SELECT Id FROM Account]);
System.debug(Limits.getQueries());
System.debug(ql.getQuery());`,
        debug: ['0', 'SELECT Id FROM Account']
    }
];
