import { LightningElement, api, wire } from 'lwc';
import getAccountHealth from '@salesforce/apex/AccountHealthController.getAccountHealth';
import { reduceErrors } from 'c/errors';
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
import BAND_RED from '@salesforce/label/c.HealthBandRed';
import BAND_YELLOW from '@salesforce/label/c.HealthBandYellow';
import BAND_GREEN from '@salesforce/label/c.HealthBandGreen';

type AccountHealth = Awaited<ReturnType<typeof getAccountHealth>>;

interface WiredHealth {
    data?: AccountHealth;
    error?: unknown;
}

const STATE_SCORED = 'Scored';
const STATE_INSUFFICIENT_DATA = 'Insufficient data';

const BAND_NAMES: Record<string, string> = { Red: BAND_RED, Yellow: BAND_YELLOW, Green: BAND_GREEN };

// The score ring: a circle whose stroke covers score% of its circumference.
const RING_RADIUS = 42;
const RING_CIRCUMFERENCE = 2 * Math.PI * RING_RADIUS;

/**
 * The Account page's health card: the stored score and band as an accessible ring, the coverage behind it,
 * and any override a CSM has set. One cacheable Apex call renders it.
 */
export default class HealthCard extends LightningElement {
    @api recordId?: string;

    health?: AccountHealth;
    errorMessages: string[] = [];
    isLoading = true;

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
        loadError: LOAD_ERROR
    };

    readonly ringRadius = RING_RADIUS;

    @wire(getAccountHealth, { accountId: '$recordId' })
    wiredHealth({ data, error }: WiredHealth): void {
        if (data) {
            this.health = data;
            this.errorMessages = [];
            this.isLoading = false;
        } else if (error) {
            this.health = undefined;
            this.errorMessages = reduceErrors(error);
            this.isLoading = false;
        }
    }

    get hasError(): boolean {
        return this.errorMessages.length > 0;
    }

    get isNoAccess(): boolean {
        return this.errorMessages.includes(ERROR_NO_ACCESS);
    }

    get isOtherError(): boolean {
        return this.hasError && !this.isNoAccess;
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
        const score = Math.min(Math.max(this.health?.score ?? 0, 0), 100);
        return `${((RING_CIRCUMFERENCE * score) / 100).toFixed(2)} ${RING_CIRCUMFERENCE.toFixed(2)}`;
    }

    get ringClass(): string {
        return `ring ring_${(this.health?.effectiveBand ?? 'none').toLowerCase()}`;
    }

    get bandBadgeClass(): string {
        return `band-badge band-badge_${(this.health?.effectiveBand ?? 'none').toLowerCase()}`;
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
}

function bandName(band: string | null | undefined): string {
    return band ? (BAND_NAMES[band] ?? band) : '';
}
