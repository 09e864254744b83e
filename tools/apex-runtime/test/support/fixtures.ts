/**
 * Throwaway SFDX projects for tests: written to a temporary directory, removed by the caller.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface FixtureProject {
    root: string;
    remove(): void;
}

/** Writes `files` (path relative to the root -> content) plus an sfdx-project.json. */
export function makeProject(files: Record<string, string>): FixtureProject {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'apex-runtime-test-'));
    const all: Record<string, string> = {
        'sfdx-project.json': JSON.stringify({
            packageDirectories: [{ path: 'force-app', default: true }],
            namespace: '',
            sourceApiVersion: '65.0'
        }),
        ...files
    };
    for (const [relative, content] of Object.entries(all)) {
        const file = path.join(root, relative);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, content);
    }
    return { root, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** A class file path in the fixture project. */
export const cls = (name: string, folder = 'main'): string => `force-app/${folder}/classes/${name}.cls`;

/** A minimal labels file. */
export function labelsFile(labels: Record<string, string>): string {
    const entries = Object.entries(labels)
        .map(
            ([name, value]) =>
                `    <labels>\n        <fullName>${name}</fullName>\n        <language>en_US</language>\n        <protected>true</protected>\n        <shortDescription>${name}</shortDescription>\n        <value>${value}</value>\n    </labels>`
        )
        .join('\n');
    return `<?xml version="1.0" encoding="UTF-8"?>\n<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">\n${entries}\n</CustomLabels>\n`;
}
