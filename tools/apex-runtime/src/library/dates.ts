/**
 * Date, Datetime, Time and TimeZone (Apex Reference), over src/lib/dates.ts. Methods without a time zone argument
 * use the running user's time zone, and the clock is the runtime's (pinnable) clock.
 */
import { nullPointer } from '../runtime/errors';
import type { Frame } from '../runtime/frame';
import { ApexDate, ApexDatetime, ApexTime, ApexTimeZone } from '../values/dates';
import { toLong } from '../values/numeric';
import { registerForeignType } from '../values/misc';
import { defineLibType, method } from './registry';

const DateType = defineLibType('Date');
const DatetimeType = defineLibType('Datetime');
const TimeType = defineLibType('Time');
const TimeZoneType = defineLibType('System.TimeZone', 'TimeZone');

registerForeignType(ApexTimeZone, 'System.TimeZone');

const tz = (f: Frame): string => f.rt.user.timeZone;
const locale = (f: Frame): string => f.rt.user.locale;

function req<V>(v: unknown): V {
    if (v === null || v === undefined) {
        throw nullPointer();
    }
    return v as V;
}

const int = (v: unknown): number => req<number>(v);

// ------------------------------------------------------------------------------------------------------- Date

method(DateType, 'static Date newInstance(Integer, Integer, Integer)', (_s, [y, m, d]) =>
    ApexDate.newInstance(int(y), int(m), int(d))
);
method(DateType, 'static Date today()', (_s, _a, f: Frame) => ApexDatetime.newInstance(f.rt.now()).date(tz(f)));
method(DateType, 'static Date valueOf(Object)', (_s, [v], f: Frame) => {
    const value = req<unknown>(v);
    if (value instanceof ApexDatetime) {
        return value.date(tz(f));
    }
    return ApexDate.valueOf(value as string);
});
method(DateType, 'static Date parse(String)', (_s, [text], f: Frame) => ApexDate.parse(req<string>(text), locale(f)));
method(DateType, 'static Boolean isLeapYear(Integer)', (_s, [y]) => ApexDate.isLeapYear(int(y)));
method(DateType, 'static Integer daysInMonth(Integer, Integer)', (_s, [y, m]) => ApexDate.daysInMonth(int(y), int(m)));
method(DateType, 'Date addDays(Integer)', (d: ApexDate, [n]) => d.addDays(int(n)));
method(DateType, 'Date addMonths(Integer)', (d: ApexDate, [n]) => d.addMonths(int(n)));
method(DateType, 'Date addYears(Integer)', (d: ApexDate, [n]) => d.addYears(int(n)));
method(DateType, 'Integer day()', (d: ApexDate) => d.day);
method(DateType, 'Integer month()', (d: ApexDate) => d.month);
method(DateType, 'Integer year()', (d: ApexDate) => d.year);
method(DateType, 'Integer dayOfYear()', (d: ApexDate) => d.dayOfYear());
method(DateType, 'Integer daysBetween(Date)', (d: ApexDate, [other]) => d.daysBetween(req<ApexDate>(other)));
method(DateType, 'Integer monthsBetween(Date)', (d: ApexDate, [other]) => d.monthsBetween(req<ApexDate>(other)));
method(DateType, 'String format()', (d: ApexDate, _a, f: Frame) => d.format(locale(f)));
method(DateType, 'Boolean isSameDay(Date)', (d: ApexDate, [other]) => d.isSameDay(req<ApexDate>(other)));
method(DateType, 'Date toStartOfMonth()', (d: ApexDate) => d.toStartOfMonth());
method(DateType, 'Date toStartOfWeek()', (d: ApexDate, _a, f: Frame) => d.toStartOfWeek(locale(f)));
method(DateType, 'Boolean equals(Object)', (d: ApexDate, [other]) => other instanceof ApexDate && d.equals(other));
method(DateType, 'Integer hashCode()', (d: ApexDate) => d.epochDay());
method(DateType, 'String toString()', (d: ApexDate) => d.toString());

// --------------------------------------------------------------------------------------------------- Datetime

method(DatetimeType, 'static Datetime newInstance(Long)', (_s, [ms]) => ApexDatetime.newInstance(toLong(req(ms))));
method(DatetimeType, 'static Datetime newInstance(Date, Time)', (_s, [d, t], f: Frame) =>
    ApexDatetime.fromDateTimeLocal(req(d), req(t), tz(f))
);
method(DatetimeType, 'static Datetime newInstance(Integer, Integer, Integer)', (_s, [y, m, d], f: Frame) =>
    ApexDatetime.newInstanceLocal(int(y), int(m), int(d), 0, 0, 0, tz(f))
);
method(
    DatetimeType,
    'static Datetime newInstance(Integer, Integer, Integer, Integer, Integer, Integer)',
    (_s, [y, m, d, h, mi, s], f: Frame) =>
        ApexDatetime.newInstanceLocal(int(y), int(m), int(d), int(h), int(mi), int(s), tz(f))
);
method(DatetimeType, 'static Datetime newInstanceGmt(Date, Time)', (_s, [d, t]) =>
    ApexDatetime.fromDateTimeGmt(req(d), req(t))
);
method(DatetimeType, 'static Datetime newInstanceGmt(Integer, Integer, Integer)', (_s, [y, m, d]) =>
    ApexDatetime.newInstanceGmt(int(y), int(m), int(d))
);
method(
    DatetimeType,
    'static Datetime newInstanceGmt(Integer, Integer, Integer, Integer, Integer, Integer)',
    (_s, [y, m, d, h, mi, s]) => ApexDatetime.newInstanceGmt(int(y), int(m), int(d), int(h), int(mi), int(s))
);
method(DatetimeType, 'static Datetime now()', (_s, _a, f: Frame) => ApexDatetime.newInstance(f.rt.now()));
method(DatetimeType, 'static Datetime valueOf(Object)', (_s, [text], f: Frame) =>
    ApexDatetime.valueOf(req<string>(text), tz(f))
);
method(DatetimeType, 'static Datetime valueOfGmt(String)', (_s, [text]) => ApexDatetime.valueOfGmt(req<string>(text)));
method(DatetimeType, 'static Datetime parse(String)', (_s, [text], f: Frame) =>
    ApexDatetime.parse(req<string>(text), tz(f), locale(f))
);

