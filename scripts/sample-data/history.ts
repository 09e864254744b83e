/**
 * The sample org's health history, from the real scoring engine: loads a generated dataset into the local Apex
 * runtime's in-memory org (as the preview does, scripts/preview/org.ts), then replays the nightly scoring
 * (`HealthScoringService.scoreNightly`) at past dates, with the runtime's clock set to noon (UTC) of each date, and
 * returns the HealthSnapshot__c rows it wrote, as tree-import records. Nothing here scores: the engine is Apex only.
 *
 * The dates, oldest first, so each run's 30-day change reads the snapshots the earlier runs wrote:
 * - every week for the last HISTORY_WEEKS weeks before the as-of date: the Account card's 12-week trend and the
 *   30-day change. The as-of date itself is left to the org's own nightly run (the preview scores at start-up).
 * - for each account with a resolved renewal, the day the backtest reads: the outcome (the one
 *   HealthBacktestSelector.selectOutcomes gives) less HealthSettings' backtest horizon.
 * At each date only the accounts that were customers then are scored: customer since on or before it, and not yet
 * churned (ChurnedOn__c after it), as the nightly batch's scope would have been.
 *
 * What a past-date score sees: usage periods, survey answers, Tasks and Events are dated, and the metric sources
 * read only those dated on or before the scoring date. Some inputs cannot be dated, so every date sees today's:
 * open Cases (an import cannot set Case CreatedDate or ClosedDate), success plan and objective status (the
 * objectives' LastModifiedDate is the load), the CSM's sentiment pulse (one value, with the day it was given) and
 * the executive sponsor. The snapshots are written without SnapshotKey__c and ExecutiveSponsorId__c, which hold
 * org-specific Ids, without Arr__c (the run copies the account's ARR of the day, here today's: 0 for an account that
 * has churned since) and without FactorDetail__c (nothing reads it back; it would make the files five times larger).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../lib/paths';
import { jsonFromDebug, loadSampleOrg, runInChunks, type SampleOrg } from '../preview/org';
import {
    PLAN_FILE,
    TREE_FILE_LIMIT,
    formatDay,
    parseDay,
    toPrettyJson,
    withNamespace,
    type FieldValue,
    type PlanEntry,
    type TreeRecord
} from './dataset';

/** The object the replay writes, and the prefix of its referenceIds. */
export const HISTORY_SOBJECT = 'HealthSnapshot__c';
const REFERENCE_PREFIX = 'HealthSnapshot';
/** Weekly snapshots before the as-of date: the card's trend covers 13 weeks, this one included. */
export const HISTORY_WEEKS = 13;

/** The snapshot fields written, in this order; the others hold org-specific Ids or are not read (see above). */
const SNAPSHOT_FIELDS = [
    'SnapshotDate__c',
    'Score__c',
    'Band__c',
    'EffectiveBand__c',
    'OverrideBand__c',
    'OverrideReason__c',
    'State__c',
    'Coverage__c',
    'Model__c',
    'Source__c'
] as const;

const NOON_MS = 12 * 3_600_000;
const MS_PER_DAY = 86_400_000;

export interface ReplayResult {
    /** The snapshots, ordered by date, then by account (referenceId order): tree records, `Account__c` a reference. */
    records: TreeRecord[];
    /** Each scoring date (yyyy-MM-dd) and the accounts scored on it. */
    runs: { date: string; accounts: number }[];
    /** The backtest's horizon and outcomes as the engine reads them at the as-of date. */
    horizonDays: number;
    outcomes: number;
    loadMillis: number;
    replayMillis: number;
}

interface AccountDates {
    Id: string;
    CustomerSince__c?: string;
    ChurnedOn__c?: string;
}

/** A clock the replay moves: noon (UTC) of the day it was last set to. */
export class ReplayClock {
    private millis = 0;

    set(day: number): void {
        this.millis = day * MS_PER_DAY + NOON_MS;
    }

    readonly now = (): number => this.millis;
}

/** Whether an account was a customer on `day`: since then, and not churned by then. */
function customerOn(account: AccountDates, day: number): boolean {
    const since = account.CustomerSince__c ? parseDay(account.CustomerSince__c) : undefined;
    const churned = account.ChurnedOn__c ? parseDay(account.ChurnedOn__c) : undefined;
    return since !== undefined && since <= day && (churned === undefined || day < churned);
}

/** `Account__c` → `@AccountRef12`: the referenceIds of the load, by Id. */
function referenceIds(org: SampleOrg): Map<string, string> {
    const byId = new Map<string, string>();
    for (const [referenceId, id] of org.references) {
        byId.set(String(id), referenceId);
    }
    return byId;
}

const referenceNumber = (referenceId: string): number => Number(/\d+$/.exec(referenceId)?.[0] ?? 0);

/**
 * Loads `dataDir`'s plan (which must not hold snapshots yet), replays the nightly scoring at the history's dates
 * and returns the snapshots.
 */
