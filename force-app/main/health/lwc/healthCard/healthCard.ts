import { LightningElement, api, wire } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { refreshApex } from '@salesforce/apex';
import getAccountHealth from '@salesforce/apex/AccountHealthController.getAccountHealth';
import recalculate from '@salesforce/apex/AccountHealthController.recalculate';
import setOverride from '@salesforce/apex/AccountHealthController.setOverride';
import clearOverride from '@salesforce/apex/AccountHealthController.clearOverride';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { reduceErrors } from 'c/errors';
import { BANDS, bandName, isBand } from 'c/bands';
import { loadingState, nextWireState, type WireResult, type WireState } from 'c/wireState';
import { formatDate, formatDateTime, formatLabel, formatNumber, formatPercent, formatSignedNumber } from 'c/formatting';
import TITLE from '@salesforce/label/c.HealthCardTitle';
import SCORE_OUT_OF from '@salesforce/label/c.HealthCardScoreOutOf';
import BAND from '@salesforce/label/c.HealthCardBand';
import COVERAGE from '@salesforce/label/c.HealthCardCoverage';
import SCORED_AT from '@salesforce/label/c.HealthCardScoredAt';
import MODEL from '@salesforce/label/c.HealthCardModel';
import CHANGE_30D from '@salesforce/label/c.HealthCardChange30d';
import TOP_DRAG from '@salesforce/label/c.HealthCardTopDrag';
import INSUFFICIENT_DATA from '@salesforce/label/c.HealthCardInsufficientData';
import INSUFFICIENT_DATA_HELP from '@salesforce/label/c.HealthCardInsufficientDataHelp';
import NOT_SCORED from '@salesforce/label/c.HealthCardNotScored';
import NOT_SCORED_HELP from '@salesforce/label/c.HealthCardNotScoredHelp';
import OVERRIDE from '@salesforce/label/c.HealthCardOverride';
import OVERRIDE_DETAIL from '@salesforce/label/c.HealthCardOverrideDetail';
import COMPUTED_BAND from '@salesforce/label/c.HealthCardComputedBand';
import LOADING from '@salesforce/label/c.HealthCardLoading';
import NO_ACCESS from '@salesforce/label/c.HealthCardNoAccess';
import LOAD_ERROR from '@salesforce/label/c.HealthCardLoadError';
import ERROR_NO_ACCESS from '@salesforce/label/c.HealthErrorNoAccess';
import ACTION_FAILED from '@salesforce/label/c.HealthCardActionFailed';
import ALERT_RAISED from '@salesforce/label/c.HealthCardAlertRaised';
import ALERTS from '@salesforce/label/c.HealthCardAlerts';
import ALERTS_EMPTY from '@salesforce/label/c.HealthCardAlertsEmpty';
import CLEAR_OVERRIDE from '@salesforce/label/c.HealthCardClearOverride';
import CONTRIBUTION from '@salesforce/label/c.HealthCardContribution';
import FACTOR from '@salesforce/label/c.HealthCardFactor';
import MISSING_LABEL from '@salesforce/label/c.HealthCardFactorMissing';
import FACTOR_SCORE from '@salesforce/label/c.HealthCardFactorScore';
import STALE_LABEL from '@salesforce/label/c.HealthCardFactorStale';
import FACTORS from '@salesforce/label/c.HealthCardFactors';
import FACTORS_CAPTION from '@salesforce/label/c.HealthCardFactorsCaption';
import FACTORS_DIFFER from '@salesforce/label/c.HealthCardFactorsDiffer';
import FACTORS_EMPTY from '@salesforce/label/c.HealthCardFactorsEmpty';
import MOVE_IT from '@salesforce/label/c.HealthCardMoveIt';
import OVERRIDE_CLEARED from '@salesforce/label/c.HealthCardOverrideCleared';
import OVERRIDE_SAVED from '@salesforce/label/c.HealthCardOverrideSaved';
import RAW_VALUE from '@salesforce/label/c.HealthCardRawValue';
import VALUE_DAY from '@salesforce/label/c.HealthCardValueDay';
import VALUE_DAYS from '@salesforce/label/c.HealthCardValueDays';
import RECALCULATE from '@salesforce/label/c.HealthCardRecalculate';
import RECALCULATED from '@salesforce/label/c.HealthCardRecalculated';
import SET_OVERRIDE from '@salesforce/label/c.HealthCardSetOverride';
import TREND from '@salesforce/label/c.HealthCardTrend';
import TREND_EMPTY from '@salesforce/label/c.HealthCardTrendEmpty';
import TREND_LABEL from '@salesforce/label/c.HealthCardTrendLabel';
import WEIGHT from '@salesforce/label/c.HealthCardWeight';
import OVERRIDE_CANCEL from '@salesforce/label/c.HealthOverrideCancel';
import OVERRIDE_FIELD_BAND from '@salesforce/label/c.HealthOverrideFieldBand';
import OVERRIDE_FIELD_EXPIRY from '@salesforce/label/c.HealthOverrideFieldExpiry';
import OVERRIDE_FIELD_REASON from '@salesforce/label/c.HealthOverrideFieldReason';
import OVERRIDE_HELP from '@salesforce/label/c.HealthOverrideHelp';
import OVERRIDE_SAVE from '@salesforce/label/c.HealthOverrideSave';
import OVERRIDE_TITLE from '@salesforce/label/c.HealthOverrideTitle';
import BAND_INVALID from '@salesforce/label/c.HealthOverrideBandInvalid';
import REASON_REQUIRED from '@salesforce/label/c.HealthOverrideReasonRequired';
import REASON_TOO_LONG from '@salesforce/label/c.HealthOverrideReasonTooLong';
import EXPIRY_REQUIRED from '@salesforce/label/c.HealthOverrideExpiryRequired';
import EXPIRY_IN_PAST from '@salesforce/label/c.HealthOverrideExpiryInPast';
import EXPIRY_TOO_FAR from '@salesforce/label/c.HealthOverrideExpiryTooFar';

