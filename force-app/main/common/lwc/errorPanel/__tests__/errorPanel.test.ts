import ErrorPanel from 'c/errorPanel';
import { apexError, flushPromises, mount } from '../../../../../../jest/helpers';

// The details label as an admin reads it, so the count the user sees can be checked.
jest.mock('@salesforce/label/c.ErrorPanelDetails', () => ({ default: 'Details ({0})' }), { virtual: true });

function mountPanel(properties: Record<string, unknown>): HTMLElement {
    return mount('c-error-panel', ErrorPanel, properties);
}

function panelOf(element: HTMLElement): HTMLElement {
    return element.shadowRoot!.querySelector('[data-id="panel"]')!;
}

function byDataId(element: HTMLElement, id: string): HTMLElement | null {
    return element.shadowRoot!.querySelector(`[data-id="${id}"]`);
}

/** The lines the user reads: the summary, the message, and the details when they are expanded. */
function linesOf(element: HTMLElement): string[] {
    return Array.from(element.shadowRoot!.querySelectorAll('p, ul:not([hidden]) li')).map((line) =>
        line.textContent!.trim()
    );
}

function iconOf(element: HTMLElement): HTMLElement & { iconName: string; size: string } {
    return element.shadowRoot!.querySelector('lightning-icon') as HTMLElement & { iconName: string; size: string };
}

describe('c-error-panel', () => {
    it('shows the summary and the one message of an Apex error in an alert', async () => {
        const element = mountPanel({
            summary: 'Health could not be loaded.',
            errors: apexError('The account was not found.')
        });
        await flushPromises();

        expect(panelOf(element).getAttribute('role')).toBe('alert');
        expect(byDataId(element, 'summary')!.textContent).toBe('Health could not be loaded.');
        expect(byDataId(element, 'message')!.textContent).toBe('The account was not found.');
        expect(byDataId(element, 'toggle')).toBeNull();
        expect(iconOf(element).iconName).toBe('utility:error');
        await expect(element).toBeAccessible();
    });

    it('falls back to a generic summary when the component gives none', async () => {
        const element = mountPanel({ errors: new Error('Network is down') });
        await flushPromises();

        expect(linesOf(element)).toEqual(['c.ErrorPanelSummary', 'Network is down']);
        await expect(element).toBeAccessible();
    });

    it('shows only the summary when there is no message to add', async () => {
        const element = mountPanel({ summary: 'Signals could not be loaded.', errors: undefined });
        await flushPromises();

        expect(linesOf(element)).toEqual(['Signals could not be loaded.']);
        expect(byDataId(element, 'message')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('does not repeat a message that is the summary itself', async () => {
        const element = mountPanel({ summary: 'Save failed.', errors: ['Save failed.', 'Name is required.'] });
        await flushPromises();

        expect(linesOf(element)).toEqual(['Save failed.', 'Name is required.']);
        await expect(element).toBeAccessible();
    });

    it('collapses several messages into details the user can expand and collapse again', async () => {
        const element = mountPanel({
            summary: 'The override could not be saved.',
            errors: {
                body: {
                    pageErrors: [{ message: 'Reason is required.' }],
                    fieldErrors: { HealthOverrideExpiresOn__c: [{ message: 'Expiry must be in the future.' }] }
                }
            }
        });
        await flushPromises();

        const toggle = byDataId(element, 'toggle')!;
        const details = byDataId(element, 'details')!;
        expect(toggle.tagName).toBe('BUTTON');
        expect(toggle.textContent!.trim()).toBe('Details (2)');
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        expect(toggle.getAttribute('aria-controls')).toBe(details.id);
        expect(details.hidden).toBe(true);
        await expect(element).toBeAccessible();

        toggle.click();
        await flushPromises();
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        expect(details.hidden).toBe(false);
        expect(Array.from(details.querySelectorAll('li')).map((item) => item.textContent)).toEqual([
            'Reason is required.',
            'Expiry must be in the future.'
        ]);
        await expect(element).toBeAccessible();

        toggle.click();
        await flushPromises();
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        expect(details.hidden).toBe(true);
    });

    it('shows a no-access state as a status with its summary only, not as a failure', async () => {
        const element = mountPanel({
            kind: 'no-access',
            summary: 'You do not have access to expansion signals.',
            errors: apexError('You do not have access to expansion signals. Ask your admin.')
        });
        await flushPromises();

        expect(panelOf(element).getAttribute('role')).toBe('status');
        expect(linesOf(element)).toEqual(['You do not have access to expansion signals.']);
        expect(iconOf(element).iconName).toBe('utility:lock');
        await expect(element).toBeAccessible();
    });

    it('shows the platform message under a generic no-access summary when the component gives none', async () => {
        const element = mountPanel({
            kind: 'no-access',
            errors: apexError('Ask for the Lodestar CSM permission set.')
        });
        await flushPromises();

        expect(linesOf(element)).toEqual(['c.ErrorPanelNoAccess', 'Ask for the Lodestar CSM permission set.']);
        await expect(element).toBeAccessible();
    });

    it('renders as a centred illustration for a page', async () => {
        const element = mountPanel({
            variant: 'page',
            summary: 'The portfolio could not be loaded.',
            errors: 'Timeout'
        });
        await flushPromises();

        expect(panelOf(element).classList).toContain('slds-illustration');
        expect(panelOf(element).classList).not.toContain('slds-scoped-notification');
        expect(iconOf(element).size).toBe('large');
        expect(byDataId(element, 'summary')!.classList).toContain('slds-text-heading_medium');
        expect(linesOf(element)).toEqual(['The portfolio could not be loaded.', 'Timeout']);
        await expect(element).toBeAccessible();
    });

    it('renders as a notification inside a card by default', async () => {
        const element = mountPanel({ summary: 'Failed.', errors: 'Timeout' });
        await flushPromises();

        expect(panelOf(element).classList).toContain('slds-scoped-notification');
        expect(iconOf(element).size).toBe('small');
        await expect(element).toBeAccessible();
    });

    it('shows the new messages when the component passes a new error', async () => {
        const element = mountPanel({ summary: 'Failed.', errors: 'First failure' }) as HTMLElement & {
            errors: unknown;
        };
        await flushPromises();
        element.errors = 'Second failure';
        await flushPromises();

        expect(linesOf(element)).toEqual(['Failed.', 'Second failure']);
        await expect(element).toBeAccessible();
    });
});
