import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runAnonymous } from '../src/anonymous';
import { buildProgram } from '../src/compile/build';
import type { Program } from '../src/compile/program';
import { ProjectSchema } from '../src/schema/projectSchema';

function programOf(classes: Record<string, string> = {}): Program {
    return buildProgram(
        Object.entries(classes).map(([name, source]) => ({ path: `classes/${name}.cls`, source })),
        { schema: new ProjectSchema(), labels: new Map(), namespace: 'lodestar' }
    );
}

const debugOf = (program: Program, apex: string): string[] =>
    runAnonymous(program, apex, 'test.apex').debug.map((d) => d.value);

describe('running Apex', () => {
    test('anonymous Apex calls a program class', () => {
        const program = programOf({
            Greeter: "public class Greeter { public static String greet(String who) { return 'Hello, ' + who; } }"
        });
        assert.deepEqual(debugOf(program, "System.debug(Greeter.greet('Ada'));"), ['Hello, Ada']);
    });

    test('the package namespace prefix is optional', () => {
        const program = programOf({ Util: 'public class Util { public static Integer two() { return 2; } }' });
        assert.deepEqual(debugOf(program, 'System.debug(lodestar.Util.two() + Util.two());'), ['4']);
    });

    test('every run starts with fresh static variables', () => {
        const program = programOf({
            Counter:
                'public class Counter { public static Integer n = 0; public static Integer next() { return ++n; } }'
        });
        assert.deepEqual(debugOf(program, 'Counter.next(); System.debug(Counter.next());'), ['2']);
        assert.deepEqual(debugOf(program, 'System.debug(Counter.next());'), ['1']);
    });

    test('the debug log form of a Date differs from String.valueOf', () => {
        const result = runAnonymous(programOf(), 'System.debug(Date.newInstance(2024, 1, 2));', 'test.apex');
        assert.equal(result.debug[0].message, '2024-01-02 00:00:00');
        assert.equal(result.debug[0].value, '2024-01-02');
        assert.equal(result.debug[0].line, 1);
    });

    test('an escaping exception is reported with its type, message and line', () => {
        const result = runAnonymous(programOf(), "System.debug('a');\nInteger x;\nx++;", 'test.apex');
        assert.equal(result.exception?.type, 'System.NullPointerException');
        assert.equal(result.exception?.line, 3);
        assert.match(result.exception?.stackTrace ?? '', /AnonymousBlock: line 3/);
    });

    test('stack traces name the class and method', () => {
        const program = programOf({
            Thrower: "public class Thrower {\n public static void go() {\n  throw new DmlException('x');\n }\n}"
        });
        const result = runAnonymous(program, 'Thrower.go();', 'test.apex');
        assert.equal(result.exception?.line, 3);
        assert.match(
            result.exception?.stackTrace ?? '',
            /^Class\.Thrower\.go: line 3, column 1\nAnonymousBlock: line 1, column 1$/
        );
    });

    test('unbounded recursion hits the stack depth limit', () => {
        const program = programOf({
            Deep: 'public class Deep { public static Integer down(Integer n) { return down(n + 1); } }'
        });
        const result = runAnonymous(
            program,
            "try { Deep.down(0); } catch (Exception e) { System.debug('caught'); }",
            'test.apex'
        );
        assert.equal(result.exception?.type, 'System.LimitException');
        assert.match(result.exception?.message ?? '', /Maximum stack depth reached/);
        assert.deepEqual(result.debug, [], 'a LimitException cannot be caught');
    });

    test('the statement budget stands in for the CPU time limit', () => {
        const result = runAnonymous(programOf(), 'Integer i = 0; while (true) { i++; }', 'test.apex', {
            maxStatements: 10000
        });
        assert.equal(result.exception?.type, 'System.LimitException');
        assert.equal(result.exception?.message, 'Apex CPU time limit exceeded');
    });

    test('an unsupported construct stops the run with its location, and is found before running', () => {
        const result = runAnonymous(
            programOf(),
            "System.debug('before');\nMessaging.SingleEmailMessage m = new Messaging.SingleEmailMessage();",
            'planted.apex'
        );
        assert.deepEqual(
            result.debug.map((d) => d.value),
            ['before']
        );
        assert.ok(result.unsupported);
        assert.equal(
            result.unsupported.message,
            'Unsupported: unknown type Messaging.SingleEmailMessage at planted.apex:2'
        );
        assert.ok(result.gaps.some((g) => g.line === 2 && g.file === 'planted.apex'));
    });

    test('catch blocks never see an Unsupported stop', () => {
        const result = runAnonymous(
            programOf(),
            "try { Messaging.sendEmail(null); } catch (Exception e) { System.debug('caught'); }",
            'test.apex'
        );
        assert.ok(result.unsupported);
        assert.deepEqual(result.debug, []);
    });

    test('SOQL without an org is Unsupported with its location', () => {
        const result = runAnonymous(programOf(), '\nList<Account> a = [SELECT Id FROM Account];', 'q.apex');
        assert.equal(
            result.unsupported?.message,
            'Unsupported: SOQL query (in-memory org not available yet) at q.apex:2'
        );
    });

    test('the running user and clock are configurable', () => {
        const result = runAnonymous(
            programOf(),
            'System.debug(UserInfo.getUserName()); System.debug(Date.today());',
            'test.apex',
            {
                user: { username: 'csm@example.com', timeZone: 'Asia/Tokyo' },
                now: () => Date.UTC(2024, 0, 1, 20, 0, 0)
            }
        );
        assert.deepEqual(
            result.debug.map((d) => d.value),
            ['csm@example.com', '2024-01-02']
        );
    });

    test('Test.isRunningTest is false outside tests', () => {
        assert.deepEqual(debugOf(programOf(), 'System.debug(Test.isRunningTest());'), ['false']);
    });

    test('Limits count statements as a CPU proxy', () => {
        const result = runAnonymous(
            programOf(),
            'for (Integer i = 0; i < 5000; i++) {} System.debug(Limits.getCpuTime() >= 5);',
            'test.apex'
        );
        assert.deepEqual(
            result.debug.map((d) => d.value),
            ['true']
        );
        assert.ok(result.statements > 5000);
    });

    test('Test.createStub answers every call through the StubProvider', () => {
        const program = programOf({
            Pricing: 'public interface Pricing { Decimal priceOf(String sku); }',
            Catalog: "public virtual class Catalog { public virtual String name() { return 'real'; } }"
        });
        const apex = `public class Provider implements System.StubProvider {
    public Object handleMethodCall(Object stubbed, String method, Type returnType, List<Type> types, List<String> names, List<Object> args) {
        return method == 'priceOf' ? (Object) 9.99 : (Object) ('stub of ' + method + ' ' + names);
    }
}
Pricing p = (Pricing) Test.createStub(Pricing.class, new Provider());
System.debug(p.priceOf('X'));
Catalog c = (Catalog) Test.createStub(Catalog.class, new Provider());
System.debug(c.name());
System.debug(c instanceof Catalog);`;
        assert.deepEqual(
            runAnonymous(program, apex, 'stub.apex', { isTest: true }).debug.map((d) => d.value),
            ['9.99', 'stub of name ()', 'true']
        );
    });

    test('Test.startTest gives fresh limits and stopTest restores them', () => {
        const result = runAnonymous(
            programOf(),
            `for (Integer i = 0; i < 3000; i++) {}
Integer before = Limits.getCpuTime();
Test.startTest();
System.debug(Limits.getCpuTime() < before);
Test.stopTest();
System.debug(Limits.getCpuTime() >= before);`,
            'limits.apex',
            { isTest: true }
        );
        assert.deepEqual(
            result.debug.map((d) => d.value),
            ['true', 'true']
        );
    });

    test('an @future call without the in-memory org is Unsupported', () => {
        const program = programOf({ Jobs: 'public class Jobs { @future public static void later() {} }' });
        const result = runAnonymous(program, 'Jobs.later();', 'future.apex');
        assert.equal(
            result.unsupported?.message,
            'Unsupported: Future job (async Apex needs the in-memory org) at future.apex:1'
        );
    });
});
