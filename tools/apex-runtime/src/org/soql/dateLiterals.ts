/**
 * SOQL date literals (TODAY, LAST_N_DAYS:n, THIS_QUARTER...) as ranges of days in the running user's time zone,
 * and the date functions (CALENDAR_YEAR, DAY_ONLY...). Ranges follow the SOQL and SOSL Reference, "Date
 * Literals"; fiscal literals use the default fiscal year (starting in January, so fiscal = calendar), which is
 * the org setting an in-memory org has. Weeks start on Sunday (en_US), as `toStartOfWeek` does.
 */
import { ApexDate, ApexDatetime } from '../../values/dates';
import { localToUtc } from '../../lib/dates';

/** Days since the epoch: `[start, end)`. */
export interface DayRange {
    start: number;
    end: number;
}

const MS_PER_DAY = 86400000;

function monthRange(first: ApexDate, months: number): DayRange {
    return { start: first.epochDay(), end: first.addMonths(months).epochDay() };
}

/** The range a date literal denotes on `today`, or undefined for an unknown literal. */
export function dateLiteralRange(literal: string, n: number, today: ApexDate): DayRange | undefined {
    const day = today.epochDay();
    const week = today.toStartOfWeek().epochDay();
    const month = today.toStartOfMonth();
    const quarter = ApexDate.newInstance(today.year, Math.floor((today.month - 1) / 3) * 3 + 1, 1);
    const year = ApexDate.newInstance(today.year, 1, 1);
    const lit = literal.replace('_FISCAL_', '_');
    switch (lit) {
        case 'YESTERDAY':
            return { start: day - 1, end: day };
        case 'TODAY':
            return { start: day, end: day + 1 };
        case 'TOMORROW':
            return { start: day + 1, end: day + 2 };
        // "LAST_N_DAYS:n ... starts with the current day and continues for the past n days", today included.
        case 'LAST_90_DAYS':
            return { start: day - 90, end: day + 1 };
        case 'LAST_N_DAYS':
            return { start: day - n, end: day + 1 };
        // "NEXT_N_DAYS:n ... starts 00:00:00 of the next day", today excluded.
        case 'NEXT_90_DAYS':
            return { start: day + 1, end: day + 91 };
        case 'NEXT_N_DAYS':
            return { start: day + 1, end: day + n + 1 };
        case 'N_DAYS_AGO':
            return { start: day - n, end: day - n + 1 };
        case 'THIS_WEEK':
            return { start: week, end: week + 7 };
        case 'LAST_WEEK':
            return { start: week - 7, end: week };
        case 'NEXT_WEEK':
            return { start: week + 7, end: week + 14 };
        case 'LAST_N_WEEKS':
            return { start: week - 7 * n, end: week };
        case 'NEXT_N_WEEKS':
            return { start: week + 7, end: week + 7 * (n + 1) };
        case 'N_WEEKS_AGO':
            return { start: week - 7 * n, end: week - 7 * n + 7 };
        case 'THIS_MONTH':
            return monthRange(month, 1);
        case 'LAST_MONTH':
            return monthRange(month.addMonths(-1), 1);
        case 'NEXT_MONTH':
            return monthRange(month.addMonths(1), 1);
        case 'LAST_N_MONTHS':
            return monthRange(month.addMonths(-n), n);
        case 'NEXT_N_MONTHS':
            return monthRange(month.addMonths(1), n);
        case 'N_MONTHS_AGO':
            return monthRange(month.addMonths(-n), 1);
        case 'THIS_QUARTER':
            return monthRange(quarter, 3);
        case 'LAST_QUARTER':
            return monthRange(quarter.addMonths(-3), 3);
        case 'NEXT_QUARTER':
            return monthRange(quarter.addMonths(3), 3);
        case 'LAST_N_QUARTERS':
            return monthRange(quarter.addMonths(-3 * n), 3 * n);
        case 'NEXT_N_QUARTERS':
            return monthRange(quarter.addMonths(3), 3 * n);
        case 'N_QUARTERS_AGO':
            return monthRange(quarter.addMonths(-3 * n), 3);
        case 'THIS_YEAR':
            return monthRange(year, 12);
        case 'LAST_YEAR':
            return monthRange(year.addYears(-1), 12);
        case 'NEXT_YEAR':
            return monthRange(year.addYears(1), 12);
        case 'LAST_N_YEARS':
            return monthRange(year.addYears(-n), 12 * n);
        case 'NEXT_N_YEARS':
            return monthRange(year.addYears(1), 12 * n);
        case 'N_YEARS_AGO':
            return monthRange(year.addYears(-n), 12);
        default:
            return undefined;
    }
}

/** A day range as Datetime millis `[start, end)`: each day boundary is midnight in the user's time zone. */
export function dayRangeMillis(range: DayRange, timeZone: string): { start: number; end: number } {
    return {
        start: localToUtc(timeZone, range.start * MS_PER_DAY),
        end: localToUtc(timeZone, range.end * MS_PER_DAY)
    };
}

/**
 * A date function applied to a Date or Datetime. Datetimes are read in GMT unless wrapped in convertTimezone(),
 * as documented ("SOQL queries ... return dateTime field values as UTC ... use convertTimezone() in a date
 * function to convert dateTime fields to the user's time zone"). Returns undefined for an unknown function.
 */
export function applyDateFunction(name: string, value: ApexDate | ApexDatetime, timeZone: string): unknown {
    let date: ApexDate;
    let hour = 0;
    if (value instanceof ApexDatetime) {
        date = value.date(timeZone);
        hour = value.hour(timeZone);
    } else {
        date = value;
    }
    const fn = name.replace('FISCAL_', 'CALENDAR_');
    switch (fn) {
        case 'CALENDAR_YEAR':
            return date.year;
        case 'CALENDAR_MONTH':
            return date.month;
        case 'CALENDAR_QUARTER':
            return Math.floor((date.month - 1) / 3) + 1;
        case 'DAY_IN_MONTH':
            return date.day;
        // 1 = Sunday ... 7 = Saturday.
        case 'DAY_IN_WEEK':
            return ((((date.epochDay() + 4) % 7) + 7) % 7) + 1;
        case 'DAY_IN_YEAR':
            return date.dayOfYear();
        case 'DAY_ONLY':
            return date;
        case 'HOUR_IN_DAY':
            return hour;
        // "WEEK_IN_MONTH: the first week is from the first through the seventh day of the month."
        case 'WEEK_IN_MONTH':
            return Math.floor((date.day - 1) / 7) + 1;
        // "WEEK_IN_YEAR: the first week is from January 1 through January 7."
        case 'WEEK_IN_YEAR':
            return Math.floor((date.dayOfYear() - 1) / 7) + 1;
        default:
            return undefined;
    }
}
