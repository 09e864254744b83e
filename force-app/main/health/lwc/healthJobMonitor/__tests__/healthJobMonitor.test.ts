import HealthJobMonitor from 'c/healthJobMonitor';
import getJobStatus from '@salesforce/apex/HealthJobAdminController.getJobStatus';
import setSchedule from '@salesforce/apex/HealthJobAdminController.setSchedule';
import runNow from '@salesforce/apex/HealthJobAdminController.runNow';
import { apexError, flushPromises, mount, visibleText } from '../../../../../../jest/helpers';
import { jobStatus, lastRun, running } from '../../../../../../jest/fixtures/healthAdmin';

jest.mock(
    '@salesforce/apex/HealthJobAdminController.getJobStatus',
    () => ({ default: jest.requireActual('../../../../../../jest/apexMocks').apexMethodMock() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/HealthJobAdminController.setSchedule',
    () => ({ default: jest.requireActual('../../../../../../jest/apexMocks').apexMethodMock() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/HealthJobAdminController.runNow',
    () => ({ default: jest.requireActual('../../../../../../jest/apexMocks').apexMethodMock() }),
    { virtual: true }
);

const getJobStatusMock = getJobStatus as unknown as jest.Mock;
const setScheduleMock = setSchedule as unknown as jest.Mock;
const runNowMock = runNow as unknown as jest.Mock;

/** The poll interval of the component: every five seconds while a batch runs. */
const POLL_MS = 5000;

type Labelled = HTMLElement & { label: string; disabled?: boolean; value?: string; checked?: boolean };

function mountMonitor(): HTMLElement {
    return mount('c-health-job-monitor', HealthJobMonitor);
}

async function render(status = jobStatus()): Promise<HTMLElement> {
    getJobStatusMock.mockResolvedValueOnce(status);
    const monitor = mountMonitor();
    await flushPromises();
    return monitor;
}

function byDataId(monitor: HTMLElement, id: string): HTMLElement | null {
    return monitor.shadowRoot!.querySelector(`[data-id="${id}"]`);
}

/** A base component (button, input...) found by its label, as a user finds it. */
function byLabel(monitor: HTMLElement, selector: string, label: string): Labelled | undefined {
    return Array.from(monitor.shadowRoot!.querySelectorAll<Labelled>(selector)).find((el) => el.label === label);
}

function button(monitor: HTMLElement, label: string): Labelled {
    return byLabel(monitor, 'lightning-button', label)!;
}

function toggle(monitor: HTMLElement): Labelled {
    return byLabel(monitor, 'lightning-input', 'c.HealthJobScheduleToggle')!;
}

function hourPicker(monitor: HTMLElement): Labelled & { options: { label: string; value: string }[] } {
    return byLabel(monitor, 'lightning-combobox', 'c.HealthJobHour') as Labelled & {
        options: { label: string; value: string }[];
    };
}

function progressBar(monitor: HTMLElement): (HTMLElement & { value: number }) | null {
    return monitor.shadowRoot!.querySelector('lightning-progress-bar');
}

function toasts(monitor: HTMLElement): jest.Mock {
    const handler = jest.fn();
    monitor.addEventListener('lightning__showtoast', (event) => handler((event as CustomEvent).detail));
    return handler;
}

/** The last run's summary as the user reads it: label and value pairs. */
function summary(monitor: HTMLElement): Record<string, string> {
    const section = byDataId(monitor, 'last-run')!;
    const labels = Array.from(section.querySelectorAll('dt')).map((dt) => dt.textContent ?? '');
    const values = Array.from(section.querySelectorAll('dd')).map((dd) => dd.textContent ?? '');
    return Object.fromEntries(labels.map((label, index) => [label, values[index]]));
}

describe('c-health-job-monitor', () => {
    afterEach(() => {
        jest.useRealTimers();
    });

    describe('states', () => {
        it('shows a spinner with assistive text while the status loads', async () => {
            getJobStatusMock.mockReturnValueOnce(new Promise(() => undefined));
            const monitor = mountMonitor();
            await flushPromises();

            const spinner = monitor.shadowRoot!.querySelector('lightning-spinner') as HTMLElement & {
                alternativeText: string;
            };
            expect(spinner.alternativeText).toBe('c.HealthJobLoading');
            expect(byLabel(monitor, 'lightning-button', 'c.HealthJobRunNow')).toBeUndefined();
            await expect(monitor).toBeAccessible();
        });

        it('renders with exactly one Apex call: the job status', async () => {
            const monitor = await render();

            expect(getJobStatusMock).toHaveBeenCalledTimes(1);
            expect(setScheduleMock).not.toHaveBeenCalled();
            expect(runNowMock).not.toHaveBeenCalled();
            expect((monitor.shadowRoot!.querySelector('lightning-card') as HTMLElement & { title: string }).title).toBe(
                'c.HealthJobTitle'
            );
            await expect(monitor).toBeAccessible();
        });

        it('shows the schedule, the hour picker set to it, and the last run', async () => {
            const monitor = await render();

            expect(byDataId(monitor, 'schedule-text')!.textContent).toBe('c.HealthJobScheduledAt');
            expect(toggle(monitor).checked).toBe(true);
            const picker = hourPicker(monitor);
            expect(picker.value).toBe('2');
            expect(picker.disabled).toBe(false);
            expect(picker.options).toHaveLength(24);
            expect(picker.options[2]).toEqual({ label: '2:00 AM', value: '2' });
            expect(picker.options[22]).toEqual({ label: '10:00 PM', value: '22' });
            expect(summary(monitor)).toEqual({
                'c.HealthJobRunStatus': 'Completed with errors',
                'c.HealthJobTriggeredBy': 'Schedule',
                'c.HealthJobStartedAt': expect.stringMatching(/2026/),
                'c.HealthJobFinishedAt': expect.stringMatching(/2026/),
                'c.HealthJobDuration': 'c.HealthJobDurationSeconds',
                'c.HealthJobAccountsScored': '180',
                'c.HealthJobAccountsInsufficient': '18',
                'c.HealthJobAccountsFailed': '2',
                'c.HealthJobAlertsRaised': '7'
            });
            expect(byDataId(monitor, 'error-summary')!.textContent).toContain('unable to obtain exclusive access');
            expect(progressBar(monitor)).toBeNull();
            expect(button(monitor, 'c.HealthJobRunNow').disabled).toBe(false);
            await expect(monitor).toBeAccessible();
        });

        it('says when the job has never run and is not scheduled, offering the default hour', async () => {
            const monitor = await render(
                jobStatus({ scheduled: false, hour: null, timeZone: null, nextFireTime: null, lastRun: null })
            );

            expect(byDataId(monitor, 'never-run')!.textContent).toBe('c.HealthJobNeverRun');
            expect(byDataId(monitor, 'schedule-text')!.textContent).toBe('c.HealthJobNotScheduled');
            expect(toggle(monitor).checked).toBe(false);
            expect(hourPicker(monitor).value).toBe('2');
            expect(hourPicker(monitor).disabled).toBe(true);
            expect(monitor.shadowRoot!.querySelector('dl')).toBeNull();
            await expect(monitor).toBeAccessible();
        });

        it('shows a run that leaves out the counts it does not have', async () => {
            const monitor = await render(
                jobStatus({
                    lastRun: lastRun({ status: 'Running', finishedAt: null, durationSeconds: null, errorSummary: null })
                })
            );

            const fields = summary(monitor);
            expect(fields['c.HealthJobRunStatus']).toBe('Running');
            expect(fields).not.toHaveProperty('c.HealthJobFinishedAt');
            expect(fields).not.toHaveProperty('c.HealthJobDuration');
            expect(byDataId(monitor, 'error-summary')).toBeNull();
            await expect(monitor).toBeAccessible();
        });

        it('says when the job is scheduled outside Lodestar at no single hour', async () => {
            const monitor = await render(jobStatus({ hour: null }));

            expect(byDataId(monitor, 'schedule-text')!.textContent).toBe('c.HealthJobScheduledOther');
            await expect(monitor).toBeAccessible();
        });

        it('shows why the status could not be loaded in an alert', async () => {
            getJobStatusMock.mockRejectedValueOnce(apexError('Only a Lodestar admin can do this.'));
            const monitor = mountMonitor();
            await flushPromises();

            const panel = byDataId(monitor, 'error')!;
            expect(visibleText(panel)).toContain('c.HealthJobLoadError');
            expect(visibleText(panel)).toContain('Only a Lodestar admin can do this.');
            expect(panel.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
            expect(byDataId(monitor, 'schedule')).toBeNull();
            await expect(monitor).toBeAccessible();
        });
    });

    describe('the schedule', () => {
        it('saves the schedule at the chosen hour and shows the new one', async () => {
            const monitor = await render(jobStatus({ scheduled: false, hour: null, nextFireTime: null }));
            const toast = toasts(monitor);
            setScheduleMock.mockResolvedValueOnce(jobStatus({ hour: 5 }));

            toggle(monitor).dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
            await flushPromises();
            expect(hourPicker(monitor).disabled).toBe(false);
            hourPicker(monitor).dispatchEvent(new CustomEvent('change', { detail: { value: '5' } }));
            button(monitor, 'c.HealthJobSave').click();
            await flushPromises();

            expect(setScheduleMock).toHaveBeenCalledTimes(1);
            expect(setScheduleMock).toHaveBeenCalledWith({ enabled: true, hour: 5 });
            expect(toast).toHaveBeenCalledWith(
                expect.objectContaining({ title: 'c.HealthJobSaved', variant: 'success' })
            );
            expect(byDataId(monitor, 'schedule-text')!.textContent).toBe('c.HealthJobScheduledAt');
            expect(hourPicker(monitor).value).toBe('5');
            expect(getJobStatusMock).toHaveBeenCalledTimes(1);
            await expect(monitor).toBeAccessible();
        });

        it('turns the schedule off without an hour', async () => {
            const monitor = await render();
            setScheduleMock.mockResolvedValueOnce(jobStatus({ scheduled: false, hour: null, nextFireTime: null }));

            toggle(monitor).dispatchEvent(new CustomEvent('change', { detail: { checked: false } }));
            button(monitor, 'c.HealthJobSave').click();
            await flushPromises();

            expect(setScheduleMock).toHaveBeenCalledWith({ enabled: false, hour: null });
            expect(byDataId(monitor, 'schedule-text')!.textContent).toBe('c.HealthJobNotScheduled');
            expect(toggle(monitor).checked).toBe(false);
            await expect(monitor).toBeAccessible();
        });

        it('reports a refused schedule in an error toast and keeps the page', async () => {
            const monitor = await render();
            const toast = toasts(monitor);
            setScheduleMock.mockRejectedValueOnce(apexError('Choose an hour of the day from 0 to 23.'));

            button(monitor, 'c.HealthJobSave').click();
            await flushPromises();

            expect(toast).toHaveBeenCalledWith(
                expect.objectContaining({
                    title: 'c.HealthJobActionFailed',
                    message: 'Choose an hour of the day from 0 to 23.',
                    variant: 'error'
                })
            );
            expect(byDataId(monitor, 'schedule-text')!.textContent).toBe('c.HealthJobScheduledAt');
            expect(button(monitor, 'c.HealthJobSave').disabled).toBe(false);
            await expect(monitor).toBeAccessible();
        });
    });

    describe('running the job', () => {
        it('starts a run, shows its progress while polling, and stops polling when it ends', async () => {
            jest.useFakeTimers();
            getJobStatusMock.mockResolvedValueOnce(jobStatus());
            const monitor = mountMonitor();
            await jest.advanceTimersByTimeAsync(0);
            const toast = toasts(monitor);
            runNowMock.mockResolvedValueOnce(running(0, 0));

            button(monitor, 'c.HealthJobRunNow').click();
            await jest.advanceTimersByTimeAsync(0);

            expect(runNowMock).toHaveBeenCalledTimes(1);
            expect(runNowMock).toHaveBeenCalledWith({});
            expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: 'c.HealthJobRunStarted' }));
            expect(progressBar(monitor)!.value).toBe(0);
            expect(byDataId(monitor, 'progress')!.textContent).toContain('c.HealthJobProgress');
            expect(byDataId(monitor, 'progress-text')!.textContent!.trim()).toBe('c.HealthJobQueued');
            expect(button(monitor, 'c.HealthJobRunNow').disabled).toBe(true);
            expect(getJobStatusMock).toHaveBeenCalledTimes(1);

            getJobStatusMock.mockResolvedValueOnce(running(2, 4));
            await jest.advanceTimersByTimeAsync(POLL_MS);

            expect(getJobStatusMock).toHaveBeenCalledTimes(2);
            expect(progressBar(monitor)!.value).toBe(50);
            expect(byDataId(monitor, 'progress-text')!.textContent!.trim()).toBe('c.HealthJobProgressDetail');

            getJobStatusMock.mockResolvedValueOnce(
                jobStatus({ lastRun: lastRun({ triggeredBy: 'Manual', accountsScored: 200, errorSummary: null }) })
            );
            await jest.advanceTimersByTimeAsync(POLL_MS);

            expect(getJobStatusMock).toHaveBeenCalledTimes(3);
            expect(progressBar(monitor)).toBeNull();
            expect(summary(monitor)['c.HealthJobTriggeredBy']).toBe('Manual');
            expect(summary(monitor)['c.HealthJobAccountsScored']).toBe('200');
            expect(button(monitor, 'c.HealthJobRunNow').disabled).toBe(false);

            await jest.advanceTimersByTimeAsync(POLL_MS * 3);
            expect(getJobStatusMock).toHaveBeenCalledTimes(3);
            jest.useRealTimers();
            await expect(monitor).toBeAccessible();
        });

        it('polls a batch already running when the page opens, and stops when the page is left', async () => {
            jest.useFakeTimers();
            getJobStatusMock.mockResolvedValue(running(1, 4));
            const monitor = mountMonitor();
            await jest.advanceTimersByTimeAsync(0);

            expect(progressBar(monitor)!.value).toBe(25);
            await jest.advanceTimersByTimeAsync(POLL_MS);
            expect(getJobStatusMock).toHaveBeenCalledTimes(2);

            document.body.removeChild(monitor);
            await jest.advanceTimersByTimeAsync(POLL_MS * 3);
            expect(getJobStatusMock).toHaveBeenCalledTimes(2);
            getJobStatusMock.mockReset();
        });

        it('stops polling and shows the error when a poll fails', async () => {
            jest.useFakeTimers();
            getJobStatusMock.mockResolvedValueOnce(running(1, 4));
            const monitor = mountMonitor();
            await jest.advanceTimersByTimeAsync(0);

            getJobStatusMock.mockRejectedValueOnce(apexError('Session expired'));
            await jest.advanceTimersByTimeAsync(POLL_MS);

            expect(visibleText(byDataId(monitor, 'error')!)).toContain('Session expired');
            await jest.advanceTimersByTimeAsync(POLL_MS * 3);
            expect(getJobStatusMock).toHaveBeenCalledTimes(2);
            jest.useRealTimers();
            await expect(monitor).toBeAccessible();
        });

        it('reports a refused run in an error toast', async () => {
            const monitor = await render();
            const toast = toasts(monitor);
            runNowMock.mockRejectedValueOnce(apexError('A health scoring job is already queued or running.'));

            button(monitor, 'c.HealthJobRunNow').click();
            await flushPromises();

            expect(toast).toHaveBeenCalledWith(
                expect.objectContaining({
                    title: 'c.HealthJobActionFailed',
                    message: 'A health scoring job is already queued or running.',
                    variant: 'error'
                })
            );
            expect(progressBar(monitor)).toBeNull();
            await expect(monitor).toBeAccessible();
        });
    });
});
