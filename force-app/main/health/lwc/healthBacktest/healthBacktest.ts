import { LightningElement } from 'lwc';
import getBacktest from '@salesforce/apex/HealthModelAdminController.getBacktest';
import { formatLabel, formatNumber, formatPercent } from 'c/formatting';
import TITLE from '@salesforce/label/c.HealthBacktestTitle';
import LOADING from '@salesforce/label/c.HealthBacktestLoading';
import LOAD_ERROR from '@salesforce/label/c.HealthBacktestLoadError';
import HORIZON from '@salesforce/label/c.HealthBacktestHorizon';
import RUN from '@salesforce/label/c.HealthBacktestRun';
import AUC from '@salesforce/label/c.HealthBacktestAuc';
import AUC_HELP from '@salesforce/label/c.HealthBacktestAucHelp';
import ACCOUNTS_USED from '@salesforce/label/c.HealthBacktestAccountsUsed';
import SUMMARY from '@salesforce/label/c.HealthBacktestSummary';
import CAPTION from '@salesforce/label/c.HealthBacktestCaption';
import BAND from '@salesforce/label/c.HealthBacktestBand';
import ACCOUNTS from '@salesforce/label/c.HealthBacktestAccounts';
import CHURNED from '@salesforce/label/c.HealthBacktestChurned';
import CHURN_RATE from '@salesforce/label/c.HealthBacktestChurnRate';
import NOT_ENOUGH from '@salesforce/label/c.HealthBacktestNotEnough';

type BacktestResult = Awaited<ReturnType<typeof getBacktest>>;

interface BandRow {
    key: string;
    band: string;
    accounts: string;
    churned: string;
    churnRate: string;
}

/** HealthBacktest.STATE_READY: enough outcomes of both kinds for figures. */
const STATE_READY = 'Ready';
/** HealthSettings.MAX_BACKTEST_HORIZON_DAYS. */
const MAX_HORIZON_DAYS = 730;

/**
 * "Does the score predict churn?" on the setup page: for accounts whose renewal has resolved, the churn rate per band
 * of the score they had some days before, and the AUC of the score against churn. One Apex call renders it, at the
 * org's default horizon; the admin can re-run it at another.
 */
export default class HealthBacktest extends LightningElement {
    result?: BacktestResult;
    loadError: unknown = null;
    isLoading = true;
    horizon = '';

    readonly maxHorizon = MAX_HORIZON_DAYS;

    readonly labels = {
        title: TITLE,
        loading: LOADING,
        loadError: LOAD_ERROR,
        horizon: HORIZON,
        run: RUN,
        auc: AUC,
        aucHelp: AUC_HELP,
        accountsUsed: ACCOUNTS_USED,
        caption: CAPTION,
        band: BAND,
        accounts: ACCOUNTS,
        churned: CHURNED,
        churnRate: CHURN_RATE,
        notEnough: NOT_ENOUGH
    };

    override connectedCallback(): void {
        // Blank: the org's default horizon (LodestarSetting__mdt.BacktestHorizonDays__c).
        this.run(null);
    }

    private async run(daysBefore: number | null): Promise<void> {
        this.isLoading = true;
        try {
            this.result = await getBacktest({ daysBefore });
            this.loadError = null;
            if (typeof this.result.daysBefore === 'number') {
                this.horizon = String(this.result.daysBefore);
            }
        } catch (error) {
            this.result = undefined;
            this.loadError = error;
        } finally {
            this.isLoading = false;
        }
    }

    handleHorizonChange(event: CustomEvent<{ value: string }>): void {
        this.horizon = event.detail.value;
    }

    handleRun(): void {
        const days = this.horizon.trim() === '' ? null : Number(this.horizon);
        this.run(days);
    }

    get hasLoadError(): boolean {
        return this.loadError !== null && this.loadError !== undefined && !this.isLoading;
    }

    get hasResult(): boolean {
        return this.result !== undefined && !this.isLoading;
    }

    get isReady(): boolean {
        return this.result?.state === STATE_READY;
    }

    get notEnoughMessage(): string {
        return this.result?.message ?? '';
    }

    get aucText(): string {
        return typeof this.result?.auc === 'number' ? formatNumber(this.result.auc, 3) : '';
    }

    get accountsUsedText(): string {
        return formatNumber(this.result?.accountsUsed ?? 0, 0);
    }

    get summaryText(): string {
        const result = this.result;
        return formatLabel(SUMMARY, result?.churned ?? 0, result?.renewed ?? 0, result?.daysBefore ?? '');
    }

    get bandRows(): BandRow[] {
        return (this.result?.bands ?? []).map((rate) => {
            const band = rate.band ?? '';
            return {
                key: band,
                band,
                accounts: formatNumber(rate.accounts ?? 0, 0),
                churned: formatNumber(rate.churned ?? 0, 0),
                churnRate: typeof rate.churnRate === 'number' ? formatPercent(rate.churnRate, 1) : '—'
            };
        });
    }
}
