/**
 * The preview's org: the project's schema, Custom Metadata and permission sets, loaded once with the sample
 * dataset (`dev/data`) and its users, then scored once as the nightly job would, so the pages have health to show.
 * Every later change (an override, a recalculation) stays in this process's org until the server stops.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readApexSurface, surfaceCacheFile, type ApexSurface } from '../typegen/apex-signatures';
import {
    defaultParseCacheDir,
    formatLoadReport,
    loadProject,
    orgWithDataset,
    programFor,
    setParseCacheDir,
    type AnonymousResult
} from '../../tools/apex-runtime/src/index';
import { sourceDirs } from '../lib/metadata';
import { listFiles } from '../lib/paths';
import { ApexGateway, apexString, type RunningUser } from './apex';

export interface PreviewUser extends RunningUser {
    /** The stable key from users.json (`csm-maria-okafor`). */
    key: string;
    title: string;
    permissionSet: string;
}

export interface PreviewAccount {
    Id: string;
    Name: string;
    Segment__c?: string;
    HealthBand__c?: string;
    HealthScore__c?: number;
    LifecycleStage__c?: string;
    Csm__r?: { Name: string };
}

/** What the stand-ins of the platform's record page components show: the name, a few details, related records. */
export interface RecordSummary {
    Id: string;
    objectApiName: string;
    Name: string;
    details: { label: string; value: string; recordId?: string; objectApiName?: string }[];
    /** An Account's Opportunities, open ones first. */
    opportunities?: {
        Id: string;
        Name: string;
        StageName: string;
        CloseDate: string;
        Amount?: number;
        IsClosed: boolean;
    }[];
}

export interface PreviewOrg {
    gateway: ApexGateway;
    users: PreviewUser[];
    /** Dataset load, scoring and timings, for the start-up log. */
    notes: string[];
    accounts(): PreviewAccount[];
    /** The record `id` (an Account or an Opportunity), or undefined. */
    record(id: string): RecordSummary | undefined;
}

interface UsersFile {
    asOf?: string;
    users: { key: string; title: string; permissionSet: string }[];
}

/** The preview's clock starts at noon (UTC) on the dataset's as-of date, so the sample data reads as designed. */
function clockFrom(asOf: string | undefined): () => number {
    if (!asOf) {
        return () => Date.now();
    }
    const start = Date.parse(`${asOf}T12:00:00Z`);
    const started = Date.now();
    return () => start + (Date.now() - started);
}

/** Why anonymous Apex did not run to its end (its exception, or what the runtime does not support), if it did not. */
function failureOf(result: AnonymousResult): string | undefined {
    if (result.exception) {
        return `${result.exception.type}: ${result.exception.message}\n${result.exception.stackTrace}`;
    }
    return result.unsupported ? `Unsupported: ${result.unsupported.message}` : undefined;
}

/** The records a debug line carries as JSON (`System.debug(JSON.serialize(...))`), or the script's failure. */
export function jsonFromDebug(gateway: ApexGateway, source: string): unknown {
    const result = gateway.runAnonymous(source, undefined);
    const failure = failureOf(result);
    if (failure) {
        throw new Error(failure);
    }
    return JSON.parse(result.debug[result.debug.length - 1]?.value ?? 'null');
}

/**
 * Runs `step` over every account in chunks of 200, each chunk its own transaction as each execute of the nightly
 * batch is, so each stays within the governor limits. `step` is Apex that reads `chunk` (a `Set<Id>`) and ends by
 * debugging the numbers the chunk counted, comma-separated; they are summed over the chunks into `summary`.
 */
export function runInChunks(
    gateway: ApexGateway,
    accountIds: string[],
    what: string,
    ifFailed: string,
    step: string,
    summary: (totals: number[]) => string
): string {
    const started = Date.now();
    const totals: number[] = [];
    for (let index = 0; index < accountIds.length; index += 200) {
        const ids = JSON.stringify(accountIds.slice(index, index + 200));
        const result = gateway.runAnonymous(
            `Set<Id> chunk = (Set<Id>) JSON.deserialize(${apexString(ids)}, Set<Id>.class);\n${step}`,
            undefined,
            `preview-${what.replace(/\W+/g, '-')}.apex`
        );
        const failure = failureOf(result);
        if (failure) {
            return `${what} FAILED, so ${ifFailed}: ${failure}`;
        }
        const counts = (result.debug[result.debug.length - 1]?.value ?? '').split(',').map(Number);
        counts.forEach((count, position) => (totals[position] = (totals[position] ?? 0) + count));
    }
    return `${accountIds.length} accounts: ${summary(totals)} in ${Date.now() - started} ms`;
}

/** The project's `@AuraEnabled` surface, through the build's per-file cache. */
export function projectSurface(projectRoot: string): ApexSurface {
    return readApexSurface(
        sourceDirs(projectRoot).flatMap((dir) => listFiles(dir, ['.cls'])),
        surfaceCacheFile(projectRoot)
    );
}

