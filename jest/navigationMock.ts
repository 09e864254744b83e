// A shared mock of lightning/navigation whose Navigate records each page reference, for use in a jest.mock factory:
//   jest.mock('lightning/navigation', () => jest.requireActual('<path>/jest/navigationMock').navigationModuleMock());
// then `navigateMock()` is the jest.fn every component's [NavigationMixin.Navigate] calls.
import type { LightningElement } from 'lwc';

const navigate = jest.fn();

/** The function each [NavigationMixin.Navigate](pageReference) call reaches. */
export function navigateMock(): jest.Mock {
    return navigate;
}

/** `lightning/navigation`, with a NavigationMixin that records navigations and generates a fixed URL. */
export function navigationModuleMock(): Record<string, unknown> {
    const Navigate = Symbol('Navigate');
    const GenerateUrl = Symbol('GenerateUrl');
    const NavigationMixin = (Base: typeof LightningElement) =>
        class extends Base {
            [Navigate](pageReference: unknown): void {
                navigate(pageReference);
            }
            [GenerateUrl](): Promise<string> {
                return Promise.resolve('https://www.example.com');
            }
        };
    NavigationMixin.Navigate = Navigate;
    NavigationMixin.GenerateUrl = GenerateUrl;
    return { NavigationMixin, CurrentPageReference: jest.fn() };
}
