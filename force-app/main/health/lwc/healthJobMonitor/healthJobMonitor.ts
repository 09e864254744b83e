import { LightningElement } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getJobStatus from '@salesforce/apex/HealthJobAdminController.getJobStatus';
import setSchedule from '@salesforce/apex/HealthJobAdminController.setSchedule';
import runNow from '@salesforce/apex/HealthJobAdminController.runNow';
import LOCALE from '@salesforce/i18n/locale';
import { reduceErrors } from 'c/errors';
import { formatDateTime, formatLabel, formatPercent } from 'c/formatting';
import TITLE from '@salesforce/label/c.HealthJobTitle';
import LOADING from '@salesforce/label/c.HealthJobLoading';
import LOAD_ERROR from '@salesforce/label/c.HealthJobLoadError';
import SCHEDULE_SECTION from '@salesforce/label/c.HealthJobScheduleSection';
import SCHEDULE_TOGGLE from '@salesforce/label/c.HealthJobScheduleToggle';
import HOUR from '@salesforce/label/c.HealthJobHour';
import SAVE from '@salesforce/label/c.HealthJobSave';
import SAVED from '@salesforce/label/c.HealthJobSaved';
import RUN_NOW from '@salesforce/label/c.HealthJobRunNow';
import RUN_STARTED from '@salesforce/label/c.HealthJobRunStarted';
import ACTION_FAILED from '@salesforce/label/c.HealthJobActionFailed';
import SCHEDULED_AT from '@salesforce/label/c.HealthJobScheduledAt';
import SCHEDULED_OTHER from '@salesforce/label/c.HealthJobScheduledOther';
import NOT_SCHEDULED from '@salesforce/label/c.HealthJobNotScheduled';
import LAST_RUN from '@salesforce/label/c.HealthJobLastRun';
import NEVER_RUN from '@salesforce/label/c.HealthJobNeverRun';
import RUN_STATUS from '@salesforce/label/c.HealthJobRunStatus';
import TRIGGERED_BY from '@salesforce/label/c.HealthJobTriggeredBy';
import STARTED_AT from '@salesforce/label/c.HealthJobStartedAt';
import FINISHED_AT from '@salesforce/label/c.HealthJobFinishedAt';
import DURATION from '@salesforce/label/c.HealthJobDuration';
import DURATION_SECONDS from '@salesforce/label/c.HealthJobDurationSeconds';
import ACCOUNTS_SCORED from '@salesforce/label/c.HealthJobAccountsScored';
import ACCOUNTS_FAILED from '@salesforce/label/c.HealthJobAccountsFailed';
import ACCOUNTS_INSUFFICIENT from '@salesforce/label/c.HealthJobAccountsInsufficient';
import ALERTS_RAISED from '@salesforce/label/c.HealthJobAlertsRaised';
import ERRORS from '@salesforce/label/c.HealthJobErrors';
import PROGRESS from '@salesforce/label/c.HealthJobProgress';
import PROGRESS_DETAIL from '@salesforce/label/c.HealthJobProgressDetail';
import QUEUED from '@salesforce/label/c.HealthJobQueued';

type JobStatus = Awaited<ReturnType<typeof getJobStatus>>;

interface SummaryField {
    key: string;
    labelKey: string;
    label: string;
    value: string;
}

/** How often the page asks for the job's progress while a batch runs. */
export const POLL_INTERVAL_MS = 5000;

const HOURS = Array.from({ length: 24 }, (_unused, hour) => hour);

/**
 * The nightly job on the setup page: the schedule (on or off, and the hour) with Save, Run now, the last run's
 * summary, and a progress bar while a scoring batch runs. One Apex call renders it; while a batch is queued or
 * running it asks again every few seconds, and stops when the batch ends or the component leaves the page.
 */
export default class HealthJobMonitor extends LightningElement {
    status?: JobStatus;
    loadError: unknown = null;
    isLoading = true;
    isWorking = false;

    scheduleEnabled = false;
    scheduleHour = '';

    private pollTimer?: ReturnType<typeof setTimeout>;
    private connected = false;

    readonly labels = {
        title: TITLE,
        loading: LOADING,
        loadError: LOAD_ERROR,
        scheduleSection: SCHEDULE_SECTION,
        scheduleToggle: SCHEDULE_TOGGLE,
        hour: HOUR,
        save: SAVE,
        runNow: RUN_NOW,
        lastRun: LAST_RUN,
        neverRun: NEVER_RUN,
        errors: ERRORS,
        progress: PROGRESS
    };

    readonly hourOptions = HOURS.map((hour) => ({ label: timeOfDay(hour), value: String(hour) }));

    override connectedCallback(): void {
        this.connected = true;
        this.load(true);
    }

    override disconnectedCallback(): void {
        this.connected = false;
        this.stopPolling();
    }

    /** Reads the status; the first read (and a save) also fills the schedule form. */
    private async load(fillForm: boolean): Promise<void> {
        try {
            this.apply(await getJobStatus({}), fillForm);
            this.loadError = null;
        } catch (error) {
            this.loadError = error;
            this.stopPolling();
        } finally {
            this.isLoading = false;
        }
    }