/** The sample org loaded, not yet scored: what the preview and the sample data's history replay start from. */
export interface SampleOrg {
    gateway: ApexGateway;
    users: PreviewUser[];
    /** referenceId (and user key) → Id, from the dataset load. */
    references: Map<string, { toString(): string }>;
    notes: string[];
}

/**
 * Loads the project and the dataset into a fresh in-memory org. `clock` makes, from the dataset's as-of date
 * (users.json), the clock of the load and of every later call; by default it starts at noon (UTC) on that date and
 * runs on. `surface`: the project's `@AuraEnabled` surface, which the gateway marshals calls by.
 */
export function loadSampleOrg(
    projectRoot: string,
    planPath: string,
    clock?: (asOf: string | undefined) => () => number,
    surface: ApexSurface = projectSurface(projectRoot)
): SampleOrg {
    const notes: string[] = [];
    setParseCacheDir(defaultParseCacheDir(projectRoot));

    const started = Date.now();
    const project = loadProject(projectRoot);
    const program = programFor(project);
    notes.push(`compiled the project's Apex in ${Date.now() - started} ms`);

    const usersFile = path.join(path.dirname(planPath), 'users.json');
    const usersJson: UsersFile = fs.existsSync(usersFile)
        ? (JSON.parse(fs.readFileSync(usersFile, 'utf8')) as UsersFile)
        : { users: [] };
    const now = (clock ?? clockFrom)(usersJson.asOf);
    const { org, report } = orgWithDataset(project, planPath, { now });
    notes.push(formatLoadReport(report));
    const gateway = new ApexGateway({ program, database: org, surface, now });

    const userIds = usersJson.users.map((user) => String(report.references.get(user.key) ?? ''));
    const rows = jsonFromDebug(
        gateway,
        `List<Id> ids = (List<Id>) JSON.deserialize(${apexString(JSON.stringify(userIds))}, List<Id>.class);\n` +
            'System.debug(JSON.serialize([SELECT Id, Username, Name, FirstName, LastName, Email, ProfileId FROM User WHERE Id IN :ids]));'
    ) as {
        Id: string;
        Username: string;
        Name: string;
        FirstName: string;
        LastName: string;
        Email: string;
        ProfileId: string;
    }[];
    const users: PreviewUser[] = usersJson.users.flatMap((entry, index) => {
        const row = rows.find((candidate) => candidate.Id.slice(0, 15) === userIds[index].slice(0, 15));
        return row
            ? [
                  {
                      key: entry.key,
                      title: entry.title,
                      permissionSet: entry.permissionSet,
                      id: row.Id,
                      username: row.Username,
                      name: row.Name,
                      firstName: row.FirstName,
                      lastName: row.LastName,
                      email: row.Email,
                      profileId: row.ProfileId
                  }
              ]
            : [];
    });

    return { gateway, users, references: report.references, notes };
}

interface NightlyRun {
    Status__c: string;
    AccountsScored__c?: number;
    AccountsInsufficientData__c?: number;
    AccountsFailed__c?: number;
    AlertsRaised__c?: number;
}

/**
 * What a night does: the real nightly job, HealthScoringBatch as its schedule starts it, which scores every customer
 * account (snapshots written, risk alerts raised) and then chains the snapshot purge, expansion detection and touch
 * cadence batches. The runtime runs the jobs when the anonymous Apex ends, so the run record and the AsyncApexJob
 * rows are there for the setup page, as after a real night. Returns a line for the log.
 */
export function runNightly(gateway: ApexGateway): string[] {
    const started = Date.now();
    const result = gateway.runAnonymous(
        'HealthScoringBatch.startIfIdle(HealthScoringBatch.TRIGGERED_BY_SCHEDULE);',
        undefined,
        'preview-nightly-job.apex'
    );
    const failure = failureOf(result);
    if (failure) {
        return [`the nightly job FAILED, so the health cards show "not scored": ${failure}`];
    }
    const [run] = jsonFromDebug(
        gateway,
        'System.debug(JSON.serialize([SELECT Status__c, AccountsScored__c, AccountsInsufficientData__c, AccountsFailed__c, AlertsRaised__c FROM HealthScoringRun__c ORDER BY StartedAt__c DESC LIMIT 1]));'
    ) as NightlyRun[];
    const jobs = jsonFromDebug(
        gateway,
        "System.debug(JSON.serialize([SELECT ApexClass.Name, Status FROM AsyncApexJob WHERE JobType = 'BatchApex' ORDER BY CreatedDate]));"
    ) as { ApexClass: { Name: string }; Status: string }[];
    const failedJobs = jobs.filter((job) => job.Status !== 'Completed');
    const line =
        `the nightly job ran in ${Date.now() - started} ms: ${run?.Status__c ?? 'no run recorded'}, ` +
        `${run?.AccountsScored__c ?? 0} accounts scored, ${run?.AccountsInsufficientData__c ?? 0} with insufficient ` +
        `data, ${run?.AccountsFailed__c ?? 0} failed, ${run?.AlertsRaised__c ?? 0} alerts raised; then ` +
        jobs
            .slice(1)
            .map((job) => job.ApexClass.Name)
            .join(', ');
    return [
        failedJobs.length > 0 || !run || run.Status__c !== 'Completed'
            ? `${line}. FAILED: ${failedJobs.map((job) => `${job.ApexClass.Name} ${job.Status}`).join(', ')}`
            : line
    ];
}

