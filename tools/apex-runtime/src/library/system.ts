/**
 * System, Assert, Test, Limits, UserInfo, LoggingLevel and Custom Labels.
 */
import { T } from '../compile/types';
import { allocateException, apexError, nullPointer } from '../runtime/errors';
import type { Frame } from '../runtime/frame';
import { SYNC_LIMITS, freshLimits, limitsFor } from '../runtime/limits';
import { asyncState } from '../runtime/async';
import { builtinClassOrThrow } from '../runtime/builtinClasses';
import { ApexDatetime, ApexTimeZone } from '../values/dates';
import { apexEquals } from '../values/equality';
import { stringValueOf, toApexString } from '../values/format';
import { ApexId } from '../values/id';
import { compareNumbers, numTag } from '../values/numeric';
import { ApexObject, ApexThrow } from '../values/objects';
import { ApexTypeValue } from '../values/misc';
import { isInstance } from '../compile/convert';
import { defineLibType, method } from './registry';
import { createStub } from './stubs';
import type { LibEnumValue } from '../compile/dynamic';

const System = defineLibType('System');
const Assert = defineLibType('System.Assert', 'Assert');
const Test = defineLibType('System.Test', 'Test');
const Limits = defineLibType('System.Limits', 'Limits');
const UserInfo = defineLibType('System.UserInfo', 'UserInfo');
const LoggingLevel = defineLibType('System.LoggingLevel', 'LoggingLevel');
LoggingLevel.enumValues = ['NONE', 'ERROR', 'WARN', 'INFO', 'DEBUG', 'FINE', 'FINER', 'FINEST', 'INTERNAL'];
const Label = defineLibType('System.Label', 'Label');

// ------------------------------------------------------------------------------------------------------ System

method(System, 'static void debug(Object)', (_self, [message], f: Frame) => {
    f.rt.debug('DEBUG', toApexString(message), stringValueOf(message));
    return null;
});
method(System, 'static void debug(System.LoggingLevel, Object)', (_self, [level, message], f: Frame) => {
    f.rt.debug((level as LibEnumValue | null)?.name ?? 'DEBUG', toApexString(message), stringValueOf(message));
    return null;
});

function assertionFailure(message: string): ApexThrow {
    return new ApexThrow(allocateException(builtinClassOrThrow('System.AssertException'), message, null));
}

function withMessage(base: string, message: unknown): string {
    return message === null || message === undefined
        ? `Assertion Failed: ${base}`
        : `Assertion Failed: ${toApexString(message)}: ${base}`;
}

/**
 * Equality for assertEquals/areEqual: Strings compare exactly (unlike `==`), numbers by value across types,
 * everything else as `==`.
 */
export function assertionEquals(expected: unknown, actual: unknown): boolean {
    if (typeof expected === 'string' && typeof actual === 'string') {
        return expected === actual;
    }
    if (numTag(expected) > 0 && numTag(actual) > 0) {
        return compareNumbers(expected, actual) === 0;
    }
    return apexEquals(expected, actual);
}

method(System, 'static void assert(Boolean, Object?)', (_self, [condition, message]) => {
    if (condition !== true) {
        throw assertionFailure(
            message === undefined || message === null
                ? 'Assertion Failed'
                : `Assertion Failed: ${toApexString(message)}`
        );
    }
    return null;
});
method(System, 'static void assertEquals(Object, Object, Object?)', (_self, [expected, actual, message]) => {
    if (!assertionEquals(expected, actual)) {
        throw assertionFailure(
            withMessage(`Expected: ${toApexString(expected)}, Actual: ${toApexString(actual)}`, message)
        );
    }
    return null;
});
method(System, 'static void assertNotEquals(Object, Object, Object?)', (_self, [expected, actual, message]) => {
    if (assertionEquals(expected, actual)) {
        throw assertionFailure(withMessage(`Same value: ${toApexString(actual)}`, message));
    }
    return null;
});
method(System, 'static Date today()', (_self, _args, f: Frame) =>
    ApexDatetime.newInstance(f.rt.now()).date(f.rt.user.timeZone)
);
method(System, 'static Datetime now()', (_self, _args, f: Frame) => ApexDatetime.newInstance(f.rt.now()));
method(System, 'static Long currentTimeMillis()', (_self, _args, f: Frame) => BigInt(f.rt.now()));
method(System, 'static Boolean isBatch()', (_self, _args, f: Frame) => !!asyncState(f.rt).current?.startsWith('batch'));
method(System, 'static Boolean isFuture()', (_self, _args, f: Frame) => asyncState(f.rt).current === 'future');
method(System, 'static Boolean isQueueable()', (_self, _args, f: Frame) => asyncState(f.rt).current === 'queueable');
method(System, 'static Boolean isScheduled()', (_self, _args, f: Frame) => asyncState(f.rt).current === 'scheduled');
method(System, 'static Boolean equals(Object, Object)', (_self, [a, b]) => apexEquals(a, b));
method(System, 'static String requestVersion()', () => '65.0');

