/**
 * Instances of Apex classes (user classes and the built-in exception hierarchy), and the JavaScript-level carrier
 * of a thrown Apex exception.
 */
import type { RClass } from '../compile/model';

/** What every Apex exception carries beyond its own fields. */
export interface ExceptionData {
    message: string | null;
    cause: ApexObject | null;
    /** Line where the exception was created, and the file it is in. */
    line: number;
    file: string;
    /** Apex-style stack trace, innermost first. */
    stackTrace: string;
    /** AuraHandledException reports "Script-thrown exception" until setMessage() is called. */
    messageOverridden: boolean;
    /** DmlException: the failed rows, for getDmlMessage(i) and friends. */
    dmlFailures?: Array<{ index: number; id: string | null; statusCode: string; message: string; fields: string[] }>;
}

export class ApexObject {
    /** Set for exceptions only. */
    ex: ExceptionData | null = null;
    /** For Test.createStub: the StubProvider answering every call. */
    stubProvider: ApexObject | null = null;
    constructor(
        readonly cls: RClass,
        readonly fields: unknown[]
    ) {}
}

/**
 * Thrown (with JavaScript `throw`) to propagate an Apex exception. Deliberately not an Error: capturing a
 * JavaScript stack for every Apex throw is wasted work.
 */
export class ApexThrow {
    constructor(readonly exception: ApexObject) {}
    toString(): string {
        const ex = this.exception.ex;
        return `${this.exception.cls.fullName}: ${ex?.message ?? ''}`;
    }
}

/**
 * A construct the runtime does not support. It stops the test (which then counts as not run, never as passed);
 * Apex `catch` blocks never see it.
 */
export class UnsupportedError extends Error {
    constructor(
        readonly construct: string,
        readonly file: string,
        readonly line: number
    ) {
        super(`Unsupported: ${construct} at ${file}:${line}`);
        this.name = 'UnsupportedError';
    }
}

export function isApexThrow(e: unknown): e is ApexThrow {
    return e instanceof ApexThrow;
}
