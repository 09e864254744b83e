import { LightningElement, wire } from 'lwc';
import getModelSetup from '@salesforce/apex/HealthModelAdminController.getModelSetup';
import validateModel from '@salesforce/apex/HealthModelAdminController.validateModel';
import previewModel from '@salesforce/apex/HealthModelAdminController.previewModel';
import saveModel from '@salesforce/apex/HealthModelAdminController.saveModel';
import getDeploymentStatus from '@salesforce/apex/HealthModelAdminController.getDeploymentStatus';
import { refreshApex } from '@salesforce/apex';
import { reduceErrors } from 'c/errors';
import { BANDS as BAND_VALUES, bandName } from 'c/bands';
import { formatDateTime, formatLabel, formatNumber, formatSignedNumber } from 'c/formatting';
import TITLE from '@salesforce/label/c.HealthEditorTitle';
import LOADING from '@salesforce/label/c.HealthEditorLoading';
import LOAD_ERROR from '@salesforce/label/c.HealthEditorLoadError';
import EMPTY from '@salesforce/label/c.HealthEditorEmpty';
import MODEL from '@salesforce/label/c.HealthEditorModel';
import MODEL_INACTIVE from '@salesforce/label/c.HealthEditorModelInactive';
import BANDS from '@salesforce/label/c.HealthEditorBands';
import RED_UP_TO from '@salesforce/label/c.HealthEditorRedUpTo';
import YELLOW_UP_TO from '@salesforce/label/c.HealthEditorYellowUpTo';
import MINIMUM_COVERAGE from '@salesforce/label/c.HealthEditorMinimumCoverage';
import BANDS_HELP from '@salesforce/label/c.HealthEditorBandsHelp';
import FACTORS from '@salesforce/label/c.HealthEditorFactors';
import FACTORS_CAPTION from '@salesforce/label/c.HealthEditorFactorsCaption';
import FACTORS_EMPTY from '@salesforce/label/c.HealthEditorFactorsEmpty';
import FACTOR from '@salesforce/label/c.HealthEditorFactor';
import METRIC from '@salesforce/label/c.HealthEditorMetric';
import WEIGHT from '@salesforce/label/c.HealthEditorWeight';
import RED_THRESHOLD from '@salesforce/label/c.HealthEditorRedThreshold';
import GREEN_THRESHOLD from '@salesforce/label/c.HealthEditorGreenThreshold';
import DIRECTION from '@salesforce/label/c.HealthEditorDirection';
import STALENESS_DAYS from '@salesforce/label/c.HealthEditorStalenessDays';
import UNIT from '@salesforce/label/c.HealthEditorUnit';
import FIELD_OF from '@salesforce/label/c.HealthEditorFieldOf';
import ADD_FACTOR from '@salesforce/label/c.HealthEditorAddFactor';
import REMOVE_FACTOR from '@salesforce/label/c.HealthEditorRemoveFactor';
import NEW_FACTOR from '@salesforce/label/c.HealthEditorNewFactor';
import RESET from '@salesforce/label/c.HealthEditorReset';
import CHECKS from '@salesforce/label/c.HealthEditorChecks';
import CHECKS_HINT from '@salesforce/label/c.HealthEditorChecksHint';
import CHECKING from '@salesforce/label/c.HealthEditorChecking';
import NO_PROBLEMS from '@salesforce/label/c.HealthEditorNoProblems';
import PROBLEM_COUNT from '@salesforce/label/c.HealthEditorProblemCount';
import CHECK_FAILED from '@salesforce/label/c.HealthEditorCheckFailed';
import WHAT_IF from '@salesforce/label/c.HealthEditorWhatIf';
import WHAT_IF_HELP from '@salesforce/label/c.HealthEditorWhatIfHelp';
import SAMPLE_SIZE from '@salesforce/label/c.HealthEditorSampleSize';
import RUN_WHAT_IF from '@salesforce/label/c.HealthEditorRunWhatIf';
import WHAT_IF_RUNNING from '@salesforce/label/c.HealthEditorWhatIfRunning';
import WHAT_IF_FAILED from '@salesforce/label/c.HealthEditorWhatIfFailed';
import WHAT_IF_STALE from '@salesforce/label/c.HealthEditorWhatIfStale';
import SAMPLED from '@salesforce/label/c.HealthEditorSampled';
import DISTRIBUTION from '@salesforce/label/c.HealthEditorDistribution';
import DISTRIBUTION_CAPTION from '@salesforce/label/c.HealthEditorDistributionCaption';
import BUCKET_COUNTS from '@salesforce/label/c.HealthEditorBucketCounts';
import BAND from '@salesforce/label/c.HealthEditorBand';
import STORED from '@salesforce/label/c.HealthEditorStored';
import DRAFT from '@salesforce/label/c.HealthEditorDraft';
import CHANGE from '@salesforce/label/c.HealthEditorChange';
import BUCKET_INSUFFICIENT_DATA from '@salesforce/label/c.HealthEditorInsufficientData';
import BUCKET_NOT_SCORED from '@salesforce/label/c.HealthEditorNotScored';
import MOVERS from '@salesforce/label/c.HealthEditorMovers';
import MOVERS_CAPTION from '@salesforce/label/c.HealthEditorMoversCaption';
import MOVERS_EMPTY from '@salesforce/label/c.HealthEditorMoversEmpty';
import ACCOUNT from '@salesforce/label/c.HealthEditorAccount';
import STORED_SCORE from '@salesforce/label/c.HealthEditorStoredScore';
import DRAFT_SCORE from '@salesforce/label/c.HealthEditorDraftScore';
import SAVE from '@salesforce/label/c.HealthEditorSave';
import SAVE_BLOCKED from '@salesforce/label/c.HealthEditorSaveBlocked';
import SAVE_FAILED from '@salesforce/label/c.HealthEditorSaveFailed';
import DEPLOYING from '@salesforce/label/c.HealthEditorDeploying';
import DEPLOY_SUCCEEDED from '@salesforce/label/c.HealthEditorDeploySucceeded';
import DEPLOY_FAILED from '@salesforce/label/c.HealthEditorDeployFailed';
import ERROR_ADMIN_ONLY from '@salesforce/label/c.HealthErrorAdminOnly';

