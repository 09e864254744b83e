import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import CURRENCY from '@salesforce/i18n/currency';
import getPortfolio from '@salesforce/apex/PortfolioController.getPortfolio';
import { loadingState, nextWireState, type WireResult, type WireState } from 'c/wireState';
import { navigate, recordPage, urlOf } from 'c/pageReferences';
import { formatDate, formatDateTime, formatLabel, formatNumber } from 'c/formatting';
import { BANDS, NO_BAND_NAME, bandName } from 'c/bands';
import TITLE from '@salesforce/label/c.PortfolioTitle';
import LOADING from '@salesforce/label/c.PortfolioLoading';
import NO_ACCESS from '@salesforce/label/c.PortfolioNoAccess';
import LOAD_ERROR from '@salesforce/label/c.PortfolioLoadError';
import ERROR_NO_ACCESS from '@salesforce/label/c.PortfolioErrorNoAccess';
import EMPTY_BOOK from '@salesforce/label/c.PortfolioEmptyBook';
import EMPTY_FILTER from '@salesforce/label/c.PortfolioEmptyFilter';
import CLEAR_FILTERS from '@salesforce/label/c.PortfolioClearFilters';
import FILTER_BAND from '@salesforce/label/c.PortfolioFilterBand';
import FILTER_STAGE from '@salesforce/label/c.PortfolioFilterStage';
import FILTER_ALL from '@salesforce/label/c.PortfolioFilterAll';
import SUMMARY from '@salesforce/label/c.PortfolioSummary';
import BOOK_TRUNCATED from '@salesforce/label/c.PortfolioBookTruncated';
import TABLE_CAPTION from '@salesforce/label/c.PortfolioTableCaption';
import COLUMN_ACCOUNT from '@salesforce/label/c.PortfolioColumnAccount';
import COLUMN_HEALTH from '@salesforce/label/c.PortfolioColumnHealth';
import COLUMN_ARR from '@salesforce/label/c.PortfolioColumnArr';
import COLUMN_STAGE from '@salesforce/label/c.PortfolioColumnStage';
import COLUMN_RENEWAL from '@salesforce/label/c.PortfolioColumnRenewal';
import COLUMN_ALERTS from '@salesforce/label/c.PortfolioColumnAlerts';
import COLUMN_TOUCH from '@salesforce/label/c.PortfolioColumnTouch';
import OVERRIDDEN from '@salesforce/label/c.PortfolioOverridden';
import CADENCE_DAILY from '@salesforce/label/c.PortfolioCadenceDaily';
import CADENCE_WEEKLY from '@salesforce/label/c.PortfolioCadenceWeekly';
import CADENCE_MONTHLY from '@salesforce/label/c.PortfolioCadenceMonthly';
import TOUCH_OVERDUE from '@salesforce/label/c.PortfolioTouchOverdue';
import TOUCH_LAST from '@salesforce/label/c.PortfolioTouchLast';
import TOUCH_NEVER from '@salesforce/label/c.PortfolioTouchNever';
import TOUCHES_UNAVAILABLE from '@salesforce/label/c.PortfolioTouchesUnavailable';
import PREVIOUS from '@salesforce/label/c.PortfolioPrevious';
import NEXT from '@salesforce/label/c.PortfolioNext';
import PAGE_STATUS from '@salesforce/label/c.PortfolioPageStatus';
import RENEWALS from '@salesforce/label/c.PortfolioRenewals';
import RENEWALS_EMPTY from '@salesforce/label/c.PortfolioRenewalsEmpty';
import RENEWAL_IN from '@salesforce/label/c.PortfolioRenewalIn';
import RENEWALS_MORE from '@salesforce/label/c.PortfolioRenewalsMore';
import ALERTS from '@salesforce/label/c.PortfolioAlerts';
import ALERTS_EMPTY from '@salesforce/label/c.PortfolioAlertsEmpty';
import ALERT_RAISED from '@salesforce/label/c.PortfolioAlertRaised';
import REVIEWS_DUE from '@salesforce/label/c.PortfolioReviewsDue';
import REVIEWS_EMPTY from '@salesforce/label/c.PortfolioReviewsEmpty';
import REVIEWS_UNAVAILABLE from '@salesforce/label/c.PortfolioReviewsUnavailable';
import REVIEWS_MORE from '@salesforce/label/c.PortfolioReviewsMore';
import REVIEW_PLANNED_ON from '@salesforce/label/c.PortfolioReviewPlannedOn';
import REVIEW_DUE_ON from '@salesforce/label/c.PortfolioReviewDueOn';
import REVIEW_OVERDUE_SINCE from '@salesforce/label/c.PortfolioReviewOverdueSince';
import REVIEW_LAST from '@salesforce/label/c.PortfolioReviewLast';
import REVIEW_NEVER from '@salesforce/label/c.PortfolioReviewNever';
import REVIEW_OVERDUE from '@salesforce/label/c.PortfolioReviewOverdue';
import PLANS_AT_RISK from '@salesforce/label/c.PortfolioPlansAtRisk';
import PLANS_EMPTY from '@salesforce/label/c.PortfolioPlansEmpty';
import PLANS_UNAVAILABLE from '@salesforce/label/c.PortfolioPlansUnavailable';
import PLANS_MORE from '@salesforce/label/c.PortfolioPlansMore';
import PLAN_MARKED_AT_RISK from '@salesforce/label/c.PortfolioPlanMarkedAtRisk';
import PLAN_OBJECTIVES_AT_RISK from '@salesforce/label/c.PortfolioPlanObjectivesAtRisk';
import PLAN_MILESTONES_OVERDUE from '@salesforce/label/c.PortfolioPlanMilestonesOverdue';
import PLAN_PAST_TARGET from '@salesforce/label/c.PortfolioPlanPastTarget';
import CAPACITY_TITLE from '@salesforce/label/c.PortfolioCapacityTitle';
import CAPACITY_ACCOUNTS from '@salesforce/label/c.PortfolioCapacityAccounts';
import CAPACITY_ARR from '@salesforce/label/c.PortfolioCapacityArr';
import CAPACITY_ARR_PER_CSM from '@salesforce/label/c.PortfolioCapacityArrPerCsm';
import CAPACITY_METER from '@salesforce/label/c.PortfolioCapacityMeter';
import CAPACITY_PERCENT from '@salesforce/label/c.PortfolioCapacityPercent';
import CAPACITY_OVER from '@salesforce/label/c.PortfolioCapacityOver';
import CAPACITY_TOUCH_MODEL from '@salesforce/label/c.PortfolioCapacityTouchModel';
import TOUCH_MODEL_HIGH from '@salesforce/label/c.PortfolioTouchModelHigh';
import TOUCH_MODEL_LOW from '@salesforce/label/c.PortfolioTouchModelLow';
import TOUCH_MODEL_TECH from '@salesforce/label/c.PortfolioTouchModelTech';
import CAPACITY_TOUCHES_DUE from '@salesforce/label/c.PortfolioCapacityTouchesDue';
import CAPACITY_TOUCHES_PENDING from '@salesforce/label/c.PortfolioCapacityTouchesPending';
import CAPACITY_BANDS from '@salesforce/label/c.PortfolioCapacityBands';
import CHURNED_HIDDEN from '@salesforce/label/c.PortfolioChurnedHidden';
import CHURNED_HIDDEN_ONE from '@salesforce/label/c.PortfolioChurnedHiddenOne';
import SHOW_CHURNED from '@salesforce/label/c.PortfolioShowChurned';

