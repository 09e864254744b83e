import HealthCard from 'c/healthCard';
import getAccountHealth from '@salesforce/apex/AccountHealthController.getAccountHealth';
import recalculate from '@salesforce/apex/AccountHealthController.recalculate';
import setOverride from '@salesforce/apex/AccountHealthController.setOverride';
import clearOverride from '@salesforce/apex/AccountHealthController.clearOverride';
import { refreshApex } from '@salesforce/apex';
import type { ApexWireMock } from '../../../../../../jest/apexMocks';
import { apexError, deepText, findAllByRole, flushPromises, mount, visibleText } from '../../../../../../jest/helpers';
import { ACCOUNT_ID, scoredHealth } from '../../../../../../jest/fixtures/accountHealth';

jest.mock(
    '@salesforce/apex/AccountHealthController.getAccountHealth',
    () => ({ default: jest.requireActual('../../../../../../jest/apexMocks').apexWireMock() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/AccountHealthController.recalculate',
    () => ({ default: jest.requireActual('../../../../../../jest/apexMocks').apexMethodMock() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/AccountHealthController.setOverride',
    () => ({ default: jest.requireActual('../../../../../../jest/apexMocks').apexMethodMock() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/AccountHealthController.clearOverride',
    () => ({ default: jest.requireActual('../../../../../../jest/apexMocks').apexMethodMock() }),
    { virtual: true }
);
jest.mock('@salesforce/apex', () => jest.requireActual('../../../../../../jest/apexMocks').apexModuleMock(), {
    virtual: true
});
// The day labels as an admin reads them, so the values are checked as the user sees them.
jest.mock('@salesforce/label/c.HealthCardValueDay', () => ({ default: '{0} day' }), { virtual: true });
jest.mock('@salesforce/label/c.HealthCardValueDays', () => ({ default: '{0} days' }), { virtual: true });

const healthAdapter = getAccountHealth as unknown as ApexWireMock;
const recalculateMock = recalculate as unknown as jest.Mock;
const setOverrideMock = setOverride as unknown as jest.Mock;
const clearOverrideMock = clearOverride as unknown as jest.Mock;
const refreshApexMock = refreshApex as unknown as jest.Mock;

type Labelled = HTMLElement & { label: string };

function mountCard(properties: Record<string, unknown> = {}): HTMLElement {
    return mount('c-health-card', HealthCard, { recordId: ACCOUNT_ID, ...properties });
}

function byDataId(card: HTMLElement, id: string): HTMLElement | null {
    return card.shadowRoot!.querySelector(`[data-id="${id}"]`);
}

/** A base component (button, input...) found by its label, as a user finds it. */
function byLabel(card: HTMLElement, selector: string, label: string): Labelled | undefined {
    return Array.from(card.shadowRoot!.querySelectorAll<Labelled>(selector)).find((el) => el.label === label);
}

function button(card: HTMLElement, label: string): Labelled | undefined {
    return byLabel(card, 'lightning-button', label);
}

function change(element: HTMLElement, value: string): void {
    element.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

/** yyyy-mm-dd, days from today (UTC); a few days either way of the user's today is well inside the limits. */
function isoDaysAhead(days: number): string {
    const date = new Date();
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}

async function renderScored(overrides: Parameters<typeof scoredHealth>[0] = {}, properties = {}): Promise<HTMLElement> {
    const card = mountCard(properties);
    healthAdapter.emit(scoredHealth(overrides));
    await flushPromises();
    return card;
}

function toasts(card: HTMLElement): jest.Mock {
    const handler = jest.fn();
    card.addEventListener('lightning__showtoast', (event) => handler((event as CustomEvent).detail));
    return handler;
}

describe('c-health-card', () => {
    describe('states', () => {
        it('shows a spinner with assistive text while health loads', async () => {
            const card = mountCard();
            await flushPromises();

            const spinner = card.shadowRoot!.querySelector('lightning-spinner') as HTMLElement & {
                alternativeText: string;
            };
            expect(spinner).not.toBeNull();
            expect(spinner.alternativeText).toBe('c.HealthCardLoading');
            expect(button(card, 'c.HealthCardRecalculate')).toBeUndefined();
            await expect(card).toBeAccessible();
        });

        it('renders with exactly one Apex call: the cacheable read of the account on whose page it sits', async () => {
            const card = await renderScored();

            expect(healthAdapter.requests).toHaveBeenCalledTimes(1);
            expect(healthAdapter.requests).toHaveBeenCalledWith({ accountId: ACCOUNT_ID });
            expect(recalculateMock).not.toHaveBeenCalled();
            expect(setOverrideMock).not.toHaveBeenCalled();
            expect(clearOverrideMock).not.toHaveBeenCalled();
            await expect(card).toBeAccessible();
        });

        it('draws the score as a ring with a text equivalent, and the band, coverage and change', async () => {
            const card = await renderScored();

            const ring = byDataId(card, 'ring')!;
            expect(ring.getAttribute('role')).toBe('img');
            expect(ring.getAttribute('aria-label')).toBe('c.HealthCardScoreOutOf');
            expect(visibleText(card)).toContain('72.5');
            expect(deepText(byDataId(card, 'band')!)).toBe('c.HealthBandYellow');
            expect(byDataId(card, 'band')!.shadowRoot!.querySelector('.band-badge_yellow')).not.toBeNull();
            expect(byDataId(card, 'coverage')!.textContent).toBe('85%');
            expect(byDataId(card, 'change')!.textContent).toBe('-4.5');
            expect(byDataId(card, 'top-drag')!.textContent).toBe('Seat utilisation');
            expect(byDataId(card, 'model')!.textContent).toBe('Default');
            expect(byDataId(card, 'scored-at')!.textContent).toMatch(/2026/);
            expect(byDataId(card, 'override')).toBeNull();
            expect(byDataId(card, 'move-it')!.textContent).toBe('c.HealthCardMoveIt');
            await expect(card).toBeAccessible();
        });

        it('fills the ring in proportion to the score', async () => {
            const card = await renderScored({ score: 50 });

            const value = card.shadowRoot!.querySelector('.ring__value')!;
            const [filled, circumference] = value.getAttribute('stroke-dasharray')!.split(' ').map(Number);
            expect(filled / circumference).toBeCloseTo(0.5, 3);
            await expect(card).toBeAccessible();
        });

        it('draws the weekly trend as a sparkline with a text equivalent', async () => {
            const card = await renderScored();

            const sparkline = byDataId(card, 'sparkline')!;
            expect(sparkline.getAttribute('role')).toBe('img');
            expect(sparkline.getAttribute('aria-label')).toBe('c.HealthCardTrendLabel');
            const points = sparkline.querySelector('polyline')!.getAttribute('points')!.split(' ');
            expect(points).toHaveLength(4);
            // Higher scores sit higher: the first week (80) is above the last (72.5).
            const y = (point: string): number => Number(point.split(',')[1]);
            expect(y(points[0])).toBeLessThan(y(points[3]));
            await expect(card).toBeAccessible();
        });

        it('says so when there is no history for the trend yet', async () => {
            const card = await renderScored({ trendPoints: [] });

            expect(byDataId(card, 'sparkline')).toBeNull();
            expect(byDataId(card, 'trend-empty')!.textContent).toBe('c.HealthCardTrendEmpty');
            await expect(card).toBeAccessible();
        });

        it('lists the factors with value, score, weight and contribution, the biggest drag first', async () => {
            const card = await renderScored();

            const table = byDataId(card, 'factors')!.querySelector('table')!;
            const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent!.trim());
            expect(headers).toEqual([
                'c.HealthCardFactor',
                'c.HealthCardRawValue',
                'c.HealthCardFactorScore',
                'c.HealthCardWeight',
                'c.HealthCardContribution'
            ]);
            const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
                Array.from(tr.children).map((cell) => cell.textContent!.trim())
            );
            expect(rows).toEqual([
                ['Seat utilisation', '45%', '25.0', '2.0', '16.7'],
                ['Support load', '0', '100.0', '1.0', '33.3'],
                ['CSM sentiment', '—', 'c.HealthCardFactorMissing', '1.0', '—']
            ]);
            expect(byDataId(card, 'factors-differ')).toBeNull();
            await expect(card).toBeAccessible();
        });

        it("prints each raw value by its unit, in the user's locale, with numbers right-aligned", async () => {
            const included = {
                status: 'Included',
                weight: 1,
                normalisedScore: 100,
                contribution: 10,
                pointsToGreen: 0
            };
            const card = await renderScored({
                factors: [
                    { ...included, factor: 'Seats', label: 'Seat utilisation', unit: 'Percent', rawValue: 94.0 },
                    { ...included, factor: 'Depth', label: 'Feature depth', unit: 'Percent', rawValue: 93.75 },
                    { ...included, factor: 'Touch', label: 'Days since last touch', unit: 'Days', rawValue: 5.0 },
                    { ...included, factor: 'Sponsor', label: 'Days since sponsor engaged', unit: 'Days', rawValue: 1 },
                    { ...included, factor: 'Support', label: 'Support load', unit: 'Count', rawValue: 1.0 },
                    { ...included, factor: 'Nps', label: 'Latest NPS', unit: 'Score', rawValue: 9.0 },
                    { ...included, factor: 'Pulse', label: 'CSM sentiment', unit: 'Score', rawValue: 7.5 },
                    { ...included, factor: 'Arr', label: 'Usage', unit: 'Seats', rawValue: 1200 }
                ]
            });

            const table = byDataId(card, 'factor-table')!;
            const values = Array.from(table.querySelectorAll('tbody tr')).map((tr) => [
                tr.querySelector('th')!.textContent,
                tr.children[1].textContent!.trim()
            ]);
            expect(values).toEqual([
                ['Seat utilisation', '94%'],
                ['Feature depth', '93.8%'],
                ['Days since last touch', '5 days'],
                ['Days since sponsor engaged', '1 day'],
                ['Support load', '1'],
                ['Latest NPS', '9'],
                ['CSM sentiment', '7.5'],
                // A unit the card does not know: the number alone, grouped as the locale groups it.
                ['Usage', '1,200']
            ]);
            // Value, Score, Weight and Contribution line up on the right; the factor name wraps.
            const [header] = Array.from(table.querySelectorAll('thead tr'));
            expect(Array.from(header.children).map((th) => th.classList.contains('slds-text-align_right'))).toEqual([
                false,
                true,
                true,
                true,
                true
            ]);
            expect(table.classList.contains('slds-table_fixed-layout')).toBe(true);
            await expect(card).toBeAccessible();
        });

        it("marks a stale factor and says when today's factors give another score than the stored one", async () => {
            const health = scoredHealth({ explainedScore: 70.1 });
            health.factors![1] = { ...health.factors![1], status: 'Stale', contribution: null };
            const card = mountCard();
            healthAdapter.emit(health);
            await flushPromises();

            expect(visibleText(card)).toContain('c.HealthCardFactorStale');
            expect(byDataId(card, 'factors-differ')!.textContent).toBe('c.HealthCardFactorsDiffer');
            await expect(card).toBeAccessible();
        });

        it('explains why there is no factor table', async () => {
            const card = await renderScored({ factors: [], factorsMessage: 'No access to Case' });

            expect(byDataId(card, 'factors')!.querySelector('table')).toBeNull();
            expect(byDataId(card, 'factors-message')!.textContent).toBe('No access to Case');
            await expect(card).toBeAccessible();
        });

        it('says there are no factor details when none came back', async () => {
            const card = await renderScored({ factors: [], moveFactor: null, movePoints: null });

            expect(byDataId(card, 'factors-empty')!.textContent).toBe('c.HealthCardFactorsEmpty');
            expect(byDataId(card, 'move-it')).toBeNull();
            await expect(card).toBeAccessible();
        });

        it('lets the admin hide the trend and the factor table', async () => {
            const card = await renderScored({}, { hideTrend: true, hideFactors: true });

            expect(byDataId(card, 'trend')).toBeNull();
            expect(byDataId(card, 'factors')).toBeNull();
            expect(byDataId(card, 'ring')).not.toBeNull();
            await expect(card).toBeAccessible();
        });

        it('lists the open alerts, or says there are none', async () => {
            const card = await renderScored();

            const alerts = byDataId(card, 'alerts')!;
            expect(alerts.textContent).toContain('Score drop');
            expect(alerts.textContent).toContain('Score fell 16 points in 30 days');
            expect(alerts.textContent).toContain('c.HealthCardAlertRaised');
            await expect(card).toBeAccessible();

            healthAdapter.emit(scoredHealth({ alerts: [] }));
            await flushPromises();
            expect(byDataId(card, 'alerts-empty')!.textContent).toBe('c.HealthCardAlertsEmpty');
            await expect(card).toBeAccessible();
        });

        it('shows an active override with its band, expiry and reason, and keeps the computed band visible', async () => {
            const card = await renderScored({
                isOverridden: true,
                effectiveBand: 'Red',
                overrideBand: 'Red',
                overrideReason: 'Champion resigned',
                overrideExpiresOn: '2026-12-06'
            });

            const override = byDataId(card, 'override')!;
            const badge = override.querySelector('lightning-badge') as Labelled;
            expect(badge.label).toBe('c.HealthCardOverride');
            expect(deepText(byDataId(card, 'band')!)).toBe('c.HealthBandRed');
            expect(override.textContent).toContain('c.HealthCardOverrideDetail');
            expect(override.textContent).toContain('c.HealthCardComputedBand');
            expect(button(card, 'c.HealthCardClearOverride')).toBeDefined();
            await expect(card).toBeAccessible();
        });

        it('shows "insufficient data" with the coverage instead of a made-up score', async () => {
            const card = await renderScored({
                state: 'Insufficient data',
                score: null,
                band: null,
                effectiveBand: null,
                coverage: 40
            });

            expect(byDataId(card, 'ring')).toBeNull();
            expect(byDataId(card, 'insufficient-data')!.textContent).toContain('c.HealthCardInsufficientData');
            expect(byDataId(card, 'coverage')!.textContent).toBe('40%');
            expect(byDataId(card, 'band')).toBeNull();
            await expect(card).toBeAccessible();
        });

        it('explains an account that has never been scored, and still offers Recalculate', async () => {
            const card = await renderScored({ state: 'Not scored', score: null, band: null, effectiveBand: null });

            expect(byDataId(card, 'not-scored')!.textContent).toContain('c.HealthCardNotScored');
            expect(byDataId(card, 'ring')).toBeNull();
            expect(button(card, 'c.HealthCardRecalculate')).toBeDefined();
            await expect(card).toBeAccessible();
        });

        it('shows the no-access state when Apex refuses the health fields', async () => {
            const card = mountCard();
            healthAdapter.error(apexError('c.HealthErrorNoAccess').body);
            await flushPromises();

            const [status] = findAllByRole(card, 'status');
            expect(deepText(status)).toBe('c.HealthCardNoAccess');
            expect(findAllByRole(card, 'alert')).toHaveLength(0);
            expect(button(card, 'c.HealthCardRecalculate')).toBeUndefined();
            await expect(card).toBeAccessible();
        });

        it('shows any other error with its message in an alert', async () => {
            const card = mountCard();
            healthAdapter.error({ message: 'The account was not found' });
            await flushPromises();

            const alerts = findAllByRole(card, 'alert');
            expect(alerts).toHaveLength(1);
            expect(deepText(alerts[0])).toBe('c.HealthCardLoadError The account was not found');
            expect(button(card, 'c.HealthCardRecalculate')).toBeUndefined();
            await expect(card).toBeAccessible();
        });
    });

    describe('actions', () => {
        it('recalculates through Apex, refreshes the cached read and shows the new score', async () => {
            const card = await renderScored();
            const toast = toasts(card);
            recalculateMock.mockResolvedValue(scoredHealth({ score: 81.2, effectiveBand: 'Green', band: 'Green' }));

            button(card, 'c.HealthCardRecalculate')!.click();
            await flushPromises();

            expect(recalculateMock).toHaveBeenCalledWith({ accountId: ACCOUNT_ID });
            expect(refreshApexMock).toHaveBeenCalledTimes(1);
            expect(visibleText(card)).toContain('81.2');
            expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: 'c.HealthCardRecalculated' }));
            await expect(card).toBeAccessible();
        });

        it('reports a failed recalculation in an error toast and keeps the card', async () => {
            const card = await renderScored();
            const toast = toasts(card);
            recalculateMock.mockRejectedValue(apexError('Recalculation failed: Read-only record'));

            button(card, 'c.HealthCardRecalculate')!.click();
            await flushPromises();

            expect(refreshApexMock).not.toHaveBeenCalled();
            expect(toast).toHaveBeenCalledWith(
                expect.objectContaining({
                    title: 'c.HealthCardActionFailed',
                    message: 'Recalculation failed: Read-only record',
                    variant: 'error'
                })
            );
            expect(visibleText(card)).toContain('72.5');
            await expect(card).toBeAccessible();
        });

        it('offers no override actions to a user who may not override', async () => {
            const card = await renderScored({ canOverride: false, isOverridden: true, overrideBand: 'Red' });

            expect(button(card, 'c.HealthCardSetOverride')).toBeUndefined();
            expect(button(card, 'c.HealthCardClearOverride')).toBeUndefined();
            expect(button(card, 'c.HealthCardRecalculate')).toBeDefined();
            await expect(card).toBeAccessible();
        });

        it('opens the override dialog and refuses to save without band, reason and expiry', async () => {
            const card = await renderScored();
            const focus = jest.spyOn(HTMLElement.prototype, 'focus');

            button(card, 'c.HealthCardSetOverride')!.click();
            await flushPromises();
            const dialog = byDataId(card, 'override-dialog')!;
            // Focus moves into the dialog, to its first field.
            expect(focus.mock.contexts).toContain(byDataId(card, 'override-band'));
            focus.mockRestore();
            expect(dialog.getAttribute('role')).toBe('dialog');
            expect(dialog.getAttribute('aria-modal')).toBe('true');
            // The dialog's accessible name is its title.
            const title = dialog.querySelector('#' + dialog.getAttribute('aria-labelledby'))!;
            expect(title.textContent).toBe('c.HealthOverrideTitle');
            await expect(card).toBeAccessible();

            button(card, 'c.HealthOverrideSave')!.click();
            await flushPromises();

            const errors = byDataId(card, 'override-errors')!;
            expect(errors.getAttribute('role')).toBe('alert');
            expect(errors.textContent).toContain('c.HealthOverrideBandInvalid');
            expect(errors.textContent).toContain('c.HealthOverrideReasonRequired');
            expect(errors.textContent).toContain('c.HealthOverrideExpiryRequired');
            expect(setOverrideMock).not.toHaveBeenCalled();
            await expect(card).toBeAccessible();
        });

        it('refuses an expiry in the past or more than 90 days ahead, and a reason that is too long', async () => {
            const card = await renderScored();
            button(card, 'c.HealthCardSetOverride')!.click();
            await flushPromises();

            change(byDataId(card, 'override-band')!, 'Red');
            change(byDataId(card, 'override-reason')!, 'x'.repeat(256));
            change(byDataId(card, 'override-expiry')!, isoDaysAhead(-30));
            button(card, 'c.HealthOverrideSave')!.click();
            await flushPromises();

            let errors = byDataId(card, 'override-errors')!.textContent;
            expect(errors).toContain('c.HealthOverrideReasonTooLong');
            expect(errors).toContain('c.HealthOverrideExpiryInPast');
            expect(errors).not.toContain('c.HealthOverrideBandInvalid');

            change(byDataId(card, 'override-reason')!, 'Champion resigned');
            change(byDataId(card, 'override-expiry')!, isoDaysAhead(120));
            button(card, 'c.HealthOverrideSave')!.click();
            await flushPromises();

            errors = byDataId(card, 'override-errors')!.textContent;
            expect(errors).toContain('c.HealthOverrideExpiryTooFar');
            expect(setOverrideMock).not.toHaveBeenCalled();
            await expect(card).toBeAccessible();
        });

        it('saves a valid override through Apex, refreshes and closes the dialog', async () => {
            const card = await renderScored();
            const toast = toasts(card);
            setOverrideMock.mockResolvedValue(
                scoredHealth({
                    isOverridden: true,
                    effectiveBand: 'Red',
                    overrideBand: 'Red',
                    overrideReason: 'Champion resigned',
                    overrideExpiresOn: isoDaysAhead(14)
                })
            );
            button(card, 'c.HealthCardSetOverride')!.click();
            await flushPromises();

            const expiry = isoDaysAhead(14);
            change(byDataId(card, 'override-band')!, 'Red');
            change(byDataId(card, 'override-reason')!, '  Champion resigned ');
            change(byDataId(card, 'override-expiry')!, expiry);
            button(card, 'c.HealthOverrideSave')!.click();
            await flushPromises();

            expect(setOverrideMock).toHaveBeenCalledWith({
                accountId: ACCOUNT_ID,
                band: 'Red',
                reason: 'Champion resigned',
                expiresOn: expiry
            });
            expect(refreshApexMock).toHaveBeenCalledTimes(1);
            expect(byDataId(card, 'override-dialog')).toBeNull();
            expect(deepText(byDataId(card, 'band')!)).toBe('c.HealthBandRed');
            expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: 'c.HealthCardOverrideSaved' }));
            await expect(card).toBeAccessible();
        });

        it('shows the refusal from Apex inside the dialog and keeps it open', async () => {
            const card = await renderScored();
            setOverrideMock.mockRejectedValue(apexError('c.HealthErrorOverrideNotAllowed'));
            button(card, 'c.HealthCardSetOverride')!.click();
            await flushPromises();

            change(byDataId(card, 'override-band')!, 'Green');
            change(byDataId(card, 'override-reason')!, 'Renewal signed early');
            change(byDataId(card, 'override-expiry')!, isoDaysAhead(10));
            button(card, 'c.HealthOverrideSave')!.click();
            await flushPromises();

            expect(setOverrideMock).toHaveBeenCalledTimes(1);
            expect(byDataId(card, 'override-dialog')).not.toBeNull();
            expect(byDataId(card, 'override-errors')!.textContent).toContain('c.HealthErrorOverrideNotAllowed');
            expect(refreshApexMock).not.toHaveBeenCalled();
            await expect(card).toBeAccessible();
        });

        it('closes the dialog without saving on Cancel and on Escape', async () => {
            const card = await renderScored();
            button(card, 'c.HealthCardSetOverride')!.click();
            await flushPromises();
            button(card, 'c.HealthOverrideCancel')!.click();
            await flushPromises();
            expect(byDataId(card, 'override-dialog')).toBeNull();

            button(card, 'c.HealthCardSetOverride')!.click();
            await flushPromises();
            byDataId(card, 'override-dialog')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
            await flushPromises();
            expect(byDataId(card, 'override-dialog')).toBeNull();
            expect(setOverrideMock).not.toHaveBeenCalled();
            await expect(card).toBeAccessible();
        });

        it('fills the dialog with the active override when it is edited', async () => {
            const card = await renderScored({
                isOverridden: true,
                effectiveBand: 'Red',
                overrideBand: 'Red',
                overrideReason: 'Champion resigned',
                overrideExpiresOn: '2026-12-06'
            });
            button(card, 'c.HealthCardSetOverride')!.click();
            await flushPromises();

            expect((byDataId(card, 'override-band') as HTMLElement & { value: string }).value).toBe('Red');
            expect((byDataId(card, 'override-reason') as HTMLElement & { value: string }).value).toBe(
                'Champion resigned'
            );
            expect((byDataId(card, 'override-expiry') as HTMLElement & { value: string }).value).toBe('2026-12-06');
            await expect(card).toBeAccessible();
        });

        it('clears the override through Apex and refreshes', async () => {
            const card = await renderScored({
                isOverridden: true,
                effectiveBand: 'Red',
                overrideBand: 'Red',
                overrideReason: 'Champion resigned',
                overrideExpiresOn: '2026-12-06'
            });
            const toast = toasts(card);
            clearOverrideMock.mockResolvedValue(scoredHealth());

            button(card, 'c.HealthCardClearOverride')!.click();
            await flushPromises();

            expect(clearOverrideMock).toHaveBeenCalledWith({ accountId: ACCOUNT_ID });
            expect(refreshApexMock).toHaveBeenCalledTimes(1);
            expect(byDataId(card, 'override')).toBeNull();
            expect(deepText(byDataId(card, 'band')!)).toBe('c.HealthBandYellow');
            expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: 'c.HealthCardOverrideCleared' }));
            await expect(card).toBeAccessible();
        });
    });
});
