// Build everything the checks and tests need, in order:
// 1. the local Apex runtime (tools/apex-runtime) and the TypeScript scripts (scripts/) into build/; the scripts'
//    tsconfig references the runtime's, so `tsc -b` builds the runtime first and the scripts use its declarations
// 2. generated types for @salesforce/apex, @salesforce/schema, @salesforce/label and c/* paths, from the metadata
// 3. the LWC TypeScript sources into the .js beside each one (the platform compiles those)
// `tsc -b` keeps a .tsbuildinfo per project in build/ and skips a project whose sources are older than it, so a
// build with nothing changed costs a second, not a full type-check; an empty build/ builds everything.
// Plain JavaScript, because it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function step(label, command, args) {
    const started = Date.now();
    const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
        console.error(`build: ${label} failed (exit ${result.status ?? result.signal})`);
        process.exit(result.status ?? 1);
    }
    console.log(`build: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/**
 * The LWC outputs live beside their sources, outside build/, so `tsc -b` cannot see one go missing (a `git clean`,
 * a deleted file): any `.ts` component without its `.js` drops the build info, and tsc writes them all again.
 */
function forgetLwcBuildIfOutputsMissing() {
    const buildInfo = path.join(root, 'build', '.lwc.tsbuildinfo');
    if (!fs.existsSync(buildInfo)) {
        return;
    }
    const missing = (dir) =>
        fs.existsSync(dir) &&
        fs.readdirSync(dir, { withFileTypes: true, recursive: true }).some((entry) => {
            const file = path.join(entry.parentPath ?? entry.path, entry.name);
            return (
                entry.isFile() &&
                file.endsWith('.ts') &&
                !file.endsWith('.d.ts') &&
                file.includes(`${path.sep}lwc${path.sep}`) &&
                !file.includes(`${path.sep}__tests__${path.sep}`) &&
                !file.includes(`${path.sep}__mocks__${path.sep}`) &&
                !fs.existsSync(file.slice(0, -'.ts'.length) + '.js')
            );
        });
    if (['force-app', path.join('scripts', 'preview', 'lwc')].some((dir) => missing(path.join(root, dir)))) {
        fs.rmSync(buildInfo);
    }
}

step('apex runtime and scripts', process.execPath, [tsc, '-b', 'tsconfig.scripts.json']);
step('generated types', process.execPath, [path.join(root, 'build', 'scripts', 'typegen', 'generate.js')]);
forgetLwcBuildIfOutputsMissing();
step('LWC TypeScript', process.execPath, [tsc, '-b', 'tsconfig.json']);