type Portfolio = Awaited<ReturnType<typeof getPortfolio>>;
type PortfolioRow = NonNullable<Portfolio['rows']>[number];
type ReviewDue = NonNullable<Portfolio['reviewsDue']>[number];
type PlanAtRisk = NonNullable<Portfolio['plansAtRisk']>[number];

interface Row {
    key: string;
    accountName: string;
    href: string;
    band: string;
    score: string;
    isOverridden: boolean;
    arr: number | null;
    stage: string;
    renewal: string;
    openAlerts: number;
    cadence: string;
    isTouchOverdue: boolean;
    lastTouch: string;
}

interface RenewalLine {
    key: string;
    accountName: string;
    href: string;
    when: string;
    band: string;
}

interface AlertLine {
    key: string;
    accountId: string;
    accountName: string;
    href: string;
    reason: string;
    detail: string;
    raised: string;
}

interface ReviewLine {
    key: string;
    accountName: string;
    href: string;
    isOverdue: boolean;
    when: string;
    last: string;
}

interface PlanLine {
    key: string;
    planName: string;
    accountId: string;
    accountName: string;
    href: string;
    reasons: string;
}

interface BandCount {
    key: string;
    band: string;
    count: number;
}

const CADENCE_NAMES: Record<string, string> = {
    Daily: CADENCE_DAILY,
    Weekly: CADENCE_WEEKLY,
    Monthly: CADENCE_MONTHLY
};
const DEFAULT_PAGE_SIZE = 25;
/** Account.LifecycleStage__c of a customer who left: Apex lists those accounts only under this stage. */
const STAGE_CHURNED = 'Churned';

