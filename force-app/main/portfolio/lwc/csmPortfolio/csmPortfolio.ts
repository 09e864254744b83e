import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin, type PageReference } from 'lightning/navigation';
import CURRENCY from '@salesforce/i18n/currency';
import getPortfolio from '@salesforce/apex/PortfolioController.getPortfolio';
import { reduceErrors } from 'c/errors';
import { formatDate, formatDateTime, formatLabel, formatNumber } from 'c/formatting';
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
import BAND_NONE from '@salesforce/label/c.PortfolioBandNone';
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
import BAND_RED from '@salesforce/label/c.HealthBandRed';
import BAND_YELLOW from '@salesforce/label/c.HealthBandYellow';
import BAND_GREEN from '@salesforce/label/c.HealthBandGreen';

type Portfolio = Awaited<ReturnType<typeof getPortfolio>>;
type PortfolioRow = NonNullable<Portfolio['rows']>[number];

interface WiredPortfolio {
    data?: Portfolio;
    error?: unknown;
}

interface Navigator {
    [NavigationMixin.Navigate](pageReference: PageReference): void;
}

interface Row {
    key: string;
    accountName: string;
    href: string;
    bandName: string;
    bandClass: string;
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
    bandName: string;
    bandClass: string;
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

const BAND_NAMES: Record<string, string> = { Red: BAND_RED, Yellow: BAND_YELLOW, Green: BAND_GREEN, None: BAND_NONE };
const CADENCE_NAMES: Record<string, string> = {
    Daily: CADENCE_DAILY,
    Weekly: CADENCE_WEEKLY,
    Monthly: CADENCE_MONTHLY
};
const DEFAULT_PAGE_SIZE = 25;

/**
 * The CSM home: the running user's accounts ranked by risk, filtered by band and lifecycle stage and paged, with
 * each account's touch cadence and whether a touch is overdue, the renewals coming up and the open alerts. One
 * cacheable Apex call renders it; changing a filter or the page asks for the matching page.
 */
export default class CsmPortfolio extends NavigationMixin(LightningElement) {
    /** Design attribute: accounts per page. */
    @api pageSize = DEFAULT_PAGE_SIZE;

    band = '';
    lifecycleStage = '';
    pageNumber = 1;

    portfolio?: Portfolio;
    errorMessages: string[] = [];
    isLoading = true;
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
        alertsEmpty: ALERTS_EMPTY
    };

    readonly currencyCode = CURRENCY;

    readonly bandOptions = [
        { label: FILTER_ALL, value: '' },
        ...['Red', 'Yellow', 'Green', 'None'].map((value) => ({ label: BAND_NAMES[value], value }))
    ];

    @wire(getPortfolio, {
        band: '$band',
        lifecycleStage: '$lifecycleStage',
        pageSize: '$effectivePageSize',
        pageNumber: '$pageNumber'
    })
    wiredPortfolio({ data, error }: WiredPortfolio): void {
        if (data) {
            this.portfolio = data;
            this.errorMessages = [];
            this.isLoading = false;
            this.isRefreshing = false;
        } else if (error) {
            this.portfolio = undefined;
            this.errorMessages = reduceErrors(error);
            this.isLoading = false;
            this.isRefreshing = false;
        }
    }

    get effectivePageSize(): number {
        const size = Number(this.pageSize);
        return Number.isInteger(size) && size >= 1 && size <= 100 ? size : DEFAULT_PAGE_SIZE;
    }

    // States.

    get isNoAccess(): boolean {
        return this.errorMessages.includes(ERROR_NO_ACCESS);
    }

    get isOtherError(): boolean {
        return this.errorMessages.length > 0 && !this.isNoAccess;
    }

    get isEmptyBook(): boolean {
        return this.portfolio?.bookSize === 0;
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
            bandName: bandName(row.band),
            bandClass: bandClass(row.band),
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
            bandName: bandName(renewal.band),
            bandClass: bandClass(renewal.band)
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

    /** Opens the account through Lightning navigation; the link's href still works for a new tab. */
    handleOpenAccount(event: MouseEvent): void {
        const accountId = (event.currentTarget as HTMLElement).dataset.accountId;
        if (!accountId) {
            return;
        }
        event.preventDefault();
        (this as unknown as Navigator)[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId: accountId, objectApiName: 'Account', actionName: 'view' }
        });
    }
}

function bandName(band: string | null | undefined): string {
    return BAND_NAMES[band ?? 'None'] ?? band ?? '';
}

function bandClass(band: string | null | undefined): string {
    return `band-badge band-badge_${(band ?? 'none').toLowerCase()}`;
}

/** The record page's Lightning URL, for the link's href (opening in a new tab); a click navigates in the app. */
function recordUrl(accountId: string): string {
    return `/lightning/r/Account/${accountId}/view`;
}

function lastTouchText(row: PortfolioRow, touchesUnavailable: boolean): string {
    if (touchesUnavailable) {
        return '';
    }
    return row.lastTouchOn ? formatLabel(TOUCH_LAST, formatDate(row.lastTouchOn)) : TOUCH_NEVER;
}
