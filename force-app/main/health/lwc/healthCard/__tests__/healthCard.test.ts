import HealthCard from 'c/healthCard';
import getAccountHealth from '@salesforce/apex/AccountHealthController.getAccountHealth';
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import { apexError, flushPromises, mount, visibleText } from '../../../../../../jest/helpers';
import { ACCOUNT_ID, scoredHealth } from '../../../../../../jest/fixtures/accountHealth';

jest.mock(
    '@salesforce/apex/AccountHealthController.getAccountHealth',
    () => {
        const { createApexTestWireAdapter: createAdapter } = jest.requireActual('@salesforce/sfdx-lwc-jest');
        return { default: createAdapter(jest.fn()) };
    },
    { virtual: true }
);

const healthAdapter = getAccountHealth as unknown as ReturnType<typeof createApexTestWireAdapter>;

function mountCard(): HTMLElement {
    return mount('c-health-card', HealthCard, { recordId: ACCOUNT_ID });
}

function byDataId(card: HTMLElement, id: string): HTMLElement | null {
    return card.shadowRoot!.querySelector(`[data-id="${id}"]`);
}

describe('c-health-card', () => {
    it('shows a spinner with assistive text while health loads', async () => {
        const card = mountCard();
        await flushPromises();

        const spinner = card.shadowRoot!.querySelector('lightning-spinner') as HTMLElement & {
            alternativeText: string;
        };
        expect(spinner).not.toBeNull();
        expect(spinner.alternativeText).toBe('c.HealthCardLoading');
        await expect(card).toBeAccessible();
    });

    it('asks Apex for the health of the account on whose page it sits, with one wire', async () => {
        mountCard();
        await flushPromises();

        expect(healthAdapter.getLastConfig()).toEqual({ accountId: ACCOUNT_ID });
    });

    it('draws the score as a ring with a text equivalent, and the band, coverage and change', async () => {
        const card = mountCard();
        healthAdapter.emit(scoredHealth());
        await flushPromises();

        const ring = byDataId(card, 'ring')!;
        expect(ring.getAttribute('role')).toBe('img');
        expect(ring.getAttribute('aria-label')).toBe('c.HealthCardScoreOutOf');
        expect(visibleText(card)).toContain('72.5');
        expect(byDataId(card, 'band')!.textContent).toBe('c.HealthBandYellow');
        expect(byDataId(card, 'band')!.className).toContain('band-badge_yellow');
        expect(byDataId(card, 'coverage')!.textContent).toBe('85%');
        expect(byDataId(card, 'change')!.textContent).toBe('-4.5');
        expect(byDataId(card, 'top-drag')!.textContent).toBe('Seat utilisation');
        expect(byDataId(card, 'model')!.textContent).toBe('Default');
        expect(byDataId(card, 'scored-at')!.textContent).toMatch(/2026/);
        expect(byDataId(card, 'override')).toBeNull();
        await expect(card).toBeAccessible();
    });

    it('fills the ring in proportion to the score', async () => {
        const card = mountCard();
        healthAdapter.emit(scoredHealth({ score: 50 }));
        await flushPromises();

        const value = card.shadowRoot!.querySelector('.ring__value')!;
        const [filled, circumference] = value.getAttribute('stroke-dasharray')!.split(' ').map(Number);
        expect(filled / circumference).toBeCloseTo(0.5, 3);
    });

    it('shows an active override with its band, expiry and reason, and keeps the computed band visible', async () => {
        const card = mountCard();
        healthAdapter.emit(
            scoredHealth({
                isOverridden: true,
                effectiveBand: 'Red',
                overrideBand: 'Red',
                overrideReason: 'Champion resigned',
                overrideExpiresOn: '2026-12-06'
            })
        );
        await flushPromises();

        const override = byDataId(card, 'override')!;
        expect(override).not.toBeNull();
        const badge = override.querySelector('lightning-badge') as HTMLElement & { label: string };
        expect(badge.label).toBe('c.HealthCardOverride');
        expect(byDataId(card, 'band')!.textContent).toBe('c.HealthBandRed');
        expect(override.textContent).toContain('c.HealthCardOverrideDetail');
        expect(override.textContent).toContain('c.HealthCardComputedBand');
        await expect(card).toBeAccessible();
    });

    it('shows "insufficient data" with the coverage instead of a made-up score', async () => {
        const card = mountCard();
        healthAdapter.emit(
            scoredHealth({ state: 'Insufficient data', score: null, band: null, effectiveBand: null, coverage: 40 })
        );
        await flushPromises();

        expect(byDataId(card, 'ring')).toBeNull();
        expect(byDataId(card, 'insufficient-data')!.textContent).toContain('c.HealthCardInsufficientData');
        expect(byDataId(card, 'coverage')!.textContent).toBe('40%');
        expect(byDataId(card, 'band')).toBeNull();
        await expect(card).toBeAccessible();
    });

    it('explains an account that has never been scored', async () => {
        const card = mountCard();
        healthAdapter.emit(scoredHealth({ state: 'Not scored', score: null, band: null, effectiveBand: null }));
        await flushPromises();

        expect(byDataId(card, 'not-scored')!.textContent).toContain('c.HealthCardNotScored');
        expect(byDataId(card, 'ring')).toBeNull();
        await expect(card).toBeAccessible();
    });

    it('shows the no-access state when Apex refuses the health fields', async () => {
        const card = mountCard();
        healthAdapter.error(apexError('c.HealthErrorNoAccess').body);
        await flushPromises();

        expect(byDataId(card, 'no-access')!.textContent).toBe('c.HealthCardNoAccess');
        expect(byDataId(card, 'error')).toBeNull();
        await expect(card).toBeAccessible();
    });

    it('shows any other error with its message in an alert', async () => {
        const card = mountCard();
        healthAdapter.error({ message: 'The account was not found' });
        await flushPromises();

        const error = byDataId(card, 'error')!;
        expect(error.getAttribute('role')).toBe('alert');
        expect(error.textContent).toContain('c.HealthCardLoadError');
        expect(error.textContent).toContain('The account was not found');
        await expect(card).toBeAccessible();
    });
});
