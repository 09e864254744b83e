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