type ModelSetup = Awaited<ReturnType<typeof getModelSetup>>;
type ModelDefinition = NonNullable<ModelSetup['models']>[number];
type FactorDefinition = NonNullable<ModelDefinition['factors']>[number];
type Problem = Awaited<ReturnType<typeof validateModel>>[number];
type PreviewResult = Awaited<ReturnType<typeof previewModel>>;
type DeploymentStatus = Awaited<ReturnType<typeof getDeploymentStatus>>;

interface WiredSetup {
    data?: ModelSetup;
    error?: unknown;
}

/** A factor as the editor holds it: the definition, plus a key that survives edits and removals. */
interface DraftFactor extends FactorDefinition {
    key: string;
    /** Added in the editor: its label follows its metric. */
    isNew: boolean;
}

interface DraftModel extends Omit<ModelDefinition, 'factors'> {
    factors: DraftFactor[];
}

interface Option {
    label: string;
    value: string;
}

interface FactorRow {
    key: string;
    index: number;
    factorName: string;
    metric: string;
    weight: number | null;
    redThreshold: number | null;
    greenThreshold: number | null;
    direction: string;
    stalenessDays: number | null;
    unit: string;
    metricLabel: string;
    weightLabel: string;
    redLabel: string;
    greenLabel: string;
    directionLabel: string;
    stalenessLabel: string;
    removeLabel: string;
}

interface ProblemLine {
    key: string;
    message: string;
}

interface BucketRow {
    key: string;
    bucket: string;
    bucketName: string;
    stored: number;
    draft: number;
    change: string;
}

interface ChartBar {
    key: string;
    labelY: number;
    bucketName: string;
    storedY: number;
    storedWidth: number;
    storedTextX: number;
    storedTextY: number;
    stored: number;
    draftY: number;
    draftWidth: number;
    draftTextX: number;
    draftTextY: number;
    draft: number;
    draftClass: string;
}

interface MoverRow {
    key: string;
    accountName: string;
    stored: string;
    draft: string;
    change: string;
}

// The buckets of the preview beyond the bands: accounts the draft cannot band.
const BUCKET_NAMES: Record<string, string> = {
    'Insufficient data': BUCKET_INSUFFICIENT_DATA,
    'Not scored': BUCKET_NOT_SCORED
};

