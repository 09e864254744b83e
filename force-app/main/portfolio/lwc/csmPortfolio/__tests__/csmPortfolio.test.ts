import CsmPortfolio from 'c/csmPortfolio';
import getPortfolio from '@salesforce/apex/PortfolioController.getPortfolio';
import type { ApexWireMock } from '../../../../../../jest/apexMocks';
import { navigateMock } from '../../../../../../jest/navigationMock';
import { apexError, deepText, findAllByRole, flushPromises, mount, visibleText } from '../../../../../../jest/helpers';
import { portfolio, RED_ACCOUNT_ID, row, YELLOW_ACCOUNT_ID } from '../../../../../../jest/fixtures/portfolio';

jest.mock(
    '@salesforce/apex/PortfolioController.getPortfolio',
    () => ({ default: jest.requireActual('../../../../../../jest/apexMocks').apexWireMock() }),
    { virtual: true }
);
jest.mock('lightning/navigation', () =>
    jest.requireActual('../../../../../../jest/navigationMock').navigationModuleMock()
);

const portfolioAdapter = getPortfolio as unknown as ApexWireMock;

type Labelled = HTMLElement & { label: string; disabled?: boolean; value?: string; options?: { value: string }[] };

function mountHome(properties: Record<string, unknown> = {}): HTMLElement {
    return mount('c-csm-portfolio', CsmPortfolio, properties);
}

function byDataId(home: HTMLElement, id: string): HTMLElement | null {
    return home.shadowRoot!.querySelector(`[data-id="${id}"]`);
}

function button(home: HTMLElement, label: string): Labelled | undefined {
    return Array.from(home.shadowRoot!.querySelectorAll<Labelled>('lightning-button')).find((el) => el.label === label);
}

