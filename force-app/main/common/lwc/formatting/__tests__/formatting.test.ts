import { formatDate, formatDateTime, formatLabel, formatNumber, formatPercent, formatSignedNumber } from 'c/formatting';

// Pure formatting in the user's locale (en-US under sfdx-lwc-jest): no component renders here, so there is
// nothing for an accessibility check to inspect.
describe('c/formatting', () => {
    it('fills label placeholders in order and leaves unknown ones visible', () => {
        expect(formatLabel('{0} of {1} seats', 47, 50)).toBe('47 of 50 seats');
        expect(formatLabel('Expires {1}: {0}', 'reason', '2026-12-01')).toBe('Expires 2026-12-01: reason');
        expect(formatLabel('{0} and {2}', 'a')).toBe('a and {2}');
        expect(formatLabel('[{0}]', null)).toBe('[]');
    });

    it('formats scores with one decimal by default', () => {
        expect(formatNumber(72.5)).toBe('72.5');
        expect(formatNumber(80)).toBe('80.0');
        expect(formatNumber(1234.56, 2)).toBe('1,234.56');
    });

    it('formats 0–100 percentages as Salesforce Percent fields store them', () => {
        expect(formatPercent(85)).toBe('85%');
        expect(formatPercent(62.5, 1)).toBe('62.5%');
    });

    it('signs changes, but not zero', () => {
        expect(formatSignedNumber(4.5)).toBe('+4.5');
        expect(formatSignedNumber(-3)).toBe('-3.0');
        expect(formatSignedNumber(0)).toBe('0.0');
    });

    it('shows an Apex Date on the same calendar day whatever the time zone', () => {
        expect(formatDate('2026-12-01')).toBe('Dec 1, 2026');
    });

    it('shows an Apex Datetime in the user time zone (America/Los_Angeles under sfdx-lwc-jest)', () => {
        // 02:00 UTC is the previous evening in Los Angeles (UTC-8 in November).
        expect(formatDateTime('2026-11-20T02:00:00.000Z')).toMatch(/^Nov 19, 2026,? 6:00\sPM$/);
    });
});
