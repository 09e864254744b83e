/**
 * Runs one conformance case as anonymous Apex on a fresh runtime and a fresh in-memory org, over a program with no
 * project classes, with a pinned clock (2024-03-15T12:00:00Z) and the default running user (time zone
 * America/Los_Angeles, en_US). The org's schema is the standard objects plus the fixture package in
 * `fixtures/force-app` (custom objects, permission sets and triggers that data-layer cases need).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildProgram, type SourceFile } from '../../src/compile/build';
import { walkSourceFiles } from '../../src/sourceFiles';
import type { Program } from '../../src/compile/program';
import { runAnonymous, type AnonymousResult } from '../../src/anonymous';
import { ProjectSchema } from '../../src/schema/projectSchema';
import type { ConformanceCase } from './case';
import { InMemoryOrg } from '../../src/org/org';
import { CustomMetadataStore } from '../../src/schema/customMetadata';

export const PINNED_NOW = Date.UTC(2024, 2, 15, 12, 0, 0);

/** The fixture package, read from the source tree (the compiled tests live under build/). */
export const FIXTURE_PACKAGE = path.resolve(
    __dirname,
    '../../../../../tools/apex-runtime/test/conformance/fixtures/force-app'
);

let program: Program | null = null;
let schema: ProjectSchema | null = null;

export function conformanceSchema(): ProjectSchema {
    schema ??= ProjectSchema.fromPackageDirs([FIXTURE_PACKAGE]);
    return schema;
}

/** The fixture package's triggers: the program has no classes, but DML cases need the triggers to fire. */
function fixtureTriggers(): SourceFile[] {
    const files: SourceFile[] = [];
    walkSourceFiles(FIXTURE_PACKAGE, (file) => {
        if (file.endsWith('.trigger')) {
            files.push({ path: path.relative(FIXTURE_PACKAGE, file), source: fs.readFileSync(file, 'utf8') });
        }
    });
    return files;
}

export function conformanceProgram(): Program {
    program ??= buildProgram(fixtureTriggers(), { schema: conformanceSchema(), labels: new Map(), namespace: null });
    return program;
}

let customMetadata: CustomMetadataStore | null = null;

export function conformanceOrg(): InMemoryOrg {
    customMetadata ??= CustomMetadataStore.fromPackageDirs(conformanceSchema(), [FIXTURE_PACKAGE]);
    return new InMemoryOrg({ schema: conformanceSchema(), packageDirs: [FIXTURE_PACKAGE], customMetadata });
}

export interface CaseOutcome {
    debug: string[];
    thrown: { type: string; message: string | null } | null;
    result: AnonymousResult;
}

export function runCase(c: ConformanceCase): CaseOutcome {
    const result = runAnonymous(conformanceProgram(), c.apex, `conformance:${c.name}`, {
        now: () => PINNED_NOW,
        database: conformanceOrg(),
        isTest: c.test ?? false
    });
    return {
        debug: result.debug.map((d) => d.value),
        thrown: result.exception ? { type: result.exception.type, message: result.exception.message } : null,
        result
    };
}
