// Shared helpers for the Lightning Web Component tests.
import { createElement, type LightningElement, type LightningHTMLElement } from 'lwc';

/** Lets pending promises and LWC re-renders settle. */
export function flushPromises(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Creates a component, applies its public properties and attaches it to the document. */
export function mount<T extends LightningElement>(
    tagName: string,
    constructor: LightningElement['constructor'] & (new () => T),
    properties: Record<string, unknown> = {}
): LightningHTMLElement<T> {
    const element = createElement<T>(tagName, { is: constructor });
    Object.assign(element, properties);
    document.body.appendChild(element);
    return element;
}

/** The visible text of an element's shadow root, whitespace collapsed, for assertions on what the user reads. */
export function visibleText(element: Element): string {
    return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An error as Apex's AuraHandledException reaches a component through a wire or a promise. */
export function apexError(message: string): { body: { message: string }; status: number; statusText: string } {
    return { body: { message }, status: 500, statusText: 'Internal Server Error' };
}

/**
 * Every element with the ARIA role inside a component, through the shadow trees of the components it contains
 * (an error panel inside a card), as assistive technology finds them.
 */
export function findAllByRole(element: Element, role: string): HTMLElement[] {
    const found: HTMLElement[] = [];
    const search = (root: Element | ShadowRoot): void => {
        root.querySelectorAll<HTMLElement>('*').forEach((candidate) => {
            if (candidate.getAttribute('role') === role) {
                found.push(candidate);
            }
            if (candidate.shadowRoot) {
                search(candidate.shadowRoot);
            }
        });
    };
    search(element.shadowRoot ?? element);
    return found;
}

/**
 * The text a user reads in an element, through the shadow trees of the components inside it, each piece of text
 * separated by a space; content hidden with the `hidden` attribute is left out.
 */
export function deepText(element: Element): string {
    const texts = (node: Node): string[] => {
        if (node.nodeType === Node.TEXT_NODE) {
            return [(node.textContent ?? '').trim()];
        }
        if (!(node instanceof Element) || (node instanceof HTMLElement && node.hidden) || node.tagName === 'STYLE') {
            return [];
        }
        return [...Array.from(node.shadowRoot?.childNodes ?? []), ...Array.from(node.childNodes)].flatMap(texts);
    };
    const root = element.shadowRoot ?? element;
    return Array.from(root.childNodes)
        .flatMap(texts)
        .filter((text) => text.length > 0)
        .join(' ')
        .replace(/\s+/g, ' ');
}
