/**
 * Apex Date, Time, Datetime and TimeZone values, plus a Java SimpleDateFormat formatter.
 *
 * The user's time zone and locale are always parameters (default America/Los_Angeles and en_US, the runtime's
 * pinned configuration), never the machine's. Time-zone offsets come from the ICU data in Node's Intl.
 *
 * Facts encoded from the Apex Reference (Date, Datetime, Time, TimeZone classes, String.valueOf):
 *   - Date prints as yyyy-MM-dd with String.valueOf; an implicit string conversion appends " 00:00:00";
 *   - Datetime.newInstance(y, m, d[, h, mi, s]) is in the user's time zone, newInstanceGmt in GMT;
 *   - String.valueOf(Datetime) is "yyyy-MM-dd HH:mm:ss" in the user's time zone, valueOfGmt in GMT, and
 *     System.debug / string concatenation print the GMT form;
 *   - Datetime.format() in en_US is "6/6/1993, 3:03 AM" (ICU locale formats); Date.format() is "3/21/2001";
 *   - Time prints as HH:mm:ss.SSSZ ("18:30:02.020Z");
 *   - daysBetween is negative when the argument is earlier; monthsBetween ignores days; toStartOfWeek is Sunday
 *     in en_US; addMonths clamps to the end of the month.
 * The calendar is proleptic Gregorian (Java's GregorianCalendar switches to Julian before 1582; irrelevant to
 * Salesforce's 1700-4000 date range).
 */
import { ApexLibraryError, ApexUnsupportedError, typeException } from './errors';

export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';
export const DEFAULT_LOCALE = 'en_US';

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;
const MS_PER_DAY = 24 * MS_PER_HOUR;

