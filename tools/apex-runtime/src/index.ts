/**
 * The local Apex runtime's public API.
 *
 * - runApexTests: runs the project's @IsTest classes; results in @salesforce/apex-node's TestResult and
 *   ApexCodeCoverageAggregate shapes, so apex-node's reporters write the same JUnit and coverage files as an org.
 * - runAnonymous / runAnonymousInProject: anonymous Apex on a fresh runtime.
 * - scanProject: the capability scan (unsupported constructs, and SOQL/DML sites while no org is available).
 * - ApexDatabase and friends: the interface part 2's in-memory org implements.
 */
import * as path from 'node:path';
import type { ApexCodeCoverageAggregate, TestResult } from '@salesforce/apex-node';
import { runAnonymous, type AnonymousOptions, type AnonymousResult } from './anonymous';
import type { Gap, Program } from './compile/program';
import { formatTestResult, printCapabilityScan, type LogLine } from './testing/console';
import type { ApexDatabase } from './database/database';
import { loadProject, programFor, type ApexProject } from './project';
import { InMemoryOrg } from './org/org';
import { runTests, type TestRunOptions } from './testing/runner';
import { formatLoadReport, loadDatasetCached, type DatasetLoadReport } from './org/dataset';
import { Runtime, type RuntimeOptions } from './runtime/runtime';
import { setParseCacheDir } from './parse/parse';

/** The runner's own options (class filter, per-result callback, database, runtime), plus where the project is. */
export interface RunApexTestsOptions extends Omit<TestRunOptions, 'program' | 'namespace'> {
    projectRoot: string;
    /**
     * Where parsed classes are cached by content hash, so later runs skip the parser; defaults to
     * `<projectRoot>/node_modules/.cache/apex-runtime`. null turns the disk cache off.
     */
    parseCacheDir?: string | null;
    /**
     * Where the capability scan and one line per test are printed, as the run goes; defaults to console.log.
     * null prints nothing.
     */
    log?: LogLine | null;
    /**
     * A dataset to load first (the plan file of an `sf data import tree` dataset, docs/dataset.md). Only tests
     * with @IsTest(SeeAllData=true) see it; the others start empty, as on the platform.
     */
    data?: string;
}

export interface RunApexTestsResult {
    result: TestResult;
    coverage: ApexCodeCoverageAggregate;
    passed: number;
    failed: number;
    notRun: number;
    /** The capability scan: every unsupported construct in the project, found before running. */
    gaps: Gap[];
}

/** The conventional cache location: inside node_modules, so it is never committed. */
export function defaultParseCacheDir(projectRoot: string): string {
    return path.join(projectRoot, 'node_modules', '.cache', 'apex-runtime');
}

export async function runApexTests(options: RunApexTestsOptions): Promise<RunApexTestsResult> {
    setParseCacheDir(
        options.parseCacheDir === undefined ? defaultParseCacheDir(options.projectRoot) : options.parseCacheDir
    );
    const project = loadProject(options.projectRoot);
    const program = programFor(project);
    const log = options.log === undefined ? (line: string) => console.log(line) : options.log;
    const data = options.data;
    if (data) {
        // Loaded once up front (outside a test context: the data was there before the tests ran), so a broken
        // dataset stops the run before any test; SeeAllData tests restore its snapshot.
        log?.(formatLoadReport(orgWithDataset(project, data, options.runtime).report));
    }
    // A fresh in-memory org per test method (holding the dataset when the test sees all data), unless the caller
    // brings its own database.
    const databaseFactory =
        options.databaseFactory ??
        ((test?: { seeAllData: boolean }) =>
            data && test?.seeAllData ? orgWithDataset(project, data, options.runtime).org : orgFor(project));
    if (log) {
        printCapabilityScan(scanProgram(program, databaseFactory()), log);
    }
    return runTests({
        program,
        classNames: options.classNames,
        onResult: (result) => {
            log?.(formatTestResult(result));
            options.onResult?.(result);
        },
        databaseFactory,
        runtime: options.runtime,
        namespace: project.namespace
    });
}

/** An empty in-memory org with the project's schema, Custom Metadata and permission sets. */
export function orgFor(project: ApexProject): InMemoryOrg {
    return new InMemoryOrg({
        schema: project.schema,
        packageDirs: project.packageDirs,
        customMetadata: project.customMetadata
    });
}

/**
 * An in-memory org holding a dataset (docs/dataset.md), loaded as the running user of `runtime` would see it: the
 * first call per process reads the files, later ones restore a snapshot. Throws DatasetError for a bad dataset.
 */
export function orgWithDataset(
    project: ApexProject,
    planPath: string,
    runtime: Omit<RuntimeOptions, 'program' | 'database'> = {}
): { org: InMemoryOrg; report: DatasetLoadReport } {
    const org = orgFor(project);
    const rt = new Runtime({ ...runtime, program: programFor(project), database: org });
    return { org, report: loadDatasetCached(org, planPath, rt) };
}

/**
 * Runs anonymous Apex against the project's classes, on an in-memory org unless `options.database` is given;
 * with `options.data` (a plan file), the org holds that dataset first.
 */
export function runAnonymousInProject(
    projectRoot: string,
    source: string,
    file: string,
    options: AnonymousOptions & { data?: string } = {}
): AnonymousResult {
    const project = loadProject(projectRoot);
    const { data, ...rest } = options;
    const database = data ? orgWithDataset(project, data, rest).org : orgFor(project);
    return runAnonymous(programFor(project), source, file, { database, ...rest });
}

/** The capability scan: unsupported constructs in the project, plus data access sites when no org is available. */
export function scanProject(projectRoot: string, database?: ApexDatabase): Gap[] {
    return scanProgram(programFor(loadProject(projectRoot)), database);
}

function scanProgram(program: Program, database?: ApexDatabase): Gap[] {
    const orgAvailable = database?.available ?? false;
    const reason = database?.unavailableReason ?? 'in-memory org not available yet';
    const sites = orgAvailable
        ? []
        : program.dataAccessSites.map((s) => ({ ...s, construct: `${s.construct} (${reason})` }));
    return [...program.gaps, ...sites];
}

export { runAnonymous } from './anonymous';
export type { AnonymousResult, AnonymousOptions, EscapedException } from './anonymous';
export { buildProgram, compileAnonymous } from './compile/build';
export type { Program, Gap, CustomLabel } from './compile/program';
export { loadProject, programFor } from './project';
export { Runtime, DEFAULT_USER } from './runtime/runtime';
export type { RuntimeOptions, RunningUser, DebugEntry } from './runtime/runtime';
export * from './database/database';
export { ProjectSchema } from './schema/projectSchema';
export { InMemoryOrg } from './org/org';
export { loadDataset, loadDatasetCached, formatLoadReport, DatasetError } from './org/dataset';
export type { DatasetLoadReport, PlanEntry } from './org/dataset';
export type { InMemoryOrgOptions } from './org/org';
export type { SchemaProvider, SObjectInfo, SObjectFieldInfo } from './schema/schema';
export { SObjectValue } from './values/sobject';
export { ApexId, makeId } from './values/id';
export { ApexList, ApexSet, ApexMap } from './values/collections';
export { ApexThrow, UnsupportedError, ApexObject } from './values/objects';
export { apexError } from './runtime/errors';
export { setParseCacheDir } from './parse/parse';
export { markSkippedInJUnit } from './testing/junit';