/** How long an admin may pause typing before the draft is checked. */
export const VALIDATE_DELAY_MS = 400;
/** How often a pending deployment is asked about; a model deployment takes seconds to a minute. */
export const POLL_INTERVAL_MS = 2000;
const STATUS_PENDING = 'Pending';
const STATUS_SUCCEEDED = 'Succeeded';
const STATUS_FAILED = 'Failed';

// The distribution chart's drawing box: a row per bucket, the stored bar above the draft bar.
const CHART_WIDTH = 420;
const CHART_LABEL_WIDTH = 120;
const CHART_BAR_SPACE = 250;
const CHART_ROW_HEIGHT = 40;
const CHART_BAR_HEIGHT = 14;

/**
 * The setup page's health model editor: pick a saved model, change its bands, minimum coverage and factors, see the
 * problems the validator finds as you type, and run a what-if that scores a sample of accounts with the unsaved
 * draft beside their stored scores; Save checks the draft once more, then deploys it as Custom Metadata and follows
 * the deployment until it succeeds or fails. One cacheable Apex call renders it; checking, the what-if and saving
 * call Apex imperatively with the draft as JSON.
 */
export default class HealthModelEditor extends LightningElement {
    setup?: ModelSetup;
    errorMessages: string[] = [];
    isLoading = true;

    selectedModel = '';
    draft?: DraftModel;
    sampleSize = 0;

    problems: Problem[] = [];
    checkErrors: string[] = [];
    isChecking = false;
    hasChecked = false;

    preview?: PreviewResult;
    previewErrors: string[] = [];
    isPreviewing = false;
    /** The draft changed after the what-if ran, so its figures describe an earlier draft. */
    isPreviewStale = false;

    isSaving = false;
    saveErrors: string[] = [];
    /** The save was refused because the draft has problems (listed under Checks). */
    isSaveBlocked = false;
    deployment?: DeploymentStatus;

    private wiredResult?: WiredSetup;
    private newFactorCount = 0;
    private validateTimer?: ReturnType<typeof setTimeout>;
    private pollTimer?: ReturnType<typeof setTimeout>;
    /** Each check is numbered, so an answer that arrives after a newer check was sent is ignored. */
    private checkSequence = 0;

    readonly labels = {
        title: TITLE,
        loading: LOADING,
        loadError: LOAD_ERROR,
        empty: EMPTY,
        model: MODEL,
        bands: BANDS,
        redUpTo: RED_UP_TO,
        yellowUpTo: YELLOW_UP_TO,
        minimumCoverage: MINIMUM_COVERAGE,
        factors: FACTORS,
        factorsCaption: FACTORS_CAPTION,
        factorsEmpty: FACTORS_EMPTY,
        factor: FACTOR,
        metric: METRIC,
        weight: WEIGHT,
        redThreshold: RED_THRESHOLD,
        greenThreshold: GREEN_THRESHOLD,
        direction: DIRECTION,
        stalenessDays: STALENESS_DAYS,
        unit: UNIT,
        addFactor: ADD_FACTOR,
        reset: RESET,
        checks: CHECKS,
        checksHint: CHECKS_HINT,
        checking: CHECKING,
        noProblems: NO_PROBLEMS,
        checkFailed: CHECK_FAILED,
        whatIf: WHAT_IF,
        whatIfHelp: WHAT_IF_HELP,
        sampleSize: SAMPLE_SIZE,
        runWhatIf: RUN_WHAT_IF,
        whatIfRunning: WHAT_IF_RUNNING,
        whatIfFailed: WHAT_IF_FAILED,
        whatIfStale: WHAT_IF_STALE,
        distribution: DISTRIBUTION,
        distributionCaption: DISTRIBUTION_CAPTION,
        band: BAND,
        stored: STORED,
        draft: DRAFT,
        change: CHANGE,
        movers: MOVERS,
        moversCaption: MOVERS_CAPTION,
        moversEmpty: MOVERS_EMPTY,
        account: ACCOUNT,
        storedScore: STORED_SCORE,
        draftScore: DRAFT_SCORE,
        save: SAVE,
        saveBlocked: SAVE_BLOCKED,
        saveFailed: SAVE_FAILED
    };

