import * as path from 'node:path';

/** One finding of a static check, located in a file. */
export interface Problem {
    /** Absolute path, or relative to the checked project's root. */
    file: string;
    /** 1-based; 0 when the finding concerns the whole file. */
    line: number;
    column?: number;
    message: string;
    /** The rule or tool that raised it, e.g. "ApexSOQLInjection". */
    rule?: string;
}

/** The result of one static check over one project. */
export interface CheckOutcome {
    name: string;
    problems: Problem[];
    /** How many files or units the check looked at, for the report. */
    checked: number;
}

/** A static check: pure function of a project folder (the repo itself, or a fixture project). */
export interface Check {
    name: string;
    description: string;
    run(projectRoot: string): Promise<CheckOutcome>;
}

/** `file:line:column: message [rule]`, with the file relative to `root`, so an editor can jump to it. */
export function formatProblem(problem: Problem, root: string): string {
    const file = path.isAbsolute(problem.file) ? path.relative(root, problem.file) : problem.file;
    const where = problem.column ? `${file}:${problem.line}:${problem.column}` : `${file}:${problem.line}`;
    return `${where}: ${problem.message}${problem.rule ? ` [${problem.rule}]` : ''}`;
}