    private apply(status: JobStatus, fillForm: boolean): void {
        this.status = status;
        if (fillForm) {
            this.scheduleEnabled = status.scheduled === true;
            const hour = status.scheduled && typeof status.hour === 'number' ? status.hour : status.defaultHour;
            this.scheduleHour = typeof hour === 'number' ? String(hour) : '';
        }
        if (status.isRunning) {
            this.schedulePoll();
        } else {
            this.stopPolling();
        }
    }

    private schedulePoll(): void {
        if (!this.connected || this.pollTimer !== undefined) {
            return;
        }
        // Polling is the point: the page shows a batch's progress, which no wire or event reports.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.pollTimer = setTimeout(() => {
            this.pollTimer = undefined;
            this.load(false);
        }, POLL_INTERVAL_MS);
    }

    private stopPolling(): void {
        if (this.pollTimer !== undefined) {
            clearTimeout(this.pollTimer);
            this.pollTimer = undefined;
        }
    }

    // States.

    get hasLoadError(): boolean {
        return this.loadError !== null && this.loadError !== undefined;
    }

    get hasStatus(): boolean {
        return this.status !== undefined && !this.isLoading;
    }

    get isRunning(): boolean {
        return this.status?.isRunning === true;
    }

    get isRunNowDisabled(): boolean {
        return this.isWorking || this.isRunning;
    }

    get isHourDisabled(): boolean {
        return this.isWorking || !this.scheduleEnabled;
    }

    // The schedule.

    get scheduleText(): string {
        const status = this.status;
        if (!status?.scheduled) {
            return NOT_SCHEDULED;
        }
        const next = status.nextFireTime ? formatDateTime(status.nextFireTime) : '';
        if (typeof status.hour !== 'number') {
            return formatLabel(SCHEDULED_OTHER, next);
        }
        return formatLabel(SCHEDULED_AT, timeOfDay(status.hour), status.timeZone ?? '', next);
    }

    handleToggle(event: CustomEvent<{ checked: boolean }>): void {
        this.scheduleEnabled = event.detail.checked;
    }

    handleHourChange(event: CustomEvent<{ value: string }>): void {
        this.scheduleHour = event.detail.value;
    }

    async handleSave(): Promise<void> {
        const enabled = this.scheduleEnabled;
        const hour = enabled && this.scheduleHour !== '' ? Number(this.scheduleHour) : null;
        await this.runAction(() => setSchedule({ enabled, hour }), SAVED, true);
    }

    async handleRunNow(): Promise<void> {
        await this.runAction(() => runNow({}), RUN_STARTED, false);
    }

    private async runAction(call: () => Promise<JobStatus>, successMessage: string, fillForm: boolean): Promise<void> {
        this.isWorking = true;
        try {
            this.apply(await call(), fillForm);
            this.dispatchEvent(new ShowToastEvent({ title: successMessage, variant: 'success' }));
        } catch (error) {
            this.dispatchEvent(
                new ShowToastEvent({ title: ACTION_FAILED, message: reduceErrors(error).join(' '), variant: 'error' })
            );
        } finally {
            this.isWorking = false;
        }
    }

    // The batch under way.

    get percent(): number {
        return this.status?.runningJob?.percent ?? 0;
    }

    get progressText(): string {
        const job = this.status?.runningJob;
        if (!job || !job.totalJobItems) {
            return QUEUED;
        }
        return formatLabel(
            PROGRESS_DETAIL,
            job.jobItemsProcessed ?? 0,
            job.totalJobItems,
            formatPercent(job.percent ?? 0)
        );
    }

    // The last run.

    get hasLastRun(): boolean {
        return Boolean(this.status?.lastRun);
    }

    get lastRunFields(): SummaryField[] {
        const run = this.status?.lastRun;
        if (!run) {
            return [];
        }
        const fields: Array<[string, string, string | number | null | undefined]> = [
            ['status', RUN_STATUS, run.status],
            ['triggered-by', TRIGGERED_BY, run.triggeredBy],
            ['started-at', STARTED_AT, run.startedAt ? formatDateTime(run.startedAt) : null],
            ['finished-at', FINISHED_AT, run.finishedAt ? formatDateTime(run.finishedAt) : null],
            [
                'duration',
                DURATION,
                typeof run.durationSeconds === 'number' ? formatLabel(DURATION_SECONDS, run.durationSeconds) : null
            ],
            ['accounts-scored', ACCOUNTS_SCORED, run.accountsScored],
            ['accounts-insufficient', ACCOUNTS_INSUFFICIENT, run.accountsInsufficientData],
            ['accounts-failed', ACCOUNTS_FAILED, run.accountsFailed],
            ['alerts-raised', ALERTS_RAISED, run.alertsRaised]
        ];
        return fields
            .filter(([, , value]) => value !== null && value !== undefined && value !== '')
            .map(([key, label, value]) => ({
                key,
                labelKey: `${key}-label`,
                label,
                value: formatCount(value as string | number)
            }));
    }

    get errorSummary(): string {
        return this.status?.lastRun?.errorSummary ?? '';
    }
}

/** An hour of the day as the user's locale writes a time, e.g. "2:00 AM" or "02:00". */
function timeOfDay(hour: number): string {
    return new Intl.DateTimeFormat(LOCALE, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2000, 0, 1, hour))
    );
}

function formatCount(value: string | number): string {
    return typeof value === 'number' ? new Intl.NumberFormat(LOCALE).format(value) : value;
}
