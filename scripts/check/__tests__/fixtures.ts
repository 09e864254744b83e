/**
 * Shared by the checks' tests: where the fixture projects are, and assertions that say which problem was
 * expected and list what was found instead.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { fromRoot } from '../../lib/paths';
import { formatProblem, type CheckOutcome, type Problem } from '../../lib/problems';

/** `scripts/check/__fixtures__/<check>/<variant>`: a tiny project the check runs over. */
export function fixture(check: string, variant: string): string {
    return fromRoot('scripts', 'check', '__fixtures__', check, variant);
}

function relativeFile(problem: Problem, root: string): string {
    return (path.isAbsolute(problem.file) ? path.relative(root, problem.file) : problem.file).split(path.sep).join('/');
}

function listing(outcome: CheckOutcome, root: string): string {
    return outcome.problems.map((problem) => `  ${formatProblem(problem, root)}`).join('\n') || '  (no problems)';
}

/** A clean project: something was checked, and nothing was found. */
export function assertClean(outcome: CheckOutcome, root: string): void {
    assert.ok(outcome.checked > 0, `${outcome.name} checked nothing in ${root}`);
    assert.equal(
        outcome.problems.length,
        0,
        `${outcome.name} found problems in a clean project:\n${listing(outcome, root)}`
    );
}

export interface ExpectedProblem {
    /** Relative to the fixture project, with forward slashes. */
    file: string;
    line: number;
    /** A fragment of the message. */
    message: string;
    rule?: string;
}

/** The problem at exactly this file and line whose message holds the fragment (and of this rule, if given). */
export function assertProblem(outcome: CheckOutcome, root: string, expected: ExpectedProblem): Problem {
    const found = outcome.problems.find(
        (problem) =>
            relativeFile(problem, root) === expected.file &&
            problem.line === expected.line &&
            problem.message.includes(expected.message) &&
            (expected.rule === undefined || problem.rule === expected.rule)
    );
    assert.ok(
        found,
        `expected ${expected.file}:${expected.line} "${expected.message}"${expected.rule ? ` [${expected.rule}]` : ''}, found:\n${listing(outcome, root)}`
    );
    return found;
}

/** Exactly `count` problems: every one is a planted error, and no check reports a clean file. */
export function assertProblemCount(outcome: CheckOutcome, root: string, count: number): void {
    assert.ok(outcome.checked > 0, `${outcome.name} checked nothing in ${root}`);
    assert.equal(outcome.problems.length, count, `expected ${count} problems, found:\n${listing(outcome, root)}`);
}
