import type { LightningElement } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { appPage, navigate, objectHome, recordPage, urlOf } from 'c/pageReferences';

jest.mock('lightning/navigation', () =>
    jest.requireActual('../../../../../../jest/navigationMock').navigationModuleMock()
);

const ACCOUNT_ID = '001000000000001AAA';

// Page references and URLs are plain values: no component renders here, so there is nothing for an accessibility
// check to inspect; the components whose links these build check theirs.
describe('c/pageReferences', () => {
    it('builds a record page, with the object when known', () => {
        expect(recordPage(ACCOUNT_ID, 'Account')).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: ACCOUNT_ID, objectApiName: 'Account', actionName: 'view' }
        });
        expect(recordPage(ACCOUNT_ID, undefined, 'edit')).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: ACCOUNT_ID, actionName: 'edit' }
        });
    });

    it('builds an object home, or one of its list views', () => {
        expect(objectHome('lodestar__ExpansionSignal__c')).toEqual({
            type: 'standard__objectPage',
            attributes: { objectApiName: 'lodestar__ExpansionSignal__c', actionName: 'home' }
        });
        expect(objectHome('Account', 'Recent')).toEqual({
            type: 'standard__objectPage',
            attributes: { objectApiName: 'Account', actionName: 'list' },
            state: { filterName: 'Recent' }
        });
    });

    it('builds an app page tab', () => {
        expect(appPage('lodestar__Health_Admin')).toEqual({
            type: 'standard__navItemPage',
            attributes: { apiName: 'lodestar__Health_Admin' }
        });
    });

    it('gives the Lightning Experience URL of each, for a link', () => {
        expect(urlOf(recordPage(ACCOUNT_ID, 'Account'))).toBe(`/lightning/r/Account/${ACCOUNT_ID}/view`);
        expect(urlOf(recordPage(ACCOUNT_ID))).toBe(`/lightning/r/${ACCOUNT_ID}/view`);
        expect(urlOf(objectHome('Account'))).toBe('/lightning/o/Account/home');
        expect(urlOf(objectHome('Account', 'My Accounts'))).toBe('/lightning/o/Account/list?filterName=My+Accounts');
        expect(urlOf(appPage('lodestar__Health_Admin'))).toBe('/lightning/n/lodestar__Health_Admin');
        expect(urlOf({ type: 'comm__namedPage', attributes: { name: 'Home' } })).toBe('');
    });

    it('navigates through the component NavigationMixin gave the Navigate method to', () => {
        const navigateMethod = jest.fn();
        const component = { [NavigationMixin.Navigate]: navigateMethod } as unknown as LightningElement;

        navigate(component, appPage('lodestar__Health_Admin'));
        navigate(component, recordPage(ACCOUNT_ID, 'Account'), true);

        expect(navigateMethod).toHaveBeenNthCalledWith(1, appPage('lodestar__Health_Admin'), false);
        expect(navigateMethod).toHaveBeenNthCalledWith(2, recordPage(ACCOUNT_ID, 'Account'), true);
    });
});
