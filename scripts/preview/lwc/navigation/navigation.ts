/**
 * `lightning/navigation` for the preview: page references become the Lightning URLs the preview serves
 * (`/lightning/r/Account/<id>/view`, `/lightning/n/<tab>` for a Lightning page tab), navigation is a history entry the shell follows, and `CurrentPageReference`
 * is the page reference of the current URL.
 */
export interface PageReference {
    type: string;
    attributes: Record<string, unknown>;
    state?: Record<string, unknown>;
}

const NAVIGATE = Symbol('Navigate');
const GENERATE_URL = Symbol('GenerateUrl');

/** The event the shell listens for when the URL changes. */
export const NAVIGATED = 'lodestarpreviewnavigate';

export function urlFor(reference: PageReference): string {
    const attributes = reference.attributes ?? {};
    const query = new URLSearchParams(
        Object.entries(reference.state ?? {}).map(([key, value]) => [key, String(value)])
    ).toString();
    let path: string;
    if (reference.type === 'standard__recordPage') {
        path = `/lightning/r/${String(attributes.objectApiName ?? 'Account')}/${String(attributes.recordId)}/${String(attributes.actionName ?? 'view')}`;
    } else if (reference.type === 'standard__objectPage') {
        path = `/lightning/o/${String(attributes.objectApiName)}/${String(attributes.actionName ?? 'home')}`;
    } else if (reference.type === 'standard__navItemPage') {
        path = `/lightning/n/${String(attributes.apiName)}`;
    } else {
        path = '/';
    }
    return query ? `${path}?${query}` : path;
}

export function pageReferenceOf(location: Location): PageReference {
    const parts = location.pathname.split('/').filter(Boolean);
    const state = Object.fromEntries(new URLSearchParams(location.search).entries());
    if (parts[0] === 'lightning' && parts[1] === 'r') {
        return {
            type: 'standard__recordPage',
            attributes: { objectApiName: parts[2], recordId: parts[3], actionName: parts[4] ?? 'view' },
            state
        };
    }
    if (parts[0] === 'lightning' && parts[1] === 'o') {
        return { type: 'standard__objectPage', attributes: { objectApiName: parts[2], actionName: parts[3] }, state };
    }
    if (parts[0] === 'lightning' && parts[1] === 'n') {
        return { type: 'standard__navItemPage', attributes: { apiName: parts[2] }, state };
    }
    return { type: 'standard__namedPage', attributes: { pageName: 'home' }, state };
}

export function navigate(reference: PageReference, replace = false): void {
    const url = urlFor(reference);
    if (replace) {
        window.history.replaceState({}, '', url);
    } else {
        window.history.pushState({}, '', url);
    }
    window.dispatchEvent(new CustomEvent(NAVIGATED));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript's mixin pattern requires any[]
type Constructor = abstract new (...args: any[]) => object;

function mixin<T extends Constructor>(Base: T): T {
    abstract class Navigating extends Base {
        [NAVIGATE](reference: PageReference, replace?: boolean): void {
            navigate(reference, replace);
        }

        [GENERATE_URL](reference: PageReference): Promise<string> {
            return Promise.resolve(urlFor(reference));
        }
    }
    return Navigating;
}

export const NavigationMixin = Object.assign(mixin, { Navigate: NAVIGATE, GenerateUrl: GENERATE_URL });

type DataCallback = (value: PageReference) => void;

/** The wire adapter: the current page reference, again whenever the preview navigates. */
export class CurrentPageReference {
    private readonly listener = (): void => this.callback(pageReferenceOf(window.location));

    constructor(private readonly callback: DataCallback) {}

    connect(): void {
        window.addEventListener(NAVIGATED, this.listener);
        window.addEventListener('popstate', this.listener);
        this.listener();
    }

    disconnect(): void {
        window.removeEventListener(NAVIGATED, this.listener);
        window.removeEventListener('popstate', this.listener);
    }

    update(): void {
        // No configuration.
    }
}
