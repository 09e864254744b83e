import HealthModelEditor, { POLL_INTERVAL_MS, VALIDATE_DELAY_MS } from 'c/healthModelEditor';
import getModelSetup from '@salesforce/apex/HealthModelAdminController.getModelSetup';
import validateModel from '@salesforce/apex/HealthModelAdminController.validateModel';
import previewModel from '@salesforce/apex/HealthModelAdminController.previewModel';
import saveModel from '@salesforce/apex/HealthModelAdminController.saveModel';
import getDeploymentStatus from '@salesforce/apex/HealthModelAdminController.getDeploymentStatus';
import { refreshApex } from '@salesforce/apex';
import type { ApexWireMock } from '../../../../../../jest/apexMocks';
import { apexError, flushPromises, mount, visibleText } from '../../../../../../jest/helpers';
import { modelSetup, previewResult } from '../../../../../../jest/fixtures/modelSetup';

jest.mock(
    '@salesforce/apex/HealthModelAdminController.getModelSetup',
    () => ({ default: jest.requireActual('../../../../../../jest/apexMocks').apexWireMock() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/HealthModelAdminController.validateModel',
    () => ({ default: jest.requireActual('../../../../../../jest/apexMocks').apexMethodMock() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/HealthModelAdminController.previewModel',
    () => ({ default: jest.requireActual('../../../../../../jest/apexMocks').apexMethodMock() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/HealthModelAdminController.saveModel',
    () => ({ default: jest.requireActual('../../../../../../jest/apexMocks').apexMethodMock() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/HealthModelAdminController.getDeploymentStatus',
    () => ({ default: jest.requireActual('../../../../../../jest/apexMocks').apexMethodMock() }),
    { virtual: true }
);
jest.mock('@salesforce/apex', () => jest.requireActual('../../../../../../jest/apexMocks').apexModuleMock(), {
    virtual: true
});
// The labels whose placeholders name what the admin reads, as an admin reads them.
jest.mock('@salesforce/label/c.HealthEditorFieldOf', () => ({ default: '{0} of {1}' }), { virtual: true });
jest.mock('@salesforce/label/c.HealthEditorRemoveFactor', () => ({ default: 'Remove {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.HealthEditorNewFactor', () => ({ default: 'New factor {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.HealthEditorProblemCount', () => ({ default: 'Problems to fix: {0}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.HealthEditorBucketCounts', () => ({ default: '{0}: {1} stored, {2} draft' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.HealthEditorDeploying', () => ({ default: 'Deploying ({0})' }), { virtual: true });
jest.mock('@salesforce/label/c.HealthEditorDeploySucceeded', () => ({ default: 'Deployed at {0}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.HealthEditorDeployFailed', () => ({ default: 'Deployment failed: {0}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.HealthErrorAdminOnly', () => ({ default: 'Only a Lodestar admin can do this.' }), {
    virtual: true
});

const setupAdapter = getModelSetup as unknown as ApexWireMock;
const validateMock = validateModel as unknown as jest.Mock;
const previewMock = previewModel as unknown as jest.Mock;
const saveMock = saveModel as unknown as jest.Mock;
const statusMock = getDeploymentStatus as unknown as jest.Mock;
const refreshApexMock = refreshApex as unknown as jest.Mock;

const DEPLOYMENT_ID = '0Af000000000001AAA';

type Labelled = HTMLElement & { label: string; value: unknown; alternativeText?: string; disabled?: boolean };

function mountEditor(): HTMLElement {
    return mount('c-health-model-editor', HealthModelEditor);
}

async function renderSetup(overrides: Parameters<typeof modelSetup>[0] = {}): Promise<HTMLElement> {
    const editor = mountEditor();
    setupAdapter.emit(modelSetup(overrides));
    await flushPromises();
    return editor;
}

function byDataId(editor: HTMLElement, id: string): HTMLElement | null {
    return editor.shadowRoot!.querySelector(`[data-id="${id}"]`);
}

/** A base component (input, combobox, button...) found by its label, as a user finds it. */
function byLabel(editor: HTMLElement, selector: string, label: string): Labelled | undefined {
    return Array.from(editor.shadowRoot!.querySelectorAll<Labelled>(selector)).find((el) => el.label === label);
}

function input(editor: HTMLElement, label: string): Labelled {
    const found = byLabel(editor, 'lightning-input', label) ?? byLabel(editor, 'lightning-combobox', label);
    if (!found) {
        throw new Error(`no input labelled ${label}`);
    }
    return found;
}

function button(editor: HTMLElement, label: string): Labelled {
    const found = byLabel(editor, 'lightning-button', label);
    if (!found) {
        throw new Error(`no button labelled ${label}`);
    }
    return found;
}

function change(element: HTMLElement, value: string): void {
    element.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function factorNames(editor: HTMLElement): string[] {
    return Array.from(editor.shadowRoot!.querySelectorAll('[data-id="factor-name"]')).map((cell) =>
        cell.textContent!.trim()
    );
}

/** The draft as the last call to validateModel sent it. */
function lastValidatedDraft(): { factors: Record<string, unknown>[] } & Record<string, unknown> {
    const calls = validateMock.mock.calls;
    return JSON.parse((calls[calls.length - 1][0] as { modelJson: string }).modelJson);
}

/** The counts of the distribution table, by bucket, as the admin reads them. */
function distribution(editor: HTMLElement): Record<string, { stored: string; draft: string; change: string }> {
    const rows = Array.from(editor.shadowRoot!.querySelectorAll<HTMLElement>('[data-id="distribution"] tbody tr'));
    return Object.fromEntries(
        rows.map((row) => [
            row.querySelector('th')!.textContent!.trim(),
            {
                stored: row.querySelector('[data-id="stored-count"]')!.textContent!.trim(),
                draft: row.querySelector('[data-id="draft-count"]')!.textContent!.trim(),
                change: row.querySelector('[data-id="bucket-change"]')!.textContent!.trim()
            }
        ])
    );
}

async function selectDefault(editor: HTMLElement): Promise<void> {
    change(input(editor, 'c.HealthEditorModel'), 'Default');
    await flushPromises();
}

/** Waits out the debounce with real timers, then lets the check's promise settle. */
async function afterDebounce(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, VALIDATE_DELAY_MS + 20));
    await flushPromises();
}

afterEach(() => {
    jest.useRealTimers();
});

describe('c-health-model-editor', () => {
    describe('states', () => {
        it('shows a spinner with assistive text while the models load', async () => {
            const editor = mountEditor();
            await flushPromises();

            const spinner = editor.shadowRoot!.querySelector('lightning-spinner') as HTMLElement & {
                alternativeText: string;
            };
            expect(spinner.alternativeText).toBe('c.HealthEditorLoading');
            expect(byDataId(editor, 'form')).toBeNull();
            await expect(editor).toBeAccessible();
        });

        it('renders with one Apex call and shows the first model: picker, bands and factors', async () => {
            const editor = await renderSetup();

            expect(setupAdapter.requests).toHaveBeenCalledTimes(1);
            expect(validateMock).not.toHaveBeenCalled();
            expect(previewMock).not.toHaveBeenCalled();
            const picker = input(editor, 'c.HealthEditorModel') as Labelled & { options: { label: string }[] };
            expect(picker.value).toBe('Onboarding');
            expect(picker.options.map((option) => option.label)).toEqual(['Onboarding', 'Default']);
            expect(input(editor, 'c.HealthEditorRedUpTo').value).toBe(50);
            expect(input(editor, 'c.HealthEditorYellowUpTo').value).toBe(75);
            expect(input(editor, 'c.HealthEditorMinimumCoverage').value).toBe(60);
            expect(factorNames(editor)).toEqual(['Stickiness (DAU/MAU)']);
            expect(input(editor, 'c.HealthEditorSampleSize').value).toBe(200);
            expect(byDataId(editor, 'checks-hint')!.textContent).toBe('c.HealthEditorChecksHint');
            await expect(editor).toBeAccessible();
        });

        it('marks an inactive model in the picker', async () => {
            const setup = modelSetup();
            setup.models![0].isActive = false;
            const editor = mountEditor();
            setupAdapter.emit(setup);
            await flushPromises();

            const picker = input(editor, 'c.HealthEditorModel') as Labelled & { options: { label: string }[] };
            expect(picker.options[0].label).toBe('c.HealthEditorModelInactive');
            await expect(editor).toBeAccessible();
        });

        it('says so when no model is installed', async () => {
            const editor = await renderSetup({ models: [] });

            expect(byDataId(editor, 'empty')!.textContent).toBe('c.HealthEditorEmpty');
            expect(byDataId(editor, 'form')).toBeNull();
            await expect(editor).toBeAccessible();
        });

        it('tells a user who is not an admin that the page is for admins, as a status and not a failure', async () => {
            const editor = mountEditor();
            setupAdapter.error(apexError('Only a Lodestar admin can do this.').body);
            await flushPromises();

            const panel = byDataId(editor, 'error') as HTMLElement & { kind: string; summary: string };
            expect(panel.kind).toBe('no-access');
            expect(panel.summary).toBe('Only a Lodestar admin can do this.');
            expect(byDataId(editor, 'form')).toBeNull();
            await expect(editor).toBeAccessible();
        });

        it('shows a load failure with its message', async () => {
            const editor = mountEditor();
            setupAdapter.error(apexError('Custom Metadata is unavailable.').body);
            await flushPromises();

            const panel = byDataId(editor, 'error') as HTMLElement & {
                kind: string;
                summary: string;
                errors: string[];
            };
            expect(panel.kind).toBe('error');
            expect(panel.summary).toBe('c.HealthEditorLoadError');
            expect(panel.errors).toEqual(['Custom Metadata is unavailable.']);
            await expect(editor).toBeAccessible();
        });
    });

    describe('editing', () => {
        it('switches model and shows its factors', async () => {
            const editor = await renderSetup();

            await selectDefault(editor);

            expect(factorNames(editor)).toEqual(['Seat utilisation', 'Days since last touch', 'Support load']);
            expect(input(editor, 'c.HealthEditorWeight of Seat utilisation').value).toBe(20);
            expect(input(editor, 'c.HealthEditorDirection of Support load').value).toBe('Lower is better');
            await expect(editor).toBeAccessible();
        });

        it('checks the draft with the edited weight once the admin pauses, and shows what the validator says', async () => {
            validateMock.mockResolvedValue([]);
            const editor = await renderSetup();
            await selectDefault(editor);

            change(input(editor, 'c.HealthEditorWeight of Seat utilisation'), '25');
            change(input(editor, 'c.HealthEditorWeight of Seat utilisation'), '30');
            await afterDebounce();

            expect(validateMock).toHaveBeenCalledTimes(1);
            const draft = lastValidatedDraft();
            expect(draft.developerName).toBe('Default');
            expect(draft.factors.map((factor) => factor.weight)).toEqual([30, 15, 10]);
            expect(draft.factors[0]).not.toHaveProperty('key');
            expect(draft.factors[0]).not.toHaveProperty('isNew');
            expect(byDataId(editor, 'no-problems')!.textContent).toBe('c.HealthEditorNoProblems');
            await expect(editor).toBeAccessible();
        });

        it('lists every problem the validator finds next to the form', async () => {
            validateMock.mockResolvedValue([
                { code: 'BANDS_OUT_OF_ORDER', model: 'Default', factor: null, message: 'Red must be below Yellow.' },
                { code: 'WEIGHT_NOT_POSITIVE', model: 'Default', factor: 'Seats', message: 'Weights must be above 0.' }
            ]);
            const editor = await renderSetup();
            await selectDefault(editor);

            change(input(editor, 'c.HealthEditorRedUpTo'), '80');
            change(input(editor, 'c.HealthEditorWeight of Seat utilisation'), '');
            await afterDebounce();

            const draft = lastValidatedDraft();
            expect(draft.redUpperBound).toBe(80);
            expect(draft.factors[0].weight).toBeNull();
            const problems = byDataId(editor, 'problems')!;
            expect(problems.textContent).toContain('Problems to fix: 2');
            expect(Array.from(problems.querySelectorAll('li')).map((item) => item.textContent)).toEqual([
                'Red must be below Yellow.',
                'Weights must be above 0.'
            ]);
            await expect(editor).toBeAccessible();
        });

        it('shows when the draft could not be checked', async () => {
            validateMock.mockRejectedValue(apexError('The model could not be read: bad JSON'));
            const editor = await renderSetup();

            change(input(editor, 'c.HealthEditorMinimumCoverage'), '70');
            await afterDebounce();

            const panel = byDataId(editor, 'check-error') as HTMLElement & { summary: string; errors: string[] };
            expect(panel.summary).toBe('c.HealthEditorCheckFailed');
            expect(panel.errors).toEqual(['The model could not be read: bad JSON']);
            await expect(editor).toBeAccessible();
        });

        it('adds a factor that takes its metric unit and name, and removes one', async () => {
            validateMock.mockResolvedValue([]);
            const editor = await renderSetup();

            button(editor, 'c.HealthEditorAddFactor').click();
            await flushPromises();
            expect(factorNames(editor)).toEqual(['Stickiness (DAU/MAU)', 'New factor 1']);

            change(input(editor, 'c.HealthEditorMetric of New factor 1'), 'NpsLatest');
            await flushPromises();
            expect(factorNames(editor)).toEqual(['Stickiness (DAU/MAU)', 'Latest NPS']);
            const units = Array.from(editor.shadowRoot!.querySelectorAll('[data-id="factor-unit"]'));
            expect(units.map((cell) => cell.textContent)).toEqual(['Percent', 'Score']);
            change(input(editor, 'c.HealthEditorRedThreshold of Latest NPS'), '6');
            change(input(editor, 'c.HealthEditorGreenThreshold of Latest NPS'), '9');
            change(input(editor, 'c.HealthEditorStalenessDays of Latest NPS'), '180');
            change(input(editor, 'c.HealthEditorDirection of Latest NPS'), 'Higher is better');
            await afterDebounce();

            const added = lastValidatedDraft().factors[1];
            expect(added).toMatchObject({
                metric: 'NpsLatest',
                label: 'Latest NPS',
                unit: 'Score',
                redThreshold: 6,
                greenThreshold: 9,
                stalenessDays: 180,
                direction: 'Higher is better',
                displayOrder: 11
            });

            const remove = Array.from(editor.shadowRoot!.querySelectorAll<Labelled>('lightning-button-icon')).find(
                (icon) => icon.alternativeText === 'Remove Stickiness (DAU/MAU)'
            )!;
            remove.click();
            await afterDebounce();
            expect(factorNames(editor)).toEqual(['Latest NPS']);
            expect(lastValidatedDraft().factors.map((factor) => factor.metric)).toEqual(['NpsLatest']);
            await expect(editor).toBeAccessible();
        });

        it('says when the model has no factors left', async () => {
            validateMock.mockResolvedValue([]);
            const editor = await renderSetup();

            Array.from(editor.shadowRoot!.querySelectorAll<Labelled>('lightning-button-icon'))[0].click();
            await flushPromises();

            expect(byDataId(editor, 'factors-empty')!.textContent).toBe('c.HealthEditorFactorsEmpty');
            await expect(editor).toBeAccessible();
        });

        it('discards the changes', async () => {
            validateMock.mockResolvedValue([]);
            const editor = await renderSetup();
            change(input(editor, 'c.HealthEditorWeight of Stickiness (DAU/MAU)'), '99');
            await flushPromises();

            button(editor, 'c.HealthEditorReset').click();
            await flushPromises();

            expect(input(editor, 'c.HealthEditorWeight of Stickiness (DAU/MAU)').value).toBe(20);
            await afterDebounce();
            expect(validateMock).not.toHaveBeenCalled();
            await expect(editor).toBeAccessible();
        });
    });

    describe('what-if', () => {
        it('scores the unsaved draft and shows the distribution, draft beside stored, and the biggest movers', async () => {
            previewMock.mockResolvedValue(previewResult());
            const editor = await renderSetup();
            await selectDefault(editor);
            change(input(editor, 'c.HealthEditorWeight of Support load'), '40');
            change(input(editor, 'c.HealthEditorSampleSize'), '50');

            button(editor, 'c.HealthEditorRunWhatIf').click();
            await flushPromises();

            expect(previewMock).toHaveBeenCalledTimes(1);
            const request = previewMock.mock.calls[0][0] as { modelDraft: string; sampleSize: number };
            expect(request.sampleSize).toBe(50);
            expect(JSON.parse(request.modelDraft).factors.map((factor: { weight: number }) => factor.weight)).toEqual([
                20, 15, 40
            ]);
            expect(byDataId(editor, 'sampled')!.textContent).toBe('c.HealthEditorSampled');
            expect(distribution(editor)).toEqual({
                'c.HealthBandRed': { stored: '12', draft: '8', change: '-4' },
                'c.HealthBandYellow': { stored: '18', draft: '20', change: '+2' },
                'c.HealthBandGreen': { stored: '18', draft: '20', change: '+2' },
                'c.HealthEditorInsufficientData': { stored: '2', draft: '2', change: '0' }
            });
            const chart = byDataId(editor, 'chart')!;
            expect(chart.getAttribute('role')).toBe('img');
            expect(chart.getAttribute('aria-label')).toContain('c.HealthBandRed: 12 stored, 8 draft.');
            expect(chart.getAttribute('aria-label')).toContain('c.HealthBandGreen: 18 stored, 20 draft.');
            // Bars are drawn to scale: the largest count (20) fills the bar space; Red's draft (8) is 40% of it.
            const draftBars = Array.from(chart.querySelectorAll('rect[class^="chart__draft"]'));
            const widths = draftBars.map((bar) => Number(bar.getAttribute('width')));
            expect(widths[0] / widths[1]).toBeCloseTo(8 / 20, 2);
            expect(chart.getAttribute('viewBox')).toBe('0 0 420 160');
            const movers = Array.from(editor.shadowRoot!.querySelectorAll('[data-id="movers"] tbody tr')).map((row) =>
                Array.from(row.children)
                    .map((cell) => cell.textContent!.trim())
                    .join(' | ')
            );
            expect(movers).toEqual([
                'Cypress Energy | 42.0 (c.HealthBandRed) | 61.5 (c.HealthBandYellow) | +19.5',
                'Birch Logistics | 80.0 (c.HealthBandGreen) | 72.0 (c.HealthBandYellow) | -8.0'
            ]);
            await expect(editor).toBeAccessible();
        });

        it('says when no account moves, and when the draft changed after the what-if', async () => {
            validateMock.mockResolvedValue([]);
            previewMock.mockResolvedValue({ ...previewResult(), movers: [] });
            const editor = await renderSetup();

            button(editor, 'c.HealthEditorRunWhatIf').click();
            await flushPromises();
            expect(byDataId(editor, 'movers-empty')!.textContent).toBe('c.HealthEditorMoversEmpty');
            expect(byDataId(editor, 'what-if-stale')).toBeNull();

            change(input(editor, 'c.HealthEditorWeight of Stickiness (DAU/MAU)'), '5');
            await flushPromises();
            expect(byDataId(editor, 'what-if-stale')!.textContent!.trim()).toBe('c.HealthEditorWhatIfStale');
            await expect(editor).toBeAccessible();
        });

        it('shows why the what-if could not run', async () => {
            previewMock.mockRejectedValue(apexError('Choose a sample of 1 to 200 accounts.'));
            const editor = await renderSetup();
            change(input(editor, 'c.HealthEditorSampleSize'), '500');

            button(editor, 'c.HealthEditorRunWhatIf').click();
            await flushPromises();

            expect(previewMock.mock.calls[0][0]).toMatchObject({ sampleSize: 500 });
            const panel = byDataId(editor, 'what-if-error') as HTMLElement & { summary: string; errors: string[] };
            expect(panel.summary).toBe('c.HealthEditorWhatIfFailed');
            expect(panel.errors).toEqual(['Choose a sample of 1 to 200 accounts.']);
            expect(byDataId(editor, 'what-if-result')).toBeNull();
            await expect(editor).toBeAccessible();
        });
    });

    describe('save', () => {
        it('does not deploy a draft with problems, and says why', async () => {
            validateMock.mockResolvedValue([
                { code: 'TOTAL_WEIGHT_ZERO', model: 'Onboarding', factor: null, message: 'Weights add up to 0.' }
            ]);
            const editor = await renderSetup();

            button(editor, 'c.HealthEditorSave').click();
            await flushPromises();

            expect(validateMock).toHaveBeenCalledTimes(1);
            expect(saveMock).not.toHaveBeenCalled();
            expect((byDataId(editor, 'save-blocked') as HTMLElement & { summary: string }).summary).toBe(
                'c.HealthEditorSaveBlocked'
            );
            expect(byDataId(editor, 'problems')!.textContent).toContain('Weights add up to 0.');
            expect(button(editor, 'c.HealthEditorSave').disabled).toBe(false);
            await expect(editor).toBeAccessible();
        });

        it('deploys the checked draft and follows the deployment until it succeeds', async () => {
            jest.useFakeTimers();
            validateMock.mockResolvedValue([]);
            saveMock.mockResolvedValue(DEPLOYMENT_ID);
            statusMock
                .mockResolvedValueOnce({
                    deploymentId: DEPLOYMENT_ID,
                    status: 'Pending',
                    message: null,
                    completedAt: null
                })
                .mockResolvedValueOnce({
                    deploymentId: DEPLOYMENT_ID,
                    status: 'Succeeded',
                    message: null,
                    completedAt: '2026-03-31T10:15:00.000Z'
                });
            const editor = mountEditor();
            setupAdapter.emit(modelSetup());
            await jest.advanceTimersByTimeAsync(0);
            change(input(editor, 'c.HealthEditorWeight of Stickiness (DAU/MAU)'), '35');

            button(editor, 'c.HealthEditorSave').click();
            await jest.advanceTimersByTimeAsync(0);

            const savedJson = (saveMock.mock.calls[0][0] as { modelJson: string }).modelJson;
            expect(JSON.parse(savedJson).factors[0].weight).toBe(35);
            expect(savedJson).toBe((validateMock.mock.calls[0][0] as { modelJson: string }).modelJson);
            expect(byDataId(editor, 'deploying')!.textContent).toBe(`Deploying (${DEPLOYMENT_ID})`);
            expect(button(editor, 'c.HealthEditorSave').disabled).toBe(true);
            expect(statusMock).not.toHaveBeenCalled();

            await jest.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
            expect(statusMock).toHaveBeenCalledTimes(1);
            expect(statusMock).toHaveBeenCalledWith({ deploymentId: DEPLOYMENT_ID });
            expect(byDataId(editor, 'deploying')).not.toBeNull();

            await jest.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
            expect(statusMock).toHaveBeenCalledTimes(2);
            expect(byDataId(editor, 'deploying')).toBeNull();
            expect(byDataId(editor, 'deployed')!.textContent).toMatch(/^Deployed at .*2026/);
            expect(refreshApexMock).toHaveBeenCalledTimes(1);
            expect(button(editor, 'c.HealthEditorSave').disabled).toBe(false);

            await jest.advanceTimersByTimeAsync(POLL_INTERVAL_MS * 3);
            expect(statusMock).toHaveBeenCalledTimes(2);
            jest.useRealTimers();
            await expect(editor).toBeAccessible();
        });

        it('shows a failed deployment with its reason', async () => {
            jest.useFakeTimers();
            validateMock.mockResolvedValue([]);
            saveMock.mockResolvedValue(DEPLOYMENT_ID);
            statusMock.mockResolvedValue({
                deploymentId: DEPLOYMENT_ID,
                status: 'Failed',
                message: 'HealthFactor.Default_New1: Weight is required',
                completedAt: '2026-03-31T10:15:00.000Z'
            });
            const editor = mountEditor();
            setupAdapter.emit(modelSetup());
            await jest.advanceTimersByTimeAsync(0);

            button(editor, 'c.HealthEditorSave').click();
            await jest.advanceTimersByTimeAsync(POLL_INTERVAL_MS);

            expect((byDataId(editor, 'deploy-failed') as HTMLElement & { summary: string }).summary).toBe(
                'Deployment failed: HealthFactor.Default_New1: Weight is required'
            );
            expect(refreshApexMock).not.toHaveBeenCalled();
            jest.useRealTimers();
            await expect(editor).toBeAccessible();
        });

        it('shows why the model could not be saved', async () => {
            validateMock.mockResolvedValue([]);
            saveMock.mockRejectedValue(apexError('Only a Lodestar admin can save health models.'));
            const editor = await renderSetup();

            button(editor, 'c.HealthEditorSave').click();
            await flushPromises();

            const panel = byDataId(editor, 'save-error') as HTMLElement & { summary: string; errors: string[] };
            expect(panel.summary).toBe('c.HealthEditorSaveFailed');
            expect(panel.errors).toEqual(['Only a Lodestar admin can save health models.']);
            expect(statusMock).not.toHaveBeenCalled();
            expect(visibleText(editor)).not.toContain('Deploying');
            await expect(editor).toBeAccessible();
        });

        it('shows a status that could not be read', async () => {
            jest.useFakeTimers();
            validateMock.mockResolvedValue([]);
            saveMock.mockResolvedValue(DEPLOYMENT_ID);
            statusMock.mockRejectedValue(apexError('The deployment status could not be read.'));
            const editor = mountEditor();
            setupAdapter.emit(modelSetup());
            await jest.advanceTimersByTimeAsync(0);

            button(editor, 'c.HealthEditorSave').click();
            await jest.advanceTimersByTimeAsync(POLL_INTERVAL_MS);

            expect((byDataId(editor, 'save-error') as HTMLElement & { errors: string[] }).errors).toEqual([
                'The deployment status could not be read.'
            ]);
            jest.useRealTimers();
            await expect(editor).toBeAccessible();
        });
    });
});