/**
 * The CSM home: the running user's accounts ranked by risk, filtered by band and lifecycle stage and paged, with
 * each account's touch cadence and whether a touch is overdue, the book against the CSM's capacity, the renewals
 * coming up, the open alerts, the QBRs due and the success plans at risk. One cacheable Apex call renders it;
 * changing a filter or the page asks for the matching page.
 */
export default class CsmPortfolio extends NavigationMixin(LightningElement) {
    /** Design attribute: accounts per page. */
    @api pageSize = DEFAULT_PAGE_SIZE;

    band = '';
    lifecycleStage = '';
    pageNumber = 1;

    /** The wired read: loading, the portfolio, no access or an error. */
    state: WireState<Portfolio> = loadingState();
    /** A new page or filter was asked for and has not arrived yet; the current one stays on screen. */
    isRefreshing = false;

    readonly labels = {
        title: TITLE,
        loading: LOADING,
        noAccess: NO_ACCESS,
        loadError: LOAD_ERROR,
        emptyBook: EMPTY_BOOK,
        emptyFilter: EMPTY_FILTER,
        clearFilters: CLEAR_FILTERS,
        filterBand: FILTER_BAND,
        filterStage: FILTER_STAGE,
        tableCaption: TABLE_CAPTION,
        columnAccount: COLUMN_ACCOUNT,
        columnHealth: COLUMN_HEALTH,
        columnArr: COLUMN_ARR,
        columnStage: COLUMN_STAGE,
        columnRenewal: COLUMN_RENEWAL,
        columnAlerts: COLUMN_ALERTS,
        columnTouch: COLUMN_TOUCH,
        overridden: OVERRIDDEN,
        touchOverdue: TOUCH_OVERDUE,
        touchesUnavailable: TOUCHES_UNAVAILABLE,
        previous: PREVIOUS,
        next: NEXT,
        renewalsEmpty: RENEWALS_EMPTY,
        alertsEmpty: ALERTS_EMPTY,
        reviewsEmpty: REVIEWS_EMPTY,
        reviewsUnavailable: REVIEWS_UNAVAILABLE,
        reviewOverdue: REVIEW_OVERDUE,
        plansEmpty: PLANS_EMPTY,
        plansUnavailable: PLANS_UNAVAILABLE,
        capacityTitle: CAPACITY_TITLE,
        capacityAccounts: CAPACITY_ACCOUNTS,
        capacityArr: CAPACITY_ARR,
        capacityArrPerCsm: CAPACITY_ARR_PER_CSM,
        capacityMeter: CAPACITY_METER,
        capacityOver: CAPACITY_OVER,
        capacityTouchModel: CAPACITY_TOUCH_MODEL,
        capacityTouchesDue: CAPACITY_TOUCHES_DUE,
        capacityBands: CAPACITY_BANDS,
        showChurned: SHOW_CHURNED
    };

    readonly currencyCode = CURRENCY;

    readonly bandOptions = [
        { label: FILTER_ALL, value: '' },
        ...BANDS.map((value) => ({ label: bandName(value), value })),
        { label: NO_BAND_NAME, value: 'None' }
    ];