/**
 * Schedules the nightly job as the package's install handler does on a first install, as the admin, so the setup
 * page shows the schedule an installed org has.
 */
function scheduleNightly(gateway: ApexGateway, users: PreviewUser[]): string {
    const admin = users.find((user) => user.permissionSet === 'Lodestar_Admin');
    const result = gateway.runAnonymous(
        'System.debug(HealthScoringScheduler.scheduleIfAbsent());',
        admin,
        'preview-schedule-nightly.apex'
    );
    const failure = failureOf(result);
    if (failure) {
        return `scheduling the nightly job FAILED, so the setup page shows it off: ${failure}`;
    }
    return `the nightly job is scheduled as ${admin?.name ?? 'the runtime user'}, as the install handler schedules it`;
}

export function loadPreviewOrg(projectRoot: string, planPath: string, surface?: ApexSurface): PreviewOrg {
    const { gateway, users, notes } = loadSampleOrg(projectRoot, planPath, undefined, surface);
    notes.push(...runNightly(gateway));
    notes.push(scheduleNightly(gateway, users));
    return {
        gateway,
        users,
        notes,
        accounts: () =>
            jsonFromDebug(
                gateway,
                'System.debug(JSON.serialize([SELECT Id, Name, Segment__c, HealthBand__c, HealthScore__c, LifecycleStage__c, Csm__r.Name FROM Account ORDER BY Name]));'
            ) as PreviewAccount[],
        record: (id) => recordSummary(gateway, id)
    };
}

interface RecordRow {
    Id: string;
    Name: string;
    Segment__c?: string;
    HealthBand__c?: string;
    HealthScore__c?: number;
    Csm__r?: { Name: string };
    Opportunities?: ChildRows<NonNullable<RecordSummary['opportunities']>[number]>;
    StageName?: string;
    CloseDate?: string;
    Amount?: number;
    DealType__c?: string;
    AccountId?: string;
    Account?: { Name: string };
}

/**
 * A subquery's rows as `JSON.serialize` writes them: `{ totalSize, done, records }` in Salesforce; the local runtime
 * (so far) writes the bare list, so both are read.
 */
type ChildRows<T> = T[] | { records?: T[] } | undefined;

function childRows<T>(rows: ChildRows<T>): T[] {
    return Array.isArray(rows) ? rows : (rows?.records ?? []);
}

/** The preview's own chrome reads in system mode, as the account picker does; the components run as the user. */
function recordSummary(gateway: ApexGateway, id: string): RecordSummary | undefined {
    const [row] = jsonFromDebug(
        gateway,
        [
            `Id recordId = ${apexString(id)};`,
            'String objectName = String.valueOf(recordId.getSObjectType());',
            "if (objectName == 'Account') {",
            '    System.debug(JSON.serialize([SELECT Id, Name, Segment__c, HealthBand__c, HealthScore__c, Csm__r.Name,',
            '        (SELECT Id, Name, StageName, CloseDate, Amount, IsClosed FROM Opportunities ORDER BY IsClosed, CloseDate)',
            '        FROM Account WHERE Id = :recordId]));',
            "} else if (objectName == 'Opportunity') {",
            '    System.debug(JSON.serialize([SELECT Id, Name, StageName, CloseDate, Amount, DealType__c, AccountId, Account.Name',
            '        FROM Opportunity WHERE Id = :recordId]));',
            '} else {',
            "    System.debug('[]');",
            '}'
        ].join('\n')
    ) as (RecordRow & { attributes: { type: string } })[];
    if (!row) {
        return undefined;
    }
    const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
    if (row.attributes.type === 'Account') {
        return {
            Id: row.Id,
            objectApiName: 'Account',
            Name: row.Name,
            details: [
                { label: 'Segment', value: text(row.Segment__c) },
                { label: 'CSM', value: text(row.Csm__r?.Name) },
                { label: 'Health', value: `${text(row.HealthBand__c)} ${text(row.HealthScore__c)}`.trim() }
            ],
            opportunities: childRows(row.Opportunities)
        };
    }
    return {
        Id: row.Id,
        objectApiName: 'Opportunity',
        Name: row.Name,
        details: [
            { label: 'Account', value: text(row.Account?.Name), recordId: row.AccountId, objectApiName: 'Account' },
            { label: 'Type', value: text(row.DealType__c) },
            { label: 'Stage', value: text(row.StageName) },
            { label: 'Close date', value: text(row.CloseDate) },
            { label: 'Amount', value: text(row.Amount) }
        ]
    };
}
