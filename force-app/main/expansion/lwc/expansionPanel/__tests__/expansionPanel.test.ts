import ExpansionPanel from 'c/expansionPanel';
import getPanel from '@salesforce/apex/ExpansionSignalController.getPanel';
import acceptSignal from '@salesforce/apex/ExpansionSignalController.acceptSignal';
import dismissSignal from '@salesforce/apex/ExpansionSignalController.dismissSignal';
import convertSignal from '@salesforce/apex/ExpansionSignalController.convertSignal';
import detectSignals from '@salesforce/apex/ExpansionSignalController.detectSignals';
import { refreshApex } from '@salesforce/apex';
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import { apexError, deepText, findAllByRole, flushPromises, mount } from '../../../../../../jest/helpers';
import { navigateMock } from '../../../../../../jest/navigationMock';

jest.mock(
    '@salesforce/apex/ExpansionSignalController.getPanel',
    () => {
        const { createApexTestWireAdapter: createAdapter } = jest.requireActual('@salesforce/sfdx-lwc-jest');
        return { default: createAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/ExpansionSignalController.acceptSignal', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/ExpansionSignalController.dismissSignal', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/ExpansionSignalController.convertSignal', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/ExpansionSignalController.detectSignals', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('lightning/navigation', () =>
    jest.requireActual('../../../../../../jest/navigationMock').navigationModuleMock()
);
// The label as an admin reads it, so the link inside it can be checked.
jest.mock('@salesforce/label/c.ExpansionPanelOnOpportunity', () => ({ default: 'On {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.ExpansionPanelConvertedMessage', () => ({ default: 'Open {0} to work the deal.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.ExpansionPanelConvertedLink', () => ({ default: 'the new Opportunity' }), {
    virtual: true
});

type Panel = Awaited<ReturnType<typeof getPanel>>;

const panelAdapter = getPanel as unknown as ReturnType<typeof createApexTestWireAdapter>;
const acceptMock = acceptSignal as unknown as jest.Mock;
const dismissMock = dismissSignal as unknown as jest.Mock;
const convertMock = convertSignal as unknown as jest.Mock;
const detectMock = detectSignals as unknown as jest.Mock;
const refreshMock = refreshApex as unknown as jest.Mock;

const OPPORTUNITY_ID = '006000000000001AAA';
const SEAT_SIGNAL_ID = 'a0B000000000001AAA';
const PROMOTER_SIGNAL_ID = 'a0B000000000002AAA';

function greenPanel(overrides: Partial<Panel> = {}): Panel {
    return {
        accountId: '001000000000001AAA',
        accountName: 'Acme Analytics',
        isRed: false,
        health: { effectiveBand: 'Green', score: 82.5, topDrag: null },
        signals: [
            {
                id: SEAT_SIGNAL_ID,
                signalType: 'Seat utilisation',
                // A translated label, so the test tells the label the user reads from the stored value.
                signalTypeLabel: 'Utilisation des licences',
                strength: 2,
                evidence: '47 of 50 seats active (94%); 80% or more for 3 periods in a row',
                status: 'New',
                opportunityId: OPPORTUNITY_ID,
                opportunityName: 'Acme renewal',
                canConvert: true
            },
            {
                id: PROMOTER_SIGNAL_ID,
                signalType: 'Promoter',
                strength: 1,
                evidence: 'Latest NPS answer is 9 out of 10, given on 11/2/2026',
                status: 'Accepted',
                opportunityId: null,
                opportunityName: null,
                canConvert: true
            }
        ],
        alerts: [],
        ...overrides
    } as Panel;
}

function mountPanel(properties: Record<string, unknown> = {}): HTMLElement {
    return mount('c-expansion-panel', ExpansionPanel, {
        recordId: OPPORTUNITY_ID,
        objectApiName: 'Opportunity',
        ...properties
    });
}

function byDataId(panel: HTMLElement, id: string): HTMLElement | null {
    return panel.shadowRoot!.querySelector(`[data-id="${id}"]`);
}

function button(panel: HTMLElement, action: string, signalId: string): HTMLElement {
    return panel.shadowRoot!.querySelector(`lightning-button[data-action="${action}"][data-signal-id="${signalId}"]`)!;
}

function toastsOf(panel: HTMLElement): jest.Mock {
    const handler = jest.fn();
    panel.addEventListener('lightning__showtoast', handler);
    return handler;
}

describe('c-expansion-panel', () => {
    it('shows a spinner with assistive text while the panel loads, from one wire on the record', async () => {
        const panel = mountPanel();
        await flushPromises();

        const spinner = panel.shadowRoot!.querySelector('lightning-spinner') as HTMLElement & {
            alternativeText: string;
        };
        expect(spinner.alternativeText).toBe('c.ExpansionPanelLoading');
        expect(panelAdapter.getLastConfig()).toEqual({ recordId: OPPORTUNITY_ID });
        await expect(panel).toBeAccessible();
    });

    it('lists the signals with their type, strength, evidence and opportunity, under the health line', async () => {
        const panel = mountPanel();
        panelAdapter.emit(greenPanel());
        await flushPromises();

        expect(byDataId(panel, 'health')!.textContent).toBe('c.ExpansionPanelHealth');
        const items = panel.shadowRoot!.querySelectorAll('li.signal');
        expect(items).toHaveLength(2);
        expect(items[0].querySelector('h3')!.textContent).toBe('Utilisation des licences');
        expect(items[1].querySelector('h3')!.textContent).toBe('Promoter');
        expect(items[0].querySelector('.evidence')!.textContent).toBe(
            '47 of 50 seats active (94%); 80% or more for 3 periods in a row'
        );
        const strength = items[0].querySelector('lightning-badge') as HTMLElement & { label: string };
        expect(strength.label).toBe('c.ExpansionPanelStrength');
        expect(strength.className).toContain('strength_2');
        expect(items[0].querySelector('[data-id="opportunity"]')!.textContent).toBe('On Acme renewal');
        expect(items[1].querySelector('[data-id="opportunity"]')).toBeNull();
        expect(button(panel, 'accept', SEAT_SIGNAL_ID)).not.toBeNull();
        expect(button(panel, 'accept', PROMOTER_SIGNAL_ID)).toBeNull();
        const badges = Array.from(items[1].querySelectorAll('lightning-badge')) as (HTMLElement & { label: string })[];
        expect(badges.map((badge) => badge.label)).toContain('c.ExpansionPanelAcceptedBadge');
        expect(items[0].querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('c.ExpansionPanelActionsFor');
        await expect(panel).toBeAccessible();
    });

    it('hides the health line and caps the list through its design attributes', async () => {
        const panel = mountPanel({ hideHealth: true, maxSignals: 1 });
        panelAdapter.emit(greenPanel());
        await flushPromises();

        expect(byDataId(panel, 'health')).toBeNull();
        expect(panel.shadowRoot!.querySelectorAll('li.signal')).toHaveLength(1);
        await expect(panel).toBeAccessible();
    });

    it('says so when the account has no open signal', async () => {
        const panel = mountPanel();
        panelAdapter.emit(greenPanel({ signals: [], health: { effectiveBand: null, score: null } }));
        await flushPromises();

        expect(byDataId(panel, 'empty')!.textContent).toContain('c.ExpansionPanelEmpty');
        expect(byDataId(panel, 'health')!.textContent).toBe('c.ExpansionPanelNotScored');
        expect(byDataId(panel, 'signals')).toBeNull();
        await expect(panel).toBeAccessible();
    });

    it('shows a red account its risk, with band, top drag and open alerts, and no pitch', async () => {
        const panel = mountPanel();
        panelAdapter.emit(
            greenPanel({
                isRed: true,
                signals: [],
                health: { effectiveBand: 'Red', score: 38, topDrag: 'Seat utilisation' },
                alerts: [
                    { id: 'a0C000000000001AAA', reason: 'Band drop', detail: 'Green to Red in 30 days', status: 'Open' }
                ]
            })
        );
        await flushPromises();

        const risk = byDataId(panel, 'risk')!;
        expect(risk.textContent).toContain('c.ExpansionPanelRiskTitle');
        expect(deepText(byDataId(panel, 'band')!)).toBe('c.HealthBandRed');
        expect(byDataId(panel, 'band')!.shadowRoot!.querySelector('.band-badge_red')).not.toBeNull();
        expect(byDataId(panel, 'top-drag')!.textContent).toBe('c.ExpansionPanelTopDrag');
        expect(byDataId(panel, 'alerts')!.textContent).toContain('Band drop');
        expect(byDataId(panel, 'alerts')!.textContent).toContain('Green to Red in 30 days');
        expect(byDataId(panel, 'signals')).toBeNull();
        expect(panel.shadowRoot!.querySelector('lightning-button')).toBeNull();
        expect(panel.shadowRoot!.querySelector('lightning-button-icon')).toBeNull();
        await expect(panel).toBeAccessible();
    });

    it('says a red account has no open alerts when it has none', async () => {
        const panel = mountPanel();
        panelAdapter.emit(
            greenPanel({ isRed: true, signals: [], alerts: [], health: { effectiveBand: 'Red', score: 20 } })
        );
        await flushPromises();

        expect(byDataId(panel, 'no-alerts')!.textContent).toBe('c.ExpansionPanelNoAlerts');
        expect(byDataId(panel, 'top-drag')).toBeNull();
        await expect(panel).toBeAccessible();
    });

    it('shows the no-access state when Apex refuses the user', async () => {
        const panel = mountPanel();
        panelAdapter.error(apexError('c.ExpansionErrorNoAccess').body);
        await flushPromises();

        const [status] = findAllByRole(panel, 'status');
        expect(deepText(status)).toBe('c.ExpansionPanelNoAccess');
        expect(findAllByRole(panel, 'alert')).toHaveLength(0);
        expect(byDataId(panel, 'signals')).toBeNull();
        await expect(panel).toBeAccessible();
    });

    it('shows any other error with its message', async () => {
        const panel = mountPanel();
        panelAdapter.error({ message: 'This record has no account you can see' });
        await flushPromises();

        const alerts = findAllByRole(panel, 'alert');
        expect(alerts).toHaveLength(1);
        expect(deepText(alerts[0])).toBe('c.ExpansionPanelLoadError This record has no account you can see');
        expect(panel.shadowRoot!.querySelector('lightning-button-icon')).toBeNull();
        await expect(panel).toBeAccessible();
    });

    it('links a signal to its Opportunity record page, opened in the app on a click', async () => {
        const panel = mountPanel();
        panelAdapter.emit(greenPanel());
        await flushPromises();

        const link = panel.shadowRoot!.querySelector<HTMLAnchorElement>('[data-id="opportunity"] a')!;
        expect(link.textContent).toBe('Acme renewal');
        expect(link.getAttribute('href')).toBe(`/lightning/r/Opportunity/${OPPORTUNITY_ID}/view`);

        const click = new MouseEvent('click', { bubbles: true, cancelable: true });
        link.dispatchEvent(click);

        expect(click.defaultPrevented).toBe(true);
        expect(navigateMock()).toHaveBeenCalledWith({
            type: 'standard__recordPage',
            attributes: { recordId: OPPORTUNITY_ID, objectApiName: 'Opportunity', actionName: 'view' }
        });
        await expect(panel).toBeAccessible();
    });

    it('accepts a signal, confirms it and reloads the panel', async () => {
        acceptMock.mockResolvedValue(undefined);
        const panel = mountPanel();
        const toasts = toastsOf(panel);
        panelAdapter.emit(greenPanel());
        await flushPromises();

        button(panel, 'accept', SEAT_SIGNAL_ID).click();
        await flushPromises();

        expect(acceptMock).toHaveBeenCalledWith({ signalId: SEAT_SIGNAL_ID, reason: null });
        expect(toasts.mock.calls[0][0].detail).toMatchObject({
            title: 'c.ExpansionPanelAcceptedToast',
            variant: 'success'
        });
        expect(refreshMock).toHaveBeenCalledTimes(1);
        await expect(panel).toBeAccessible();
    });

    it('dismisses a signal only with a reason, then reloads the panel', async () => {
        dismissMock.mockResolvedValue(undefined);
        const panel = mountPanel();
        panelAdapter.emit(greenPanel());
        await flushPromises();

        button(panel, 'dismiss', SEAT_SIGNAL_ID).click();
        await flushPromises();
        const form = byDataId(panel, 'dismiss-form')!;
        const confirm = button(panel, 'confirm-dismiss', SEAT_SIGNAL_ID) as HTMLElement & { disabled: boolean };
        expect(confirm.disabled).toBe(true);
        const reason = form.querySelector('lightning-textarea') as HTMLElement & { value: string; required: boolean };
        expect(reason.required).toBe(true);
        await expect(panel).toBeAccessible();

        reason.value = '  No budget this year ';
        reason.dispatchEvent(new CustomEvent('change'));
        await flushPromises();
        expect(confirm.disabled).toBe(false);
        confirm.click();
        await flushPromises();

        expect(dismissMock).toHaveBeenCalledWith({ signalId: SEAT_SIGNAL_ID, reason: 'No budget this year' });
        expect(refreshMock).toHaveBeenCalledTimes(1);
        expect(byDataId(panel, 'dismiss-form')).toBeNull();
        await expect(panel).toBeAccessible();
    });

    it('cancels a dismissal without calling Apex', async () => {
        const panel = mountPanel();
        panelAdapter.emit(greenPanel());
        await flushPromises();

        button(panel, 'dismiss', SEAT_SIGNAL_ID).click();
        await flushPromises();
        (panel.shadowRoot!.querySelector('lightning-button[data-action="cancel-dismiss"]') as HTMLElement).click();
        await flushPromises();

        expect(byDataId(panel, 'dismiss-form')).toBeNull();
        expect(dismissMock).not.toHaveBeenCalled();
        await expect(panel).toBeAccessible();
    });

    it('converts a signal into an Expansion Opportunity, links it from the toast and reloads the panel', async () => {
        convertMock.mockResolvedValue('006000000000009AAA');
        const panel = mountPanel();
        const toasts = toastsOf(panel);
        panelAdapter.emit(greenPanel());
        await flushPromises();

        button(panel, 'convert', PROMOTER_SIGNAL_ID).click();
        await flushPromises();

        expect(convertMock).toHaveBeenCalledWith({ signalId: PROMOTER_SIGNAL_ID });
        const toast = toasts.mock.calls[0][0].detail;
        expect(toast).toMatchObject({ title: 'c.ExpansionPanelConvertedToast', variant: 'success' });
        // The message as the toast shows it: its {0} is a link to the Opportunity convertSignal created.
        expect(toast.message).toBe('Open {0} to work the deal.');
        expect(toast.messageData).toEqual([
            { url: '/lightning/r/Opportunity/006000000000009AAA/view', label: 'the new Opportunity' }
        ]);
        expect(refreshMock).toHaveBeenCalledTimes(1);
        await expect(panel).toBeAccessible();
    });

    it('offers no conversion for a signal already on an open Expansion Opportunity', async () => {
        const panel = mountPanel();
        const onExpansion = {
            ...greenPanel().signals![0],
            opportunityName: 'Acme - Expansion (+15 seats)',
            canConvert: false
        };
        panelAdapter.emit(greenPanel({ signals: [onExpansion, greenPanel().signals![1]] }));
        await flushPromises();

        const [seatActions, promoterActions] = findAllByRole(panel, 'group');
        const labelsOf = (group: HTMLElement): string[] =>
            Array.from(group.querySelectorAll<HTMLElement & { label: string }>('lightning-button')).map((b) => b.label);
        expect(labelsOf(seatActions)).toEqual(['c.ExpansionPanelAccept', 'c.ExpansionPanelDismiss']);
        expect(labelsOf(promoterActions)).toEqual(['c.ExpansionPanelDismiss', 'c.ExpansionPanelConvert']);
        expect(deepText(byDataId(panel, 'opportunity')!)).toBe('On Acme - Expansion (+15 seats)');
        await expect(panel).toBeAccessible();
    });

    it('tells the user when an action fails, and keeps the panel as it was', async () => {
        convertMock.mockRejectedValue(apexError('You cannot create Opportunities'));
        const panel = mountPanel();
        const toasts = toastsOf(panel);
        panelAdapter.emit(greenPanel());
        await flushPromises();

        button(panel, 'convert', SEAT_SIGNAL_ID).click();
        await flushPromises();

        expect(toasts.mock.calls[0][0].detail).toMatchObject({
            title: 'c.ExpansionPanelActionFailed',
            message: 'You cannot create Opportunities',
            variant: 'error'
        });
        expect(refreshMock).not.toHaveBeenCalled();
        expect((button(panel, 'convert', SEAT_SIGNAL_ID) as HTMLElement & { disabled: boolean }).disabled).toBe(false);
        await expect(panel).toBeAccessible();
    });

    it('checks for new signals on demand, says how many, and reloads the panel', async () => {
        detectMock.mockResolvedValue(2);
        const panel = mountPanel();
        const toasts = toastsOf(panel);
        panelAdapter.emit(greenPanel({ signals: [] }));
        await flushPromises();

        const detect = panel.shadowRoot!.querySelector('lightning-button-icon[data-action="detect"]') as HTMLElement & {
            alternativeText: string;
        };
        expect(detect.alternativeText).toBe('c.ExpansionPanelDetect');
        detect.click();
        await flushPromises();

        expect(detectMock).toHaveBeenCalledWith({ recordId: OPPORTUNITY_ID });
        expect(toasts.mock.calls[0][0].detail.title).toBe('c.ExpansionPanelDetectedToast');
        expect(refreshMock).toHaveBeenCalledTimes(1);
        await expect(panel).toBeAccessible();
    });
});
