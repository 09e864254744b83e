// Shared mocks for Apex methods, for use inside jest.mock factories:
//   jest.mock('@salesforce/apex/Controller.method', () => ({
//       default: jest.requireActual('<path>/jest/apexMocks').apexWireMock()
//   }), { virtual: true });
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';

/** A wired Apex method that also records each request it receives (one per config the component sends). */
export type ApexWireMock = ReturnType<typeof createApexTestWireAdapter> & { requests: jest.Mock };

interface AdapterClass {
    prototype: { update(config: unknown): void };
}

/**
 * A wire adapter for a cacheable Apex method. `requests` is called with each config the component sends; on the
 * platform each one is a call to the server, so a test can assert how many calls a render makes.
 */
export function apexWireMock(): ApexWireMock {
    const adapter = createApexTestWireAdapter(jest.fn()) as ApexWireMock;
    const requests = jest.fn();
    const adapterClass = (adapter as unknown as { adapter: AdapterClass }).adapter;
    const update = adapterClass.prototype.update;
    adapterClass.prototype.update = function (this: unknown, config: unknown): void {
        requests(config);
        update.call(this, config);
    };
    return Object.assign(adapter, { requests });
}

/** An imperatively called Apex method; a test sets what it resolves or rejects with. */
export function apexMethodMock(): jest.Mock {
    return jest.fn();
}

/** `@salesforce/apex`: refreshApex resolves at once, as after a successful refresh. */
export function apexModuleMock(): { refreshApex: jest.Mock } {
    return { refreshApex: jest.fn(() => Promise.resolve()) };
}
