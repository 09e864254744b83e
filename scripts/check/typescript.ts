/**
 * `typescript`: type errors in the LWC sources (`tsconfig.json`) and in them plus their tests and the Jest helpers
 * (`tsconfig.test.json`), through the compiler API with noEmit. Config errors (a missing extended config, an
 * unknown option) are problems too. A file both configs cover reports each error once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import type { Check, CheckOutcome, Problem } from '../lib/problems';

const name = 'typescript';
const configNames = ['tsconfig.json', 'tsconfig.test.json'];

function toProblem(diagnostic: ts.Diagnostic, fallbackFile: string): Problem {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    const rule = `TS${diagnostic.code}`;
    if (!diagnostic.file || diagnostic.start === undefined) {
        return { file: diagnostic.file?.fileName ?? fallbackFile, line: 0, message, rule };
    }
    const position = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return {
        file: path.resolve(diagnostic.file.fileName),
        line: position.line + 1,
        column: position.character + 1,
        message,
        rule
    };
}

/** Diagnostics of one tsconfig, and the project's own source files it type-checked (not declarations). */
function checkConfig(configFile: string): { problems: Problem[]; sources: string[] } {
    const configErrors: ts.Diagnostic[] = [];
    const host: ts.ParseConfigFileHost = {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => configErrors.push(diagnostic)
    };
    const parsed = ts.getParsedCommandLineOfConfigFile(configFile, { noEmit: true }, host);
    if (!parsed) {
        return { problems: configErrors.map((diagnostic) => toProblem(diagnostic, configFile)), sources: [] };
    }
    const program = ts.createProgram({
        rootNames: parsed.fileNames,
        options: parsed.options,
        projectReferences: parsed.projectReferences
    });
    const diagnostics = [...configErrors, ...parsed.errors, ...ts.getPreEmitDiagnostics(program)];
    const sources = parsed.fileNames.filter((file) => !file.endsWith('.d.ts'));
    return { problems: diagnostics.map((diagnostic) => toProblem(diagnostic, configFile)), sources };
}

export const typescriptCheck: Check = {
    name,
    description: 'TypeScript type errors in the LWC sources and tests (tsconfig.json, tsconfig.test.json).',
    async run(projectRoot: string): Promise<CheckOutcome> {
        const problems: Problem[] = [];
        const seen = new Set<string>();
        const sources = new Set<string>();
        for (const configName of configNames) {
            const configFile = path.join(projectRoot, configName);
            if (!fs.existsSync(configFile)) {
                problems.push({ file: configFile, line: 0, message: `${configName} is missing`, rule: name });
                continue;
            }
            const result = checkConfig(configFile);
            result.sources.forEach((file) => sources.add(file));
            for (const problem of result.problems) {
                const key = `${problem.file}:${problem.line}:${problem.column ?? 0}:${problem.message}`;
                if (!seen.has(key)) {
                    seen.add(key);
                    problems.push(problem);
                }
            }
        }
        return { name, problems, checked: sources.size };
    }
};
