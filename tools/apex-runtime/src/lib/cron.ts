/**
 * Salesforce cron expressions (System.schedule): `Seconds Minutes Hours Day_of_month Month Day_of_week
 * [Optional_year]`, with the special characters the Apex Developer Guide lists ("Apex Scheduler", "Using the
 * System.Schedule Method"): `, - * / ?` everywhere they make sense, `L` and `W` in Day_of_month, `L` and `#` in
 * Day_of_week, month and day names (JAN-DEC, SUN-SAT). The platform validates with Quartz's CronExpression, so
 * invalid expressions fail with Quartz's messages; the caller turns them into System.StringException.
 */
import { daysInMonth, localToUtc, zoneOffsetMillis } from './dates';

export class CronError extends Error {}

interface Field {
    /** Allowed values; null means "no specific value" (`?`). */
    values: Set<number> | null;
}

export interface CronSchedule {
    seconds: Set<number>;
    minutes: Set<number>;
    hours: Set<number>;
    /** null when Day_of_month is `?`. */
    daysOfMonth: Set<number> | null;
    /** `L` / `L-n`: the last day of the month minus n. */
    lastDayOfMonth: number | null;
    /** `15W`: the weekday nearest the given days; `LW`: the last weekday of the month. */
    nearestWeekday: boolean;
    months: Set<number>;
    /** null when Day_of_week is `?`; 1 = Sunday ... 7 = Saturday. */
    daysOfWeek: Set<number> | null;
    /** `6L`: the last such weekday of the month. */
    lastDayOfWeek: boolean;
    /** `6#3`: the nth such weekday of the month. */
    nthDayOfWeek: number;
    /** null: every year. */
    years: Set<number> | null;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface Position {
    min: number;
    max: number;
    names: string[] | null;
    rangeMessage: string;
}

const SECOND: Position = {
    min: 0,
    max: 59,
    names: null,
    rangeMessage: 'Minute and Second values must be between 0 and 59'
};
const MINUTE = SECOND;
const HOUR: Position = { min: 0, max: 23, names: null, rangeMessage: 'Hour values must be between 0 and 23' };
const DAY_OF_MONTH: Position = {
    min: 1,
    max: 31,
    names: null,
    rangeMessage: 'Day of month values must be between 1 and 31'
};
const MONTH: Position = { min: 1, max: 12, names: MONTHS, rangeMessage: 'Month values must be between 1 and 12' };
const DAY_OF_WEEK: Position = {
    min: 1,
    max: 7,
    names: DAYS,
    rangeMessage: 'Day-of-Week values must be between 1 and 7'
};
const YEAR: Position = { min: 1970, max: 2099, names: null, rangeMessage: 'Year values must be between 1970 and 2099' };

function value(text: string, pos: Position): number {
    if (/^\d+$/.test(text)) {
        const n = Number(text);
        if (n < pos.min || n > pos.max) {
            throw new CronError(pos.rangeMessage);
        }
        return n;
    }
    const index = pos.names?.indexOf(text) ?? -1;
    if (index < 0) {
        throw new CronError(`Illegal characters for this position: '${text}'`);
    }
    return index + 1;
}

/** One comma-separated item: `*`, `n`, `a-b`, with an optional `/step`. */
function addItem(item: string, pos: Position, into: Set<number>): void {
    const [range, stepText, extra] = item.split('/');
    if (extra !== undefined || stepText === '') {
        throw new CronError(`Illegal characters for this position: '${item}'`);
    }
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step <= 0) {
        throw new CronError(`Illegal characters for this position: '${item}'`);
    }
    let from: number;
    let to: number;
    if (range === '*') {
        from = pos.min;
        to = pos.max;
    } else if (range.includes('-')) {
        const [a, b] = range.split('-');
        from = value(a, pos);
        to = value(b, pos);
    } else {
        from = value(range, pos);
        to = stepText === undefined ? from : pos.max;
    }
    if (to < from) {
        // Quartz wraps ranges such as FRI-MON or 22-2.
        for (let v = from; v <= pos.max; v += step) into.add(v);
        for (let v = pos.min; v <= to; v += step) into.add(v);
        return;
    }
    for (let v = from; v <= to; v += step) {
        into.add(v);
    }
}

function parseField(text: string, pos: Position): Field {
    if (text === '?') {
        if (pos !== DAY_OF_MONTH && pos !== DAY_OF_WEEK) {
            throw new CronError("'?' can only be specfied for Day-of-Month or Day-of-Week.");
        }
        return { values: null };
    }
    const values = new Set<number>();
    for (const item of text.split(',')) {
        addItem(item, pos, values);
    }
    return { values };
}

