/**
 * `lightning/platformShowToastEvent` for the preview: the same event a component dispatches in Lightning
 * (`lightning__showtoast`, bubbling and composed), which the preview shell shows as an SLDS toast.
 */
export interface ToastOptions {
    title: string;
    message?: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
}

export class ShowToastEvent extends CustomEvent<ToastOptions> {
    constructor(options: ToastOptions) {
        super('lightning__showtoast', { detail: options, bubbles: true, composed: true });
    }
}
