/**
 * `prettier`: `prettier --check .` semantics through Prettier's Node API, so each problem carries a line.
 * Like the CLI: every file Prettier has a parser for (with the project's plugins: Apex, XML), except node_modules
 * and what .gitignore and .prettierignore exclude; options from the project's Prettier config (and .editorconfig).
 * An unformatted file is a problem at its first differing line; a file that does not parse (invalid Apex) is a
 * problem at the parser's line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApexParserFactory, ApexSyntaxError, ThrowingErrorListener } from '@apexdevtools/apex-parser';
import * as prettier from 'prettier';
import type { Check, CheckOutcome, Problem } from '../lib/problems';
import { firstDifferentLine } from './support';

const name = 'prettier';

/** Folders the Prettier CLI never descends into. */
const alwaysSkipped = new Set(['.git', '.hg', '.sl', '.svn', '.jj', 'node_modules']);

function allFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            return alwaysSkipped.has(entry.name) ? [] : allFiles(full);
        }
        return entry.isFile() ? [full] : [];
    });
}

/**
 * Where a file fails to parse: the `loc` Prettier's parsers attach to syntax errors. prettier-plugin-apex drops
 * the position of Apex errors, so for Apex the ANTLR Apex parser (the one apex-ls uses) finds the line instead.
 */
function errorPosition(error: unknown, file: string, source: string): { line: number; column?: number } {
    const loc = (error as { loc?: { start?: { line?: number; column?: number } } }).loc;
    if (loc?.start?.line) {
        return { line: loc.start.line, column: loc.start.column };
    }
    if (!/\.(cls|trigger|apex)$/.test(file)) {
        return { line: 0 };
    }
    try {
        const { parser } = ApexParserFactory.createLexerAndParser(source, ThrowingErrorListener.INSTANCE);
        if (file.endsWith('.trigger')) {
            parser.triggerUnit();
        } else if (file.endsWith('.apex')) {
            parser.anonymousUnit();
        } else {
            parser.compilationUnit();
        }
    } catch (syntaxError) {
        if (syntaxError instanceof ApexSyntaxError) {
            return { line: syntaxError.line, column: syntaxError.column + 1 };
        }
    }
    return { line: 0 };
}

async function checkFile(file: string): Promise<Problem | undefined> {
    const source = fs.readFileSync(file, 'utf8');
    const options = (await prettier.resolveConfig(file, { editorconfig: true })) ?? {};
    try {
        const formatted = await prettier.format(source, { ...options, filepath: file });
        if (formatted === source) {
            return undefined;
        }
        return {
            file,
            line: firstDifferentLine(source, formatted),
            message: 'not formatted: run npm run format',
            rule: name
        };
    } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).split(/\r?\n/)[0].replace(/\.+$/, '.');
        return { file, ...errorPosition(error, file, source), message: `does not parse: ${message}`, rule: name };
    }
}

export const prettierCheck: Check = {
    name,
    description: 'Every file is formatted as Prettier would (with the Apex and XML plugins), and parses.',
    async run(projectRoot: string): Promise<CheckOutcome> {
        const ignorePath = ['.gitignore', '.prettierignore']
            .map((file) => path.join(projectRoot, file))
            .filter((file) => fs.existsSync(file));
        const files: string[] = [];
        for (const file of allFiles(projectRoot)) {
            const info = await prettier.getFileInfo(file, { ignorePath, resolveConfig: true });
            if (!info.ignored && info.inferredParser) {
                files.push(file);
            }
        }
        const problems: Problem[] = [];
        for (const file of files) {
            const problem = await checkFile(file);
            if (problem) {
                problems.push(problem);
            }
        }
        return { name, problems, checked: files.length };
    }
};
