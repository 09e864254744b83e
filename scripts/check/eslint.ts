/**
 * `eslint`: the project's eslint.config.mjs over the LWC TypeScript sources and the Jest helpers (Salesforce's LWC
 * `recommended-ts`) and over the tools' and scripts' TypeScript (typescript-eslint `recommended`), through ESLint's
 * Node API. `--max-warnings 0` semantics: a warning is a problem too.
 */
import * as path from 'node:path';
import { ESLint } from 'eslint';
import type { Check, CheckOutcome, Problem } from '../lib/problems';

const name = 'eslint';
const lintedSources = ['force-app/**/lwc/**/*.ts', 'jest/**/*.ts', 'scripts/**/*.ts', 'tools/**/*.ts'];

export const eslintCheck: Check = {
    name,
    description:
        'ESLint over the LWC TypeScript (@salesforce/eslint-config-lwc recommended-ts) and the tools and scripts ' +
        '(typescript-eslint recommended), warnings included.',
    async run(projectRoot: string): Promise<CheckOutcome> {
        let results: ESLint.LintResult[];
        try {
            // cwd decides which eslint.config.mjs applies (the project's own) and what the globs are relative to.
            const eslint = new ESLint({ cwd: projectRoot, errorOnUnmatchedPattern: false });
            results = await eslint.lintFiles(lintedSources);
        } catch (error) {
            const message = `ESLint could not run: ${error instanceof Error ? error.message : String(error)}`;
            return {
                name,
                problems: [{ file: path.join(projectRoot, 'eslint.config.mjs'), line: 0, message, rule: name }],
                checked: 1
            };
        }
        const problems = results.flatMap((result) =>
            result.messages.map(
                (message): Problem => ({
                    file: result.filePath,
                    line: message.line ?? 0,
                    column: message.column,
                    message: `${message.severity === 1 ? 'warning: ' : ''}${message.message}`,
                    rule: message.ruleId ?? (message.fatal ? 'parse error' : name)
                })
            )
        );
        return { name, problems, checked: results.length };
    }
};
