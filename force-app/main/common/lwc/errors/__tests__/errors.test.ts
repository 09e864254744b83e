import { reduceErrors } from 'c/errors';

// Pure message extraction: no component renders here, so there is nothing for an accessibility check to inspect.
describe('c/errors reduceErrors', () => {
    it('reads the message of an AuraHandledException thrown by an Apex controller', () => {
        expect(reduceErrors({ body: { message: 'You cannot see this account.' }, status: 500 })).toEqual([
            'You cannot see this account.'
        ]);
    });

    it('reads page and field errors from a DML failure, before the generic message', () => {
        const error = {
            body: {
                message: 'Insert failed',
                pageErrors: [{ message: 'Reason is required.' }],
                fieldErrors: { HealthOverrideExpiresOn__c: [{ message: 'Expiry must be in the future.' }] }
            }
        };
        expect(reduceErrors(error)).toEqual(['Reason is required.', 'Expiry must be in the future.']);
    });

    it('reads UI API output errors', () => {
        const error = {
            body: {
                output: {
                    errors: [{ message: 'Record is locked.' }],
                    fieldErrors: { Name: [{ message: 'Name is too long.' }] }
                }
            }
        };
        expect(reduceErrors(error)).toEqual(['Record is locked.', 'Name is too long.']);
    });

    it('flattens lists of errors and bodies, dropping duplicates and blanks', () => {
        const error = [{ body: [{ message: 'First' }, { message: 'Second' }] }, new Error('First'), '  ', 'Third'];
        expect(reduceErrors(error)).toEqual(['First', 'Second', 'Third']);
    });

    it('falls back to the status text of a failed request', () => {
        expect(reduceErrors({ statusText: 'Service Unavailable' })).toEqual(['Service Unavailable']);
    });

    it('returns no message for nothing', () => {
        expect(reduceErrors(undefined)).toEqual([]);
        expect(reduceErrors(null)).toEqual([]);
        expect(reduceErrors({})).toEqual([]);
    });
});
