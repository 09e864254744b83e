/**
 * Formatting for the running user's locale and time zone, so every Lodestar component shows numbers, percentages
 * and dates the same way.
 */
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';

/**
 * Fills a Custom Label's `{0}`, `{1}`... placeholders, as Apex's String.format does.
 */
export function formatLabel(template: string, ...values: (string | number | null | undefined)[]): string {
    return template.replace(/\{(\d+)\}/g, (placeholder: string, index: string) => {
        const value = values[Number(index)];
        return value === undefined ? placeholder : String(value ?? '');
    });
}

/** A number with a fixed count of decimals, e.g. a score of 72.5. */
export function formatNumber(value: number, fractionDigits = 1): string {
    return new Intl.NumberFormat(LOCALE, {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits
    }).format(value);
}

/** A percentage given on a 0–100 scale, as Salesforce Percent fields store it. */
export function formatPercent(percent: number, fractionDigits = 0): string {
    return new Intl.NumberFormat(LOCALE, {
        style: 'percent',
        minimumFractionDigits: 0,
        maximumFractionDigits: fractionDigits
    }).format(percent / 100);
}

/** A signed change, e.g. "+4.5" or "−3.0". */
export function formatSignedNumber(value: number, fractionDigits = 1): string {
    return new Intl.NumberFormat(LOCALE, {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
        signDisplay: 'exceptZero'
    }).format(value);
}

/** An Apex Date (yyyy-mm-dd), shown as a date without shifting it across time zones. */
export function formatDate(isoDate: string): string {
    const [year, month, day] = isoDate.split('-').map(Number);
    return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(Date.UTC(year, month - 1, day))
    );
}

/** An Apex Datetime (ISO instant), shown in the user's Salesforce time zone. */
export function formatDateTime(isoDateTime: string): string {
    return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(
        new Date(isoDateTime)
    );
}
