/**
 * Line coverage per class: the lines holding a statement (or a field initialiser) are coverable; a line is
 * covered when one of its statements ran. Test classes are left out, as the platform does.
 */
import type { ApexCodeCoverageAggregate, CodeCoverageResult } from '@salesforce/apex-node';
import type { RClass } from '../compile/model';
import type { Program } from '../compile/program';
import { classId } from './ids';

export interface ClassCoverage {
    cls: RClass;
    covered: number[];
    uncovered: number[];
}

/** Forgets all line hits, before a run. */
export function resetCoverage(program: Program): void {
    for (const cls of program.classes.values()) {
        cls.hits.fill(0);
    }
}

export function collectCoverage(program: Program): ClassCoverage[] {
    const out: ClassCoverage[] = [];
    for (const cls of program.classes.values()) {
        if (cls.isTest || cls.coverableLines.size === 0) {
            continue;
        }
        const lines = [...cls.coverableLines].sort((a, b) => a - b);
        out.push({
            cls,
            covered: lines.filter((l) => cls.hits[l] === 1),
            uncovered: lines.filter((l) => cls.hits[l] !== 1)
        });
    }
    return out.sort((a, b) => a.cls.name.localeCompare(b.cls.name));
}

export function percentage(covered: number, total: number): string {
    return total === 0 ? '0%' : `${Math.round((covered / total) * 100)}%`;
}

export function toAggregate(coverage: ClassCoverage[]): ApexCodeCoverageAggregate {
    return {
        done: true,
        totalSize: coverage.length,
        records: coverage.map((c) => ({
            ApexClassOrTrigger: { Id: classId(c.cls.name), Name: c.cls.name },
            NumLinesCovered: c.covered.length,
            NumLinesUncovered: c.uncovered.length,
            Coverage: { coveredLines: c.covered, uncoveredLines: c.uncovered }
        }))
    };
}

export function toCodeCoverageResults(coverage: ClassCoverage[]): CodeCoverageResult[] {
    return coverage.map((c) => ({
        apexId: classId(c.cls.name),
        name: c.cls.name,
        type: 'ApexClass' as const,
        numLinesCovered: c.covered.length,
        numLinesUncovered: c.uncovered.length,
        percentage: percentage(c.covered.length, c.covered.length + c.uncovered.length),
        coveredLines: c.covered,
        uncoveredLines: c.uncovered
    }));
}
