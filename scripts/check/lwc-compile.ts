/**
 * `lwc-compile`: the platform's own LWC compiler (@lwc/sfdc-lwc-compiler, what a deploy runs) over every bundle in
 * the package directories. It catches template errors, disallowed `lwc` imports, reserved or duplicate `@api` names, `$A` and
 * dynamic `import()`. It ignores `.ts` in platform bundles, so it compiles the `.js` tsc writes beside each `.ts`
 * (`npm run build`); a `.ts` without its `.js` is a problem in itself. Errors in a `.js` point at the tsc output,
 * whose lines can differ from the `.ts`; template and CSS errors point at the source.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Check, CheckOutcome, Problem } from '../lib/problems';
import { sourceDirs } from '../lib/metadata';

const name = 'lwc-compile';
/** The API version when a bundle's .js-meta.xml does not say (the project's sourceApiVersion). */
const defaultApiVersion = 65;
/** @lwc/errors DiagnosticLevel: Fatal 0, Error 1, Warning 2, Log 3. Warnings count, as the deploy shows them. */
const warningLevel = 2;
/** Files the platform compiles in a bundle; tests, mocks and TypeScript sources stay local. */
const bundleFileSuffixes = ['.js', '.html', '.css', '.svg', '.js-meta.xml'];

/** Every LWC bundle folder: each folder directly inside an `lwc` folder (not `__mocks__` and the like). */
export function findBundles(dir: string): string[] {
    if (!fs.existsSync(dir)) {
        return [];
    }
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) {
            return [];
        }
        const full = path.join(dir, entry.name);
        if (path.basename(dir) === 'lwc') {
            return entry.name.startsWith('_') ? [] : [full];
        }
        return findBundles(full);
    });
}

/** Bundle-relative path → content, for the files the platform would compile. */
function bundleFiles(bundleDir: string): Record<string, string> {
    const files: Record<string, string> = {};
    const walk = (dir: string): void => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!entry.name.startsWith('__')) {
                    walk(full);
                }
            } else if (bundleFileSuffixes.some((suffix) => entry.name.endsWith(suffix))) {
                files[path.relative(bundleDir, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
            }
        }
    };
    walk(bundleDir);
    return files;
}

/** The TypeScript sources of a bundle (not tests or declarations), relative to it. */
function typescriptSources(bundleDir: string): string[] {
    const sources: string[] = [];
    const walk = (dir: string): void => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!entry.name.startsWith('__')) {
                    walk(full);
                }
            } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
                sources.push(path.relative(bundleDir, full));
            }
        }
    };
    walk(bundleDir);
    return sources;
}

function apiVersionOf(metaXml: string | undefined): number {
    const version = /<apiVersion>\s*([\d.]+)\s*<\/apiVersion>/.exec(metaXml ?? '')?.[1];
    return version ? Number(version) : defaultApiVersion;
}

type Compile = (typeof import('@lwc/sfdc-lwc-compiler'))['compile'];

async function checkBundle(bundleDir: string, compile: Compile): Promise<Problem[]> {
    const bundleName = path.basename(bundleDir);
    const problems: Problem[] = [];
    for (const source of typescriptSources(bundleDir)) {
        if (!fs.existsSync(path.join(bundleDir, source.replace(/\.ts$/, '.js')))) {
            const message = `${source} has no compiled .js beside it: run npm run build`;
            problems.push({ file: path.join(bundleDir, source), line: 0, message, rule: name });
        }
    }
    const files = bundleFiles(bundleDir);
    const metaFile = `${bundleName}.js-meta.xml`;
    if (!files[metaFile]) {
        problems.push({
            file: path.join(bundleDir, metaFile),
            line: 0,
            message: 'the bundle has no .js-meta.xml',
            rule: name
        });
    }
    if (!files[`${bundleName}.js`]) {
        if (problems.length === 0) {
            problems.push({
                file: path.join(bundleDir, `${bundleName}.js`),
                line: 0,
                message: 'the bundle has no main module',
                rule: name
            });
        }
        return problems; // nothing to compile
    }
    try {
        const output = await compile({
            bundle: {
                type: 'platform',
                name: bundleName,
                namespace: 'c',
                files,
                options: { apiVersion: apiVersionOf(files[metaFile]) }
            }
        });
        for (const diagnostic of output.diagnostics.filter((candidate) => candidate.level <= warningLevel)) {
            problems.push({
                file: path.join(bundleDir, diagnostic.filename ?? `${bundleName}.js`),
                line: diagnostic.location?.line ?? 0,
                column: diagnostic.location?.column,
                message: diagnostic.message,
                rule: name
            });
        }
        if (!output.success && output.diagnostics.length === 0) {
            problems.push({
                file: bundleDir,
                line: 0,
                message: 'the compiler failed without a diagnostic',
                rule: name
            });
        }
    } catch (error) {
        const message = `the compiler crashed: ${error instanceof Error ? error.message : String(error)}`;
        problems.push({ file: bundleDir, line: 0, message, rule: name });
    }
    return problems;
}

export const lwcCompileCheck: Check = {
    name,
    description:
        "The platform's LWC compiler over every bundle in the project's package directories (the tsc output of each .ts).",
    async run(projectRoot: string): Promise<CheckOutcome> {
        const bundles = sourceDirs(projectRoot).flatMap(findBundles);
        // Loaded here, not at the top: the compiler takes a second to load, which `npm run check -- xml` need not wait for.
        const { compile } = await import('@lwc/sfdc-lwc-compiler');
        const problems: Problem[] = [];
        for (const bundle of bundles) {
            problems.push(...(await checkBundle(bundle, compile)));
        }
        return { name, problems, checked: bundles.length };
    }
};
