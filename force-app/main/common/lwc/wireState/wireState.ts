/**
 * The state of one wired Apex call, as a component renders it: loading until the first answer, then its data, or
 * a no-access state (the controller's no-access message), or any other error. A component keeps one in a field,
 * replaces it on each wire result, and renders the last two with c-error-panel:
 *
 *     state = loadingState<Panel>();
 *     @wire(getPanel, { recordId: '$recordId' })
 *     wiredPanel(result: WireResult<Panel>): void {
 *         this.state = nextWireState(this.state, result, ERROR_NO_ACCESS);
 *     }
 */
import { reduceErrors } from 'c/errors';

/** What a wired Apex method provisions. */
export interface WireResult<T> {
    data?: T;
    error?: unknown;
}

export interface WireState<T> {
    /** No answer yet. */
    readonly isLoading: boolean;
    /** The last data; undefined while loading and after an error. */
    readonly data?: T;
    /** The last error, raw, for c-error-panel's `errors`. */
    readonly error?: unknown;
    /** The error is the controller's no-access message: show the no-access state, not a failure. */
    readonly isNoAccess: boolean;
    /** Any other error. */
    readonly isError: boolean;
}

export function loadingState<T>(): WireState<T> {
    return { isLoading: true, isNoAccess: false, isError: false };
}

/**
 * The state after a wire result. A result with neither data nor error (the wire's first, empty provision, or a
 * refresh in flight) keeps the previous state, so the component does not flash back to its spinner.
 * @param noAccessMessage the message the controller throws when the user lacks access (a Custom Label)
 */
export function nextWireState<T>(previous: WireState<T>, result: WireResult<T>, noAccessMessage: string): WireState<T> {
    const { data, error } = result ?? {};
    if (data !== undefined && data !== null) {
        return { isLoading: false, data, isNoAccess: false, isError: false };
    }
    if (error !== undefined && error !== null) {
        const isNoAccess = reduceErrors(error).includes(noAccessMessage);
        return { isLoading: false, error, isNoAccess, isError: !isNoAccess };
    }
    return previous;
}
