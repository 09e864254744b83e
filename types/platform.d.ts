// Types for platform modules that @salesforce/lightning-types does not cover.
// (@salesforce/apex, @salesforce/schema and @salesforce/label types are generated from metadata into types/generated.)
/// <reference types="@salesforce/lightning-types" />
// A triple-slash reference, not an import: an import would make this file a module, and its `declare module`
// blocks would become augmentations of modules that do not exist.

declare module '@salesforce/i18n/locale' {
    const locale: string;
    export default locale;
}
declare module '@salesforce/i18n/timeZone' {
    const timeZone: string;
    export default timeZone;
}
declare module '@salesforce/i18n/currency' {
    const currency: string;
    export default currency;
}
declare module 'lightning/platformShowToastEvent' {
    /** A link in a toast's message: it replaces the {index} placeholder of its position in messageData. */
    export interface ToastLink {
        url: string;
        label: string;
    }
    export interface ToastOptions {
        title: string;
        message?: string;
        /** Strings or links that replace the message's {0}, {1}, … placeholders, in order. */
        messageData?: (string | ToastLink)[];
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
    }
    export class ShowToastEvent extends CustomEvent<ToastOptions> {
        constructor(options: ToastOptions);
    }
}
declare module 'lightning/navigation' {
    export interface PageReference {
        type: string;
        attributes: Record<string, unknown>;
        state?: Record<string, unknown>;
    }
    // The mixin adds [NavigationMixin.Navigate] and [NavigationMixin.GenerateUrl] to a LightningElement subclass.
    export const NavigationMixin: {
        <T extends abstract new (...args: never[]) => object>(base: T): T;
        readonly Navigate: unique symbol;
        readonly GenerateUrl: unique symbol;
    };
    export const CurrentPageReference: unknown;
}
declare module '@salesforce/apex' {
    /** Refreshes a wired Apex result: pass the whole value the wire provisioned. */
    export function refreshApex(wiredValue: unknown): Promise<void>;
}
