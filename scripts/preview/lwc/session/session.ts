/**
 * The session the server renders into the page: the chosen user, the users the header can switch to, and the record
 * pages, the Home page and the app pages.
 */
export interface SessionUser {
    key: string;
    id?: string;
    name: string;
    title: string;
    permissionSet?: string;
}

/** A record page, the Home page or an app page, from its FlexiPage (scripts/preview/flexipages.ts). */
export interface PreviewPage {
    name: string;
    label: string;
    type: 'RecordPage' | 'HomePage' | 'AppPage';
    /** Empty for the Home page and app pages. */
    objectApiName: string;
    /** An app page's Lightning page tab, and the permission sets that may see it. */
    tab?: { name: string; label: string; permissionSets: string[] };
    template: string;
    regions: {
        name: string;
        items: { name: string; module?: string; tag?: string; properties: Record<string, string | number | boolean> }[];
    }[];
}

export interface Session {
    user?: SessionUser;
    users: SessionUser[];
    pages: PreviewPage[];
}

export function session(): Session {
    return (window as unknown as { lodestarPreview: Session }).lodestarPreview;
}

/** POSTs JSON to the preview server; rejects with what Lightning's fetch errors carry (`body`, `status`). */
export async function post(url: string, body: unknown): Promise<unknown> {
    const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body)
    });
    const payload: unknown = await response.json();
    if (!response.ok) {
        throw { body: payload, ok: false, status: response.status, statusText: response.statusText };
    }
    return payload;
}
