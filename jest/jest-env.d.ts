// Types for the Jest-only modules the component tests import.
declare module '@salesforce/sfdx-lwc-jest' {
    export * from '@salesforce/wire-service-jest-util';
}

declare namespace jest {
    interface Matchers<R> {
        /** @sa11y/jest: the element and its shadow trees have no axe-core accessibility violations. */
        toBeAccessible(): Promise<R>;
    }
}
