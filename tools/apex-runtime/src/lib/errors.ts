/**
 * Errors raised by the pure value primitives.
 *
 * `ApexLibraryError` is an Apex exception the interpreter must surface to Apex code as a catchable exception of
 * type `apexType` (for example `System.MathException`) with exactly `message`.
 *
 * `ApexUnsupportedError` is NOT an Apex exception: it marks a construct that is valid in Apex (so Salesforce would
 * run it) but that this runtime cannot reproduce faithfully (for example the Java regex `\G` anchor). The
 * interpreter should abort the run and report it as a capability gap, never let Apex code catch it.
 */
export class ApexLibraryError extends Error {
    readonly apexType: string;

    constructor(apexType: string, message: string) {
        super(message);
        this.name = 'ApexLibraryError';
        this.apexType = apexType;
    }
}

export class ApexUnsupportedError extends Error {
    /** Short name of the unsupported construct, e.g. "regex \\G anchor". */
    readonly feature: string;

    constructor(feature: string, detail?: string) {
        super(`Unsupported by the local Apex runtime: ${feature}${detail ? ` (${detail})` : ''}`);
        this.name = 'ApexUnsupportedError';
        this.feature = feature;
    }
}

export function mathException(message: string): ApexLibraryError {
    return new ApexLibraryError('System.MathException', message);
}

export function typeException(message: string): ApexLibraryError {
    return new ApexLibraryError('System.TypeException', message);
}

export function stringException(message: string): ApexLibraryError {
    return new ApexLibraryError('System.StringException', message);
}

/** Apex surfaces Java's ArithmeticException("Division by zero"/"/ by zero") as `System.MathException: Divide by 0`. */
export function divideByZero(): ApexLibraryError {
    return mathException('Divide by 0');
}