// ------------------------------------------------------------------------------------------------------ Assert

function assertMessage(base: string, message: unknown): string {
    return message === null || message === undefined
        ? `Assertion Failed: ${base}`
        : `Assertion Failed: ${toApexString(message)}. ${base}`;
}

method(Assert, 'static void areEqual(Object, Object, String?)', (_self, [expected, actual, message]) => {
    if (!assertionEquals(expected, actual)) {
        throw assertionFailure(
            assertMessage(`Expected: ${toApexString(expected)}, Actual: ${toApexString(actual)}`, message)
        );
    }
    return null;
});
method(Assert, 'static void areNotEqual(Object, Object, String?)', (_self, [expected, actual, message]) => {
    if (assertionEquals(expected, actual)) {
        throw assertionFailure(
            assertMessage(`Expected: not ${toApexString(expected)}, Actual: ${toApexString(actual)}`, message)
        );
    }
    return null;
});
method(Assert, 'static void isTrue(Boolean, String?)', (_self, [condition, message]) => {
    if (condition !== true) {
        throw assertionFailure(assertMessage('Expected: true, Actual: ' + toApexString(condition), message));
    }
    return null;
});
method(Assert, 'static void isFalse(Boolean, String?)', (_self, [condition, message]) => {
    if (condition !== false) {
        throw assertionFailure(assertMessage('Expected: false, Actual: ' + toApexString(condition), message));
    }
    return null;
});
method(Assert, 'static void isNull(Object, String?)', (_self, [value, message]) => {
    if (value !== null) {
        throw assertionFailure(assertMessage(`Expected: null, Actual: ${toApexString(value)}`, message));
    }
    return null;
});
method(Assert, 'static void isNotNull(Object, String?)', (_self, [value, message]) => {
    if (value === null) {
        throw assertionFailure(assertMessage('Expected: not null, Actual: null', message));
    }
    return null;
});
method(Assert, 'static void fail(String?)', (_self, [message]) => {
    throw assertionFailure(
        message === undefined || message === null ? 'Assertion Failed' : `Assertion Failed: ${message as string}`
    );
});
method(Assert, 'static void isInstanceOfType(Object, System.Type, String?)', (_self, [value, type, message]) => {
    if (type === null) {
        throw nullPointer();
    }
    if (!isInstance(value, (type as ApexTypeValue).type)) {
        throw assertionFailure(assertMessage(`Expected instance of ${(type as ApexTypeValue).name}`, message));
    }
    return null;
});
method(Assert, 'static void isNotInstanceOfType(Object, System.Type, String?)', (_self, [value, type, message]) => {
    if (type === null) {
        throw nullPointer();
    }
    if (isInstance(value, (type as ApexTypeValue).type)) {
        throw assertionFailure(assertMessage(`Expected not an instance of ${(type as ApexTypeValue).name}`, message));
    }
    return null;
});

// -------------------------------------------------------------------------------------------------------- Test

method(Test, 'static Boolean isRunningTest()', (_self, _args, f: Frame) => f.rt.isTest);
method(Test, 'static void startTest()', (_self, _args, f: Frame) => {
    const rt = f.rt;
    if (rt.testStarted) {
        throw apexError('System.FinalException', 'Testing already started');
    }
    rt.testStarted = true;
    rt.savedLimits = rt.limits;
    rt.limits = freshLimits(rt.statements);
    return null;
});
method(Test, 'static void stopTest()', (_self, _args, f: Frame) => {
    const rt = f.rt;
    if (!rt.testStarted || rt.testStopped) {
        throw apexError('System.FinalException', 'Testing has not started');
    }
    rt.testStopped = true;
    // Asynchronous work queued since startTest runs now, synchronously; an exception it throws reaches the test.
    try {
        while (rt.pendingAsync.length > 0) {
            rt.pendingAsync.shift()!();
        }
    } finally {
        rt.limits = rt.savedLimits ?? freshLimits(rt.statements);
        rt.savedLimits = null;
    }
    return null;
});
method(Test, 'static Object createStub(System.Type, System.StubProvider)', (_self, [type, provider]) => {
    if (type === null || provider === null) {
        throw nullPointer();
    }
    return createStub(type as ApexTypeValue, provider as ApexObject);
});
method(Test, 'static Id getStandardPricebookId()', () => ApexId.parse('01s000000000001'));

