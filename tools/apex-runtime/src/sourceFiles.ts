/**
 * Walks a source folder in a stable (sorted) order, so everything loaded from metadata (classes, fields, records)
 * comes out in the same order on every machine.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Calls `visit` for every file under `dir`, skipping node_modules and dot folders; a missing folder is empty. */
export function walkSourceFiles(dir: string, visit: (file: string) => void): void {
    let entries: fs.Dirent[];
    try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
        return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) {
            continue;
        }
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            walkSourceFiles(full, visit);
        } else {
            visit(full);
        }
    }
}