type AccountHealth = Awaited<ReturnType<typeof getAccountHealth>>;
type FactorResult = NonNullable<AccountHealth['factors']>[number];

interface FactorRow {
    key: string;
    label: string;
    rawValue: string;
    score: string;
    weight: string;
    contribution: string;
    rowClass: string;
}

interface AlertRow {
    key: string;
    reason: string;
    detail: string;
    raised: string;
}

const STATE_SCORED = 'Scored';
const STATE_INSUFFICIENT_DATA = 'Insufficient data';
const FACTOR_INCLUDED = 'Included';
const FACTOR_STALE = 'Stale';
// HealthFactor__mdt.Unit__c values, as the view carries them in each factor's unit.
const UNIT_PERCENT = 'Percent';
const UNIT_DAYS = 'Days';

// The rules of HealthOverrideRules, checked here too so the dialog answers before any call to Apex.
const OVERRIDE_MAX_DAYS_AHEAD = 90;
const OVERRIDE_MAX_REASON_LENGTH = 255;

// The score ring: a circle whose stroke covers score% of its circumference.
const RING_RADIUS = 42;
const RING_CIRCUMFERENCE = 2 * Math.PI * RING_RADIUS;

// The sparkline's drawing box; scores 0–100 map onto its height, inside a margin so the line is never clipped.
const SPARK_WIDTH = 200;
const SPARK_HEIGHT = 40;
const SPARK_MARGIN = 3;

/**
 * The Account page's health card: the stored score and band as an accessible ring, the coverage behind it, any
 * override a CSM has set, the weekly trend, the factors that explain the score and the open alerts. One cacheable
 * Apex call renders it; Recalculate and the override dialog call Apex imperatively and then refresh that call.
 */
