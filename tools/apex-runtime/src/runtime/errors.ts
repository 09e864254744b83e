/**
 * Creating Apex exceptions from anywhere in the runtime (operators, library methods), with the line and stack of
 * the Apex code that is executing.
 */
import type { RClass } from '../compile/model';
import { ApexObject, ApexThrow, type ExceptionData } from '../values/objects';
import { builtinClassOrThrow } from './builtinClasses';
import type { Frame } from './frame';
import { activeRuntime } from './active';

/** `Class.Foo.bar: line 3, column 1`, innermost frame first, as Apex prints it. */
export function stackTraceOf(frame: Frame | null): string {
    const lines: string[] = [];
    for (let f = frame; f; f = f.caller) {
        lines.push(`${frameLabel(f)}: line ${f.line}, column 1`);
    }
    return lines.join('\n');
}

function frameLabel(f: Frame): string {
    const method = f.method;
    if (!method || method.owner.lname === 'anonymousblock') {
        return 'AnonymousBlock';
    }
    const name = method.isConstructor ? '<init>' : method.name;
    return `Class.${method.owner.fullName}.${name}`;
}

/** Allocates an exception object of `cls` (built-in or user-defined) with its exception data filled in. */
export function allocateException(cls: RClass, message: string | null, cause: ApexObject | null): ApexObject {
    const obj = new ApexObject(cls, cls.fieldDefaults.slice());
    const frame = activeRuntime()?.frame ?? null;
    const data: ExceptionData = {
        message,
        cause,
        line: frame?.line ?? 0,
        file: frame?.file ?? '',
        stackTrace: stackTraceOf(frame),
        messageOverridden: false
    };
    obj.ex = data;
    return obj;
}

/** An ApexThrow of a built-in exception, ready to `throw`: `throw apexError('System.ListException', '...')`. */
export function apexError(typeName: string, message: string | null): ApexThrow {
    return new ApexThrow(allocateException(builtinClassOrThrow(typeName), message, null));
}

export function nullPointer(): ApexThrow {
    return apexError('System.NullPointerException', 'Attempt to de-reference a null object');
}
