/**
 * One conformance case: a small anonymous Apex program and what Salesforce documents it must do.
 * The conformance runner executes `apex` on a fresh runtime and compares what it printed or threw.
 */
export interface ConformanceCase {
    /** What is checked, as a sentence: "setScale rounds half-even". */
    name: string;
    /** The documented behaviour this encodes, and where it is documented (page and section, or a quote). */
    cite: string;
    /**
     * Anonymous Apex. Each `System.debug(x)` call contributes what the debug log shows for x: a Date as
     * `yyyy-MM-dd 00:00:00` and a Datetime in GMT, like string concatenation, not `String.valueOf(x)`.
     */
    apex: string;
    /** The expected `System.debug` output, one entry per call, in order. */
    debug?: string[];
    /**
     * Run as a test context (Test.isRunningTest() true, Test.startTest/stopTest drive async work), as an
     * @IsTest method would; default false (anonymous Apex, whose queued async work runs after the script).
     */
    test?: boolean;
    /** Or: the exception that must escape, by Apex type name ("System.MathException") and optional exact message. */
    throws?: { type: string; message?: string };
}