export default class HealthCard extends LightningElement {
    @api recordId?: string;
    /** Design attribute: hide the trend sparkline. */
    @api hideTrend = false;
    /** Design attribute: hide the factor table. */
    @api hideFactors = false;

    /** The wired read: loading, the account's health, no access or an error. */
    state: WireState<AccountHealth> = loadingState();
    isWorking = false;

    isOverrideOpen = false;
    overrideBand = '';
    overrideReason = '';
    overrideExpiresOn = '';
    overrideErrors: string[] = [];

    private wiredResult?: WireResult<AccountHealth>;
    /** Set when the dialog opens, so the next render moves focus into it, as a modal dialog must. */
    private focusDialog = false;

    readonly labels = {
        title: TITLE,
        band: BAND,
        coverage: COVERAGE,
        scoredAt: SCORED_AT,
        model: MODEL,
        change30d: CHANGE_30D,
        topDrag: TOP_DRAG,
        insufficientData: INSUFFICIENT_DATA,
        notScored: NOT_SCORED,
        notScoredHelp: NOT_SCORED_HELP,
        override: OVERRIDE,
        loading: LOADING,
        noAccess: NO_ACCESS,
        loadError: LOAD_ERROR,
        alerts: ALERTS,
        alertsEmpty: ALERTS_EMPTY,
        clearOverride: CLEAR_OVERRIDE,
        contribution: CONTRIBUTION,
        factor: FACTOR,
        factorScore: FACTOR_SCORE,
        factors: FACTORS,
        factorsCaption: FACTORS_CAPTION,
        factorsEmpty: FACTORS_EMPTY,
        rawValue: RAW_VALUE,
        recalculate: RECALCULATE,
        setOverride: SET_OVERRIDE,
        trend: TREND,
        trendEmpty: TREND_EMPTY,
        weight: WEIGHT,
        overrideCancel: OVERRIDE_CANCEL,
        overrideFieldBand: OVERRIDE_FIELD_BAND,
        overrideFieldExpiry: OVERRIDE_FIELD_EXPIRY,
        overrideFieldReason: OVERRIDE_FIELD_REASON,
        overrideHelp: OVERRIDE_HELP,
        overrideSave: OVERRIDE_SAVE,
        overrideTitle: OVERRIDE_TITLE
    };

    readonly ringRadius = RING_RADIUS;
    readonly sparkViewBox = `0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`;
    readonly overrideMaxReasonLength = OVERRIDE_MAX_REASON_LENGTH;
    readonly bandOptions = BANDS.map((value) => ({ label: bandName(value), value }));

    @wire(getAccountHealth, { accountId: '$recordId' })
    wiredHealth(result: WireResult<AccountHealth>): void {
        this.wiredResult = result;
        this.state = nextWireState(this.state, result, ERROR_NO_ACCESS);
    }

    get health(): AccountHealth | undefined {
        return this.state.data;
    }

    get hasHealth(): boolean {
        return this.health !== undefined;
    }

    get isScored(): boolean {
        return this.health?.state === STATE_SCORED && typeof this.health.score === 'number';
    }

    get isInsufficientData(): boolean {
        return this.health?.state === STATE_INSUFFICIENT_DATA;
    }

    get isNotScored(): boolean {
        return this.health !== undefined && !this.isScored && !this.isInsufficientData;
    }

    get scoreText(): string {
        return typeof this.health?.score === 'number' ? formatNumber(this.health.score) : '';
    }

    get effectiveBandName(): string {
        return bandName(this.health?.effectiveBand);
    }

    get ringLabel(): string {
        return formatLabel(SCORE_OUT_OF, this.scoreText, this.effectiveBandName);
    }

    get ringDashArray(): string {
        const score = clampScore(this.health?.score ?? 0);
        return `${((RING_CIRCUMFERENCE * score) / 100).toFixed(2)} ${RING_CIRCUMFERENCE.toFixed(2)}`;
    }

