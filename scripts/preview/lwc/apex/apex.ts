/**
 * The browser half of `@salesforce/apex/Class.method`: each import is `apexMethod(...)`, a function that calls the
 * preview server (which runs the real Apex method as the chosen user) and that `@wire` accepts as an adapter.
 * Results of cacheable methods are cached per parameters, as Lightning's client cache does; `refreshApex` fetches
 * a wired value again.
 */
import { post } from '../session/session';

type Params = Record<string, unknown> | undefined;
type DataCallback = (value: { data?: unknown; error?: unknown }) => void;

const cache = new Map<string, Promise<unknown>>();
/** The adapter that provisioned each wired value, for refreshApex. */
const provisioners = new WeakMap<object, { refresh(): Promise<void> }>();

function fetchApex(
    className: string,
    methodName: string,
    params: Params,
    cacheable: boolean,
    fresh = false
): Promise<unknown> {
    const key = `${className}.${methodName}:${JSON.stringify(params ?? {})}`;
    if (cacheable && !fresh && cache.has(key)) {
        return cache.get(key)!;
    }
    const request = post(`/apex/${className}.${methodName}`, { params: params ?? {} }).then(
        (payload) => (payload as { value: unknown }).value
    );
    if (cacheable) {
        cache.set(key, request);
        request.catch(() => cache.delete(key));
    }
    return request;
}

export interface ApexMethod {
    (params?: Record<string, unknown>): Promise<unknown>;
    adapter: new (callback: DataCallback) => object;
}

export function apexMethod(className: string, methodName: string, cacheable: boolean): ApexMethod {
    const call = (params?: Record<string, unknown>): Promise<unknown> =>
        fetchApex(className, methodName, params, cacheable);

    class ApexWireAdapter {
        private config: Params;
        private connected = false;

        constructor(private readonly callback: DataCallback) {}

        connect(): void {
            this.connected = true;
        }

        disconnect(): void {
            this.connected = false;
        }

        update(config: Params): void {
            this.config = config;
            // As on the platform, nothing is fetched while a reactive parameter is still undefined.
            if (Object.values(config ?? {}).some((value) => value === undefined)) {
                return;
            }
            void this.load(false);
        }

        refresh(): Promise<void> {
            return this.load(true);
        }

        private async load(fresh: boolean): Promise<void> {
            const config = this.config;
            let value: { data?: unknown; error?: unknown };
            if (!cacheable) {
                value = {
                    data: undefined,
                    error: {
                        body: { message: `${className}.${methodName} is not cacheable=true, so @wire cannot call it` }
                    }
                };
            } else {
                try {
                    value = { data: await fetchApex(className, methodName, config, true, fresh), error: undefined };
                } catch (error) {
                    value = { data: undefined, error };
                }
            }
            if (this.connected && config === this.config) {
                provisioners.set(value, this);
                this.callback(value);
            }
        }
    }

    return Object.assign(call, { adapter: ApexWireAdapter });
}

/** Fetches a wired Apex value again, bypassing the cache; resolves when the component has the new value. */
export function refreshApex(wiredValue: object): Promise<void> {
    return provisioners.get(wiredValue)?.refresh() ?? Promise.resolve();
}

/** The value of a field of an SObject that Apex returned (`fieldApiName` may cross relationships). */
export function getSObjectValue(record: Record<string, unknown>, field: string | { fieldApiName: string }): unknown {
    const path = typeof field === 'string' ? field.split('.').slice(1) : field.fieldApiName.split('.');
    return path.reduce<unknown>((value, name) => (value as Record<string, unknown> | undefined)?.[name], record);
}