method(DatetimeType, 'Datetime addDays(Integer)', (d: ApexDatetime, [n], f: Frame) => d.addDays(int(n), tz(f)));
method(DatetimeType, 'Datetime addMonths(Integer)', (d: ApexDatetime, [n], f: Frame) => d.addMonths(int(n), tz(f)));
method(DatetimeType, 'Datetime addYears(Integer)', (d: ApexDatetime, [n], f: Frame) => d.addYears(int(n), tz(f)));
method(DatetimeType, 'Datetime addHours(Integer)', (d: ApexDatetime, [n]) => d.addHours(int(n)));
method(DatetimeType, 'Datetime addMinutes(Integer)', (d: ApexDatetime, [n]) => d.addMinutes(int(n)));
method(DatetimeType, 'Datetime addSeconds(Integer)', (d: ApexDatetime, [n]) => d.addSeconds(int(n)));
method(DatetimeType, 'Date date()', (d: ApexDatetime, _a, f: Frame) => d.date(tz(f)));
method(DatetimeType, 'Date dateGmt()', (d: ApexDatetime) => d.dateGmt());
method(DatetimeType, 'Time time()', (d: ApexDatetime, _a, f: Frame) => d.time(tz(f)));
method(DatetimeType, 'Time timeGmt()', (d: ApexDatetime) => d.timeGmt());
for (const part of ['year', 'month', 'day', 'dayOfYear', 'hour', 'minute', 'second', 'millisecond'] as const) {
    method(DatetimeType, `Integer ${part}()`, (d: ApexDatetime, _a, f: Frame) => d[part](tz(f)));
    method(DatetimeType, `Integer ${part}Gmt()`, (d: ApexDatetime) => d[`${part}Gmt`]());
}
method(DatetimeType, 'Long getTime()', (d: ApexDatetime) => BigInt(d.getTime()));
method(DatetimeType, 'String format()', (d: ApexDatetime, _a, f: Frame) => d.format(tz(f), locale(f)));
method(DatetimeType, 'String format(String, String?)', (d: ApexDatetime, [pattern, zone], f: Frame) =>
    d.formatPattern(
        req<string>(pattern),
        zone === undefined || zone === null ? tz(f) : ApexTimeZone.getTimeZone(zone as string).id
    )
);
method(DatetimeType, 'String formatGmt(String)', (d: ApexDatetime, [pattern]) => d.formatGmt(req<string>(pattern)));
method(DatetimeType, 'String formatLong()', (d: ApexDatetime, _a, f: Frame) => d.formatLong(tz(f), locale(f)));
method(DatetimeType, 'Boolean isSameDay(Datetime)', (d: ApexDatetime, [other], f: Frame) =>
    d.isSameDay(req<ApexDatetime>(other), tz(f))
);
method(
    DatetimeType,
    'Boolean equals(Object)',
    (d: ApexDatetime, [other]) => other instanceof ApexDatetime && d.equals(other)
);
method(DatetimeType, 'Integer hashCode()', (d: ApexDatetime) => d.getTime() | 0);
method(DatetimeType, 'String toString()', (d: ApexDatetime) => d.toString());

// ------------------------------------------------------------------------------------------------------- Time

method(TimeType, 'static Time newInstance(Integer, Integer, Integer, Integer)', (_s, [h, m, s, ms]) =>
    ApexTime.newInstance(int(h), int(m), int(s), int(ms))
);
method(TimeType, 'Time addHours(Integer)', (t: ApexTime, [n]) => t.addHours(int(n)));
method(TimeType, 'Time addMinutes(Integer)', (t: ApexTime, [n]) => t.addMinutes(int(n)));
method(TimeType, 'Time addSeconds(Integer)', (t: ApexTime, [n]) => t.addSeconds(int(n)));
method(TimeType, 'Time addMilliseconds(Integer)', (t: ApexTime, [n]) => t.addMilliseconds(int(n)));
method(TimeType, 'Integer hour()', (t: ApexTime) => t.hour());
method(TimeType, 'Integer minute()', (t: ApexTime) => t.minute());
method(TimeType, 'Integer second()', (t: ApexTime) => t.second());
method(TimeType, 'Integer millisecond()', (t: ApexTime) => t.millisecond());
method(TimeType, 'Boolean equals(Object)', (t: ApexTime, [other]) => other instanceof ApexTime && t.equals(other));
method(TimeType, 'Integer hashCode()', (t: ApexTime) => t.millisOfDay);
method(TimeType, 'String toString()', (t: ApexTime) => t.toString());

// --------------------------------------------------------------------------------------------------- TimeZone

method(TimeZoneType, 'static TimeZone getTimeZone(String)', (_s, [id]) => ApexTimeZone.getTimeZone(req<string>(id)));
method(TimeZoneType, 'String getID()', (z: ApexTimeZone) => z.getID());
method(TimeZoneType, 'Integer getOffset(Datetime)', (z: ApexTimeZone, [d]) => z.getOffset(req(d)));
method(TimeZoneType, 'String getDisplayName()', (z: ApexTimeZone, _a, f: Frame) => z.getDisplayName({ now: f.rt.now }));
method(TimeZoneType, 'String toString()', (z: ApexTimeZone) => z.toString());
