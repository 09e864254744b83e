/**
 * The slice of the local Apex runtime's API the preview uses. The runtime is a separate TypeScript project
 * (`tools/apex-runtime`, built into `build/tools/apex-runtime`), so it is loaded at run time and typed here, as
 * `scripts/test-all.ts` does, rather than compiled a second time into the scripts' build.
 */
import * as fs from 'node:fs';
import { fromRoot } from '../lib/paths';

export interface RunningUser {
    id: string;
    username: string;
    name: string;
    firstName: string;
    lastName: string;
    email: string;
    profileId: string;
}

export interface RuntimeOptions {
    user?: Partial<RunningUser>;
    now?: () => number;
    database?: unknown;
}

export interface AnonymousResult {
    debug: { level: string; message: string; value: string; file: string; line: number }[];
    exception: { type: string; message: string | null; file: string; line: number; stackTrace: string } | null;
    unsupported: (Error & { construct?: string; file?: string; line?: number }) | null;
    gaps: { construct: string; file: string; line: number }[];
    statements: number;
}

export interface DatasetLoadReport {
    records: number;
    users: number;
    millis: number;
    references: Map<string, { toString(): string }>;
}

export type Project = object;
export type Program = object;

export interface ApexRuntime {
    loadProject(root: string): Project;
    programFor(project: Project): Program;
    orgFor(project: Project): unknown;
    orgWithDataset(
        project: Project,
        planPath: string,
        runtime?: RuntimeOptions
    ): { org: unknown; report: DatasetLoadReport };
    runAnonymous(program: Program, source: string, file: string, options?: RuntimeOptions): AnonymousResult;
    formatLoadReport(report: DatasetLoadReport): string;
    setParseCacheDir(dir: string | null): void;
    defaultParseCacheDir(root: string): string;
}

/** The built runtime; `npm run build` writes it. */
export function loadApexRuntime(): ApexRuntime {
    const entry = fromRoot('build', 'tools', 'apex-runtime', 'src', 'index.js');
    if (!fs.existsSync(entry)) {
        throw new Error(`the local Apex runtime is not built (${entry}): run npm run build`);
    }
    return require(entry) as ApexRuntime;
}