    get ringClass(): string {
        return `ring ring_${(this.health?.effectiveBand ?? 'none').toLowerCase()}`;
    }

    get insufficientDataHelp(): string {
        const coverage = this.health?.coverage;
        return formatLabel(INSUFFICIENT_DATA_HELP, typeof coverage === 'number' ? formatPercent(coverage) : '—');
    }

    get hasCoverage(): boolean {
        return typeof this.health?.coverage === 'number';
    }

    get coverageText(): string {
        return typeof this.health?.coverage === 'number' ? formatPercent(this.health.coverage) : '';
    }

    get scoredAtText(): string {
        return this.health?.scoredAt ? formatDateTime(this.health.scoredAt) : '';
    }

    get hasChange30d(): boolean {
        return typeof this.health?.change30d === 'number';
    }

    get change30dText(): string {
        return typeof this.health?.change30d === 'number' ? formatSignedNumber(this.health.change30d) : '';
    }

    get isOverridden(): boolean {
        return this.health?.isOverridden === true;
    }

    get canOverride(): boolean {
        return this.health?.canOverride === true;
    }

    get canClearOverride(): boolean {
        return this.canOverride && this.isOverridden;
    }

    get overrideDetail(): string {
        const health = this.health;
        if (!health?.isOverridden) {
            return '';
        }
        const expiry = health.overrideExpiresOn ? formatDate(health.overrideExpiresOn) : '';
        return formatLabel(OVERRIDE_DETAIL, bandName(health.overrideBand), expiry, health.overrideReason ?? '');
    }

    get computedBandText(): string {
        return formatLabel(COMPUTED_BAND, bandName(this.health?.band));
    }

    // What would move it, and whether today's factors disagree with the stored score.

    get moveItText(): string {
        const health = this.health;
        if (!health?.moveFactor || typeof health.movePoints !== 'number') {
            return '';
        }
        return formatLabel(MOVE_IT, health.moveFactor, formatNumber(health.movePoints));
    }

    get factorsDifferText(): string {
        const explained = this.health?.explainedScore;
        if (typeof explained !== 'number' || explained === this.health?.score) {
            return '';
        }
        return formatLabel(FACTORS_DIFFER, formatNumber(explained));
    }

    // The trend sparkline.

    get showTrend(): boolean {
        return !this.hideTrend;
    }

    private get trendScores(): number[] {
        return (this.health?.trendPoints ?? [])
            .map((point) => point.score)
            .filter((score): score is number => typeof score === 'number');
    }

    get hasTrend(): boolean {
        return this.trendScores.length > 0;
    }

    get sparkPoints(): string {
        const scores = this.trendScores;
        const step = scores.length > 1 ? (SPARK_WIDTH - 2 * SPARK_MARGIN) / (scores.length - 1) : 0;
        return scores
            .map((score, index) => `${(SPARK_MARGIN + index * step).toFixed(1)},${sparkY(score).toFixed(1)}`)
            .join(' ');
    }

    get sparkLastX(): string {
        const count = this.trendScores.length;
        return (count > 1 ? SPARK_WIDTH - SPARK_MARGIN : SPARK_MARGIN).toFixed(1);
    }

    get sparkLastY(): string {
        const scores = this.trendScores;
        return sparkY(scores[scores.length - 1] ?? 0).toFixed(1);
    }

    get trendLabel(): string {
        const scores = this.trendScores;
        if (scores.length === 0) {
            return '';
        }
        return formatLabel(
            TREND_LABEL,
            scores.length,
            formatNumber(scores[0]),
            formatNumber(scores[scores.length - 1]),
            formatNumber(Math.min(...scores)),
            formatNumber(Math.max(...scores))
        );
    }

    // The factor table, the biggest drag first; factors left out go last, in display order.

    get showFactors(): boolean {
        return !this.hideFactors;
    }

