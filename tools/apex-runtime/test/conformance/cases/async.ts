import type { ConformanceCase } from '../case';

const QUEUEABLE = 'Apex Developer Guide, Queueable Apex';
const QUEUEABLE_LIMITS = 'Apex Developer Guide, Queueable Apex, "Queueable Apex Limits"';
const FUTURE = 'Apex Developer Guide, Future Annotation / Future Methods';
const START_STOP = 'Apex Developer Guide, Using Limits, startTest, and stopTest';
const TRANSACTION = 'Apex Developer Guide, Execution Governors and Limits';
/** A limits matrix measured in a real org (Apex Queue framework invariants, "Matrix"); the platform's wording. */
const MEASURED = 'Async limits matrix measured in an org (error texts as the platform throws them)';

const Q = `public class Q implements Queueable {
    String label;
    public Q(String label) { this.label = label; }
    public void execute(QueueableContext ctx) { System.debug('queueable ' + label); }
}
`;

export const cases: ConformanceCase[] = [
    {
        name: 'System.enqueueJob returns the AsyncApexJob Id',
        cite: `${QUEUEABLE}: "When you submit your job by invoking the System.enqueueJob method, the method returns the ID of the new job. This ID corresponds to the ID of the AsyncApexJob record."`,
        apex: `${Q}Id jobId = System.enqueueJob(new Q('a'));
System.debug(String.valueOf(jobId).left(3));
System.debug(jobId.getSObjectType());`,
        debug: ['707', 'AsyncApexJob', 'queueable a']
    },
    {
        name: 'anonymous Apex: a queueable runs after the script, not inside it',
        cite: `${QUEUEABLE}: "your asynchronous Apex job runs in the background in its own thread and doesn't delay the execution of your main Apex logic"`,
        apex: `${Q}System.enqueueJob(new Q('a'));
System.debug('script end');`,
        debug: ['script end', 'queueable a']
    },
    {
        name: 'in a test, queued work runs synchronously at Test.stopTest()',
        cite: `${START_STOP}: "All asynchronous calls made after the startTest method are collected by the system. When stopTest is executed, all asynchronous processes are run synchronously."`,
        test: true,
        apex: `${Q}Test.startTest();
System.enqueueJob(new Q('a'));
System.debug('before stopTest');
Test.stopTest();
System.debug('after stopTest');`,
        debug: ['before stopTest', 'queueable a', 'after stopTest']
    },
    {
        name: 'in a test, work queued before Test.startTest() is not run by stopTest',
        cite: `${START_STOP}: only "asynchronous calls made after the startTest method are collected by the system" and run at stopTest`,
        test: true,
        apex: `${Q}System.enqueueJob(new Q('before'));
Test.startTest();
System.enqueueJob(new Q('inside'));
Test.stopTest();`,
        debug: ['queueable inside']
    },
    {
        name: 'in a test without startTest/stopTest, queued work never runs within the test',
        cite: `${START_STOP}: asynchronous calls are collected after startTest and run synchronously when stopTest executes; without stopTest nothing runs them inside the test`,
        test: true,
        apex: `${Q}System.enqueueJob(new Q('a'));
System.debug('test end');`,
        debug: ['test end']
    },
    {
        name: 'queued jobs run in the order they were queued',
        cite: `${START_STOP}: at stopTest "all asynchronous processes are run synchronously" (in submission order)`,
        test: true,
        apex: `${Q}Test.startTest();
System.enqueueJob(new Q('1'));
System.enqueueJob(new Q('2'));
System.enqueueJob(new Q('3'));
Test.stopTest();`,
        debug: ['queueable 1', 'queueable 2', 'queueable 3']
    },
    {
        name: 'QueueableContext.getJobId() is the Id enqueueJob returned',
        cite: 'Apex Reference, QueueableContext Interface: getJobId() "Returns the ID of the submitted job that uses the Queueable interface."',
        test: true,
        apex: `public class Q implements Queueable {
    public static Id seen;
    public void execute(QueueableContext ctx) { seen = ctx.getJobId(); }
}
Test.startTest();
Id jobId = System.enqueueJob(new Q());
Test.stopTest();
System.debug(Q.seen == jobId);`,
        debug: ['true']
    },
    {
        name: 'a queueable runs with the asynchronous limits and System.isQueueable() is true',
        cite: `${TRANSACTION}: total SOQL queries issued 100 synchronous, 200 asynchronous; Apex Reference, System.isQueueable(): "Returns true if a queueable Apex job invoked the currently executing code"`,
        apex: `public class Q implements Queueable {
    public void execute(QueueableContext ctx) {
        System.debug(Limits.getLimitQueries() + ' ' + System.isQueueable());
    }
}
System.debug(Limits.getLimitQueries() + ' ' + System.isQueueable());
System.enqueueJob(new Q());`,
        debug: ['100 false', '200 true']
    },
    {
        name: 'a queueable is its own transaction with fresh limits',
        cite: `${TRANSACTION}: limits apply per transaction; ${QUEUEABLE}: each queued job runs in its own thread when resources are available`,
        apex: `public class Q implements Queueable {
    public void execute(QueueableContext ctx) {
        System.debug('in job ' + Limits.getDmlStatements());
        insert new Account(Name = 'B');
        System.debug('in job ' + Limits.getDmlStatements());
    }
}
insert new Account(Name = 'A');
insert new Account(Name = 'A2');
System.enqueueJob(new Q());
System.debug('script ' + Limits.getDmlStatements());`,
        debug: ['script 2', 'in job 0', 'in job 1']
    },
    {
        name: 'the 51st System.enqueueJob in a transaction throws LimitException',
        cite: `${QUEUEABLE_LIMITS}: "You can add up to 50 jobs to the queue with System.enqueueJob in a single transaction."`,
        apex: `${Q}for (Integer i = 0; i < 51; i++) {
    System.enqueueJob(new Q(String.valueOf(i)));
}`,
        throws: { type: 'System.LimitException', message: 'Too many queueable jobs added to the queue: 51' }
    },
    {
        name: 'Limits.getQueueableJobs counts enqueued jobs; the limit is 50, 1 inside async Apex',
        cite: `${QUEUEABLE_LIMITS}: "In asynchronous transactions (for example, from a batch Apex job), you can add only one job to the queue with System.enqueueJob. To check how many queueable jobs have been added in one transaction, call Limits.getQueueableJobs()."`,
        apex: `public class Q implements Queueable {
    public void execute(QueueableContext ctx) { System.debug('in job ' + Limits.getLimitQueueableJobs()); }
}
System.enqueueJob(new Q());
System.debug(Limits.getQueueableJobs() + '/' + Limits.getLimitQueueableJobs());`,
        debug: ['1/50', 'in job 1']
    },
    {
        name: 'chaining: outside tests a queueable may start one more queueable, which runs next',
        cite: `${QUEUEABLE}: "You can chain one job to another job by starting a second job from a running job."`,
        apex: `public class First implements Queueable {
    public void execute(QueueableContext ctx) { System.debug('first'); System.enqueueJob(new Second()); }
}
public class Second implements Queueable {
    public void execute(QueueableContext ctx) { System.debug('second'); }
}
System.enqueueJob(new First());`,
        debug: ['first', 'second']
    },
    {
        name: 'chaining a queueable from a queueable inside a test fails with AsyncException',
        cite: 'Trailhead, Asynchronous Apex, Control Processes with Queueable Apex: "You can\'t chain queueable jobs in an Apex test, doing so results in an error." (the error the platform throws: System.AsyncException: Maximum stack depth has been reached.)',
        test: true,
        apex: `public class First implements Queueable {
    public void execute(QueueableContext ctx) { System.debug('first'); System.enqueueJob(new First()); }
}
Test.startTest();
System.enqueueJob(new First());
Test.stopTest();`,
        debug: ['first'],
        throws: { type: 'System.AsyncException', message: 'Maximum stack depth has been reached.' }
    },
    {
        name: 'a second enqueueJob from a running queueable throws LimitException',
        cite: `${QUEUEABLE_LIMITS}: "When chaining jobs with System.enqueueJob, you can add only one job from an executing job."`,
        apex: `public class First implements Queueable {
    public void execute(QueueableContext ctx) {
        System.enqueueJob(new Second());
        try {
            System.enqueueJob(new Second());
        } catch (Exception e) {
            System.debug('unreachable');
        }
    }
}
public class Second implements Queueable {
    public void execute(QueueableContext ctx) { System.debug('second'); }
}
Id first = System.enqueueJob(new First());
System.debug('queued');`,
        // LimitException cannot be caught; the first job fails and its chained job is never queued.
        debug: ['queued']
    },
    {
        name: 'an exception escaping a queueable in a test surfaces at Test.stopTest()',
        cite: `${START_STOP}: at stopTest the asynchronous processes "are run synchronously", so their unhandled exceptions reach the test`,
        test: true,
        apex: `public class Q implements Queueable {
    public void execute(QueueableContext ctx) { Integer zero = 0; Integer x = 1 / zero; }
}
Test.startTest();
System.enqueueJob(new Q());
Test.stopTest();
System.debug('not reached');`,
        throws: { type: 'System.MathException', message: 'Divide by 0' }
    },
    {
        name: 'a test that catches the exception from stopTest is back on its original limits',
        cite: `${START_STOP}: stopTest ends the block of code with fresh limits; the limits of the code before startTest apply again`,
        test: true,
        apex: `public class Q implements Queueable {
    public void execute(QueueableContext ctx) { Integer zero = 0; Integer x = 1 / zero; }
}
insert new Account(Name = 'before');
Test.startTest();
System.enqueueJob(new Q());
try {
    Test.stopTest();
} catch (MathException e) {
    System.debug(e.getMessage());
}
System.debug(Limits.getDmlStatements());`,
        debug: ['Divide by 0', '1']
    },
    {
        name: 'anonymous Apex: a failing job does not stop the next one',
        cite: `${QUEUEABLE}: each queued job runs separately "when system resources become available"; a failure is recorded on its AsyncApexJob`,
        apex: `public class Boom implements Queueable {
    public void execute(QueueableContext ctx) { System.debug('boom'); Integer zero = 0; Integer x = 1 / zero; }
}
${Q}System.enqueueJob(new Boom());
System.enqueueJob(new Q('after'));`,
        debug: ['boom', 'queueable after']
    },
    {
        name: 'a script that ends in an exception rolls back, and its queued job never runs',
        cite: `${QUEUEABLE}: "Queueable jobs that are scheduled to run by a transaction are not processed if the Apex transaction is rolled back."`,
        apex: `${Q}System.enqueueJob(new Q('a'));
Integer zero = 0;
Integer x = 1 / zero;`,
        debug: [],
        throws: { type: 'System.MathException', message: 'Divide by 0' }
    },
    {
        name: 'static variables start over in an asynchronous transaction',
        cite: 'Apex Developer Guide, Static and Instance Methods, Variables, and Initialization Code: "Static variables are static only within the scope of the Apex transaction"',
        apex: `public class Q implements Queueable {
    public static Integer counter = 0;
    public void execute(QueueableContext ctx) { System.debug('job sees ' + counter); }
}
Q.counter = 5;
System.enqueueJob(new Q());
System.debug('script sees ' + Q.counter);`,
        debug: ['script sees 5', 'job sees 0']
    },
    {
        name: 'in a test, the test reads what async code left in static variables after stopTest',
        cite: `${START_STOP}: async processes run synchronously inside the test at stopTest, in the test's context`,
        test: true,
        apex: `public class Q implements Queueable {
    public static Boolean ran = false;
    public void execute(QueueableContext ctx) { ran = true; }
}
Test.startTest();
System.enqueueJob(new Q());
Test.stopTest();
System.debug(Q.ran);`,
        debug: ['true']
    },
    {
        name: 'an @future method runs after the calling script',
        cite: `${FUTURE}: "Use the future annotation to identify methods that are executed asynchronously. When you specify future, the method executes when Salesforce has available resources."`,
        apex: `public class F {
    @future public static void go(String a, Integer i) { System.debug('future ' + a + ' ' + i); }
}
F.go('x', 1);
System.debug('script end');`,
        debug: ['script end', 'future x 1']
    },
    {
        name: 'an @future method sees its arguments as they were at the call',
        cite: `${FUTURE}: "The reason why sObjects can't be passed as arguments to future methods is because the sObject might change between the time you call the method and the time it executes." Collections of primitives are captured at the call`,
        apex: `public class F {
    @future public static void go(List<String> names) { System.debug(names); }
}
List<String> names = new List<String>{ 'a' };
F.go(names);
names.add('b');
System.debug(names);`,
        debug: ['(a, b)', '(a)']
    },
    {
        name: 'in a test, an @future method runs at Test.stopTest()',
        cite: `${FUTURE}: "To test methods defined with the future annotation, call the class containing the method in a startTest(), stopTest() code block."`,
        test: true,
        apex: `public class F {
    @future public static void go() { System.debug('future'); }
}
Test.startTest();
F.go();
System.debug('before stopTest');
Test.stopTest();
System.debug('after stopTest');`,
        debug: ['before stopTest', 'future', 'after stopTest']
    },
    {
        name: 'an @future method sees System.isFuture() and the asynchronous limits',
        cite: `Apex Reference, System.isFuture(): "Returns true if the currently executing code is invoked by code contained in a method annotated with @future"; ${TRANSACTION}: 200 SOQL queries asynchronous`,
        apex: `public class F {
    @future public static void go() { System.debug(System.isFuture() + ' ' + Limits.getLimitQueries()); }
}
System.debug(System.isFuture());
F.go();`,
        debug: ['false', 'true 200']
    },
    {
        name: 'Limits.getFutureCalls counts @future calls',
        cite: `${TRANSACTION}: "Maximum number of methods with the future annotation allowed per Apex invocation: 50"; Apex Reference, Limits.getFutureCalls()`,
        apex: `public class F {
    @future public static void go() {}
}
F.go();
F.go();
System.debug(Limits.getFutureCalls() + '/' + Limits.getLimitFutureCalls());`,
        debug: ['2/50']
    },
    {
        name: 'the 51st @future call throws LimitException',
        cite: `${TRANSACTION}: "Maximum number of methods with the future annotation allowed per Apex invocation: 50"`,
        apex: `public class F {
    @future public static void go() {}
}
for (Integer i = 0; i < 51; i++) {
    F.go();
}`,
        throws: { type: 'System.LimitException', message: 'Too many future calls: 51' }
    },
    {
        name: 'an @future method cannot call another @future method',
        cite: `${FUTURE}: "You can't call a method annotated with future from a method that also has the future annotation." (${MEASURED})`,
        test: true,
        apex: `public class F {
    @future public static void outer() { inner(); }
    @future public static void inner() {}
}
Test.startTest();
F.outer();
Test.stopTest();`,
        throws: {
            type: 'System.AsyncException',
            message: 'Future method cannot be called from a future or batch method'
        }
    },
    {
        name: 'System.abortJob stops a queued job before it runs',
        cite: 'Apex Reference, System.abortJob(jobId): "Stops the specified job." The jobId "is the ID associated with an AsyncApexJob ID for batch or future Apex jobs, or a CronTrigger ID for scheduled Apex jobs"',
        test: true,
        apex: `${Q}Test.startTest();
Id first = System.enqueueJob(new Q('aborted'));
System.enqueueJob(new Q('kept'));
System.abortJob(first);
Test.stopTest();`,
        debug: ['queueable kept']
    },
    {
        name: 'a finalizer attached by a queueable runs after the job, in its own transaction',
        cite: 'Apex Developer Guide, Transaction Finalizers: "The Transaction Finalizers feature enables you to attach actions, using the System.Finalizer interface, to asynchronous Apex jobs that use the Queueable framework."; FinalizerContext.getResult() "SUCCESS, UNHANDLED_EXCEPTION"',
        apex: `public class Q implements Queueable, Finalizer {
    public void execute(QueueableContext ctx) {
        System.attachFinalizer(this);
        insert new Account(Name = 'A');
        System.debug('job');
    }
    public void execute(FinalizerContext ctx) {
        System.debug((ctx.getResult() == ParentJobResult.SUCCESS) + ' ' + ctx.getException() + ' ' + Limits.getDmlStatements());
    }
}
System.enqueueJob(new Q());`,
        debug: ['job', 'true null 0']
    },
    {
        name: 'a finalizer still runs when its queueable fails, and sees the exception',
        cite: 'Apex Reference, FinalizerContext Interface: getException() "Returns the exception with which the Queueable job failed when getResult is UNHANDLED_EXCEPTION, null otherwise."',
        apex: `public class Q implements Queueable {
    public void execute(QueueableContext ctx) {
        System.attachFinalizer(new Recovery());
        Integer zero = 0;
        Integer x = 1 / zero;
    }
}
public class Recovery implements Finalizer {
    public void execute(FinalizerContext ctx) {
        System.debug((ctx.getResult() == ParentJobResult.UNHANDLED_EXCEPTION) + ' ' + ctx.getException().getMessage());
    }
}
System.enqueueJob(new Q());`,
        debug: ['true Divide by 0']
    },
    {
        name: 'FinalizerContext.getAsyncApexJobId() is the queueable job Id',
        cite: 'Apex Reference, FinalizerContext Interface: getAsyncApexJobId() "Returns the ID of the Queueable job for which this finalizer is defined."',
        test: true,
        apex: `public class Q implements Queueable, Finalizer {
    public static Id seen;
    public void execute(QueueableContext ctx) { System.attachFinalizer(this); }
    public void execute(FinalizerContext ctx) { seen = ctx.getAsyncApexJobId(); }
}
Test.startTest();
Id jobId = System.enqueueJob(new Q());
Test.stopTest();
System.debug(Q.seen == jobId);`,
        debug: ['true']
    },
    {
        name: 'Test.stopTest() restores the limits of the code before startTest',
        cite: `${START_STOP}: the code between startTest and stopTest "is assigned a new set of governor limits"; after stopTest the original limits are back`,
        test: true,
        apex: `${Q}System.enqueueJob(new Q('before'));
Test.startTest();
System.enqueueJob(new Q('1'));
System.enqueueJob(new Q('2'));
System.debug(Limits.getQueueableJobs());
Test.stopTest();
System.debug(Limits.getQueueableJobs());`,
        debug: ['2', 'queueable 1', 'queueable 2', '1']
    }
];
