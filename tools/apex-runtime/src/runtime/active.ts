/**
 * The runtime executing right now. Execution is synchronous and one runtime runs at a time, so library code that
 * needs the runtime (to call back into Apex, or to report the current line) finds it here instead of having it
 * threaded through every value operation.
 */
import type { Runtime } from './runtime';

let active: Runtime | null = null;

export function activeRuntime(): Runtime | null {
    return active;
}

/** Makes `rt` the active runtime for the duration of `body`. */
export function withRuntime<R>(rt: Runtime, body: () => R): R {
    const previous = active;
    active = rt;
    try {
        return body();
    } finally {
        active = previous;
    }
}

export function requireRuntime(): Runtime {
    if (!active) {
        throw new Error('no Apex runtime is active');
    }
    return active;
}