    get factorsMessage(): string {
        return this.health?.factorsMessage ?? '';
    }

    get factorRows(): FactorRow[] {
        return (this.health?.factors ?? [])
            .map((factor, index) => ({ factor, index }))
            .sort((a, b) => drag(b.factor) - drag(a.factor) || a.index - b.index)
            .map(({ factor }) => toFactorRow(factor));
    }

    get hasFactors(): boolean {
        return (this.health?.factors ?? []).length > 0;
    }

    // Open alerts.

    get alertRows(): AlertRow[] {
        return (this.health?.alerts ?? []).map((alert) => ({
            key: alert.id ?? alert.name ?? '',
            reason: alert.reason ?? '',
            detail: alert.detail ?? '',
            raised: alert.raisedOn ? formatLabel(ALERT_RAISED, formatDateTime(alert.raisedOn)) : ''
        }));
    }

    get hasAlerts(): boolean {
        return this.alertRows.length > 0;
    }

    // Actions.

    async handleRecalculate(): Promise<void> {
        await this.runAction(() => recalculate({ accountId: this.recordId ?? null }), RECALCULATED);
    }

    async handleClearOverride(): Promise<void> {
        await this.runAction(() => clearOverride({ accountId: this.recordId ?? null }), OVERRIDE_CLEARED);
    }

    handleOpenOverride(): void {
        this.overrideBand = this.health?.overrideBand ?? '';
        this.overrideReason = this.health?.overrideReason ?? '';
        this.overrideExpiresOn = this.health?.overrideExpiresOn ?? '';
        this.overrideErrors = [];
        this.isOverrideOpen = true;
        this.focusDialog = true;
    }

    override renderedCallback(): void {
        if (this.focusDialog && this.isOverrideOpen) {
            this.focusDialog = false;
            this.template?.querySelector<HTMLElement>('[data-id="override-band"]')?.focus();
        }
    }

    handleCloseOverride(): void {
        this.isOverrideOpen = false;
    }

    handleOverrideKeydown(event: KeyboardEvent): void {
        if (event.key === 'Escape') {
            this.handleCloseOverride();
        }
    }

    handleBandChange(event: CustomEvent<{ value: string }>): void {
        this.overrideBand = event.detail.value;
    }

    handleReasonChange(event: CustomEvent<{ value: string }>): void {
        this.overrideReason = event.detail.value;
    }

    handleExpiryChange(event: CustomEvent<{ value: string }>): void {
        this.overrideExpiresOn = event.detail.value;
    }

    get todayIso(): string {
        return isoDateInTimeZone(new Date());
    }

    get latestExpiryIso(): string {
        return addDays(this.todayIso, OVERRIDE_MAX_DAYS_AHEAD);
    }

    get hasOverrideErrors(): boolean {
        return this.overrideErrors.length > 0;
    }

    async handleSaveOverride(): Promise<void> {
        this.overrideErrors = this.validateOverride();
        if (this.overrideErrors.length > 0) {
            return;
        }
        const saved = await this.runAction(
            () =>
                setOverride({
                    accountId: this.recordId ?? null,
                    band: this.overrideBand,
                    reason: this.overrideReason.trim(),
                    expiresOn: this.overrideExpiresOn
                }),
            OVERRIDE_SAVED,
            (messages) => {
                this.overrideErrors = messages;
            }
        );
        if (saved) {
            this.isOverrideOpen = false;
        }
    }

    private validateOverride(): string[] {
        const problems: string[] = [];
        if (!isBand(this.overrideBand)) {
            problems.push(BAND_INVALID);
        }
        const reason = this.overrideReason.trim();
        if (!reason) {
            problems.push(REASON_REQUIRED);
        } else if (reason.length > OVERRIDE_MAX_REASON_LENGTH) {
            problems.push(formatLabel(REASON_TOO_LONG, OVERRIDE_MAX_REASON_LENGTH));
        }
        const expiry = this.overrideExpiresOn;
        if (!expiry) {
            problems.push(EXPIRY_REQUIRED);
        } else if (expiry < this.todayIso) {
            problems.push(formatLabel(EXPIRY_IN_PAST, formatDate(expiry)));
        } else if (expiry > this.latestExpiryIso) {
            problems.push(formatLabel(EXPIRY_TOO_FAR, OVERRIDE_MAX_DAYS_AHEAD, formatDate(this.latestExpiryIso)));
        }
        return problems;
    }