function change(element: HTMLElement, value: string): void {
    element.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function tableRows(home: HTMLElement): string[][] {
    return Array.from(home.shadowRoot!.querySelectorAll('[data-id="account-row"]')).map((tr) =>
        // Each part of a cell (band badge, score, badge, line) as the user reads it, one space apart.
        Array.from(tr.children).map((cell) => deepText(cell))
    );
}

async function renderHome(overrides: Parameters<typeof portfolio>[0] = {}, properties = {}): Promise<HTMLElement> {
    const home = mountHome(properties);
    portfolioAdapter.emit(portfolio(overrides));
    await flushPromises();
    return home;
}

describe('c-csm-portfolio', () => {
    describe('states', () => {
        it('shows a spinner with assistive text while the portfolio loads', async () => {
            const home = mountHome();
            await flushPromises();

            const spinner = home.shadowRoot!.querySelector('lightning-spinner') as HTMLElement & {
                alternativeText: string;
            };
            expect(spinner.alternativeText).toBe('c.PortfolioLoading');
            expect(byDataId(home, 'accounts')).toBeNull();
            await expect(home).toBeAccessible();
        });

        it('renders with exactly one Apex call: the first page of every band and stage', async () => {
            const home = await renderHome();

            expect(portfolioAdapter.requests).toHaveBeenCalledTimes(1);
            expect(portfolioAdapter.requests).toHaveBeenCalledWith({
                band: '',
                lifecycleStage: '',
                pageSize: 25,
                pageNumber: 1
            });
            await expect(home).toBeAccessible();
        });

        it('lists the accounts ranked as Apex sent them, with band, score, stage, alerts and touch', async () => {
            const home = await renderHome();

            const headers = Array.from(home.shadowRoot!.querySelectorAll('thead th')).map((th) => th.textContent);
            expect(headers).toEqual([
                'c.PortfolioColumnAccount',
                'c.PortfolioColumnHealth',
                'c.PortfolioColumnArr',
                'c.PortfolioColumnStage',
                'c.PortfolioColumnRenewal',
                'c.PortfolioColumnAlerts',
                'c.PortfolioColumnTouch'
            ]);
            const rows = tableRows(home);
            expect(rows.map((cells) => cells[0])).toEqual(['Acme Analytics', 'Globex', 'New Logo']);
            expect(rows[0][1]).toBe('c.HealthBandRed 32.5');
            expect(rows[0][3]).toBe('Renewal');
            expect(rows[0][4]).toMatch(/2027/);
            expect(rows[0][5]).toBe('2');
            expect(rows[0][6]).toBe('c.PortfolioCadenceDaily c.PortfolioTouchLast');
            expect(rows[2][1]).toBe('c.PortfolioBandNone —');
            expect(rows[2][6]).toBe('c.PortfolioCadenceMonthly c.PortfolioTouchNever');
            const firstRow = home.shadowRoot!.querySelector('[data-id="account-row"]')!;
            expect(firstRow.querySelector('c-band-badge')!.shadowRoot!.querySelector('.band-badge_red')).not.toBeNull();
            expect(
                (firstRow.querySelector('lightning-formatted-number') as HTMLElement & { value: number }).value
            ).toBe(250000);
            expect(byDataId(home, 'summary')!.textContent).toBe('c.PortfolioSummary');
            await expect(home).toBeAccessible();
        });

        it('flags the accounts overdue for a touch and marks an overridden band', async () => {
            const home = await renderHome();

            const rows = Array.from(home.shadowRoot!.querySelectorAll('[data-id="account-row"]'));
            const overdue = (tr: Element): Labelled | null => tr.querySelector('[data-id="overdue"]');
            expect(overdue(rows[0])!.label).toBe('c.PortfolioTouchOverdue');
            expect(overdue(rows[1])).toBeNull();
            const override = rows[1].querySelector('lightning-badge') as Labelled;
            expect(override.label).toBe('c.PortfolioOverridden');
            expect(byDataId(home, 'touches-unavailable')).toBeNull();
            await expect(home).toBeAccessible();
        });

        it('says so when the last touches cannot be read, and flags nothing', async () => {
            const home = await renderHome({
                touchesAvailable: false,
                rows: [row({ name: 'Acme', isTouchOverdue: null, lastTouchOn: null })]
            });

            expect(byDataId(home, 'touches-unavailable')!.textContent).toBe('c.PortfolioTouchesUnavailable');
            expect(byDataId(home, 'overdue')).toBeNull();
            expect(visibleText(home)).not.toContain('c.PortfolioTouchNever');
            await expect(home).toBeAccessible();
        });

        it('lists the renewals coming up and the open alerts', async () => {
            const home = await renderHome();

            const renewals = byDataId(home, 'renewals')!;
            expect(renewals.querySelector('h3')!.textContent).toBe('c.PortfolioRenewals');
            expect(renewals.textContent).toContain('Acme Analytics');
            expect(renewals.textContent).toContain('c.PortfolioRenewalIn');
            const alerts = byDataId(home, 'alerts')!;
            expect(alerts.querySelector('h3')!.textContent).toBe('c.PortfolioAlerts');
            expect(alerts.textContent).toContain('Score drop');
            expect(alerts.textContent).toContain('Score fell 16 points in 30 days');
            expect(alerts.textContent).toContain('c.PortfolioAlertRaised');
            await expect(home).toBeAccessible();
        });

        it('says when there are no renewals, no alerts, and when more renewals exist than are listed', async () => {
            const home = await renderHome({ renewals: [], renewalCount: 0, alerts: [], openAlertCount: 0 });

            expect(byDataId(home, 'renewals-empty')!.textContent).toBe('c.PortfolioRenewalsEmpty');
            expect(byDataId(home, 'alerts-empty')!.textContent).toBe('c.PortfolioAlertsEmpty');
            await expect(home).toBeAccessible();

            portfolioAdapter.emit(portfolio({ renewalCount: 30, isBookTruncated: true, bookSize: 2000 }));
            await flushPromises();
            expect(byDataId(home, 'renewals')!.textContent).toContain('c.PortfolioRenewalsMore');
            expect(byDataId(home, 'truncated')!.textContent).toBe('c.PortfolioBookTruncated');
            await expect(home).toBeAccessible();
        });

        it('explains an empty book', async () => {
            const home = await renderHome({ bookSize: 0, rows: [], matchCount: 0, renewals: [], alerts: [] });

            expect(byDataId(home, 'empty-book')!.textContent).toBe('c.PortfolioEmptyBook');
            expect(byDataId(home, 'accounts')).toBeNull();
            expect(home.shadowRoot!.querySelector('lightning-combobox')).toBeNull();
            await expect(home).toBeAccessible();
        });

        it('shows the no-access state when Apex refuses the accounts', async () => {
            const home = mountHome();
            portfolioAdapter.error(apexError('c.PortfolioErrorNoAccess').body);
            await flushPromises();

            const [status] = findAllByRole(home, 'status');
            expect(deepText(status)).toBe('c.PortfolioNoAccess');
            expect(findAllByRole(home, 'alert')).toHaveLength(0);
            expect(byDataId(home, 'accounts')).toBeNull();
            await expect(home).toBeAccessible();
        });

        it('shows any other error with its message in an alert', async () => {
            const home = mountHome();
            portfolioAdapter.error({ message: 'Something went wrong' });
            await flushPromises();

            const alerts = findAllByRole(home, 'alert');
            expect(alerts).toHaveLength(1);
            expect(deepText(alerts[0])).toBe('c.PortfolioLoadError Something went wrong');
            expect(byDataId(home, 'accounts')).toBeNull();
            await expect(home).toBeAccessible();
        });
    });

    describe('filters and pages', () => {
        it('offers every band and the lifecycle stages, and asks Apex for the filtered first page', async () => {
            const home = await renderHome({ pageNumber: 2, pageCount: 3 });
            const bandFilter = byDataId(home, 'band-filter') as Labelled;
            const stageFilter = byDataId(home, 'stage-filter') as Labelled;
            expect(bandFilter.label).toBe('c.PortfolioFilterBand');
            expect(bandFilter.options!.map((option) => option.value)).toEqual(['', 'Red', 'Yellow', 'Green', 'None']);
            expect(stageFilter.options!.map((option) => option.value)).toEqual([
                '',
                'Onboarding',
                'Adoption',
                'Renewal'
            ]);

            change(bandFilter, 'Red');
            await flushPromises();
            expect(portfolioAdapter.requests).toHaveBeenLastCalledWith({
                band: 'Red',
                lifecycleStage: '',
                pageSize: 25,
                pageNumber: 1
            });
            // The current page stays on screen, with a spinner, until the new one arrives.
            expect(home.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
            expect(byDataId(home, 'accounts')).not.toBeNull();

            change(stageFilter, 'Renewal');
            await flushPromises();
            expect(portfolioAdapter.requests).toHaveBeenLastCalledWith({
                band: 'Red',
                lifecycleStage: 'Renewal',
                pageSize: 25,
                pageNumber: 1
            });
            portfolioAdapter.emit(portfolio({ rows: [portfolio().rows![0]], matchCount: 1 }));
            await flushPromises();
            expect(home.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
            expect(tableRows(home)).toHaveLength(1);
            await expect(home).toBeAccessible();
        });

        it('says when no account matches and clears the filters', async () => {
            const home = await renderHome();
            change(byDataId(home, 'band-filter')!, 'Green');
            portfolioAdapter.emit(portfolio({ rows: [], matchCount: 0 }));
            await flushPromises();

            expect(byDataId(home, 'empty-filter')!.textContent).toContain('c.PortfolioEmptyFilter');
            await expect(home).toBeAccessible();

            button(home, 'c.PortfolioClearFilters')!.click();
            await flushPromises();
            expect(portfolioAdapter.requests).toHaveBeenLastCalledWith({
                band: '',
                lifecycleStage: '',
                pageSize: 25,
                pageNumber: 1
            });
        });

        it('says how many churned accounts are left out of the book and lists them under the Churned stage', async () => {
            const home = await renderHome({ churnedCount: 2 });
            expect(deepText(byDataId(home, 'churned-hidden')!)).toBe('c.PortfolioChurnedHidden');
            await expect(home).toBeAccessible();

            button(home, 'c.PortfolioShowChurned')!.click();
            await flushPromises();
            expect(portfolioAdapter.requests).toHaveBeenLastCalledWith({
                band: '',
                lifecycleStage: 'Churned',
                pageSize: 25,
                pageNumber: 1
            });
            const churned = row({
                name: 'Gone Inc',
                band: null,
                score: null,
                lifecycleStage: 'Churned',
                cadence: null
            });
            portfolioAdapter.emit(portfolio({ churnedCount: 2, rows: [churned], matchCount: 1 }));
            await flushPromises();

            expect((byDataId(home, 'stage-filter') as Labelled).value).toBe('Churned');
            expect(tableRows(home).map((cells) => cells[0])).toEqual(['Gone Inc']);
            expect(byDataId(home, 'churned-hidden')).toBeNull();
        });

        it('offers the churned accounts when every account of the book has churned', async () => {
            const home = await renderHome({ bookSize: 0, churnedCount: 1, rows: [], matchCount: 0 });

            expect(byDataId(home, 'empty-book')).toBeNull();
            expect(deepText(byDataId(home, 'churned-hidden')!)).toContain('c.PortfolioChurnedHiddenOne');
            expect(byDataId(home, 'empty-filter')!.textContent).toContain('c.PortfolioEmptyFilter');
            expect(button(home, 'c.PortfolioShowChurned')).toBeDefined();
            await expect(home).toBeAccessible();
        });

        it('pages forward and back, and disables the buttons at either end', async () => {
            const home = await renderHome({ pageNumber: 1, pageCount: 3, matchCount: 60 }, { pageSize: 20 });

            expect(portfolioAdapter.requests).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 20 }));
            expect(byDataId(home, 'page-status')!.textContent).toBe('c.PortfolioPageStatus');
            expect(button(home, 'c.PortfolioPrevious')!.disabled).toBe(true);
            expect(button(home, 'c.PortfolioNext')!.disabled).toBe(false);

            button(home, 'c.PortfolioNext')!.click();
            await flushPromises();
            expect(portfolioAdapter.requests).toHaveBeenLastCalledWith(expect.objectContaining({ pageNumber: 2 }));
            expect(button(home, 'c.PortfolioNext')!.disabled).toBe(true);

            portfolioAdapter.emit(portfolio({ pageNumber: 3, pageCount: 3, matchCount: 60 }));
            await flushPromises();
            expect(button(home, 'c.PortfolioNext')!.disabled).toBe(true);
            expect(button(home, 'c.PortfolioPrevious')!.disabled).toBe(false);

            button(home, 'c.PortfolioPrevious')!.click();
            await flushPromises();
            expect(portfolioAdapter.requests).toHaveBeenLastCalledWith(expect.objectContaining({ pageNumber: 2 }));
            await expect(home).toBeAccessible();
        });

        it('asks for nothing, and waits for nothing, when the filters do not change', async () => {
            const home = await renderHome();

            change(byDataId(home, 'band-filter')!, '');
            await flushPromises();

            expect(portfolioAdapter.requests).toHaveBeenCalledTimes(1);
            expect(home.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
            await expect(home).toBeAccessible();
        });

        it('falls back to 25 accounts a page when the page size set is out of range', async () => {
            const home = await renderHome({}, { pageSize: 500 });

            expect(portfolioAdapter.requests).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 25 }));
            await expect(home).toBeAccessible();
        });
    });

    describe('capacity, QBRs due and plans at risk', () => {
        function facts(home: HTMLElement): Record<string, string> {
            const entries = Array.from(byDataId(home, 'capacity')!.querySelectorAll('dl > div')).map((group) => [
                group.querySelector('dt')!.textContent ?? '',
                deepText(group.querySelector('dd')!)
            ]);
            return Object.fromEntries(entries);
        }

        it('shows the book against capacity as a labelled meter, with the touch model, touches due and bands', async () => {
            const home = await renderHome();

            const capacity = byDataId(home, 'capacity')!;
            expect(capacity.querySelector('h3')!.textContent).toBe('c.PortfolioCapacityTitle');
            const meter = byDataId(home, 'capacity-meter') as HTMLMeterElement;
            expect(meter.tagName).toBe('METER');
            expect(meter.getAttribute('aria-label')).toBe('c.PortfolioCapacityMeter');
            expect(Number(meter.value)).toBe(17);
            expect(byDataId(home, 'capacity-percent')!.textContent).toBe('c.PortfolioCapacityPercent');
            expect(byDataId(home, 'over-capacity')).toBeNull();
            expect(facts(home)).toEqual({
                'c.PortfolioCapacityAccounts': '3',
                'c.PortfolioCapacityTouchModel': 'c.PortfolioTouchModelHigh',
                'c.PortfolioCapacityArr': '',
                'c.PortfolioCapacityArrPerCsm': '',
                'c.PortfolioCapacityTouchesDue': '2',
                'c.PortfolioCapacityBands':
                    'c.HealthBandRed 1 c.HealthBandYellow 1 c.HealthBandGreen 0 c.PortfolioBandNone 1'
            });
            // Each band as the user reads it: its badge, then its count.
            const bands = Array.from(byDataId(home, 'band-counts')!.querySelectorAll('.band-count')).map((band) =>
                Array.from(band.children).map((part) => deepText(part))
            );
            expect(bands).toEqual([
                ['c.HealthBandRed', '1'],
                ['c.HealthBandYellow', '1'],
                ['c.HealthBandGreen', '0'],
                ['c.PortfolioBandNone', '1']
            ]);
            const badges = Array.from(
                byDataId(home, 'band-counts')!.querySelectorAll<HTMLElement & { band: string }>('c-band-badge')
            );
            expect(badges.map((badge) => badge.band)).toEqual(['Red', 'Yellow', 'Green', '']);
            const amounts = Array.from(
                capacity.querySelectorAll<HTMLElement & { value: number }>('lightning-formatted-number')
            ).map((number) => number.value);
            expect(amounts).toEqual([260000, 1500000]);
            await expect(home).toBeAccessible();
        });

        it('flags a book over capacity and names each touch model', async () => {
            const over = { ...portfolio().capacity!, arrPercent: 140, touchModel: 'Tech Touch', accounts: 240 };
            const home = await renderHome({ capacity: over });

            expect(Number((byDataId(home, 'capacity-meter') as HTMLMeterElement).value)).toBe(100);
            expect((byDataId(home, 'over-capacity') as Labelled).label).toBe('c.PortfolioCapacityOver');
            expect(byDataId(home, 'touch-model')!.textContent).toBe('c.PortfolioTouchModelTech');
            await expect(home).toBeAccessible();

            portfolioAdapter.emit(portfolio({ capacity: { ...over, touchModel: 'Low Touch', arrPercent: 60 } }));
            await flushPromises();
            expect(byDataId(home, 'touch-model')!.textContent).toBe('c.PortfolioTouchModelLow');
            expect(byDataId(home, 'over-capacity')).toBeNull();
        });

        it('says touches due are counted after the nightly job when it has not run', async () => {
            const home = await renderHome({
                capacity: { ...portfolio().capacity!, touchesComputed: false, touchesDue: 0 }
            });

            expect(byDataId(home, 'touches-due')!.textContent).toBe('c.PortfolioCapacityTouchesPending');
            await expect(home).toBeAccessible();
        });

        it('lists the QBRs due: overdue flagged, a planned review by its type, the last review or none', async () => {
            const home = await renderHome();

            const reviews = byDataId(home, 'reviews')!;
            expect(reviews.querySelector('h3')!.textContent).toBe('c.PortfolioReviewsDue');
            const items = Array.from(reviews.querySelectorAll('[data-id="review-due"]'));
            expect(items.map((item) => item.querySelector('a')!.textContent)).toEqual(['Acme Analytics', 'Globex']);
            expect((items[0].querySelector('[data-id="review-overdue"]') as Labelled).label).toBe(
                'c.PortfolioReviewOverdue'
            );
            expect(Array.from(items[0].querySelectorAll('p')).map((line) => line.textContent)).toEqual([
                'c.PortfolioReviewOverdueSince',
                'c.PortfolioReviewLast'
            ]);
            expect(items[1].querySelector('[data-id="review-overdue"]')).toBeNull();
            expect(Array.from(items[1].querySelectorAll('p')).map((line) => line.textContent)).toEqual([
                'c.PortfolioReviewPlannedOn',
                'c.PortfolioReviewNever'
            ]);
            expect(items[1].querySelector('a')!.getAttribute('href')).toBe(
                `/lightning/r/Account/${YELLOW_ACCOUNT_ID}/view`
            );
            await expect(home).toBeAccessible();
        });

        it('says a review is due by the cadence when none is planned', async () => {
            const due = { ...portfolio().reviewsDue![0], isOverdue: false, daysUntilDue: 5, dueOn: '2026-11-28' };
            const home = await renderHome({ reviewsDue: [due], reviewDueCount: 1 });

            const item = home.shadowRoot!.querySelector('[data-id="review-due"]')!;
            expect(item.querySelector('p')!.textContent).toBe('c.PortfolioReviewDueOn');
            expect(item.querySelector('[data-id="review-overdue"]')).toBeNull();
            await expect(home).toBeAccessible();
        });

        it('lists the plans at risk with every reason and the account', async () => {
            const home = await renderHome();

            const plans = byDataId(home, 'plans')!;
            expect(plans.querySelector('h3')!.textContent).toBe('c.PortfolioPlansAtRisk');
            const item = plans.querySelector('[data-id="plan-at-risk"]')!;
            expect(item.querySelector('.slds-text-heading_small')!.textContent).toBe('Adoption plan 2026');
            expect(item.querySelector('a')!.textContent).toBe('Acme Analytics');
            expect(item.querySelector('a')!.getAttribute('href')).toBe(`/lightning/r/Account/${RED_ACCOUNT_ID}/view`);
            expect(item.querySelector('p:last-child')!.textContent).toBe(
                'c.PortfolioPlanMarkedAtRisk; c.PortfolioPlanObjectivesAtRisk; c.PortfolioPlanMilestonesOverdue; c.PortfolioPlanPastTarget'
            );

            item.querySelector('a')!.click();
            expect(navigateMock()).toHaveBeenLastCalledWith({
                type: 'standard__recordPage',
                attributes: { recordId: RED_ACCOUNT_ID, objectApiName: 'Account', actionName: 'view' }
            });
            await expect(home).toBeAccessible();
        });

        it('names only the reasons a plan has', async () => {
            const plan = {
                ...portfolio().plansAtRisk![0],
                isMarkedAtRisk: false,
                objectivesAtRisk: 0,
                overdueMilestones: 3,
                isPastTarget: false
            };
            const home = await renderHome({ plansAtRisk: [plan] });

            const item = home.shadowRoot!.querySelector('[data-id="plan-at-risk"]')!;
            expect(item.querySelector('p:last-child')!.textContent).toBe('c.PortfolioPlanMilestonesOverdue');
            await expect(home).toBeAccessible();
        });

        it('says when no QBR is due and no plan is at risk, and when there are more than listed', async () => {
            const home = await renderHome({ reviewsDue: [], reviewDueCount: 0, plansAtRisk: [], planAtRiskCount: 0 });

            expect(byDataId(home, 'reviews-empty')!.textContent).toBe('c.PortfolioReviewsEmpty');
            expect(byDataId(home, 'plans-empty')!.textContent).toBe('c.PortfolioPlansEmpty');
            await expect(home).toBeAccessible();

            portfolioAdapter.emit(portfolio({ reviewDueCount: 25, planAtRiskCount: 21 }));
            await flushPromises();
            expect(byDataId(home, 'reviews')!.textContent).toContain('c.PortfolioReviewsMore');
            expect(byDataId(home, 'plans')!.textContent).toContain('c.PortfolioPlansMore');
            await expect(home).toBeAccessible();
        });

        it('says so when the reviews or plans cannot be read, and lists none', async () => {
            const home = await renderHome({ reviewsAvailable: false, plansAvailable: false });

            expect(byDataId(home, 'reviews-unavailable')!.textContent!.trim()).toBe('c.PortfolioReviewsUnavailable');
            expect(byDataId(home, 'plans-unavailable')!.textContent).toBe('c.PortfolioPlansUnavailable');
            expect(home.shadowRoot!.querySelector('[data-id="review-due"]')).toBeNull();
            expect(home.shadowRoot!.querySelector('[data-id="plan-at-risk"]')).toBeNull();
            await expect(home).toBeAccessible();
        });

        it('shows no capacity before the book has one', async () => {
            const home = await renderHome({ capacity: null });

            expect(byDataId(home, 'capacity')).toBeNull();
            expect(byDataId(home, 'accounts')).not.toBeNull();
            await expect(home).toBeAccessible();
        });
    });

    describe('navigation', () => {
        it('opens the account record page from its name, a renewal or an alert', async () => {
            const home = await renderHome();
            const link = home.shadowRoot!.querySelector<HTMLAnchorElement>('[data-id="account-row"] a')!;
            expect(link.getAttribute('href')).toBe(`/lightning/r/Account/${RED_ACCOUNT_ID}/view`);

            link.click();
            byDataId(home, 'alerts')!.querySelector('a')!.click();
            expect(navigateMock()).toHaveBeenCalledTimes(2);
            expect(navigateMock()).toHaveBeenLastCalledWith({
                type: 'standard__recordPage',
                attributes: { recordId: RED_ACCOUNT_ID, objectApiName: 'Account', actionName: 'view' }
            });
            await expect(home).toBeAccessible();
        });
    });
});