export function replayHistory(dataDir: string, options: { namespace?: string } = {}): ReplayResult {
    const clock = new ReplayClock();
    let started = Date.now();
    let asOfDay = 0;
    const org = loadSampleOrg(repoRoot, path.join(dataDir, PLAN_FILE), (asOf) => {
        if (!asOf) {
            throw new Error(`${dataDir}: users.json has no asOf date to replay the history back from`);
        }
        asOfDay = parseDay(asOf);
        clock.set(asOfDay);
        return clock.now;
    });
    const loadMillis = Date.now() - started;
    const { gateway } = org;

    started = Date.now();
    const accounts = jsonFromDebug(
        gateway,
        'System.debug(JSON.serialize([SELECT Id, CustomerSince__c, ChurnedOn__c FROM Account ORDER BY Id]));'
    ) as AccountDates[];
    // The outcomes the admin page's backtest reads today, and the day before each that it takes a snapshot from.
    const backtest = jsonFromDebug(
        gateway,
        [
            'Integer horizon = HealthSettings.getInstance().backtestHorizonDays;',
            'List<Map<String, Object>> targets = new List<Map<String, Object>>();',
            'for (HealthBacktest.Resolution outcome : HealthBacktestSelector.selectOutcomes(System.today())) {',
            "    targets.add(new Map<String, Object>{ 'accountId' => outcome.accountId, 'day' => outcome.outcomeOn.addDays(-horizon) });",
            '}',
            "System.debug(JSON.serialize(new Map<String, Object>{ 'horizon' => horizon, 'targets' => targets }));"
        ].join('\n')
    ) as { horizon: number; targets: { accountId: string; day: string }[] };

    const byDay = new Map<number, Set<string>>();
    const add = (day: number, accountId: string): void => {
        byDay.set(day, (byDay.get(day) ?? new Set<string>()).add(accountId));
    };
    for (let week = HISTORY_WEEKS; week >= 1; week--) {
        const day = asOfDay - 7 * week;
        accounts.filter((account) => customerOn(account, day)).forEach((account) => add(day, account.Id));
    }
    const accountById = new Map(accounts.map((account) => [account.Id, account]));
    for (const target of backtest.targets) {
        const day = parseDay(target.day);
        const account = accountById.get(target.accountId);
        if (account && customerOn(account, day) && day < asOfDay) {
            add(day, account.Id);
        }
    }

    const runs: ReplayResult['runs'] = [];
    for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
        clock.set(day);
        const ids = [...(byDay.get(day) ?? [])].sort();
        let failures = 0;
        const line = runInChunks(
            gateway,
            ids,
            `replaying the nightly scoring on ${formatDay(day)}`,
            'the history is incomplete',
            'System.debug(HealthScoringService.scoreNightly(chunk, null, HealthSettings.getInstance()).failures.size());',
            ([failed]) => {
                failures = failed ?? 0;
                return `${failures} failures`;
            }
        );
        if (line.includes('FAILED') || failures > 0) {
            throw new Error(`${line}${failures > 0 ? `: ${failures} accounts not scored on ${formatDay(day)}` : ''}`);
        }
        runs.push({ date: formatDay(day), accounts: ids.length });
    }
    clock.set(asOfDay);

    const references = referenceIds(org);
    const rows = jsonFromDebug(
        gateway,
        `System.debug(JSON.serialize([SELECT Account__c, ${SNAPSHOT_FIELDS.join(', ')} FROM HealthSnapshot__c]));`
    ) as (Record<string, FieldValue | null | undefined> & { Account__c: string })[];
    const keyed = rows.map((row) => {
        const account = references.get(row.Account__c);
        if (!account) {
            throw new Error(`a snapshot of ${row.Account__c}, an account that is not in the dataset`);
        }
        return { account, row };
    });
    keyed.sort(
        (a, b) =>
            String(a.row.SnapshotDate__c).localeCompare(String(b.row.SnapshotDate__c)) ||
            referenceNumber(a.account) - referenceNumber(b.account)
    );
    const type = withNamespace(HISTORY_SOBJECT, options.namespace);
    const records = keyed.map(({ account, row }, index): TreeRecord => {
        const record: TreeRecord = { attributes: { type, referenceId: `${REFERENCE_PREFIX}Ref${index + 1}` } };
        record[withNamespace('Account__c', options.namespace)] = `@${account}`;
        for (const field of SNAPSHOT_FIELDS) {
            const value = row[field];
            if (value !== null && value !== undefined) {
                record[withNamespace(field, options.namespace)] = value;
            }
        }
        return record;
    });
    return {
        records,
        runs,
        horizonDays: backtest.horizon,
        outcomes: backtest.targets.length,
        loadMillis,
        replayMillis: Date.now() - started
    };
}

/** Whether a dataset file holds replayed history (so it is not among the generator's own files). */
export function isHistoryFile(file: string): boolean {
    return new RegExp(`^(\\w+__)?${HISTORY_SOBJECT}-\\d+\\.json$`).test(file);
}

/**
 * Writes the snapshots beside the dataset, 200 per file, and adds their entry to the end of the plan (they refer to
 * Accounts only). Snapshot files of an earlier run are replaced.
 */
export function writeHistory(dataDir: string, records: TreeRecord[], options: { namespace?: string } = {}): string[] {
    for (const file of fs.readdirSync(dataDir).filter(isHistoryFile)) {
        fs.rmSync(path.join(dataDir, file));
    }
    const type = withNamespace(HISTORY_SOBJECT, options.namespace);
    const files: string[] = [];
    for (let start = 0; start < records.length; start += TREE_FILE_LIMIT) {
        const file = `${type}-${files.length + 1}.json`;
        fs.writeFileSync(
            path.join(dataDir, file),
            toPrettyJson({ records: records.slice(start, start + TREE_FILE_LIMIT) })
        );
        files.push(file);
    }
    const planPath = path.join(dataDir, PLAN_FILE);
    const plan = (JSON.parse(fs.readFileSync(planPath, 'utf8')) as PlanEntry[]).filter(
        (entry) => entry.sobject !== type
    );
    if (files.length > 0) {
        plan.push({ sobject: type, saveRefs: false, resolveRefs: true, files });
    }
    fs.writeFileSync(planPath, toPrettyJson(plan));
    return files;
}
