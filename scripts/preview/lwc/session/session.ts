/** The session the server renders into the page: the chosen user and the users the header can switch to. */
export interface SessionUser {
    key: string;
    id?: string;
    name: string;
    title: string;
    permissionSet?: string;
}

export interface Session {
    user?: SessionUser;
    users: SessionUser[];
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
