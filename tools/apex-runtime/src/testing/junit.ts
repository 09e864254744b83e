/**
 * apex-node's JUnitReporter writes a `Skip` outcome as a plain (passing-looking) testcase. A test the runtime could
 * not run must never read as passed, so this adds `<skipped message="..."/>` to those testcases.
 */
import type { TestResult } from '@salesforce/apex-node';

function xmlEscape(value: string): string {
    return value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}

export function markSkippedInJUnit(xml: string, result: TestResult): string {
    let out = xml;
    for (const test of result.tests) {
        if (test.outcome !== 'Skip') {
            continue;
        }
        const open = `<testcase name="${xmlEscape(test.methodName)}" classname="${test.apexClass.fullName}"`;
        const start = out.indexOf(open);
        if (start < 0) {
            continue;
        }
        const close = out.indexOf('</testcase>', start);
        const skipped = `    <skipped message="${xmlEscape(test.message ?? 'not run')}"/>\n        `;
        out = out.slice(0, close) + skipped + out.slice(close);
    }
    return out;
}
