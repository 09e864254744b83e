/**
 * `apex-ls`: Apex semantic errors (unknown fields, types and methods, type mismatches, syntax errors), from apex-ls's
 * CheckForIssues over the project's sfdx-project.json workspace. It reads the object and field metadata too, so an
 * Apex reference to a field that is not in the source is caught here. Exit status 4 means it found issues.
 *
 * Its text output, measured on planted errors:
 *     /abs/path/Bad.cls
 *     Missing: line 3 at 15-26: Unknown field 'Colour__c' on SObject 'Schema.Widget__c'
 *     Syntax: line 3 at 20: mismatched input ';' expecting {...}
 *     Error: line 1: Type 'ns.Foo' is defined, but meta file is missing for '/abs/path/Foo.cls'
 * Offsets are 0-based columns.
 */
import * as path from 'node:path';
import { listFiles } from '../lib/paths';
import type { Check, CheckOutcome, Problem } from '../lib/problems';
import { javaUnavailable, outputTail, runJava } from './java';
import { shortenExpectedTokens } from './support';
import { sourceDirs } from '../lib/metadata';

const name = 'apex-ls';
/** `Category: line N at C[-C2]: message`; whole-file issues have no column (`Error: line 1: ... meta file is missing`). */
const issueLine = /^(\w+): line (\d+)(?: at (\d+)(?:-\d+)?)?: (.*)$/;

/** Problems from CheckForIssues text output; a line that fits neither shape is kept as a problem, never dropped. */
export function parseApexLsOutput(output: string, workspace: string): Problem[] {
    const problems: Problem[] = [];
    let currentFile = path.join(workspace, 'sfdx-project.json');
    for (const line of output.split('\n').map((text) => text.trimEnd())) {
        if (!line) {
            continue;
        }
        const issue = issueLine.exec(line);
        if (issue) {
            const [, category, lineNumber, offset, message] = issue;
            problems.push({
                file: currentFile,
                line: Number(lineNumber),
                column: offset === undefined ? undefined : Number(offset) + 1,
                message: shortenExpectedTokens(message),
                rule: `apex-ls/${category}`
            });
        } else if (path.isAbsolute(line)) {
            currentFile = line;
        } else {
            problems.push({ file: currentFile, line: 0, message: `unrecognised apex-ls output: ${line}`, rule: name });
        }
    }
    return problems;
}

export const apexLsCheck: Check = {
    name,
    description: 'Apex semantic errors from apex-ls: unknown fields, types and methods, type mismatches.',
    async run(projectRoot: string): Promise<CheckOutcome> {
        const apexFiles = sourceDirs(projectRoot).flatMap((dir) => listFiles(dir, ['.cls', '.trigger']));
        const projectFile = path.join(projectRoot, 'sfdx-project.json');
        const failure = (message: string): CheckOutcome => ({
            name,
            problems: [{ file: projectFile, line: 0, message, rule: name }],
            checked: apexFiles.length
        });
        const unavailable = javaUnavailable();
        if (unavailable) {
            return failure(unavailable);
        }
        let run;
        try {
            // -n: no cache, so results never depend on an earlier run.
            run = await runJava('io.github.apexdevtools.apexls.CheckForIssues', ['-n', '-w', projectRoot], projectRoot);
        } catch (error) {
            return failure(error instanceof Error ? error.message : String(error));
        }
        if (run.status !== 0 && run.status !== 4) {
            return failure(`apex-ls exited ${run.status}:\n${outputTail(run)}`);
        }
        const problems = parseApexLsOutput(run.stdout, projectRoot);
        if (run.status === 4 && problems.length === 0) {
            return failure(`apex-ls exited 4 (issues found) but printed none:\n${outputTail(run)}`);
        }
        return { name, problems, checked: apexFiles.length };
    }
};
