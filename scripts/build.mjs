// Build everything the checks and tests need, in order:
// 1. the TypeScript tools and scripts (scripts/, tools/) into build/
// 2. generated types for @salesforce/apex, @salesforce/schema, @salesforce/label and c/* paths, from the metadata
// 3. the LWC TypeScript sources into the .js beside each one (the platform compiles those)
// Plain JavaScript, because it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
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

step('scripts', process.execPath, [tsc, '-p', 'tsconfig.scripts.json']);
step('apex runtime', process.execPath, [tsc, '-p', 'tools/apex-runtime/tsconfig.json']);
step('generated types', process.execPath, [path.join(root, 'build', 'scripts', 'typegen', 'generate.js')]);
step('LWC TypeScript', process.execPath, [tsc, '-p', 'tsconfig.json']);
