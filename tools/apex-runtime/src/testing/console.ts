/**
 * Console output of a test run: the capability scan first (every gap in one list), then a line per test.
 */
import type { ApexTestResultData } from '@salesforce/apex-node';
import type { Gap } from '../compile/program';

export type LogLine = (line: string) => void;

export function printCapabilityScan(gaps: Gap[], log: LogLine): void {
    if (gaps.length === 0) {
        log('Capability scan: every construct in the project is supported.');
        return;
    }
    log(`Capability scan: ${gaps.length} unsupported construct(s); tests that reach them are reported as not run:`);
    for (const gap of gaps) {
        log(`  Unsupported: ${gap.construct} at ${gap.file}:${gap.line}`);
    }
}

export function formatTestResult(r: ApexTestResultData): string {
    const mark = r.outcome === 'Pass' ? '✔' : r.outcome === 'Skip' ? '○ not run:' : '✖';
    const detail = r.outcome === 'Pass' ? '' : `\n    ${r.message ?? ''}`;
    return `${mark} ${r.apexClass.name}.${r.methodName} (${r.runTime} ms)${detail}`;
}