    @wire(getModelSetup)
    wiredSetup(result: WiredSetup): void {
        this.wiredResult = result;
        const { data, error } = result;
        if (data) {
            this.setup = data;
            this.errorMessages = [];
            this.isLoading = false;
            this.sampleSize = this.sampleSize || (data.maxSampleSize ?? 0);
            const models = data.models ?? [];
            const kept = models.find((model) => model.developerName === this.selectedModel);
            this.selectModel(kept ?? models[0]);
        } else if (error) {
            this.setup = undefined;
            this.errorMessages = reduceErrors(error);
            this.isLoading = false;
        }
    }

    override disconnectedCallback(): void {
        clearTimeout(this.validateTimer);
        clearTimeout(this.pollTimer);
    }

    // States.

    get hasError(): boolean {
        return this.errorMessages.length > 0;
    }

    /** getModelSetup refuses anyone but an admin: a permission to ask for, not a failure. */
    get errorKind(): string {
        return this.errorMessages.includes(ERROR_ADMIN_ONLY) ? 'no-access' : 'error';
    }

    get errorSummary(): string {
        return this.errorKind === 'no-access' ? ERROR_ADMIN_ONLY : LOAD_ERROR;
    }

    get isEmpty(): boolean {
        return this.setup !== undefined && (this.setup.models ?? []).length === 0;
    }

    get hasDraft(): boolean {
        return this.draft !== undefined && !this.isLoading;
    }

    // The model picker.

    get modelOptions(): Option[] {
        return (this.setup?.models ?? []).map((model) => {
            const name = model.label ?? model.developerName ?? '';
            return {
                label: model.isActive === false ? formatLabel(MODEL_INACTIVE, name) : name,
                value: model.developerName ?? ''
            };
        });
    }

    handleModelChange(event: CustomEvent<{ value: string }>): void {
        this.clearSave();
        this.selectModel((this.setup?.models ?? []).find((model) => model.developerName === event.detail.value));
    }

    handleReset(): void {
        this.clearSave();
        this.selectModel((this.setup?.models ?? []).find((model) => model.developerName === this.selectedModel));
    }

    private selectModel(model: ModelDefinition | undefined): void {
        clearTimeout(this.validateTimer);
        this.checkSequence++;
        this.selectedModel = model?.developerName ?? '';
        this.draft = model ? toDraft(model) : undefined;
        this.problems = [];
        this.checkErrors = [];
        this.isChecking = false;
        this.hasChecked = false;
        this.preview = undefined;
        this.previewErrors = [];
        this.isPreviewStale = false;
    }

    // Bands and coverage.

    get bandsHelp(): string {
        const draft = this.draft;
        return formatLabel(BANDS_HELP, numberText(draft?.redUpperBound), numberText(draft?.yellowUpperBound));
    }

    handleModelFieldChange(event: CustomEvent<{ value: string }>): void {
        const field = (event.target as HTMLElement).dataset.field as 'redUpperBound' | 'yellowUpperBound' | string;
        if (!this.draft || !['redUpperBound', 'yellowUpperBound', 'minimumCoverage'].includes(field)) {
            return;
        }
        this.draft = { ...this.draft, [field]: toNumber(event.detail.value) };
        this.draftChanged();
    }

    // Factors.

    get metricOptions(): Option[] {
        return (this.setup?.metrics ?? []).map((metric) => ({ label: metric.label ?? '', value: metric.key ?? '' }));
    }

    get directionOptions(): Option[] {
        return (this.setup?.directions ?? []).map((direction) => ({ label: direction, value: direction }));
    }

    get hasFactors(): boolean {
        return (this.draft?.factors ?? []).length > 0;
    }

    get factorRows(): FactorRow[] {
        return (this.draft?.factors ?? []).map((factor, index) => {
            const name = factor.label ?? factor.developerName ?? '';
            return {
                key: factor.key,
                index,
                factorName: name,
                metric: factor.metric ?? '',
                weight: factor.weight ?? null,
                redThreshold: factor.redThreshold ?? null,
                greenThreshold: factor.greenThreshold ?? null,
                direction: factor.direction ?? '',
                stalenessDays: factor.stalenessDays ?? null,
                unit: factor.unit ?? '',
                metricLabel: formatLabel(FIELD_OF, METRIC, name),
                weightLabel: formatLabel(FIELD_OF, WEIGHT, name),
                redLabel: formatLabel(FIELD_OF, RED_THRESHOLD, name),
                greenLabel: formatLabel(FIELD_OF, GREEN_THRESHOLD, name),
                directionLabel: formatLabel(FIELD_OF, DIRECTION, name),
                stalenessLabel: formatLabel(FIELD_OF, STALENESS_DAYS, name),
                removeLabel: formatLabel(REMOVE_FACTOR, name)
            };
        });
    }

