import HealthBacktest from 'c/healthBacktest';
import getBacktest from '@salesforce/apex/HealthModelAdminController.getBacktest';
import { apexError, deepText, flushPromises, mount, visibleText } from '../../../../../../jest/helpers';
import { backtestNotEnough, backtestReady } from '../../../../../../jest/fixtures/healthAdmin';

jest.mock(
    '@salesforce/apex/HealthModelAdminController.getBacktest',
    () => ({ default: jest.requireActual('../../../../../../jest/apexMocks').apexMethodMock() }),
    { virtual: true }
);

const getBacktestMock = getBacktest as unknown as jest.Mock;

type Labelled = HTMLElement & { label: string; value?: string; disabled?: boolean };

async function render(result = backtestReady()): Promise<HTMLElement> {
    getBacktestMock.mockResolvedValueOnce(result);
    const backtest = mount('c-health-backtest', HealthBacktest);
    await flushPromises();
    return backtest;
}

function byDataId(backtest: HTMLElement, id: string): HTMLElement | null {
    return backtest.shadowRoot!.querySelector(`[data-id="${id}"]`);
}

function byLabel(backtest: HTMLElement, selector: string, label: string): Labelled | undefined {
    return Array.from(backtest.shadowRoot!.querySelectorAll<Labelled>(selector)).find((el) => el.label === label);
}

function horizonInput(backtest: HTMLElement): Labelled {
    return byLabel(backtest, 'lightning-input', 'c.HealthBacktestHorizon')!;
}

function runButton(backtest: HTMLElement): Labelled {
    return byLabel(backtest, 'lightning-button', 'c.HealthBacktestRun')!;
}

/** Each row's cells as the user reads them, the band badge's name included. */
function tableRows(backtest: HTMLElement): string[][] {
    return Array.from(byDataId(backtest, 'bands')!.querySelectorAll('tbody tr')).map((tr) =>
        Array.from(tr.children).map((cell) => deepText(cell))
    );
}

