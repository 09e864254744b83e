/**
 * A proxy of Lodestar's health scoring for the sample data: reads the packaged health models and factors from
 * force-app (so tuned thresholds are respected), derives each factor's metric from the generated records the way
 * docs/health-scoring.md describes them, and scores with the documented method (freshness, normalise, coverage,
 * weighted mean, band). It exists to check that the sample data spreads across the bands and gives the backtest
 * outcomes; the Apex metric sources are the real thing, and where they are not written yet these are the
 * assumptions:
 *
 * - SeatUtilisation, Stickiness, FeatureDepth: the latest ProductUsage__c period ending on or before the date,
 *   dated by PeriodEnd__c.
 * - DaysSinceLastTouch: the latest completed Task (ActivityDate) or past Event (ActivityDateTime) on the account.
 * - SupportLoad: open Cases plus open escalated Cases (an escalation counts twice). Cases carry no dates the
 *   import can set, so a historical (backtest) score leaves this factor out.
 * - NpsLatest, CsatLatest: the most recent response, dated by RespondedOn__c.
 * - CsmSentiment: Account.CsmSentiment__c, dated by CsmSentimentUpdatedOn__c.
 * - ObjectiveProgress: the mean progress of the objectives of Active and At Risk plans (quantitative from baseline,
 *   target and current value; qualitative from status: Achieved 100, On track 50, At risk 25, otherwise 0).
 * - SponsorEngagementDays: days since the last completed Task or Event with a current Executive Sponsor contact.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { fieldsOf, parseDay, readDataset, referenceOf, type FieldValue, type LoadedDataset } from './dataset';

export interface ProxyFactor {
    name: string;
    metric: string;
    weight: number;
    higherIsBetter: boolean;
    red: number;
    green: number;
    stalenessDays?: number;
}

export interface ProxyModel {
    name: string;
    priority: number;
    minimumCoverage: number;
    redUpper: number;
    yellowUpper: number;
    rule?: { field: string; operator: string; value: string };
    factors: ProxyFactor[];
}

export interface ProxyScore {
    model: string;
    state: 'Scored' | 'Insufficient data';
    score?: number;
    band?: 'Red' | 'Yellow' | 'Green';
    coverage: number;
}

export interface AccountEstimate extends ProxyScore {
    ref: string;
    archetype: string;
    churned: boolean;
    metrics: Record<string, number>;
}

export interface SignalCounts {
    seatUtilisation: number;
    singleHeavyUser: number;
    featureDepth: number;
    gatedFeatures: number;
    renewalUpsell: number;
    promoter: number;
    usageGrowth: number;
}

export interface BacktestEstimate {
    renewed: number;
    churned: number;
    /** Outcomes whose account had a score 90 days before the outcome. */
    scored: number;
    churnRateByBand: Record<string, { outcomes: number; churned: number }>;
    /** Probability that a churned account scored lower than a renewed one (ties count half); undefined when empty. */
    auc?: number;
}

export interface SpreadEstimate {
    asOf: string;
    accounts: AccountEstimate[];
    signals: SignalCounts;
    backtest: BacktestEstimate;
}

// ---------------------------------------------------------------------------------------------------------------
// Models from Custom Metadata

const cmdtParser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    isArray: (name) => name === 'values'
});

function cmdtValues(file: string): Map<string, string> {
    const parsed = cmdtParser.parse(fs.readFileSync(file, 'utf8')) as {
        CustomMetadata: { values?: { field: string; value?: unknown }[] };
    };
    const values = new Map<string, string>();
    for (const entry of parsed.CustomMetadata.values ?? []) {
        const value = entry.value;
        values.set(entry.field, typeof value === 'string' ? value : value === undefined ? '' : String(value));
    }
    return values;
}

