/**
 * `lightning/platformShowToastEvent` for the preview: the same event a component dispatches in Lightning
 * (`lightning__showtoast`, bubbling and composed), which the preview shell shows as an SLDS toast.
 */
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

/** One run of a toast's message as the shell renders it: text, or a link when `url` is set. */
export interface ToastPart {
    key: number;
    text: string;
    url?: string;
}

export class ShowToastEvent extends CustomEvent<ToastOptions> {
    constructor(options: ToastOptions) {
        super('lightning__showtoast', { detail: options, bubbles: true, composed: true });
    }
}

/**
 * The message with its {index} placeholders replaced from messageData, as Lightning's toast does: a string as text,
 * a `{url, label}` as a link labelled `label`; a placeholder without data stays as written.
 */
export function toastParts(message: string | undefined, messageData: ToastOptions['messageData'] = []): ToastPart[] {
    const parts: ToastPart[] = [];
    const text = (value: string): void => {
        const last = parts[parts.length - 1];
        if (last && last.url === undefined) {
            last.text += value;
        } else if (value) {
            parts.push({ key: parts.length, text: value });
        }
    };
    for (const piece of (message ?? '').split(/(\{\d+\})/)) {
        const data = /^\{(\d+)\}$/.test(piece) ? messageData[Number(piece.slice(1, -1))] : undefined;
        if (data === undefined) {
            text(piece);
        } else if (typeof data === 'string') {
            text(data);
        } else {
            parts.push({ key: parts.length, text: data.label, url: data.url });
        }
    }
    return parts;
}
