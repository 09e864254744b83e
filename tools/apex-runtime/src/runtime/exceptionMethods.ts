/**
 * The methods and constructors every Apex exception has (System.Exception's), implemented natively and attached to
 * the built-in classes, so user-defined exceptions inherit them through normal method lookup.
 */
import { RClass, RMethod } from '../compile/model';
import { libType, listOf, T, type ApexType } from '../compile/types';
import { ApexList } from '../values/collections';
import { exceptionMessage, exceptionTypeName, stringValueOf } from '../values/format';
import { ApexObject } from '../values/objects';
import { exceptionClass, findBuiltinClass } from './builtinClasses';
import { apexError } from './errors';
import { activeRuntime } from './active';
import { ApexId } from '../values/id';

export function nativeMethod(
    owner: RClass,
    name: string,
    params: ApexType[],
    returnType: ApexType,
    impl: (self: ApexObject, args: unknown[]) => unknown
): RMethod {
    const method = new RMethod(
        name,
        owner,
        false,
        params.map((type, i) => ({ name: `p${i}`, type })),
        returnType,
        0,
        [],
        null
    );
    method.native = impl as (self: unknown, args: unknown[]) => unknown;
    const list = owner.methods.get(method.lname) ?? [];
    list.push(method);
    owner.methods.set(method.lname, list);
    return method;
}

function dmlFailure(
    self: ApexObject,
    index: unknown
): NonNullable<NonNullable<ApexObject['ex']>['dmlFailures']>[number] {
    const failures = self.ex?.dmlFailures ?? [];
    const failure = failures[index as number];
    if (!failure) {
        throw apexError('System.ListException', `List index out of bounds: ${String(index)}`);
    }
    return failure;
}

const exceptionType: ApexType = { k: 'class', cls: exceptionClass };

nativeMethod(exceptionClass, 'getMessage', [], T.String, (self) => exceptionMessage(self));
nativeMethod(exceptionClass, 'setMessage', [T.String], T.void, (self, [message]) => {
    self.ex!.message = message as string | null;
    self.ex!.messageOverridden = true;
    return null;
});
nativeMethod(exceptionClass, 'getCause', [], exceptionType, (self) => self.ex!.cause);
nativeMethod(exceptionClass, 'initCause', [exceptionType], T.void, (self, [cause]) => {
    self.ex!.cause = cause as ApexObject | null;
    return null;
});
nativeMethod(exceptionClass, 'getLineNumber', [], T.Integer, (self) => self.ex!.line);
nativeMethod(exceptionClass, 'getStackTraceString', [], T.String, (self) => self.ex!.stackTrace);
nativeMethod(exceptionClass, 'getTypeName', [], T.String, (self) => exceptionTypeName(self));
nativeMethod(exceptionClass, 'toString', [], T.String, (self) => stringValueOf(self));

const dmlException = findBuiltinClass('System.DmlException')!;
nativeMethod(dmlException, 'getNumDml', [], T.Integer, (self) => self.ex?.dmlFailures?.length ?? 0);
nativeMethod(dmlException, 'getDmlMessage', [T.Integer], T.String, (self, [i]) => dmlFailure(self, i).message);
nativeMethod(dmlException, 'getDmlId', [T.Integer], T.Id, (self, [i]) => {
    const id = dmlFailure(self, i).id;
    return id ? ApexId.parse(id) : null;
});
nativeMethod(dmlException, 'getDmlIndex', [T.Integer], T.Integer, (self, [i]) => dmlFailure(self, i).index);
nativeMethod(dmlException, 'getDmlStatusCode', [T.Integer], T.String, (self, [i]) => dmlFailure(self, i).statusCode);
nativeMethod(
    dmlException,
    'getDmlFieldNames',
    [T.Integer],
    listOf(T.String),
    (self, [i]) => new ApexList([...dmlFailure(self, i).fields], T.String)
);
nativeMethod(
    dmlException,
    'getDmlType',
    [T.Integer],
    libType('System.StatusCode'),
    (self, [i]) => dmlFailure(self, i).statusCode
);

/**
 * The four constructors every exception has: (), (String message), (Exception cause), (String, Exception).
 * `runInits` runs user-declared field initialisers of the classes between the built-in base and `owner`.
 */
export function exceptionConstructors(owner: RClass, runInits: boolean): RMethod[] {
    const make = (params: ApexType[], apply: (self: ApexObject, args: unknown[]) => void): RMethod => {
        const method = new RMethod(
            owner.name,
            owner,
            false,
            params.map((type, i) => ({ name: `p${i}`, type })),
            T.void,
            owner.decl?.line ?? 0,
            [],
            null
        );
        method.isConstructor = true;
        method.native = (self, args) => {
            const obj = self as ApexObject;
            apply(obj, args);
            if (runInits) {
                runUserInits(owner, obj);
            }
            return null;
        };
        return method;
    };
    return [
        make([], () => undefined),
        make([T.String], (self, [message]) => {
            self.ex!.message = message as string | null;
        }),
        make([exceptionType], (self, [cause]) => {
            const c = cause as ApexObject | null;
            self.ex!.cause = c;
            // As in Java, an exception made from a cause takes the cause's description as its message.
            self.ex!.message = c ? stringValueOf(c) : null;
        }),
        make([T.String, exceptionType], (self, [message, cause]) => {
            self.ex!.message = message as string | null;
            self.ex!.cause = cause as ApexObject | null;
        })
    ];
}

/** Runs the field initialisers of the user classes from the built-in base down to `owner`. */
function runUserInits(owner: RClass, obj: ApexObject): void {
    const chain: RClass[] = [];
    for (let c: RClass | null = owner; c && !c.isBuiltin; c = c.superclass) {
        chain.unshift(c);
    }
    const rt = activeRuntime()!;
    for (const c of chain) {
        rt.runInstanceInit(c, obj);
    }
}

/** Built-in exception classes get their constructors once. */
export function installBuiltinExceptionConstructors(classes: RClass[]): void {
    for (const cls of classes) {
        if (cls.isException && cls.constructors.length === 0) {
            cls.constructors.push(...exceptionConstructors(cls, false));
        }
    }
}