export function loadHealthModels(repoRoot: string): ProxyModel[] {
    const dir = path.join(repoRoot, 'force-app', 'main', 'health', 'customMetadata');
    const files = fs.readdirSync(dir).sort();
    const number = (text: string | undefined): number | undefined =>
        text === undefined || text === '' ? undefined : Number(text);
    const models = new Map<string, ProxyModel>();
    for (const file of files.filter((name) => name.startsWith('HealthModel.'))) {
        const values = cmdtValues(path.join(dir, file));
        if (values.get('IsActive__c') === 'false') {
            continue;
        }
        const name = file.replace(/^HealthModel\./, '').replace(/\.md-meta\.xml$/, '');
        const field = values.get('SegmentField__c') ?? '';
        models.set(name, {
            name,
            priority: number(values.get('Priority__c')) ?? 0,
            minimumCoverage: number(values.get('MinimumCoverage__c')) ?? 60,
            redUpper: number(values.get('RedUpperBound__c')) ?? 50,
            yellowUpper: number(values.get('YellowUpperBound__c')) ?? 75,
            rule: field
                ? {
                      field,
                      operator: values.get('SegmentOperator__c') ?? '',
                      value: values.get('SegmentValue__c') ?? ''
                  }
                : undefined,
            factors: []
        });
    }
    for (const file of files.filter((name) => name.startsWith('HealthFactor.'))) {
        const values = cmdtValues(path.join(dir, file));
        const model = models.get(values.get('HealthModel__c') ?? '');
        if (!model) {
            continue;
        }
        model.factors.push({
            name: file.replace(/^HealthFactor\./, '').replace(/\.md-meta\.xml$/, ''),
            metric: values.get('Metric__c') ?? '',
            weight: number(values.get('Weight__c')) ?? 0,
            higherIsBetter: values.get('Direction__c') !== 'Lower is better',
            red: number(values.get('RedThreshold__c')) ?? 0,
            green: number(values.get('GreenThreshold__c')) ?? 0,
            stalenessDays: number(values.get('StalenessDays__c'))
        });
    }
    return [...models.values()].sort(
        (left, right) => left.priority - right.priority || left.name.localeCompare(right.name)
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Scoring, as docs/health-scoring.md describes it

const roundHalfUp1 = (value: number): number => Math.round(value * 10 + 1e-9) / 10;

export interface MetricValue {
    value: number;
    /** The day the value describes; undefined when it has none. */
    day?: number;
}

export function scoreWith(model: ProxyModel, metrics: Map<string, MetricValue>, today: number): ProxyScore {
    const totalWeight = model.factors.reduce((sum, factor) => sum + factor.weight, 0);
    let includedWeight = 0;
    let weighted = 0;
    for (const factor of model.factors) {
        const metric = metrics.get(factor.metric);
        if (!metric) {
            continue;
        }
        if (
            factor.stalenessDays !== undefined &&
            (metric.day === undefined || today - metric.day > factor.stalenessDays)
        ) {
            continue;
        }
        const raw = factor.higherIsBetter
            ? ((metric.value - factor.red) / (factor.green - factor.red)) * 100
            : ((factor.red - metric.value) / (factor.red - factor.green)) * 100;
        includedWeight += factor.weight;
        weighted += Math.min(100, Math.max(0, raw)) * factor.weight;
    }
    const coverage = totalWeight > 0 ? roundHalfUp1((includedWeight / totalWeight) * 100) : 0;
    if (includedWeight === 0 || coverage < model.minimumCoverage) {
        return { model: model.name, state: 'Insufficient data', coverage };
    }
    const score = roundHalfUp1(weighted / includedWeight);
    const band = score <= model.redUpper ? 'Red' : score <= model.yellowUpper ? 'Yellow' : 'Green';
    return { model: model.name, state: 'Scored', score, band, coverage };
}

function ruleMatches(model: ProxyModel, account: Record<string, FieldValue>, today: number): boolean {
    const rule = model.rule;
    if (!rule) {
        return true;
    }
    const raw = account[rule.field];
    const value = raw === undefined ? '' : String(raw).trim();
    switch (rule.operator) {
        case 'Equals':
            return value !== '' && value.toLowerCase() === rule.value.trim().toLowerCase();
        case 'Not equals':
            return value === '' || value.toLowerCase() !== rule.value.trim().toLowerCase();
        case 'In list':
            return rule.value
                .split(',')
                .map((item) => item.trim().toLowerCase())
                .includes(value.toLowerCase());
        case 'Within last N days': {
            if (!/^\d{4}-\d{2}-\d{2}/.test(value)) {
                return false;
            }
            const day = parseDay(value.slice(0, 10));
            return day >= today - Number(rule.value) && day <= today;
        }
        case 'More than N days ago': {
            if (!/^\d{4}-\d{2}-\d{2}/.test(value)) {
                return false;
            }
            return parseDay(value.slice(0, 10)) < today - Number(rule.value);
        }
        default:
            return false;
    }
}

export function resolveModel(
    models: ProxyModel[],
    account: Record<string, FieldValue>,
    today: number
): ProxyModel | undefined {
    return models.find((model) => ruleMatches(model, account, today));
}

// ---------------------------------------------------------------------------------------------------------------
// Metrics from the records

/** `lodestar__Arr__c` → `Arr__c`. */
function unprefix(name: string): string {
    return name.replace(/^[A-Za-z0-9]+__(?=\w+__c$)/, '');
}

type Row = Record<string, FieldValue>;

interface Indexed {
    accounts: Map<string, Row>;
    byAccount: Map<string, Map<string, Row[]>>;
    contacts: Map<string, Row & { ref: string }>;
    objectivesByPlan: Map<string, Row[]>;
}

function index(dataset: LoadedDataset): Indexed {
    const rows = new Map<string, (Row & { ref: string })[]>();
    for (const [sobject, records] of dataset.records) {
        rows.set(
            unprefix(sobject),
            records.map((record) => {
                const row: Row & { ref: string } = { ref: record.attributes.referenceId };
                for (const [name, value] of Object.entries(fieldsOf(record))) {
                    row[unprefix(name)] = value;
                }
                return row;
            })
        );
    }
    const accountField: Record<string, string> = {
        Contact: 'AccountId',
        Opportunity: 'AccountId',
        Case: 'AccountId',
        ProductUsage__c: 'Account__c',
        SurveyResponse__c: 'Account__c',
        SuccessPlan__c: 'Account__c',
        ChurnEvent__c: 'Account__c',
        Task: 'WhatId',
        Event: 'WhatId'
    };
    const byAccount = new Map<string, Map<string, Row[]>>();
    for (const [sobject, field] of Object.entries(accountField)) {
        for (const row of rows.get(sobject) ?? []) {
            const account = referenceOf(row[field]);
            if (!account) {
                continue;
            }
            const perObject = byAccount.get(account) ?? new Map<string, Row[]>();
            perObject.set(sobject, [...(perObject.get(sobject) ?? []), row]);
            byAccount.set(account, perObject);
        }
    }
    const objectivesByPlan = new Map<string, Row[]>();
    for (const row of rows.get('SuccessObjective__c') ?? []) {
        const plan = referenceOf(row.SuccessPlan__c);
        if (plan) {
            objectivesByPlan.set(plan, [...(objectivesByPlan.get(plan) ?? []), row]);
        }
    }
    return {
        accounts: new Map((rows.get('Account') ?? []).map((row) => [row.ref, row])),
        byAccount,
        contacts: new Map((rows.get('Contact') ?? []).map((row) => [row.ref, row])),
        objectivesByPlan
    };
}

const dayOf = (value: FieldValue | undefined): number | undefined =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? parseDay(value.slice(0, 10)) : undefined;

function activityDay(row: Row): number | undefined {
    return dayOf(row.ActivityDate) ?? dayOf(row.ActivityDateTime);
}

function isCompletedTouch(row: Row, kind: 'Task' | 'Event', today: number): boolean {
    const day = activityDay(row);
    return day !== undefined && day <= today && (kind === 'Event' || row.Status === 'Completed');
}

const QUALITATIVE_PROGRESS: Record<string, number> = { Achieved: 100, 'On track': 50, 'At risk': 25 };

/** Every metric for one account on `today`. `historical`: only dated facts (the backtest's view of the past). */
export function accountMetrics(
    data: Indexed,
    accountRef: string,
    today: number,
    historical: boolean
): Map<string, MetricValue> {
    const metrics = new Map<string, MetricValue>();
    const account = data.accounts.get(accountRef) ?? {};
    const related = data.byAccount.get(accountRef) ?? new Map<string, Row[]>();
    const of = (sobject: string): Row[] => related.get(sobject) ?? [];

    const usage = of('ProductUsage__c')
        .filter((row) => (dayOf(row.PeriodEnd__c) ?? Infinity) <= today)
        .sort((left, right) => (dayOf(left.PeriodEnd__c) ?? 0) - (dayOf(right.PeriodEnd__c) ?? 0));
    const latest = usage[usage.length - 1];
    if (latest) {
        const day = dayOf(latest.PeriodEnd__c);
        const ratio = (numerator: FieldValue, denominator: FieldValue): number | undefined =>
            Number(denominator) > 0 ? (Number(numerator) / Number(denominator)) * 100 : undefined;
        const seat = ratio(latest.ActiveUsers__c, latest.LicensedSeats__c);
        const stick = ratio(latest.DailyActiveUsers__c, latest.MonthlyActiveUsers__c);
        const depth = ratio(latest.FeaturesUsed__c, latest.FeaturesAvailable__c);
        if (seat !== undefined) metrics.set('SeatUtilisation', { value: seat, day });
        if (stick !== undefined) metrics.set('Stickiness', { value: stick, day });
        if (depth !== undefined) metrics.set('FeatureDepth', { value: depth, day });
    }

    const touches = [
        ...of('Task').filter((row) => isCompletedTouch(row, 'Task', today)),
        ...of('Event').filter((row) => isCompletedTouch(row, 'Event', today))
    ];
    const lastTouch = Math.max(...touches.map((row) => activityDay(row) ?? -Infinity));
    if (Number.isFinite(lastTouch)) {
        metrics.set('DaysSinceLastTouch', { value: today - lastTouch, day: today });
    }

    if (!historical) {
        const open = of('Case').filter((row) => row.Status !== 'Closed');
        const escalated = open.filter((row) => row.IsEscalated === true);
        metrics.set('SupportLoad', { value: open.length + escalated.length, day: today });
    }

    for (const [type, metric] of [
        ['NPS', 'NpsLatest'],
        ['CSAT', 'CsatLatest']
    ] as const) {
        const responses = of('SurveyResponse__c')
            .filter((row) => row.SurveyType__c === type && (dayOf(row.RespondedOn__c) ?? Infinity) <= today)
            .sort((left, right) => (dayOf(left.RespondedOn__c) ?? 0) - (dayOf(right.RespondedOn__c) ?? 0));
        const last = responses[responses.length - 1];
        if (last) {
            metrics.set(metric, { value: Number(last.Score__c), day: dayOf(last.RespondedOn__c) });
        }
    }

    const sentimentDay = dayOf(account.CsmSentimentUpdatedOn__c);
    if (account.CsmSentiment__c !== undefined && (sentimentDay === undefined || sentimentDay <= today)) {
        metrics.set('CsmSentiment', { value: Number(account.CsmSentiment__c), day: sentimentDay });
    }

    const plans = of('SuccessPlan__c').filter((plan) => {
        if (historical) {
            const start = dayOf(plan.StartDate__c) ?? Infinity;
            const target = dayOf(plan.TargetDate__c) ?? -Infinity;
            return plan.Status__c !== 'Draft' && start <= today && today <= target;
        }
        return plan.Status__c === 'Active' || plan.Status__c === 'At Risk';
    });
    const progress = plans
        .flatMap((plan) => data.objectivesByPlan.get(String(plan.ref)) ?? [])
        .map((objective) => {
            if (objective.ObjectiveType__c === 'Quantitative') {
                const baseline = Number(objective.Baseline__c);
                const target = Number(objective.Target__c);
                const current = Number(objective.CurrentValue__c);
                return target === baseline
                    ? 0
                    : Math.min(100, Math.max(0, ((current - baseline) / (target - baseline)) * 100));
            }
            return QUALITATIVE_PROGRESS[String(objective.Status__c)] ?? 0;
        });
    if (progress.length > 0) {
        metrics.set('ObjectiveProgress', {
            value: progress.reduce((sum, value) => sum + value, 0) / progress.length,
            day: today
        });
    }

    const sponsors = new Set(
        of('Contact')
            .filter((contact) => contact.StakeholderRole__c === 'Executive Sponsor')
            .filter((contact) => {
                const left = dayOf(contact.LeftCompanyOn__c);
                return contact.HasLeftCompany__c !== true || (left !== undefined && left > today);
            })
            .map((contact) => `@${String(contact.ref)}`)
    );
    const sponsorTouch = Math.max(
        ...touches.filter((row) => sponsors.has(String(row.WhoId))).map((row) => activityDay(row) ?? -Infinity)
    );
    if (Number.isFinite(sponsorTouch)) {
        metrics.set('SponsorEngagementDays', { value: today - sponsorTouch, day: today });
    }
    return metrics;
}

// ---------------------------------------------------------------------------------------------------------------
// The estimate

function archetypeOf(account: Row): string {
    return /Archetype: ([a-z-]+)/.exec(String(account.Description ?? ''))?.[1] ?? 'unknown';
}

function signalCounts(data: Indexed, estimates: AccountEstimate[], today: number): SignalCounts {
    const counts: SignalCounts = {
        seatUtilisation: 0,
        singleHeavyUser: 0,
        featureDepth: 0,
        gatedFeatures: 0,
        renewalUpsell: 0,
        promoter: 0,
        usageGrowth: 0
    };
    for (const estimate of estimates) {
        if (estimate.churned || estimate.band === 'Red') {
            continue;
        }
        const related = data.byAccount.get(estimate.ref) ?? new Map<string, Row[]>();
        const usage = (related.get('ProductUsage__c') ?? [])
            .filter((row) => (dayOf(row.PeriodEnd__c) ?? Infinity) <= today)
            .sort((left, right) => (dayOf(left.PeriodEnd__c) ?? 0) - (dayOf(right.PeriodEnd__c) ?? 0));
        const util = usage.map((row) => (Number(row.ActiveUsers__c) / Number(row.LicensedSeats__c)) * 100);
        const n = usage.length;
        if (n >= 2 && util[n - 1] >= 90 && util[n - 2] >= 80) counts.seatUtilisation++;
        const last = usage[n - 1];
        if (last && Number(last.TopUserActivityShare__c) >= 50) counts.singleHeavyUser++;
        if (last && (Number(last.FeaturesUsed__c) / Number(last.FeaturesAvailable__c)) * 100 >= 80)
            counts.featureDepth++;
        if (last && Number(last.GatedFeatureAttempts__c) >= 5) counts.gatedFeatures++;
        const active = usage.map((row) => Number(row.ActiveUsers__c));
        if (n >= 3 && active[n - 1] >= active[n - 2] * 1.2 && active[n - 2] >= active[n - 3] * 1.2)
            counts.usageGrowth++;
        if ((estimate.metrics.NpsLatest ?? 0) >= 9) counts.promoter++;
        const account = data.accounts.get(estimate.ref) ?? {};
        const renewal = dayOf(account.RenewalDate__c);
        if (estimate.band === 'Green' && renewal !== undefined && renewal - today >= 60 && renewal - today <= 120) {
            counts.renewalUpsell++;
        }
    }
    return counts;
}

function backtest(data: Indexed, models: ProxyModel[], horizonDays: number): BacktestEstimate {
    const outcomes: { ref: string; day: number; churned: boolean }[] = [];
    for (const [ref, related] of data.byAccount) {
        for (const event of related.get('ChurnEvent__c') ?? []) {
            const day = dayOf(event.ChurnDate__c);
            if (event.ChurnType__c === 'Logo churn' && day !== undefined) {
                outcomes.push({ ref, day, churned: true });
            }
        }
        for (const opportunity of related.get('Opportunity') ?? []) {
            const day = dayOf(opportunity.CloseDate);
            if (opportunity.DealType__c === 'Renewal' && opportunity.StageName === 'Closed Won' && day !== undefined) {
                outcomes.push({ ref, day, churned: false });
            }
        }
    }
    const churnRateByBand: BacktestEstimate['churnRateByBand'] = {};
    const scored: { score: number; churned: boolean }[] = [];
    for (const outcome of outcomes) {
        const day = outcome.day - horizonDays;
        const account = data.accounts.get(outcome.ref) ?? {};
        const model = resolveModel(models, account, day);
        if (!model) {
            continue;
        }
        const result = scoreWith(model, accountMetrics(data, outcome.ref, day, true), day);
        if (result.state !== 'Scored' || result.score === undefined || !result.band) {
            continue;
        }
        scored.push({ score: result.score, churned: outcome.churned });
        const bucket = (churnRateByBand[result.band] ??= { outcomes: 0, churned: 0 });
        bucket.outcomes++;
        bucket.churned += outcome.churned ? 1 : 0;
    }
    const churnedScores = scored.filter((item) => item.churned).map((item) => item.score);
    const renewedScores = scored.filter((item) => !item.churned).map((item) => item.score);
    let auc: number | undefined;
    if (churnedScores.length > 0 && renewedScores.length > 0) {
        let wins = 0;
        for (const churnedScore of churnedScores) {
            for (const renewedScore of renewedScores) {
                wins += churnedScore < renewedScore ? 1 : churnedScore === renewedScore ? 0.5 : 0;
            }
        }
        auc = wins / (churnedScores.length * renewedScores.length);
    }
    return {
        renewed: outcomes.filter((outcome) => !outcome.churned).length,
        churned: outcomes.filter((outcome) => outcome.churned).length,
        scored: scored.length,
        churnRateByBand,
        auc
    };
}

export function estimateSpread(
    dataset: LoadedDataset,
    models: ProxyModel[],
    asOf: string,
    backtestHorizonDays = 90
): SpreadEstimate {
    const today = parseDay(asOf);
    const data = index(dataset);
    const accounts: AccountEstimate[] = [];
    for (const [ref, account] of data.accounts) {
        const churned = account.LifecycleStage__c === 'Churned';
        const model = resolveModel(models, account, today);
        const metrics = accountMetrics(data, ref, today, false);
        const result: ProxyScore = model
            ? scoreWith(model, metrics, today)
            : { model: '', state: 'Insufficient data', coverage: 0 };
        accounts.push({
            ref,
            archetype: archetypeOf(account),
            churned,
            metrics: Object.fromEntries([...metrics].map(([name, metric]) => [name, metric.value])),
            ...result
        });
    }
    return {
        asOf,
        accounts,
        signals: signalCounts(data, accounts, today),
        backtest: backtest(data, models, backtestHorizonDays)
    };
}

/** A packaged Lodestar setting (LodestarSetting.Default), as a number. */
export function lodestarSetting(repoRoot: string, field: string): number | undefined {
    const file = path.join(
        repoRoot,
        'force-app',
        'main',
        'common',
        'customMetadata',
        'LodestarSetting.Default.md-meta.xml'
    );
    const value = fs.existsSync(file) ? cmdtValues(file).get(field) : undefined;
    return value === undefined || value === '' ? undefined : Number(value);
}

/** The estimate for a generated folder; the as-of date is read from its users.json. */
export function estimateFromDirectory(dir: string, repoRoot: string): SpreadEstimate {
    const { asOf } = JSON.parse(fs.readFileSync(path.join(dir, 'users.json'), 'utf8')) as { asOf: string };
    const horizon = lodestarSetting(repoRoot, 'BacktestHorizonDays__c') ?? 90;
    return estimateSpread(readDataset(dir), loadHealthModels(repoRoot), asOf, horizon);
}

export function bandOf(estimate: ProxyScore): string {
    return estimate.state === 'Scored' ? (estimate.band ?? 'Red') : 'Insufficient data';
}

export function describeSpread(spread: SpreadEstimate): string {
    const active = spread.accounts.filter((account) => !account.churned);
    const bands = ['Green', 'Yellow', 'Red', 'Insufficient data'];
    const share = (count: number): string => `${((100 * count) / Math.max(1, active.length)).toFixed(1)}%`;
    const lines = [`Estimated health bands (proxy of the scoring engine) for ${active.length} active accounts:`];
    for (const band of bands) {
        const count = active.filter((account) => bandOf(account) === band).length;
        lines.push(`  ${band.padEnd(18)} ${String(count).padStart(4)}  ${share(count)}`);
    }
    lines.push('By archetype (Green / Yellow / Red / Insufficient):');
    const archetypes = [...new Set(spread.accounts.map((account) => account.archetype))];
    for (const archetype of archetypes) {
        const members = active.filter((account) => account.archetype === archetype);
        if (members.length === 0) {
            continue;
        }
        const counts = bands.map((band) => members.filter((account) => bandOf(account) === band).length);
        lines.push(`  ${archetype.padEnd(22)} ${counts.map((count) => String(count).padStart(3)).join(' ')}`);
    }
    const signals = spread.signals;
    lines.push(
        `Expansion-signal candidates (non-Red): seat utilisation ${signals.seatUtilisation}, single heavy user ${signals.singleHeavyUser}, ` +
            `feature depth ${signals.featureDepth}, gated features ${signals.gatedFeatures}, renewal upsell ${signals.renewalUpsell}, ` +
            `promoter ${signals.promoter}, usage growth ${signals.usageGrowth}`
    );
    const test = spread.backtest;
    const rates = Object.entries(test.churnRateByBand)
        .map(([band, bucket]) => `${band} ${bucket.churned}/${bucket.outcomes}`)
        .join(', ');
    lines.push(
        `Backtest outcomes: ${test.renewed} renewals won, ${test.churned} logo churns; ${test.scored} scorable 90 days before ` +
            `(churned/outcomes by band: ${rates}); AUC ${test.auc === undefined ? 'n/a' : test.auc.toFixed(2)}`
    );
    return lines.join('\n');
}
