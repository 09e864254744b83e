/**
 * `pmd`: PMD 7 over every Apex class and trigger in force-app (the package), with the committed ruleset
 * `config/pmd-ruleset.xml`. PMD runs through the wrapper in @salesforce/code-analyzer-pmd-engine, the same one
 * Salesforce Code Analyzer uses: `PmdWrapper run in.json out.json`, where
 *     in.json  = { ruleSetInputFile, runDataPerLanguage: { apex: { filesToScan: [...] } } }
 *     out.json = { violations: [{ rule, message, codeLocation: { file, startLine, startCol } }],
 *                  processingErrors: [{ file, message, detail }] }
 * A file PMD cannot parse is a problem too: it was not checked.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fromRoot, listFiles } from '../lib/paths';
import type { Check, CheckOutcome, Problem } from '../lib/problems';
import { javaUnavailable, outputTail, runJava } from './java';
import { shortenExpectedTokens } from './support';

const name = 'pmd';

/**
 * Scanned with the project's files. PMD loads no rules at all from a ruleset it cannot read, and reports
 * nothing, so a run in which this class raises no violation proves the ruleset is broken, not that the code is clean.
 */
const canaryClass = `public class LodestarPmdCanary {
    public static Id canary() {
        try {
            return '001000000000001AAA';
        } catch (Exception e) {
        }
        return null;
    }
}
`;

interface PmdResults {
    violations: {
        rule: string;
        message: string;
        codeLocation: { file: string; startLine: number; startCol: number };
    }[];
    processingErrors: { file: string; message: string; detail?: string }[];
}

/**
 * The project's own ruleset, or the repository's when the project has none: fixture projects are checked
 * against the committed ruleset, which is what their tests are about.
 */
export function rulesetFor(projectRoot: string): string {
    const own = path.join(projectRoot, 'config', 'pmd-ruleset.xml');
    return fs.existsSync(own) ? own : fromRoot('config', 'pmd-ruleset.xml');
}

export function pmdProblems(results: PmdResults): Problem[] {
    const violations = results.violations.map(
        (violation): Problem => ({
            file: violation.codeLocation.file,
            line: violation.codeLocation.startLine,
            column: violation.codeLocation.startCol,
            message: violation.message.trim(),
            rule: violation.rule
        })
    );
    const processingErrors = results.processingErrors.map((error): Problem => {
        // Parse errors read "...Syntax error at 2:12: mismatched input..."; keep the first line only.
        const position = /at (\d+):(\d+)/.exec(error.message);
        const summary = shortenExpectedTokens(error.message.split('\n').slice(0, 2).join(' '));
        return {
            file: error.file,
            line: position ? Number(position[1]) : 0,
            column: position ? Number(position[2]) : undefined,
            message: `PMD could not analyse this file: ${summary}`,
            rule: 'pmd-processing-error'
        };
    });
    return [...violations, ...processingErrors];
}

export const pmdCheck: Check = {
    name,
    description: 'PMD 7 security, best-practice, error-prone and performance rules over the package Apex.',
    async run(projectRoot: string): Promise<CheckOutcome> {
        const apexFiles = listFiles(path.join(projectRoot, 'force-app'), ['.cls', '.trigger']);
        const ruleset = rulesetFor(projectRoot);
        const failure = (message: string): CheckOutcome => ({
            name,
            problems: [{ file: ruleset, line: 0, message, rule: name }],
            checked: apexFiles.length
        });
        const unavailable = javaUnavailable();
        if (unavailable) {
            return failure(unavailable);
        }
        if (apexFiles.length === 0) {
            return { name, problems: [], checked: 0 };
        }
        const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestar-pmd-'));
        try {
            const inputFile = path.join(workDir, 'input.json');
            const resultsFile = path.join(workDir, 'results.json');
            const canaryFile = path.join(workDir, 'LodestarPmdCanary.cls');
            fs.writeFileSync(canaryFile, canaryClass);
            const filesToScan = [...apexFiles, canaryFile];
            const input = { ruleSetInputFile: ruleset, runDataPerLanguage: { apex: { filesToScan } } };
            fs.writeFileSync(inputFile, JSON.stringify(input));
            let run;
            try {
                run = await runJava(
                    'com.salesforce.sfca.pmdwrapper.PmdWrapper',
                    ['run', inputFile, resultsFile],
                    projectRoot
                );
            } catch (error) {
                return failure(error instanceof Error ? error.message : String(error));
            }
            if (run.status !== 0 || !fs.existsSync(resultsFile)) {
                return failure(`PMD exited ${run.status} without results:\n${outputTail(run)}`);
            }
            const problems = pmdProblems(JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as PmdResults);
            if (!problems.some((problem) => problem.file === canaryFile)) {
                return failure('PMD ran no rules (a known violation went unreported): is the ruleset well-formed?');
            }
            return {
                name,
                problems: problems.filter((problem) => problem.file !== canaryFile),
                checked: apexFiles.length
            };
        } finally {
            fs.rmSync(workDir, { recursive: true, force: true });
        }
    }
};