// ------------------------------------------------------------------------------------------------------ Limits

type LimitKey = keyof typeof SYNC_LIMITS;
const COUNTED: Array<[string, LimitKey]> = [
    ['Queries', 'queries'],
    ['QueryRows', 'queryRows'],
    ['AggregateQueries', 'aggregateQueries'],
    ['SoslQueries', 'soslQueries'],
    ['DmlStatements', 'dmlStatements'],
    ['DmlRows', 'dmlRows'],
    ['Callouts', 'callouts'],
    ['FutureCalls', 'futureCalls'],
    ['QueueableJobs', 'queueableJobs'],
    ['EmailInvocations', 'emailInvocations'],
    ['PublishImmediateDML', 'publishImmediateDml']
];
for (const [name, key] of COUNTED) {
    method(
        Limits,
        `static Integer get${name}()`,
        (_self, _args, f: Frame) => f.rt.limits[key as Exclude<LimitKey, 'cpuTime' | 'heapSize'>]
    );
    method(Limits, `static Integer getLimit${name}()`, (_self, _args, f: Frame) => limitsFor(f.rt)[key]);
}
// CPU time and heap cannot be emulated: CPU time is the statements executed in this limit context / 1000, heap 0.
method(Limits, 'static Integer getCpuTime()', (_self, _args, f: Frame) =>
    Math.floor((f.rt.statements - f.rt.limits.statementsAtStart) / 1000)
);
method(Limits, 'static Integer getLimitCpuTime()', (_self, _args, f: Frame) => limitsFor(f.rt).cpuTime);
method(Limits, 'static Integer getHeapSize()', () => 0);
method(Limits, 'static Integer getLimitHeapSize()', (_self, _args, f: Frame) => limitsFor(f.rt).heapSize);

// ---------------------------------------------------------------------------------------------------- UserInfo

const idOf = (text: string): ApexId | null => ApexId.parse(text);
method(UserInfo, 'static Id getUserId()', (_self, _args, f: Frame) => idOf(f.rt.user.id));
method(UserInfo, 'static String getUserName()', (_self, _args, f: Frame) => f.rt.user.username);
method(UserInfo, 'static String getName()', (_self, _args, f: Frame) => f.rt.user.name);
method(UserInfo, 'static String getFirstName()', (_self, _args, f: Frame) => f.rt.user.firstName);
method(UserInfo, 'static String getLastName()', (_self, _args, f: Frame) => f.rt.user.lastName);
method(UserInfo, 'static String getUserEmail()', (_self, _args, f: Frame) => f.rt.user.email);
method(UserInfo, 'static Id getProfileId()', (_self, _args, f: Frame) => idOf(f.rt.user.profileId));
method(UserInfo, 'static Id getUserRoleId()', (_self, _args, f: Frame) =>
    f.rt.user.roleId ? idOf(f.rt.user.roleId) : null
);
method(UserInfo, 'static Id getOrganizationId()', (_self, _args, f: Frame) => idOf(f.rt.user.organizationId));
method(UserInfo, 'static String getOrganizationName()', (_self, _args, f: Frame) => f.rt.user.organizationName);
method(UserInfo, 'static TimeZone getTimeZone()', (_self, _args, f: Frame) =>
    ApexTimeZone.getTimeZone(f.rt.user.timeZone)
);
method(UserInfo, 'static String getLocale()', (_self, _args, f: Frame) => f.rt.user.locale);
method(UserInfo, 'static String getLanguage()', (_self, _args, f: Frame) => f.rt.user.language);
method(UserInfo, 'static String getUserType()', (_self, _args, f: Frame) => f.rt.user.userType);
method(UserInfo, 'static String getDefaultCurrency()', (_self, _args, f: Frame) => f.rt.user.defaultCurrency);
method(UserInfo, 'static Boolean isMultiCurrencyOrganization()', () => false);
method(UserInfo, 'static String getUiThemeDisplayed()', () => 'Theme4d');
method(UserInfo, 'static String getUiTheme()', () => 'Theme4d');

// ------------------------------------------------------------------------------------------------------ Labels

/** `System.Label.Name`: resolved at compile time from the project's labels; an unknown name is a gap. */
Label.dynamicStatic = (name, program) => {
    const label = program.labels.get(name.toLowerCase());
    if (!label) {
        return undefined;
    }
    const value = label.value;
    return { type: T.String, get: () => value };
};
