/**
 * Classes the platform defines that Apex code can extend, implement or catch: the System exception hierarchy and
 * the interfaces the library calls back into (Comparable, StubProvider...). They are created once per process and
 * shared by every Program, because they carry no state.
 */
import { RClass, RMethod } from '../compile/model';
import { libType, T, listOf, mapOf, type ApexType } from '../compile/types';

const BUILTIN_FILE = '<platform>';

const byName = new Map<string, RClass>();

function register(cls: RClass, ...aliases: string[]): RClass {
    byName.set(cls.fullName.toLowerCase(), cls);
    for (const alias of aliases) {
        byName.set(alias.toLowerCase(), cls);
    }
    return cls;
}

/** A built-in class whose full name includes its namespace: `System.Exception`. */
function builtinClass(namespace: string, name: string, kind: 'class' | 'interface'): RClass {
    const ns = new RClass(namespace, 'class', null, BUILTIN_FILE, null);
    const cls = new RClass(name, kind, ns, BUILTIN_FILE, null);
    cls.isBuiltin = true;
    return cls;
}

// -------------------------------------------------------------------------------------------------- exceptions

export const exceptionClass = register(builtinClass('System', 'Exception', 'class'), 'Exception');
exceptionClass.isVirtual = true;
exceptionClass.isException = true;

/** The System exceptions a well-written package meets, with the ones `catch` cannot catch marked. */
const SYSTEM_EXCEPTIONS = [
    'AsyncException',
    'AuraHandledException',
    'BigObjectException',
    'CalloutException',
    'CanvasException',
    'DataWeaveScriptException',
    'DmlException',
    'DuplicateMessageException',
    'EmailException',
    'EventBusException',
    'ExternalObjectException',
    'FatalCursorException',
    'FinalException',
    'FlowException',
    'FormulaEvaluationException',
    'FormulaValidationException',
    'HandledException',
    'IllegalArgumentException',
    'InvalidHeaderException',
    'InvalidParameterValueException',
    'JSONException',
    'LicenseException',
    'ListException',
    'MathException',
    'NoAccessException',
    'NoDataFoundException',
    'NoSuchElementException',
    'NullPointerException',
    'QueryException',
    'RequiredFeatureMissingException',
    'SearchException',
    'SecurityException',
    'SerializationException',
    'SObjectException',
    'StringException',
    'TypeException',
    'UnexpectedException',
    'VisualforceException',
    'XmlException',
    'CryptoException',
    'ProcedureException',
    'QueueableException',
    'TransientCursorException'
];

for (const name of SYSTEM_EXCEPTIONS) {
    const cls = register(builtinClass('System', name, 'class'), name);
    cls.superclass = exceptionClass;
    cls.isVirtual = true;
    cls.isException = true;
}

for (const name of ['AssertException', 'LimitException']) {
    const cls = register(builtinClass('System', name, 'class'), name);
    cls.superclass = exceptionClass;
    cls.isException = true;
    cls.uncatchable = true;
}

/** Exceptions that live in other namespaces. */
for (const [ns, name] of [
    ['Database', 'Database.DmlException'],
    ['Auth', 'Auth.AuthProviderPluginException']
] as const) {
    const short = name.split('.')[1];
    const cls = register(builtinClass(ns, short, 'class'));
    cls.superclass = exceptionClass;
    cls.isException = true;
}

// -------------------------------------------------------------------------------------------------- interfaces

function builtinInterface(namespace: string, name: string, methods: Array<[string, ApexType, ApexType[]]>): RClass {
    const cls = register(builtinClass(namespace, name, 'interface'), name);
    for (const [methodName, returnType, params] of methods) {
        const method = new RMethod(
            methodName,
            cls,
            false,
            params.map((type, i) => ({ name: `p${i}`, type })),
            returnType,
            0,
            [],
            null
        );
        method.isAbstract = true;
        cls.methods.set(method.lname, [method]);
    }
    return cls;
}

const typeT = libType('System.Type');

export const comparableInterface = builtinInterface('System', 'Comparable', [['compareTo', T.Integer, [T.Object]]]);
export const comparatorInterface = builtinInterface('System', 'Comparator', [
    ['compare', T.Integer, [T.Object, T.Object]]
]);
export const stubProviderInterface = builtinInterface('System', 'StubProvider', [
    ['handleMethodCall', T.Object, [T.Object, T.String, typeT, listOf(typeT), listOf(T.String), listOf(T.Object)]]
]);
export const iterableInterface = builtinInterface('System', 'Iterable', [['iterator', T.Object, []]]);
export const iteratorInterface = builtinInterface('System', 'Iterator', [
    ['hasNext', T.Boolean, []],
    ['next', T.Object, []]
]);
export const callableInterface = builtinInterface('System', 'Callable', [
    ['call', T.Object, [T.String, mapOf(T.String, T.Object)]]
]);
builtinInterface('System', 'Queueable', [['execute', T.void, [libType('System.QueueableContext')]]]);
builtinInterface('System', 'Schedulable', [['execute', T.void, [libType('System.SchedulableContext')]]]);
builtinInterface('System', 'Finalizer', [['execute', T.void, [libType('System.FinalizerContext')]]]);
builtinInterface('System', 'HttpCalloutMock', [
    ['respond', libType('System.HttpResponse'), [libType('System.HttpRequest')]]
]);
builtinInterface('System', 'InstallHandler', [['onInstall', T.void, [libType('System.InstallContext')]]]);
builtinInterface('System', 'UninstallHandler', [['onUninstall', T.void, [libType('System.UninstallContext')]]]);
const batchable = builtinInterface('Database', 'Batchable', [
    ['start', T.Object, [libType('Database.BatchableContext')]],
    ['execute', T.void, [libType('Database.BatchableContext'), listOf(T.Object)]],
    ['finish', T.void, [libType('Database.BatchableContext')]]
]);
byName.set('database.batchable', batchable);
for (const marker of ['Stateful', 'AllowsCallouts', 'RaisesPlatformEvents']) {
    const cls = builtinInterface('Database', marker, []);
    byName.set(`database.${marker.toLowerCase()}`, cls);
}

/** Interfaces whose methods are generic in the platform (`Comparator<T>.compare(T, T)`): dispatch by name/arity. */
export const GENERIC_INTERFACES = new Set<RClass>([
    comparatorInterface,
    iterableInterface,
    iteratorInterface,
    batchable
]);

/** Looks a built-in class up by full (`System.ListException`) or short (`ListException`) name, any case. */
export function findBuiltinClass(name: string): RClass | undefined {
    return byName.get(name.toLowerCase());
}

export function builtinClassOrThrow(name: string): RClass {
    const cls = findBuiltinClass(name);
    if (!cls) {
        throw new Error(`no built-in class ${name}`);
    }
    return cls;
}

export function allBuiltinClasses(): RClass[] {
    return [...new Set(byName.values())];
}
