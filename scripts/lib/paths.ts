import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root: the nearest folder above this file holding Lodestar's package.json. */
function findRepoRoot(start: string): string {
    let dir = start;
    for (;;) {
        const manifest = path.join(dir, 'package.json');
        if (
            fs.existsSync(manifest) &&
            (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'lodestar'
        ) {
            return dir;
        }
        const parent = path.dirname(dir);
        if (parent === dir) {
            throw new Error(`Lodestar's package.json not found above ${start}`);
        }
        dir = parent;
    }
}

export const repoRoot = findRepoRoot(__dirname);

/** Path of a repository file, from path segments relative to the root. */
export function fromRoot(...segments: string[]): string {
    return path.join(repoRoot, ...segments);
}

/** Every file under `dir` whose path ends with one of `suffixes`, sorted, skipping node_modules and dot folders. */
export function listFiles(dir: string, suffixes: string[]): string[] {
    const found: string[] = [];
    const walk = (current: string): void => {
        if (!fs.existsSync(current)) {
            return;
        }
        for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
            if (entry.name === 'node_modules' || entry.name.startsWith('.')) {
                continue;
            }
            const full = path.join(current, entry.name);
            if (entry.isDirectory()) {
                walk(full);
            } else if (suffixes.some((suffix) => entry.name.endsWith(suffix))) {
                found.push(full);
            }
        }
    };
    walk(dir);
    return found.sort();
}