    @wire(getPortfolio, {
        band: '$band',
        lifecycleStage: '$lifecycleStage',
        pageSize: '$effectivePageSize',
        pageNumber: '$pageNumber'
    })
    wiredPortfolio(result: WireResult<Portfolio>): void {
        const next = nextWireState(this.state, result, ERROR_NO_ACCESS);
        // An empty provision (a new page in flight) keeps the current page and its refreshing spinner.
        if (next !== this.state) {
            this.isRefreshing = false;
        }
        this.state = next;
    }

    get portfolio(): Portfolio | undefined {
        return this.state.data;
    }

    get effectivePageSize(): number {
        const size = Number(this.pageSize);
        return Number.isInteger(size) && size >= 1 && size <= 100 ? size : DEFAULT_PAGE_SIZE;
    }

    // States.

    /** No account at all, live or churned: nothing to filter either. */
    get isEmptyBook(): boolean {
        return this.portfolio?.bookSize === 0 && !this.portfolio.churnedCount;
    }

    /** Churned accounts stay out of the ranked book; the CSM is told how many, and how to list them. */
    get churnedHiddenText(): string {
        const count = this.portfolio?.churnedCount ?? 0;
        if (count === 0 || this.lifecycleStage === STAGE_CHURNED) {
            return '';
        }
        return count === 1 ? CHURNED_HIDDEN_ONE : formatLabel(CHURNED_HIDDEN, count);
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    get summaryText(): string {
        const p = this.portfolio;
        return formatLabel(SUMMARY, p?.bookSize, p?.redCount, p?.yellowCount, p?.greenCount, p?.unbandedCount);
    }

    get truncatedText(): string {
        return this.portfolio?.isBookTruncated ? formatLabel(BOOK_TRUNCATED, this.portfolio.bookSize) : '';
    }

    get touchesUnavailable(): boolean {
        return this.portfolio?.touchesAvailable === false;
    }

    // Filters.

    get stageOptions(): { label: string; value: string }[] {
        return [
            { label: FILTER_ALL, value: '' },
            ...(this.portfolio?.stageOptions ?? []).map((option) => ({
                label: option.label ?? option.value ?? '',
                value: option.value ?? ''
            }))
        ];
    }

    handleBandChange(event: CustomEvent<{ value: string }>): void {
        this.showPage(1, event.detail.value, this.lifecycleStage);
    }

    handleStageChange(event: CustomEvent<{ value: string }>): void {
        this.showPage(1, this.band, event.detail.value);
    }

    handleClearFilters(): void {
        this.showPage(1, '', '');
    }

    handleShowChurned(): void {
        this.showPage(1, '', STAGE_CHURNED);
    }

    // The table and its pages.

    get rows(): Row[] {
        return (this.portfolio?.rows ?? []).map((row) => this.toRow(row));
    }

    private toRow(row: PortfolioRow): Row {
        const accountId = row.accountId ?? '';
        return {
            key: accountId,
            accountName: row.name ?? '',
            href: recordUrl(accountId),
            band: row.band ?? '',
            score: typeof row.score === 'number' ? formatNumber(row.score) : '—',
            isOverridden: row.isOverridden === true,
            arr: typeof row.arr === 'number' ? row.arr : null,
            stage: row.lifecycleStage ?? '—',
            renewal: row.renewalDate ? formatDate(row.renewalDate) : '—',
            openAlerts: row.openAlerts ?? 0,
            cadence: CADENCE_NAMES[row.cadence ?? ''] ?? '',
            isTouchOverdue: row.isTouchOverdue === true,
            lastTouch: lastTouchText(row, this.touchesUnavailable)
        };
    }

    get pageNumberShown(): number {
        return this.portfolio?.pageNumber ?? this.pageNumber;
    }

    get pageCount(): number {
        return this.portfolio?.pageCount ?? 1;
    }

    get pageStatus(): string {
        return formatLabel(PAGE_STATUS, this.pageNumberShown, this.pageCount, this.portfolio?.matchCount ?? 0);
    }

    get isFirstPage(): boolean {
        return this.isRefreshing || this.pageNumberShown <= 1;
    }

    get isLastPage(): boolean {
        return this.isRefreshing || this.pageNumberShown >= this.pageCount;
    }

    handlePrevious(): void {
        this.showPage(this.pageNumberShown - 1);
    }

    handleNext(): void {
        this.showPage(this.pageNumberShown + 1);
    }

    /** Asks for a page; the wire calls Apex only when the page or a filter changed, so only then is one awaited. */
    private showPage(pageNumber: number, band = this.band, lifecycleStage = this.lifecycleStage): void {
        const changed = pageNumber !== this.pageNumber || band !== this.band || lifecycleStage !== this.lifecycleStage;
        this.band = band;
        this.lifecycleStage = lifecycleStage;
        this.pageNumber = pageNumber;
        this.isRefreshing = this.isRefreshing || changed;
    }

    // Renewals and alerts.

    get renewalsTitle(): string {
        return formatLabel(RENEWALS, this.portfolio?.renewalWindowDays ?? '');
    }

    get renewals(): RenewalLine[] {
        return (this.portfolio?.renewals ?? []).map((renewal) => ({
            key: renewal.accountId ?? '',
            accountName: renewal.name ?? '',
            href: recordUrl(renewal.accountId ?? ''),
            when: formatLabel(
                RENEWAL_IN,
                renewal.renewalDate ? formatDate(renewal.renewalDate) : '',
                renewal.daysToRenewal ?? ''
            ),
            band: renewal.band ?? ''
        }));
    }

    get hasRenewals(): boolean {
        return this.renewals.length > 0;
    }

    get renewalsMoreText(): string {
        const count = this.portfolio?.renewalCount ?? 0;
        return count > this.renewals.length ? formatLabel(RENEWALS_MORE, count) : '';
    }

    get alertsTitle(): string {
        return formatLabel(ALERTS, this.portfolio?.openAlertCount ?? 0);
    }

    get alerts(): AlertLine[] {
        return (this.portfolio?.alerts ?? []).map((alert) => ({
            key: alert.id ?? '',
            accountId: alert.accountId ?? '',
            accountName: alert.accountName ?? '',
            href: recordUrl(alert.accountId ?? ''),
            reason: alert.reason ?? '',
            detail: alert.detail ?? '',
            raised: alert.raisedOn ? formatLabel(ALERT_RAISED, formatDateTime(alert.raisedOn)) : ''
        }));
    }

    get hasAlerts(): boolean {
        return this.alerts.length > 0;
    }

    // QBRs due.

    get reviewsTitle(): string {
        return formatLabel(REVIEWS_DUE, this.portfolio?.reviewWindowDays ?? '', this.portfolio?.reviewDueCount ?? 0);
    }

    get reviewsUnavailable(): boolean {
        return this.portfolio?.reviewsAvailable === false;
    }

    get reviewsDue(): ReviewLine[] {
        return (this.portfolio?.reviewsDue ?? []).map((review) => ({
            key: review.accountId ?? '',
            accountName: review.name ?? '',
            href: recordUrl(review.accountId ?? ''),
            isOverdue: review.isOverdue === true,
            when: reviewWhen(review),
            last: review.lastReviewOn ? formatLabel(REVIEW_LAST, formatDate(review.lastReviewOn)) : REVIEW_NEVER
        }));
    }

    get hasReviewsDue(): boolean {
        return this.reviewsDue.length > 0;
    }

    get reviewsMoreText(): string {
        const count = this.portfolio?.reviewDueCount ?? 0;
        return count > this.reviewsDue.length ? formatLabel(REVIEWS_MORE, count) : '';
    }

    // Plans at risk.

    get plansTitle(): string {
        return formatLabel(PLANS_AT_RISK, this.portfolio?.planAtRiskCount ?? 0);
    }

    get plansUnavailable(): boolean {
        return this.portfolio?.plansAvailable === false;
    }

    get plansAtRisk(): PlanLine[] {
        return (this.portfolio?.plansAtRisk ?? []).map((plan) => ({
            key: plan.planId ?? '',
            planName: plan.planName ?? '',
            accountId: plan.accountId ?? '',
            accountName: plan.accountName ?? '',
            href: recordUrl(plan.accountId ?? ''),
            reasons: planReasons(plan).join('; ')
        }));
    }

    get hasPlansAtRisk(): boolean {
        return this.plansAtRisk.length > 0;
    }

    get plansMoreText(): string {
        const count = this.portfolio?.planAtRiskCount ?? 0;
        return count > this.plansAtRisk.length ? formatLabel(PLANS_MORE, count) : '';
    }

    // Capacity.

    get capacity(): NonNullable<Portfolio['capacity']> | undefined {
        return this.portfolio?.capacity ?? undefined;
    }

    get hasCapacity(): boolean {
        return this.capacity !== undefined;
    }

    /** The meter's value: the share of capacity used, up to full; the text says how far over it is. */
    get capacityMeterValue(): number {
        return Math.min(Math.max(this.capacity?.arrPercent ?? 0, 0), 100);
    }

    get capacityPercentText(): string {
        return formatLabel(CAPACITY_PERCENT, this.capacity?.arrPercent ?? 0);
    }

    get isOverCapacity(): boolean {
        return (this.capacity?.arrPercent ?? 0) > 100;
    }

    get touchModelText(): string {
        const capacity = this.capacity;
        switch (capacity?.touchModel) {
            case 'High Touch':
                return formatLabel(TOUCH_MODEL_HIGH, capacity.highTouchMaxAccounts);
            case 'Low Touch':
                return formatLabel(TOUCH_MODEL_LOW, capacity.highTouchMaxAccounts, capacity.lowTouchMaxAccounts);
            case 'Tech Touch':
                return formatLabel(TOUCH_MODEL_TECH, capacity.lowTouchMaxAccounts);
            default:
                return capacity?.touchModel ?? '';
        }
    }

    get touchesDueText(): string {
        return this.capacity?.touchesComputed ? String(this.capacity.touchesDue ?? 0) : CAPACITY_TOUCHES_PENDING;
    }

    get bandCounts(): BandCount[] {
        const p = this.portfolio;
        const counts: [string, number | null | undefined][] = [
            ['Red', p?.redCount],
            ['Yellow', p?.yellowCount],
            ['Green', p?.greenCount],
            ['None', p?.unbandedCount]
        ];
        return counts.map(([band, count]) => ({
            key: band,
            band: band === 'None' ? '' : band,
            count: count ?? 0
        }));
    }

    /** Opens the account through Lightning navigation; the link's href still works for a new tab. */
    handleOpenAccount(event: MouseEvent): void {
        const accountId = (event.currentTarget as HTMLElement).dataset.accountId;
        if (!accountId) {
            return;
        }
        event.preventDefault();
        navigate(this, recordPage(accountId, 'Account'));
    }
}

/** The record page's Lightning URL, for the link's href (opening in a new tab); a click navigates in the app. */
function recordUrl(accountId: string): string {
    return urlOf(recordPage(accountId, 'Account'));
}

/** A planned review by its type and date; otherwise the day the cadence makes it due, or since when it is overdue. */
function reviewWhen(review: ReviewDue): string {
    const date = review.dueOn ? formatDate(review.dueOn) : '';
    if (review.isPlanned) {
        return formatLabel(REVIEW_PLANNED_ON, review.reviewType ?? '', date);
    }
    return formatLabel(review.isOverdue ? REVIEW_OVERDUE_SINCE : REVIEW_DUE_ON, date);
}

/** Every reason the plan is at risk, in the order a CSM would act on them. */
function planReasons(plan: PlanAtRisk): string[] {
    const reasons: string[] = [];
    if (plan.isMarkedAtRisk) {
        reasons.push(PLAN_MARKED_AT_RISK);
    }
    if ((plan.objectivesAtRisk ?? 0) > 0) {
        reasons.push(formatLabel(PLAN_OBJECTIVES_AT_RISK, plan.objectivesAtRisk));
    }
    if ((plan.overdueMilestones ?? 0) > 0) {
        reasons.push(formatLabel(PLAN_MILESTONES_OVERDUE, plan.overdueMilestones));
    }
    if (plan.isPastTarget && plan.targetDate) {
        reasons.push(formatLabel(PLAN_PAST_TARGET, formatDate(plan.targetDate)));
    }
    return reasons;
}

function lastTouchText(row: PortfolioRow, touchesUnavailable: boolean): string {
    if (touchesUnavailable) {
        return '';
    }
    return row.lastTouchOn ? formatLabel(TOUCH_LAST, formatDate(row.lastTouchOn)) : TOUCH_NEVER;
}