/** Injectable clock so Date.today()/Datetime.now() are deterministic in tests. */
export interface Clock {
    /** Milliseconds since 1970-01-01T00:00:00Z. */
    now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export function fixedClock(epochMillis: number): Clock {
    return { now: () => epochMillis };
}

function floorDiv(a: number, b: number): number {
    return Math.floor(a / b);
}

function floorMod(a: number, b: number): number {
    return a - Math.floor(a / b) * b;
}

function pad(n: number, width: number): string {
    const s = String(Math.abs(n));
    return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function requireEnUs(locale: string): void {
    if (locale !== 'en_US') throw new ApexUnsupportedError(`locale ${locale}`, 'only en_US formats are implemented');
}

// ---------------------------------------------------------------------------------------------------------------
// Proleptic Gregorian calendar arithmetic
// ---------------------------------------------------------------------------------------------------------------

export function isLeapYear(year: number): boolean {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
    return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** Days since 1970-01-01 of a valid (y, m, d); Howard Hinnant's days_from_civil. */
function daysFromCivil(year: number, month: number, day: number): number {
    const y = month <= 2 ? year - 1 : year;
    const era = floorDiv(y, 400);
    const yoe = y - era * 400;
    const mp = (month + 9) % 12;
    const doy = floorDiv(153 * mp + 2, 5) + day - 1;
    const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
    return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
    const z = days + 719468;
    const era = floorDiv(z, 146097);
    const doe = z - era * 146097;
    const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
    const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
    const mp = floorDiv(5 * doy + 2, 153);
    const day = doy - floorDiv(153 * mp + 2, 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Lenient (Java Calendar) normalisation of possibly out-of-range month/day to an epoch day. */
function lenientEpochDay(year: number, month: number, day: number): number {
    const y = year + floorDiv(month - 1, 12);
    const m = floorMod(month - 1, 12) + 1;
    return daysFromCivil(y, m, 1) + day - 1;
}

/** Adds months keeping the day when possible, else clamping to the month's last day (Java Calendar.add). */
function addMonthsClamped(year: number, month: number, day: number, months: number) {
    const total = year * 12 + (month - 1) + months;
    const y = floorDiv(total, 12);
    const m = floorMod(total, 12) + 1;
    return { year: y, month: m, day: Math.min(day, daysInMonth(y, m)) };
}

// ---------------------------------------------------------------------------------------------------------------
// Date
// ---------------------------------------------------------------------------------------------------------------

export class ApexDate {
    readonly year: number;
    readonly month: number;
    readonly day: number;

    private constructor(year: number, month: number, day: number) {
        this.year = year;
        this.month = month;
        this.day = day;
    }

    static fromEpochDay(epochDay: number): ApexDate {
        const c = civilFromDays(epochDay);
        return new ApexDate(c.year, c.month, c.day);
    }

    /** `Date.newInstance(y, m, d)`. Lenient like Java's Calendar: (2020, 2, 30) is 2020-03-01, (2020, 13, 1) is 2021-01-01. */
    static newInstance(year: number, month: number, day: number): ApexDate {
        return ApexDate.fromEpochDay(lenientEpochDay(year, month, day));
    }

    /**
     * `Date.valueOf(String)`: "yyyy-MM-dd", optionally followed by a time that is ignored (the docs' own example
     * passes "2008-10-5 12:20:20"). One- or two-digit month and day are accepted. Bad input is
     * `System.TypeException: Invalid date: <s>`.
     */
    static valueOf(text: string): ApexDate {
        const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?: +\d{1,2}:\d{1,2}(?::\d{1,2}(?:\.\d+)?)?)?$/.exec(text.trim());
        if (!m) throw typeException(`Invalid date: ${text}`);
        const month = Number(m[2]);
        const day = Number(m[3]);
        if (month < 1 || month > 12 || day < 1 || day > 31) throw typeException(`Invalid date: ${text}`);
        return ApexDate.newInstance(Number(m[1]), month, day);
    }

    /** `Date.parse(String)` in the user's locale; en_US short date is M/d/yyyy ("12/27/2009"). */
    static parse(text: string, locale: string = DEFAULT_LOCALE): ApexDate {
        requireEnUs(locale);
        const m = /^(\d{1,2})\/(\d{1,2})\/(\d{1,4})$/.exec(text.trim());
        if (!m) throw typeException(`Invalid date: ${text}`);
        return ApexDate.newInstance(Number(m[3]), Number(m[1]), Number(m[2]));
    }

    /** `Date.today()`: the current date in the user's time zone. */
    static today(clock: Clock = systemClock, timeZone: string = DEFAULT_TIME_ZONE): ApexDate {
        return ApexDatetime.newInstance(clock.now()).date(timeZone);
    }

    static isLeapYear(year: number): boolean {
        return isLeapYear(year);
    }

    /** `Date.daysInMonth(year, month)` (1 = January). */
    static daysInMonth(year: number, month: number): number {
        return daysInMonth(year, month);
    }

    epochDay(): number {
        return daysFromCivil(this.year, this.month, this.day);
    }

    addDays(days: number): ApexDate {
        return ApexDate.fromEpochDay(this.epochDay() + days);
    }

    /** Clamps to the end of the month: 2024-01-31 + 1 month = 2024-02-29. */
    addMonths(months: number): ApexDate {
        const c = addMonthsClamped(this.year, this.month, this.day, months);
        return new ApexDate(c.year, c.month, c.day);
    }

    /** 2024-02-29 + 1 year = 2025-02-28 (clamped, as Java Calendar.add does). */
    addYears(years: number): ApexDate {
        return this.addMonths(years * 12);
    }

    /** Days from this date to `other`; negative when `other` is earlier. */
    daysBetween(other: ApexDate): number {
        return other.epochDay() - this.epochDay();
    }

    /** Months from this date to `other`, ignoring the day of month (2006-12-02 -> 2012-12-08 is 72). */
    monthsBetween(other: ApexDate): number {
        return (other.year - this.year) * 12 + (other.month - this.month);
    }

    toStartOfMonth(): ApexDate {
        return new ApexDate(this.year, this.month, 1);
    }

    /** Start of the week in the user's locale: Sunday for en_US (Monday in most European locales). */
    toStartOfWeek(locale: string = DEFAULT_LOCALE): ApexDate {
        requireEnUs(locale);
        return this.addDays(-this.dayOfWeek());
    }

    /** 0 = Sunday ... 6 = Saturday. */
    dayOfWeek(): number {
        return floorMod(this.epochDay() + 4, 7); // 1970-01-01 was a Thursday
    }

    dayOfYear(): number {
        return this.epochDay() - daysFromCivil(this.year, 1, 1) + 1;
    }

    isSameDay(other: ApexDate): boolean {
        return this.compareTo(other) === 0;
    }

    compareTo(other: ApexDate): number {
        return Math.sign(this.epochDay() - other.epochDay());
    }

    equals(other: ApexDate): boolean {
        return this.compareTo(other) === 0;
    }

    /** `format()` in the user's locale; en_US is M/d/yyyy ("3/21/2001"). */
    format(locale: string = DEFAULT_LOCALE): string {
        requireEnUs(locale);
        return `${this.month}/${this.day}/${this.year}`;
    }

    /** `String.valueOf(Date)`: yyyy-MM-dd. */
    toString(): string {
        return `${pad(this.year, 4)}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
    }

    /** Implicit string conversion ('' + date): the docs say the timestamp is appended ("2020-01-01 00:00:00"). */
    toImplicitString(): string {
        return `${this.toString()} 00:00:00`;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------------------------------

export class ApexTime {
    /** Milliseconds since midnight, 0 <= value < 86,400,000. */
    readonly millisOfDay: number;

    private constructor(millisOfDay: number) {
        this.millisOfDay = floorMod(millisOfDay, MS_PER_DAY);
    }

    static fromMillisOfDay(ms: number): ApexTime {
        return new ApexTime(ms);
    }

    /** `Time.newInstance(h, m, s, ms)`; out-of-range parts wrap around midnight (lenient, like Java Calendar). */
    static newInstance(hour: number, minute: number, second: number, millisecond: number): ApexTime {
        return new ApexTime(hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * MS_PER_SECOND + millisecond);
    }

    hour(): number {
        return floorDiv(this.millisOfDay, MS_PER_HOUR);
    }

    minute(): number {
        return floorDiv(this.millisOfDay, MS_PER_MINUTE) % 60;
    }

    second(): number {
        return floorDiv(this.millisOfDay, MS_PER_SECOND) % 60;
    }

    millisecond(): number {
        return this.millisOfDay % MS_PER_SECOND;
    }

    addHours(n: number): ApexTime {
        return new ApexTime(this.millisOfDay + n * MS_PER_HOUR);
    }

    addMinutes(n: number): ApexTime {
        return new ApexTime(this.millisOfDay + n * MS_PER_MINUTE);
    }

    addSeconds(n: number): ApexTime {
        return new ApexTime(this.millisOfDay + n * MS_PER_SECOND);
    }

    addMilliseconds(n: number): ApexTime {
        return new ApexTime(this.millisOfDay + n);
    }

    compareTo(other: ApexTime): number {
        return Math.sign(this.millisOfDay - other.millisOfDay);
    }

    equals(other: ApexTime): boolean {
        return this.millisOfDay === other.millisOfDay;
    }

    /** `String.valueOf(Time)`: HH:mm:ss.SSS followed by Z ("18:30:02.020Z"). */
    toString(): string {
        return `${pad(this.hour(), 2)}:${pad(this.minute(), 2)}:${pad(this.second(), 2)}.${pad(this.millisecond(), 3)}Z`;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Time zones
// ---------------------------------------------------------------------------------------------------------------

/** Java's legacy three-letter IDs that ICU does not know or maps differently (java.util.TimeZone "old mapping"). */
const JAVA_ZONE_ALIASES: Readonly<Record<string, string>> = {
    PST: 'America/Los_Angeles',
    CST: 'America/Chicago',
    AST: 'America/Anchorage',
    IST: 'Asia/Kolkata',
    JST: 'Asia/Tokyo',
    ECT: 'Europe/Paris',
    CTT: 'Asia/Shanghai',
    AET: 'Australia/Sydney',
    BST: 'Asia/Dhaka',
    PRT: 'America/Puerto_Rico',
    EST: 'GMT-05:00',
    MST: 'GMT-07:00',
    HST: 'GMT-10:00',
    UTC: 'GMT',
    GMT: 'GMT'
};

const CUSTOM_ZONE = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/;

interface ZoneRule {
    /** The Java ID as reported by getID(). */
    readonly id: string;
    /** Fixed offset in ms, or null when the IANA rules in `iana` apply. */
    readonly fixedOffset: number | null;
    readonly iana: string;
}

const zoneCache = new Map<string, ZoneRule>();

/**
 * Resolves a Java time-zone ID. Like java.util.TimeZone.getTimeZone, an unknown ID yields GMT (the Datetime.format
 * docs: "If the supplied time zone is not in the correct format, GMT is used").
 */
export function resolveZone(id: string): ZoneRule {
    const cached = zoneCache.get(id);
    if (cached) return cached;
    const rule = computeZone(id);
    zoneCache.set(id, rule);
    return rule;
}

function computeZone(id: string): ZoneRule {
    const target = JAVA_ZONE_ALIASES[id] ?? id;
    const custom = CUSTOM_ZONE.exec(target);
    if (target === 'GMT') return { id: id === 'UTC' ? 'UTC' : 'GMT', fixedOffset: 0, iana: 'UTC' };
    if (custom) {
        const minutes = Number(custom[2]) * 60 + Number(custom[3] ?? 0);
        const offset = (custom[1] === '-' ? -1 : 1) * minutes * MS_PER_MINUTE;
        if (minutes <= 23 * 60 + 59)
            return { id: target === id ? customZoneId(offset) : id, fixedOffset: offset, iana: 'UTC' };
    }
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: target });
        return { id, fixedOffset: null, iana: target };
    } catch {
        return { id: 'GMT', fixedOffset: 0, iana: 'UTC' };
    }
}

function customZoneId(offset: number): string {
    const minutes = Math.abs(offset) / MS_PER_MINUTE;
    return `GMT${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(iana: string): Intl.DateTimeFormat {
    let f = offsetFormatters.get(iana);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone: iana,
            hourCycle: 'h23',
            era: 'short',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric'
        });
        offsetFormatters.set(iana, f);
    }
    return f;
}

/** Offset of `zoneId` from GMT at the instant `utcMillis`, in milliseconds (TimeZone.getOffset). */
export function zoneOffsetMillis(zoneId: string, utcMillis: number): number {
    const rule = resolveZone(zoneId);
    if (rule.fixedOffset !== null) return rule.fixedOffset;
    const base = utcMillis - floorMod(utcMillis, MS_PER_SECOND);
    const parts: Record<string, string> = {};
    for (const p of offsetFormatter(rule.iana).formatToParts(new Date(base))) parts[p.type] = p.value;
    let year = Number(parts.year);
    if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
    const epochDay = daysFromCivil(year, Number(parts.month), Number(parts.day));
    const local =
        epochDay * MS_PER_DAY +
        Number(parts.hour) * MS_PER_HOUR +
        Number(parts.minute) * MS_PER_MINUTE +
        Number(parts.second) * MS_PER_SECOND;
    return local - base;
}

/**
 * Converts a wall-clock time (expressed as ms since the epoch as if the zone were GMT) to an instant. In a DST
 * gap the wall time is pushed forward by the gap (2:30 on spring-forward day becomes 3:30 daylight time, as
 * Java's lenient Calendar does); in an overlap the earlier instant (daylight time) is chosen.
 */
export function localToUtc(zoneId: string, localMillis: number): number {
    const before = zoneOffsetMillis(zoneId, localMillis - MS_PER_DAY);
    const after = zoneOffsetMillis(zoneId, localMillis + MS_PER_DAY);
    const candidates = [before, after].filter((o) => zoneOffsetMillis(zoneId, localMillis - o) === o);
    if (candidates.length === 0) return localMillis - before;
    return Math.min(...candidates.map((o) => localMillis - o));
}

/** Zone name as SimpleDateFormat prints it (z/zzzz). ICU names approximate Java's for zones outside the Americas. */
export function zoneDisplayName(zoneId: string, utcMillis: number, style: 'short' | 'long'): string {
    const rule = resolveZone(zoneId);
    const offset = zoneOffsetMillis(zoneId, utcMillis);
    if (rule.fixedOffset !== null) {
        if (rule.id === 'GMT') return style === 'long' ? 'Greenwich Mean Time' : 'GMT';
        return customZoneId(offset);
    }
    for (const locale of ['en-US', 'en-GB', 'en-IN', 'en-AU']) {
        const part = new Intl.DateTimeFormat(locale, { timeZone: rule.iana, timeZoneName: style })
            .formatToParts(new Date(utcMillis))
            .find((p) => p.type === 'timeZoneName');
        if (part && !/^GMT[+-]/.test(part.value) && !(part.value === 'GMT' && offset !== 0)) {
            return part.value === 'UTC' && rule.iana !== 'UTC' ? 'GMT' : part.value;
        }
    }
    return customZoneId(offset);
}

/** Apex `TimeZone`. */
export class ApexTimeZone {
    readonly id: string;

    private constructor(id: string) {
        this.id = id;
    }

    /** `TimeZone.getTimeZone(id)`: any Java ID; unknown IDs give GMT, as in Java. */
    static getTimeZone(id: string): ApexTimeZone {
        return new ApexTimeZone(resolveZone(id).id);
    }

    getID(): string {
        return this.id;
    }

    /** Offset in ms from GMT at the given instant, adjusted for daylight saving time. */
    getOffset(datetime: ApexDatetime): number {
        return zoneOffsetMillis(this.id, datetime.getTime());
    }

    /**
     * "(GMT-08:00) Pacific Standard Time (America/Los_Angeles)"; since API 45.0 the daylight name is shown while
     * daylight saving time is in effect, so this depends on the clock.
     */
    getDisplayName(clock: Clock = systemClock): string {
        const now = clock.now();
        const offset = zoneOffsetMillis(this.id, now);
        const sign = offset < 0 ? '-' : '+';
        const minutes = Math.abs(offset) / MS_PER_MINUTE;
        const gmt = `(GMT${sign}${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)})`;
        return `${gmt} ${zoneDisplayName(this.id, now, 'long')} (${this.id})`;
    }

    /** The docs do not show toString's format; we return the ID. */
    toString(): string {
        return this.id;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Datetime
// ---------------------------------------------------------------------------------------------------------------

interface LocalFields {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
    second: number;
    millisecond: number;
    dayOfWeek: number;
    dayOfYear: number;
    epochDay: number;
    offset: number;
}

function fieldsAt(utcMillis: number, zoneId: string): LocalFields {
    const offset = zoneOffsetMillis(zoneId, utcMillis);
    const local = utcMillis + offset;
    const epochDay = floorDiv(local, MS_PER_DAY);
    const ms = local - epochDay * MS_PER_DAY;
    const c = civilFromDays(epochDay);
    return {
        ...c,
        hour: floorDiv(ms, MS_PER_HOUR),
        minute: floorDiv(ms, MS_PER_MINUTE) % 60,
        second: floorDiv(ms, MS_PER_SECOND) % 60,
        millisecond: ms % MS_PER_SECOND,
        dayOfWeek: floorMod(epochDay + 4, 7),
        dayOfYear: epochDay - daysFromCivil(c.year, 1, 1) + 1,
        epochDay,
        offset
    };
}

function wallMillis(epochDay: number, hour: number, minute: number, second: number, ms: number): number {
    return epochDay * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * MS_PER_SECOND + ms;
}

export class ApexDatetime {
    /** Milliseconds since 1970-01-01T00:00:00Z (what getTime() returns). */
    readonly millis: number;

    private constructor(millis: number) {
        this.millis = millis;
    }

    /** `Datetime.newInstance(Long)`: ms since the epoch, GMT. */
    static newInstance(millis: number | bigint): ApexDatetime {
        return new ApexDatetime(Number(millis));
    }

    /** `Datetime.newInstance(y, m, d[, h, mi, s])` in the user's time zone (lenient fields). */
    static newInstanceLocal(
        year: number,
        month: number,
        day: number,
        hour = 0,
        minute = 0,
        second = 0,
        timeZone: string = DEFAULT_TIME_ZONE
    ): ApexDatetime {
        const wall = wallMillis(lenientEpochDay(year, month, day), hour, minute, second, 0);
        return new ApexDatetime(localToUtc(timeZone, wall));
    }

    /** `Datetime.newInstanceGmt(y, m, d[, h, mi, s])`. */
    static newInstanceGmt(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): ApexDatetime {
        return new ApexDatetime(wallMillis(lenientEpochDay(year, month, day), hour, minute, second, 0));
    }

    /** `Datetime.newInstance(Date, Time)`: the date and time in the user's time zone. */
    static fromDateTimeLocal(date: ApexDate, time: ApexTime, timeZone: string = DEFAULT_TIME_ZONE): ApexDatetime {
        return new ApexDatetime(localToUtc(timeZone, date.epochDay() * MS_PER_DAY + time.millisOfDay));
    }

    /** `Datetime.newInstanceGmt(Date, Time)`. */
    static fromDateTimeGmt(date: ApexDate, time: ApexTime): ApexDatetime {
        return new ApexDatetime(date.epochDay() * MS_PER_DAY + time.millisOfDay);
    }

    /** Implicit Date -> Datetime conversion: "the time component being zeroed out", in GMT. */
    static fromDateGmt(date: ApexDate): ApexDatetime {
        return new ApexDatetime(date.epochDay() * MS_PER_DAY);
    }

    /** `Datetime.now()`. */
    static now(clock: Clock = systemClock): ApexDatetime {
        return new ApexDatetime(clock.now());
    }

    /** `Datetime.valueOf(String)`: "yyyy-MM-dd HH:mm:ss" in the user's time zone. */
    static valueOf(text: string, timeZone: string = DEFAULT_TIME_ZONE): ApexDatetime {
        return new ApexDatetime(localToUtc(timeZone, parseStandardDatetime(text)));
    }

    /** `Datetime.valueOfGmt(String)`: "yyyy-MM-dd HH:mm:ss" in GMT. */
    static valueOfGmt(text: string): ApexDatetime {
        return new ApexDatetime(parseStandardDatetime(text));
    }

    /** `Datetime.parse(String)` in the user's locale and time zone; en_US: "10/14/2011, 11:46 AM". */
    static parse(text: string, timeZone: string = DEFAULT_TIME_ZONE, locale: string = DEFAULT_LOCALE): ApexDatetime {
        requireEnUs(locale);
        const m = /^(\d{1,2})\/(\d{1,2})\/(\d{1,4}),? +(\d{1,2}):(\d{2})(?::(\d{2}))? *([AaPp][Mm])$/.exec(text.trim());
        if (!m) throw typeException(`Invalid date/time: ${text}`);
        const hour12 = Number(m[4]);
        if (hour12 < 1 || hour12 > 12) throw typeException(`Invalid date/time: ${text}`);
        const hour = (hour12 % 12) + (m[7].toUpperCase() === 'PM' ? 12 : 0);
        const wall = wallMillis(
            lenientEpochDay(Number(m[3]), Number(m[1]), Number(m[2])),
            hour,
            Number(m[5]),
            Number(m[6] ?? 0),
            0
        );
        return new ApexDatetime(localToUtc(timeZone, wall));
    }

    getTime(): number {
        return this.millis;
    }

    // ---------------------------------------------------------------- components

    private local(timeZone: string): LocalFields {
        return fieldsAt(this.millis, timeZone);
    }

    date(timeZone: string = DEFAULT_TIME_ZONE): ApexDate {
        return ApexDate.fromEpochDay(this.local(timeZone).epochDay);
    }

    dateGmt(): ApexDate {
        return this.date('GMT');
    }

    time(timeZone: string = DEFAULT_TIME_ZONE): ApexTime {
        const f = this.local(timeZone);
        return ApexTime.newInstance(f.hour, f.minute, f.second, f.millisecond);
    }

    timeGmt(): ApexTime {
        return this.time('GMT');
    }

    year(timeZone: string = DEFAULT_TIME_ZONE): number {
        return this.local(timeZone).year;
    }

    yearGmt(): number {
        return this.year('GMT');
    }

    month(timeZone: string = DEFAULT_TIME_ZONE): number {
        return this.local(timeZone).month;
    }

    monthGmt(): number {
        return this.month('GMT');
    }

    day(timeZone: string = DEFAULT_TIME_ZONE): number {
        return this.local(timeZone).day;
    }

    dayGmt(): number {
        return this.day('GMT');
    }

    dayOfYear(timeZone: string = DEFAULT_TIME_ZONE): number {
        return this.local(timeZone).dayOfYear;
    }

    dayOfYearGmt(): number {
        return this.dayOfYear('GMT');
    }

    hour(timeZone: string = DEFAULT_TIME_ZONE): number {
        return this.local(timeZone).hour;
    }

    hourGmt(): number {
        return this.hour('GMT');
    }

    minute(timeZone: string = DEFAULT_TIME_ZONE): number {
        return this.local(timeZone).minute;
    }

    minuteGmt(): number {
        return this.minute('GMT');
    }

    second(timeZone: string = DEFAULT_TIME_ZONE): number {
        return this.local(timeZone).second;
    }

    secondGmt(): number {
        return this.second('GMT');
    }

    millisecond(timeZone: string = DEFAULT_TIME_ZONE): number {
        return this.local(timeZone).millisecond;
    }

    millisecondGmt(): number {
        return this.millisecond('GMT');
    }

    // ---------------------------------------------------------------- arithmetic

    /** Calendar days in the user's time zone: the wall-clock time is kept across a DST change (Calendar.add). */
    addDays(days: number, timeZone: string = DEFAULT_TIME_ZONE): ApexDatetime {
        const f = this.local(timeZone);
        const wall = wallMillis(f.epochDay + days, f.hour, f.minute, f.second, f.millisecond);
        return new ApexDatetime(localToUtc(timeZone, wall));
    }

    addMonths(months: number, timeZone: string = DEFAULT_TIME_ZONE): ApexDatetime {
        const f = this.local(timeZone);
        const c = addMonthsClamped(f.year, f.month, f.day, months);
        const wall = wallMillis(daysFromCivil(c.year, c.month, c.day), f.hour, f.minute, f.second, f.millisecond);
        return new ApexDatetime(localToUtc(timeZone, wall));
    }

    addYears(years: number, timeZone: string = DEFAULT_TIME_ZONE): ApexDatetime {
        return this.addMonths(years * 12, timeZone);
    }

    addHours(hours: number): ApexDatetime {
        return new ApexDatetime(this.millis + hours * MS_PER_HOUR);
    }

    addMinutes(minutes: number): ApexDatetime {
        return new ApexDatetime(this.millis + minutes * MS_PER_MINUTE);
    }

    addSeconds(seconds: number): ApexDatetime {
        return new ApexDatetime(this.millis + seconds * MS_PER_SECOND);
    }

    isSameDay(other: ApexDatetime, timeZone: string = DEFAULT_TIME_ZONE): boolean {
        return this.local(timeZone).epochDay === other.local(timeZone).epochDay;
    }

    compareTo(other: ApexDatetime): number {
        return Math.sign(this.millis - other.millis);
    }

    equals(other: ApexDatetime): boolean {
        return this.millis === other.millis;
    }

    // ---------------------------------------------------------------- formatting

    /** `format()`: the user's locale default; en_US (ICU) is "M/d/yyyy, h:mm a" -> "6/6/1993, 3:03 AM". */
    format(timeZone: string = DEFAULT_TIME_ZONE, locale: string = DEFAULT_LOCALE): string {
        requireEnUs(locale);
        return formatSimpleDate('M/d/yyyy, h:mm a', this.millis, timeZone);
    }

    /** `format(pattern)` in the user's time zone, `format(pattern, tz)` in `tz` (GMT when tz is not valid). */
    formatPattern(pattern: string, timeZone: string = DEFAULT_TIME_ZONE): string {
        return formatSimpleDate(pattern, this.millis, timeZone);
    }

    /** `formatGmt(pattern)`. */
    formatGmt(pattern: string): string {
        return formatSimpleDate(pattern, this.millis, 'GMT');
    }

    /**
     * `formatLong()`: en_US long form "M/d/yyyy, h:mm:ss a z". The docs' sample comment predates ICU formats
     * ("12/28/2012 10:00:00 AM PST", no comma); we follow the ICU layout used by format().
     */
    formatLong(timeZone: string = DEFAULT_TIME_ZONE, locale: string = DEFAULT_LOCALE): string {
        requireEnUs(locale);
        return formatSimpleDate('M/d/yyyy, h:mm:ss a z', this.millis, timeZone);
    }

    /** System.debug and string concatenation: "yyyy-MM-dd HH:mm:ss" in GMT. */
    toString(): string {
        return formatSimpleDate('yyyy-MM-dd HH:mm:ss', this.millis, 'GMT');
    }

    /** `String.valueOf(Datetime)`: "yyyy-MM-dd HH:mm:ss" in the user's time zone. */
    toLocalString(timeZone: string = DEFAULT_TIME_ZONE): string {
        return formatSimpleDate('yyyy-MM-dd HH:mm:ss', this.millis, timeZone);
    }

    /** `String.valueOfGmt(Datetime)`. */
    toGmtString(): string {
        return this.toString();
    }
}

const STANDARD_DATETIME = /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,9}))?$/;

/** "yyyy-MM-dd HH:mm:ss" as wall-clock ms; failure is `System.TypeException: Invalid date/time: <s>`. */
function parseStandardDatetime(text: string): number {
    const m = STANDARD_DATETIME.exec(text.trim());
    if (!m) throw typeException(`Invalid date/time: ${text}`);
    const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map(Number);
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
        throw typeException(`Invalid date/time: ${text}`);
    }
    const millis = m[7] ? Number(m[7].padEnd(3, '0').slice(0, 3)) : 0;
    return wallMillis(lenientEpochDay(Number(m[1]), month, day), hour, minute, second, millis);
}

// ---------------------------------------------------------------------------------------------------------------
// SimpleDateFormat
// ---------------------------------------------------------------------------------------------------------------

const MONTH_NAMES = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Token = { kind: 'literal'; text: string } | { kind: 'field'; letter: string; count: number };

const PATTERN_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

/**
 * Splits a SimpleDateFormat pattern: runs of the same letter are fields, 'quoted text' is literal, '' is a quote.
 * Unknown ASCII letters are rejected like Java (IllegalArgumentException "Illegal pattern character 'x'").
 */
export function tokenizeDatePattern(pattern: string): Token[] {
    const tokens: Token[] = [];
    let i = 0;
    while (i < pattern.length) {
        const c = pattern[i];
        if (c === "'") {
            i = readQuoted(pattern, i, tokens);
        } else if (/[A-Za-z]/.test(c)) {
            if (!PATTERN_LETTERS.includes(c)) {
                throw new ApexLibraryError('System.IllegalArgumentException', `Illegal pattern character '${c}'`);
            }
            let j = i;
            while (j < pattern.length && pattern[j] === c) j++;
            tokens.push({ kind: 'field', letter: c, count: j - i });
            i = j;
        } else {
            tokens.push({ kind: 'literal', text: c });
            i++;
        }
    }
    return tokens;
}

function readQuoted(pattern: string, start: number, tokens: Token[]): number {
    if (pattern[start + 1] === "'") {
        tokens.push({ kind: 'literal', text: "'" });
        return start + 2;
    }
    let text = '';
    let i = start + 1;
    for (;;) {
        if (i >= pattern.length) throw new ApexLibraryError('System.IllegalArgumentException', 'Unterminated quote');
        if (pattern[i] === "'") {
            if (pattern[i + 1] === "'") {
                text += "'";
                i += 2;
                continue;
            }
            break;
        }
        text += pattern[i++];
    }
    tokens.push({ kind: 'literal', text });
    return i + 1;
}

/**
 * Formats an instant with a Java SimpleDateFormat pattern in `zoneId`, en_US symbols. Supported letters:
 * G y Y M L w W D d F E u a H k K h m s S z Z X (Java's full set except the rarely used ones it shares).
 */
export function formatSimpleDate(pattern: string, utcMillis: number, zoneId: string): string {
    const f = fieldsAt(utcMillis, zoneId);
    return tokenizeDatePattern(pattern)
        .map((t) => (t.kind === 'literal' ? t.text : formatField(t.letter, t.count, f, utcMillis, zoneId)))
        .join('');
}

function formatField(letter: string, count: number, f: LocalFields, utcMillis: number, zoneId: string): string {
    switch (letter) {
        case 'G':
            return f.year > 0 ? 'AD' : 'BC';
        case 'y':
            return formatYear(f.year > 0 ? f.year : 1 - f.year, count);
        case 'Y':
            return formatYear(weekFields(f).weekYear, count);
        case 'M':
        case 'L':
            return count >= 3 ? textName(MONTH_NAMES[f.month - 1], count) : pad(f.month, count);
        case 'w':
            return pad(weekFields(f).weekOfYear, count);
        case 'W':
            return pad(floorDiv(f.day - 1 + floorMod(f.dayOfWeek - (f.day - 1), 7), 7) + 1, count);
        case 'D':
            return pad(f.dayOfYear, count);
        case 'd':
            return pad(f.day, count);
        case 'F':
            return pad(floorDiv(f.day - 1, 7) + 1, count);
        case 'E':
            return textName(DAY_NAMES[f.dayOfWeek], count);
        case 'u':
            return pad(f.dayOfWeek === 0 ? 7 : f.dayOfWeek, count);
        case 'a':
            return f.hour < 12 ? 'AM' : 'PM';
        default:
            return formatTimeField(letter, count, f, utcMillis, zoneId);
    }
}

function formatTimeField(letter: string, count: number, f: LocalFields, utcMillis: number, zoneId: string): string {
    switch (letter) {
        case 'H':
            return pad(f.hour, count);
        case 'k':
            return pad(f.hour === 0 ? 24 : f.hour, count);
        case 'K':
            return pad(f.hour % 12, count);
        case 'h':
            return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
        case 'm':
            return pad(f.minute, count);
        case 's':
            return pad(f.second, count);
        case 'S':
            return pad(f.millisecond, count);
        case 'z':
            return zoneDisplayName(zoneId, utcMillis, count >= 4 ? 'long' : 'short');
        case 'Z':
            return rfc822Offset(f.offset);
        case 'X':
            return isoOffset(f.offset, count);
        default:
            throw new ApexLibraryError('System.IllegalArgumentException', `Illegal pattern character '${letter}'`);
    }
}

/** SimpleDateFormat: "yy" is the last two digits; any other count is the full year zero-padded to `count`. */
function formatYear(year: number, count: number): string {
    return count === 2 ? pad(year % 100, 2) : pad(year, count);
}

function textName(name: string, count: number): string {
    return count >= 4 ? name : name.slice(0, 3);
}

/** en_US week rules (GregorianCalendar): weeks start on Sunday and week 1 contains January 1. */
function weekFields(f: LocalFields): { weekOfYear: number; weekYear: number } {
    const weekStart = f.epochDay - f.dayOfWeek;
    const nextJan1 = daysFromCivil(f.year + 1, 1, 1);
    if (nextJan1 <= weekStart + 6) return { weekOfYear: 1, weekYear: f.year + 1 };
    const jan1 = daysFromCivil(f.year, 1, 1);
    const jan1Dow = floorMod(jan1 + 4, 7);
    return { weekOfYear: floorDiv(f.dayOfYear - 1 + jan1Dow, 7) + 1, weekYear: f.year };
}

function rfc822Offset(offset: number): string {
    const minutes = Math.abs(offset) / MS_PER_MINUTE;
    return `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60), 2)}${pad(Math.floor(minutes % 60), 2)}`;
}

/** ISO 8601 zone: X -> -08, XX -> -0800, XXX -> -08:00; zero offset prints "Z". */
function isoOffset(offset: number, count: number): string {
    if (count > 3)
        throw new ApexLibraryError('System.IllegalArgumentException', `invalid ISO 8601 format: length=${count}`);
    if (offset === 0) return 'Z';
    const minutes = Math.abs(offset) / MS_PER_MINUTE;
    const hh = `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60), 2)}`;
    const mm = pad(Math.floor(minutes % 60), 2);
    if (count === 1) return hh;
    return count === 2 ? hh + mm : `${hh}:${mm}`;
}