    /**
     * Runs one imperative Apex call, then refreshes the wired read so the card and Lightning's cache agree.
     * @returns whether the call succeeded
     */
    private async runAction(
        call: () => Promise<AccountHealth>,
        successMessage: string,
        onError?: (messages: string[]) => void
    ): Promise<boolean> {
        this.isWorking = true;
        try {
            this.state = nextWireState(this.state, { data: await call() }, ERROR_NO_ACCESS);
            await refreshApex(this.wiredResult);
            this.dispatchEvent(new ShowToastEvent({ title: successMessage, variant: 'success' }));
            return true;
        } catch (error) {
            const messages = reduceErrors(error);
            if (onError) {
                onError(messages);
            } else {
                this.dispatchEvent(
                    new ShowToastEvent({ title: ACTION_FAILED, message: messages.join(' '), variant: 'error' })
                );
            }
            return false;
        } finally {
            this.isWorking = false;
        }
    }
}

/** The points a factor costs the score; factors left out sort after every included one. */
function drag(factor: FactorResult): number {
    return factor.status === FACTOR_INCLUDED ? (factor.pointsToGreen ?? 0) : -1;
}

function clampScore(score: number): number {
    return Math.min(Math.max(score, 0), 100);
}

function sparkY(score: number): number {
    return SPARK_MARGIN + ((100 - clampScore(score)) / 100) * (SPARK_HEIGHT - 2 * SPARK_MARGIN);
}

function optionalNumber(value: number | null | undefined): string {
    return typeof value === 'number' ? formatNumber(value) : '—';
}

function toFactorRow(factor: FactorResult): FactorRow {
    const included = factor.status === FACTOR_INCLUDED;
    const leftOut = factor.status === FACTOR_STALE ? STALE_LABEL : MISSING_LABEL;
    return {
        key: factor.factor ?? factor.label ?? '',
        label: factor.label ?? factor.factor ?? '',
        rawValue: typeof factor.rawValue === 'number' ? formatRawValue(factor.rawValue, factor.unit) : '—',
        score: included ? optionalNumber(factor.normalisedScore) : leftOut,
        weight: optionalNumber(factor.weight),
        contribution: included ? optionalNumber(factor.contribution) : '—',
        rowClass: included ? '' : 'slds-text-color_weak'
    };
}

/**
 * A factor's measured value as a CSM reads it, by its unit: "94%", "5 days", a count "1", a score "9". Whole values
 * print without decimals, others with one.
 */
function formatRawValue(value: number, unit: string | null | undefined): string {
    switch (unit) {
        case UNIT_PERCENT:
            return formatPercent(value, 1);
        case UNIT_DAYS:
            return formatLabel(value === 1 ? VALUE_DAY : VALUE_DAYS, wholeOrTenths(value));
        default:
            // Count, Score, or a unit the card does not know: the number alone.
            return wholeOrTenths(value);
    }
}

function wholeOrTenths(value: number): string {
    return formatNumber(value, Number.isInteger(value) ? 0 : 1);
}

/** Today's date (yyyy-mm-dd) in the user's Salesforce time zone, as Apex's System.today() sees it. */
function isoDateInTimeZone(instant: Date): string {
    return new Intl.DateTimeFormat('en-CA', {
        timeZone: TIME_ZONE,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit'
    }).format(instant);
}

function addDays(isoDate: string, days: number): string {
    const [year, month, day] = isoDate.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