/** Parses and validates an expression; throws CronError with Quartz's message when it is invalid. */
export function parseCron(expression: string): CronSchedule {
    const parts = expression
        .trim()
        .toUpperCase()
        .split(/\s+/)
        .filter((p) => p !== '');
    if (parts.length < 6) {
        throw new CronError('Unexpected end of expression.');
    }
    if (parts.length > 7) {
        throw new CronError(`Illegal characters for this position: '${parts[7]}'`);
    }
    const [sec, min, hour, dom, month, dow, year] = parts;
    if ((dom === '?') === (dow === '?')) {
        throw new CronError(
            dom === '?'
                ? "'?' can only be specfied for Day-of-Month -OR- Day-of-Week."
                : 'Support for specifying both a day-of-week AND a day-of-month parameter is not implemented.'
        );
    }
    const schedule: CronSchedule = {
        seconds: parseField(sec, SECOND).values!,
        minutes: parseField(min, MINUTE).values!,
        hours: parseField(hour, HOUR).values!,
        daysOfMonth: null,
        lastDayOfMonth: null,
        nearestWeekday: false,
        months: parseField(month, MONTH).values!,
        daysOfWeek: null,
        lastDayOfWeek: false,
        nthDayOfWeek: 0,
        years: year === undefined ? null : parseField(year, YEAR).values
    };
    if (dom !== '?') {
        const last = /^L(?:-(\d+))?(W)?$/.exec(dom);
        const weekday = /^(\d+)W$/.exec(dom);
        if (last) {
            schedule.lastDayOfMonth = last[1] ? Number(last[1]) : 0;
            schedule.nearestWeekday = !!last[2];
            schedule.daysOfMonth = new Set();
        } else if (weekday) {
            schedule.daysOfMonth = new Set([value(weekday[1], DAY_OF_MONTH)]);
            schedule.nearestWeekday = true;
        } else {
            schedule.daysOfMonth = parseField(dom, DAY_OF_MONTH).values;
        }
    } else {
        const last = /^(\w+)?L$/.exec(dow);
        const nth = /^(\w+)#(\d)$/.exec(dow);
        if (last) {
            // A bare `L` in Day_of_week is Saturday, the last day of the week.
            schedule.daysOfWeek = new Set([last[1] ? value(last[1], DAY_OF_WEEK) : 7]);
            schedule.lastDayOfWeek = !!last[1];
        } else if (nth) {
            schedule.daysOfWeek = new Set([value(nth[1], DAY_OF_WEEK)]);
            schedule.nthDayOfWeek = Number(nth[2]);
            if (schedule.nthDayOfWeek < 1 || schedule.nthDayOfWeek > 5) {
                throw new CronError("A numeric value between 1 and 5 must follow the '#' option");
            }
        } else {
            schedule.daysOfWeek = parseField(dow, DAY_OF_WEEK).values;
        }
    }
    return schedule;
}

/** 1 = Sunday ... 7 = Saturday. */
function dayOfWeek(year: number, month: number, day: number): number {
    return new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;
}

/** The weekday (Mon-Fri) nearest `day`, never leaving the month. */
function nearestWeekdayOf(year: number, month: number, day: number): number {
    const dim = daysInMonth(year, month);
    const dow = dayOfWeek(year, month, day);
    if (dow === 7) {
        return day === 1 ? 3 : day - 1;
    }
    if (dow === 1) {
        return day === dim ? day - 2 : day + 1;
    }
    return day;
}

function dayMatches(s: CronSchedule, year: number, month: number, day: number): boolean {
    const dim = daysInMonth(year, month);
    if (s.daysOfMonth) {
        if (s.lastDayOfMonth !== null) {
            const target = dim - s.lastDayOfMonth;
            return s.nearestWeekday ? nearestWeekdayOf(year, month, target) === day : day === target;
        }
        if (s.nearestWeekday) {
            return [...s.daysOfMonth].some((d) => d <= dim && nearestWeekdayOf(year, month, d) === day);
        }
        return s.daysOfMonth.has(day);
    }
    const dow = dayOfWeek(year, month, day);
    if (!s.daysOfWeek!.has(dow)) {
        return false;
    }
    if (s.lastDayOfWeek) {
        return day + 7 > dim;
    }
    if (s.nthDayOfWeek) {
        return Math.ceil(day / 7) === s.nthDayOfWeek;
    }
    return true;
}

const sorted = (set: Set<number>): number[] => [...set].sort((a, b) => a - b);
const MS_PER_DAY = 86_400_000;

/**
 * The first instant strictly after `afterMillis` at which the schedule fires, reading the fields as wall-clock
 * time in `timeZone` (the scheduling user's zone, as the platform does); null when it never fires again.
 */
export function nextFireTime(s: CronSchedule, afterMillis: number, timeZone: string): number | null {
    const startLocal = Math.floor(afterMillis / 1000) * 1000 + 1000 + zoneOffsetMillis(timeZone, afterMillis);
    const hours = sorted(s.hours);
    const minutes = sorted(s.minutes);
    const seconds = sorted(s.seconds);
    const startDay = Math.floor(startLocal / MS_PER_DAY);
    for (let epochDay = startDay; ; epochDay++) {
        const date = new Date(epochDay * MS_PER_DAY);
        const year = date.getUTCFullYear();
        if (year > YEAR.max) {
            return null;
        }
        const month = date.getUTCMonth() + 1;
        const day = date.getUTCDate();
        if ((s.years && !s.years.has(year)) || !s.months.has(month) || !dayMatches(s, year, month, day)) {
            continue;
        }
        const floor = epochDay === startDay ? startLocal - epochDay * MS_PER_DAY : 0;
        for (const h of hours) {
            for (const m of minutes) {
                for (const sec of seconds) {
                    const timeOfDay = ((h * 60 + m) * 60 + sec) * 1000;
                    if (timeOfDay >= floor) {
                        return localToUtc(timeZone, epochDay * MS_PER_DAY + timeOfDay);
                    }
                }
            }
        }
    }
}