describe('c-health-backtest', () => {
    it('shows a spinner with assistive text while the backtest runs', async () => {
        getBacktestMock.mockReturnValueOnce(new Promise(() => undefined));
        const backtest = mount('c-health-backtest', HealthBacktest);
        await flushPromises();

        const spinner = backtest.shadowRoot!.querySelector('lightning-spinner') as HTMLElement & {
            alternativeText: string;
        };
        expect(spinner.alternativeText).toBe('c.HealthBacktestLoading');
        expect(runButton(backtest).disabled).toBe(true);
        await expect(backtest).toBeAccessible();
    });

    it('renders with exactly one Apex call, at the org default horizon', async () => {
        const backtest = await render();

        expect(getBacktestMock).toHaveBeenCalledTimes(1);
        expect(getBacktestMock).toHaveBeenCalledWith({ daysBefore: null });
        expect(horizonInput(backtest).value).toBe('90');
        await expect(backtest).toBeAccessible();
    });

    it('shows the AUC, the accounts used and the churn rate per band', async () => {
        const backtest = await render();

        expect(byDataId(backtest, 'auc')!.textContent).toBe('0.812');
        expect(byDataId(backtest, 'accounts-used')!.textContent).toBe('60');
        expect(byDataId(backtest, 'auc-help')!.textContent).toBe('c.HealthBacktestAucHelp');
        expect(byDataId(backtest, 'summary')!.textContent).toBe('c.HealthBacktestSummary');
        const headers = Array.from(byDataId(backtest, 'bands')!.querySelectorAll('thead th')).map(
            (th) => th.textContent
        );
        expect(headers).toEqual([
            'c.HealthBacktestBand',
            'c.HealthBacktestAccounts',
            'c.HealthBacktestChurned',
            'c.HealthBacktestChurnRate'
        ]);
        expect(tableRows(backtest)).toEqual([
            ['c.HealthBandRed', '10', '7', '70%'],
            ['c.HealthBandYellow', '20', '4', '20%'],
            ['c.HealthBandGreen', '30', '1', '3.3%']
        ]);
        // Each row's badge is in its band's colour.
        const badges = Array.from(
            byDataId(backtest, 'bands')!.querySelectorAll<HTMLElement & { band: string }>('tbody c-band-badge')
        );
        expect(badges.map((badge) => badge.band)).toEqual(['Red', 'Yellow', 'Green']);
        expect(byDataId(backtest, 'not-enough')).toBeNull();
        await expect(backtest).toBeAccessible();
    });

    it('shows a dash for a band without accounts', async () => {
        const backtest = await render(
            backtestReady({
                bands: [
                    { band: 'Red', accounts: 0, churned: 0, churnRate: null },
                    { band: 'Yellow', accounts: 30, churned: 10, churnRate: 33.3 },
                    { band: 'Green', accounts: 30, churned: 2, churnRate: 6.7 }
                ]
            })
        );

        expect(tableRows(backtest)[0]).toEqual(['c.HealthBandRed', '0', '0', '—']);
        await expect(backtest).toBeAccessible();
    });

    it('says when there are not enough outcomes, with the reason, and shows no figures', async () => {
        const backtest = await render(backtestNotEnough());

        const notEnough = byDataId(backtest, 'not-enough')!;
        expect(notEnough.textContent).toContain('c.HealthBacktestNotEnough');
        expect(notEnough.textContent).toContain('5 accounts with a resolved renewal');
        expect(byDataId(backtest, 'auc')).toBeNull();
        expect(byDataId(backtest, 'bands')).toBeNull();
        await expect(backtest).toBeAccessible();
    });

    it('shows why the backtest could not run in an alert', async () => {
        getBacktestMock.mockRejectedValueOnce(apexError('Only a Lodestar admin can do this.'));
        const backtest = mount('c-health-backtest', HealthBacktest);
        await flushPromises();

        const panel = byDataId(backtest, 'error')!;
        expect(visibleText(panel)).toContain('c.HealthBacktestLoadError');
        expect(visibleText(panel)).toContain('Only a Lodestar admin can do this.');
        expect(panel.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
        expect(byDataId(backtest, 'figures')).toBeNull();
        await expect(backtest).toBeAccessible();
    });

    it('re-runs the backtest at the horizon the admin enters', async () => {
        const backtest = await render();
        getBacktestMock.mockResolvedValueOnce(backtestReady({ daysBefore: 180, accountsUsed: 40, auc: 0.745 }));

        horizonInput(backtest).dispatchEvent(new CustomEvent('change', { detail: { value: '180' } }));
        runButton(backtest).click();
        await flushPromises();

        expect(getBacktestMock).toHaveBeenCalledTimes(2);
        expect(getBacktestMock).toHaveBeenLastCalledWith({ daysBefore: 180 });
        expect(byDataId(backtest, 'auc')!.textContent).toBe('0.745');
        expect(byDataId(backtest, 'accounts-used')!.textContent).toBe('40');
        expect(horizonInput(backtest).value).toBe('180');
        await expect(backtest).toBeAccessible();
    });

    it('shows a refused horizon as an error, and recovers on the next run', async () => {
        const backtest = await render();
        getBacktestMock.mockRejectedValueOnce(apexError('Choose a number of days before the outcome from 1 to 730.'));

        horizonInput(backtest).dispatchEvent(new CustomEvent('change', { detail: { value: '900' } }));
        runButton(backtest).click();
        await flushPromises();

        expect(getBacktestMock).toHaveBeenLastCalledWith({ daysBefore: 900 });
        expect(visibleText(byDataId(backtest, 'error')!)).toContain('from 1 to 730');
        expect(byDataId(backtest, 'figures')).toBeNull();

        getBacktestMock.mockResolvedValueOnce(backtestReady());
        horizonInput(backtest).dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
        runButton(backtest).click();
        await flushPromises();

        expect(getBacktestMock).toHaveBeenLastCalledWith({ daysBefore: null });
        expect(byDataId(backtest, 'error')).toBeNull();
        expect(byDataId(backtest, 'auc')!.textContent).toBe('0.812');
        await expect(backtest).toBeAccessible();
    });
});