    handleFactorChange(event: CustomEvent<{ value: string }>): void {
        const { index, field } = (event.target as HTMLElement).dataset;
        const position = Number(index);
        const factor = this.draft?.factors[position];
        if (!this.draft || !factor || !field) {
            return;
        }
        const value = event.detail.value;
        let changed: DraftFactor;
        if (field === 'metric') {
            const metric = (this.setup?.metrics ?? []).find((candidate) => candidate.key === value);
            changed = {
                ...factor,
                metric: value,
                unit: metric?.unit ?? factor.unit,
                label: factor.isNew ? (metric?.label ?? factor.label) : factor.label
            };
        } else if (field === 'direction') {
            changed = { ...factor, direction: value };
        } else if (['weight', 'redThreshold', 'greenThreshold', 'stalenessDays'].includes(field)) {
            changed = { ...factor, [field]: toNumber(value) };
        } else {
            return;
        }
        const factors = [...this.draft.factors];
        factors[position] = changed;
        this.draft = { ...this.draft, factors };
        this.draftChanged();
    }

    handleAddFactor(): void {
        if (!this.draft) {
            return;
        }
        this.newFactorCount++;
        const order = Math.max(0, ...this.draft.factors.map((factor) => factor.displayOrder ?? 0)) + 1;
        const added: DraftFactor = {
            key: `new-${this.newFactorCount}`,
            isNew: true,
            developerName: `${this.draft.developerName ?? 'Model'}_New${this.newFactorCount}`,
            label: formatLabel(NEW_FACTOR, this.newFactorCount),
            metric: null,
            weight: null,
            direction: this.setup?.directions?.[0] ?? null,
            redThreshold: null,
            greenThreshold: null,
            stalenessDays: null,
            displayOrder: order,
            unit: null
        };
        this.draft = { ...this.draft, factors: [...this.draft.factors, added] };
        this.draftChanged();
    }

    handleRemoveFactor(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.key;
        if (!this.draft) {
            return;
        }
        this.draft = { ...this.draft, factors: this.draft.factors.filter((factor) => factor.key !== key) };
        this.draftChanged();
    }

    // Checks: the validator's answer for the draft, a moment after the last edit.

    private draftChanged(): void {
        this.isPreviewStale = this.preview !== undefined;
        clearTimeout(this.validateTimer);
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- debounce: one check once the admin pauses typing
        this.validateTimer = setTimeout(() => {
            this.check().catch(() => undefined);
        }, VALIDATE_DELAY_MS);
    }

    /**
     * Sends the draft to validateModel.
     * @returns the problems found, or undefined when the check failed or a newer one superseded it
     */
    private async check(): Promise<Problem[] | undefined> {
        const sequence = ++this.checkSequence;
        this.isChecking = true;
        try {
            const problems = await validateModel({ modelJson: this.draftJson });
            if (sequence !== this.checkSequence) {
                return undefined;
            }
            this.problems = problems ?? [];
            this.checkErrors = [];
            this.hasChecked = true;
            return this.problems;
        } catch (error) {
            if (sequence === this.checkSequence) {
                this.checkErrors = reduceErrors(error);
                this.problems = [];
                this.hasChecked = false;
            }
            return undefined;
        } finally {
            if (sequence === this.checkSequence) {
                this.isChecking = false;
            }
        }
    }

    get hasProblems(): boolean {
        return this.problems.length > 0;
    }

    get hasCheckErrors(): boolean {
        return this.checkErrors.length > 0;
    }

    get showNoProblems(): boolean {
        return this.hasChecked && !this.hasProblems && !this.isChecking;
    }

    get problemCountText(): string {
        return formatLabel(PROBLEM_COUNT, this.problems.length);
    }

