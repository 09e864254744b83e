/**
 * The page references Lodestar components navigate to, built one way everywhere, their Lightning URLs (a link's
 * href, so a new tab or a copied link works), and navigation to them in the app.
 *
 * A link that opens a record:
 *
 *     href = urlOf(recordPage(accountId, 'Account'));
 *     handleClick(event) { event.preventDefault(); navigate(this, recordPage(accountId, 'Account')); }
 *
 * Named `pageReferences`, not `navigation`, so it is never mistaken for `lightning/navigation` (or the preview's
 * stand-in for it).
 */
import type { LightningElement } from 'lwc';
import { NavigationMixin, type PageReference } from 'lightning/navigation';

export type { PageReference };

export type RecordAction = 'view' | 'edit' | 'clone';

/** The parts of a component that NavigationMixin adds. */
interface Navigator {
    [NavigationMixin.Navigate](pageReference: PageReference, replace?: boolean): void;
}

/**
 * A record's page (`standard__recordPage`).
 * @param objectApiName optional, as Lightning finds the object from the Id; give it when known
 */
export function recordPage(recordId: string, objectApiName?: string, actionName: RecordAction = 'view'): PageReference {
    return {
        type: 'standard__recordPage',
        attributes: objectApiName ? { recordId, objectApiName, actionName } : { recordId, actionName }
    };
}

/**
 * An object's home, or one of its list views (`standard__objectPage`).
 * @param objectApiName with the namespace for the package's objects (take it from `@salesforce/schema`)
 * @param filterName a list view's API name, e.g. `Recent`
 */
export function objectHome(objectApiName: string, filterName?: string): PageReference {
    return filterName
        ? { type: 'standard__objectPage', attributes: { objectApiName, actionName: 'list' }, state: { filterName } }
        : { type: 'standard__objectPage', attributes: { objectApiName, actionName: 'home' } };
}

/**
 * A Lightning app page, Visualforce or web tab (`standard__navItemPage`).
 * @param apiName the tab's API name, with the package namespace for the package's tabs (`lodestar__Tab`)
 */
export function appPage(apiName: string): PageReference {
    return { type: 'standard__navItemPage', attributes: { apiName } };
}

/**
 * The Lightning Experience URL of a page reference, for a link's href. Clicks should still navigate with
 * `navigate`, which works in every container (the console, the mobile app) where a URL may not.
 * @returns the URL; an empty string for a type this module does not build
 */
export function urlOf(pageReference: PageReference): string {
    const attributes = pageReference.attributes;
    const encoded = (name: string): string => encodeURIComponent(String(attributes[name] ?? ''));
    const query = new URLSearchParams(
        Object.entries(pageReference.state ?? {}).map(([key, value]) => [key, String(value)])
    ).toString();
    let path: string;
    switch (pageReference.type) {
        case 'standard__recordPage':
            path = attributes.objectApiName
                ? `/lightning/r/${encoded('objectApiName')}/${encoded('recordId')}/${encoded('actionName')}`
                : `/lightning/r/${encoded('recordId')}/${encoded('actionName')}`;
            break;
        case 'standard__objectPage':
            path = `/lightning/o/${encoded('objectApiName')}/${encoded('actionName')}`;
            break;
        case 'standard__navItemPage':
            path = `/lightning/n/${encoded('apiName')}`;
            break;
        default:
            return '';
    }
    return query ? `${path}?${query}` : path;
}

/**
 * Navigates the app to a page reference.
 * @param component a component that extends `NavigationMixin(LightningElement)`
 * @param replace replace the current history entry instead of adding one
 */
export function navigate(component: LightningElement, pageReference: PageReference, replace = false): void {
    (component as unknown as Navigator)[NavigationMixin.Navigate](pageReference, replace);
}