    get problemLines(): ProblemLine[] {
        return this.problems.map((problem, index) => ({
            key: `${index}:${problem.code ?? ''}`,
            message: problem.message ?? ''
        }));
    }

    /** The draft as validateModel and previewModel read it: a HealthModelDefinition without the editor's keys. */
    get draftJson(): string {
        const draft = this.draft;
        if (!draft) {
            return '';
        }
        return JSON.stringify({
            ...draft,
            factors: draft.factors.map(({ key: _key, isNew: _isNew, ...factor }) => factor)
        });
    }

    // The what-if.

    get minSampleSize(): number {
        return this.setup?.minSampleSize ?? 1;
    }

    get maxSampleSize(): number {
        return this.setup?.maxSampleSize ?? 1;
    }

    handleSampleSizeChange(event: CustomEvent<{ value: string }>): void {
        this.sampleSize = toNumber(event.detail.value) ?? 0;
    }

    async handleRunWhatIf(): Promise<void> {
        this.isPreviewing = true;
        this.previewErrors = [];
        try {
            this.preview = await previewModel({ modelDraft: this.draftJson, sampleSize: this.sampleSize });
            this.isPreviewStale = false;
        } catch (error) {
            this.preview = undefined;
            this.previewErrors = reduceErrors(error);
        } finally {
            this.isPreviewing = false;
        }
    }

    get hasPreview(): boolean {
        return this.preview !== undefined;
    }

    get hasPreviewErrors(): boolean {
        return this.previewErrors.length > 0;
    }

    get sampledText(): string {
        return formatLabel(SAMPLED, this.preview?.sampleSize ?? 0);
    }

    get bucketRows(): BucketRow[] {
        return (this.preview?.distribution ?? [])
            .filter(
                (count) =>
                    BAND_VALUES.includes(count.bucket ?? '') ||
                    (count.currentCount ?? 0) > 0 ||
                    (count.draftCount ?? 0) > 0
            )
            .map((count) => {
                const bucket = count.bucket ?? '';
                const stored = count.currentCount ?? 0;
                const draft = count.draftCount ?? 0;
                return {
                    key: bucket,
                    bucket,
                    bucketName: BUCKET_NAMES[bucket] ?? bandName(bucket),
                    stored,
                    draft,
                    change: draft === stored ? '0' : formatSignedNumber(draft - stored, 0)
                };
            });
    }

    /** The chart read aloud: every bucket with its stored and draft counts. */
    get chartLabel(): string {
        return [
            `${DISTRIBUTION}.`,
            ...this.bucketRows.map((row) => `${formatLabel(BUCKET_COUNTS, row.bucketName, row.stored, row.draft)}.`)
        ].join(' ');
    }

    get chartBars(): ChartBar[] {
        const rows = this.bucketRows;
        const largest = Math.max(1, ...rows.flatMap((row) => [row.stored, row.draft]));
        const scale = (count: number): number => Math.round((count / largest) * CHART_BAR_SPACE);
        return rows.map((row, index) => {
            const top = index * CHART_ROW_HEIGHT + 4;
            const storedWidth = scale(row.stored);
            const draftWidth = scale(row.draft);
            return {
                key: row.key,
                labelY: top + CHART_BAR_HEIGHT + 4,
                bucketName: row.bucketName,
                storedY: top,
                storedWidth,
                storedTextX: CHART_LABEL_WIDTH + storedWidth + 6,
                storedTextY: top + CHART_BAR_HEIGHT - 3,
                stored: row.stored,
                draftY: top + CHART_BAR_HEIGHT + 2,
                draftWidth,
                draftTextX: CHART_LABEL_WIDTH + draftWidth + 6,
                draftTextY: top + 2 * CHART_BAR_HEIGHT - 1,
                draft: row.draft,
                draftClass: `chart__draft chart__draft_${row.bucket.toLowerCase().replace(/\s+/g, '-')}`
            };
        });
    }

    /** As tall as the buckets shown. */
    get chartViewBox(): string {
        return `0 0 ${CHART_WIDTH} ${CHART_ROW_HEIGHT * Math.max(1, this.bucketRows.length)}`;
    }

    get chartLabelX(): number {
        return CHART_LABEL_WIDTH - 8;
    }

    get chartBarX(): number {
        return CHART_LABEL_WIDTH;
    }

    get moverRows(): MoverRow[] {
        return (this.preview?.movers ?? []).map((mover) => ({
            key: mover.accountId ?? mover.name ?? '',
            accountName: mover.name ?? '',
            stored: scoreText(mover.oldScore, mover.oldBand),
            draft: scoreText(mover.newScore, mover.newBand),
            change: typeof mover.change === 'number' ? formatSignedNumber(mover.change) : ''
        }));
    }

    get hasMovers(): boolean {
        return this.moverRows.length > 0;
    }

    // Save: check once more, deploy, and follow the deployment.

    async handleSave(): Promise<void> {
        clearTimeout(this.validateTimer);
        clearTimeout(this.pollTimer);
        this.clearSave();
        this.isSaving = true;
        const problems = await this.check();
        if (problems === undefined || problems.length > 0) {
            // The check failed (its error shows under Checks) or found problems: nothing is deployed.
            this.isSaveBlocked = problems !== undefined;
            this.isSaving = false;
            return;
        }
        try {
            const deploymentId = await saveModel({ modelJson: this.draftJson });
            this.deployment = { deploymentId, status: STATUS_PENDING, message: null, completedAt: null };
            this.schedulePoll();
        } catch (error) {
            this.saveErrors = reduceErrors(error);
            this.isSaving = false;
        }
    }

    private clearSave(): void {
        clearTimeout(this.pollTimer);
        this.saveErrors = [];
        this.isSaveBlocked = false;
        this.deployment = undefined;
        this.isSaving = false;
    }

    private schedulePoll(): void {
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- a Metadata API deployment is asynchronous; poll it
        this.pollTimer = setTimeout(() => {
            this.poll().catch(() => undefined);
        }, POLL_INTERVAL_MS);
    }

    private async poll(): Promise<void> {
        const deploymentId = this.deployment?.deploymentId ?? null;
        try {
            const status = await getDeploymentStatus({ deploymentId });
            if (deploymentId !== (this.deployment?.deploymentId ?? null)) {
                return;
            }
            this.deployment = status;
            if (status.status === STATUS_PENDING) {
                this.schedulePoll();
                return;
            }
            this.isSaving = false;
            if (status.status === STATUS_SUCCEEDED) {
                // The saved models changed: read them again, keeping the model on screen selected.
                await refreshApex(this.wiredResult);
            }
        } catch (error) {
            this.saveErrors = reduceErrors(error);
            this.isSaving = false;
        }
    }

    get hasSaveErrors(): boolean {
        return this.saveErrors.length > 0;
    }

    get isDeploymentPending(): boolean {
        return this.deployment?.status === STATUS_PENDING;
    }

    get isDeploymentSucceeded(): boolean {
        return this.deployment?.status === STATUS_SUCCEEDED;
    }

    get isDeploymentFailed(): boolean {
        return this.deployment?.status === STATUS_FAILED;
    }

    get deployingText(): string {
        return formatLabel(DEPLOYING, this.deployment?.deploymentId ?? '');
    }

    get deploySucceededText(): string {
        const completedAt = this.deployment?.completedAt;
        return formatLabel(DEPLOY_SUCCEEDED, completedAt ? formatDateTime(completedAt) : '');
    }

    get deployFailedText(): string {
        return formatLabel(DEPLOY_FAILED, this.deployment?.message ?? '');
    }
}

function toDraft(model: ModelDefinition): DraftModel {
    return {
        ...model,
        factors: (model.factors ?? []).map((factor, index) => ({
            ...factor,
            key: factor.developerName ?? `factor-${index}`,
            isNew: false
        }))
    };
}

/** A number input's value: blank is no value, so the validator can say what is missing. */
function toNumber(value: string | number | null | undefined): number | null {
    if (value === null || value === undefined || String(value).trim() === '') {
        return null;
    }
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
}

function numberText(value: number | null | undefined): string {
    return typeof value === 'number' ? formatNumber(value, 0) : '—';
}

function scoreText(score: number | null | undefined, band: string | null | undefined): string {
    const number = typeof score === 'number' ? formatNumber(score) : '—';
    return band ? `${number} (${bandName(band)})` : number;
}
