import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
    ApexDate,
    ApexDatetime,
    ApexTime,
    ApexTimeZone,
    fixedClock,
    formatSimpleDate,
    localToUtc,
    zoneOffsetMillis
} from '../../src/lib/dates';
import { ApexLibraryError, ApexUnsupportedError } from '../../src/lib/errors';

const LA = 'America/Los_Angeles';
const date = (y: number, m: number, d: number) => ApexDate.newInstance(y, m, d);
const local = (y: number, m: number, d: number, h = 0, mi = 0, s = 0) =>
    ApexDatetime.newInstanceLocal(y, m, d, h, mi, s, LA);

function assertApexError(fn: () => unknown, apexType: string, message?: string) {
    assert.throws(fn, (e: unknown) => {
        assert.ok(e instanceof ApexLibraryError);
        assert.equal(e.apexType, apexType);
        if (message !== undefined) assert.equal(e.message, message);
        return true;
    });
}

describe('Date', () => {
    it('prints yyyy-MM-dd, and with 00:00:00 for implicit conversion', () => {
        assert.equal(date(1960, 2, 17).toString(), '1960-02-17');
        assert.equal(date(5, 1, 9).toString(), '0005-01-09');
        assert.equal(date(2020, 1, 1).toImplicitString(), '2020-01-01 00:00:00');
    });
    it('newInstance is lenient', () => {
        assert.equal(date(2020, 2, 30).toString(), '2020-03-01');
        assert.equal(date(2020, 13, 1).toString(), '2021-01-01');
        assert.equal(date(2020, 1, 0).toString(), '2019-12-31');
        assert.equal(date(2020, 0, 15).toString(), '2019-12-15');
    });
    it('addDays / addMonths / addYears (docs examples)', () => {
        assert.equal(date(1960, 2, 17).addDays(2).toString(), '1960-02-19');
        assert.equal(date(1990, 11, 21).addMonths(3).toString(), '1991-02-21');
        assert.equal(date(1983, 7, 15).addYears(2).toString(), '1985-07-15');
        assert.equal(date(2024, 1, 31).addMonths(1).toString(), '2024-02-29');
        assert.equal(date(2023, 1, 31).addMonths(1).toString(), '2023-02-28');
        assert.equal(date(2024, 3, 31).addMonths(-1).toString(), '2024-02-29');
        assert.equal(date(2024, 2, 29).addYears(1).toString(), '2025-02-28');
        assert.equal(date(2024, 12, 31).addDays(1).toString(), '2025-01-01');
        assert.equal(date(2024, 3, 1).addDays(-1).toString(), '2024-02-29');
    });
    it('daysBetween is negative when the argument is earlier', () => {
        assert.equal(date(2008, 1, 1).daysBetween(date(2008, 1, 30)), 29);
        assert.equal(date(2008, 1, 30).daysBetween(date(2008, 1, 1)), -29);
        assert.equal(date(2000, 1, 1).daysBetween(date(2001, 1, 1)), 366);
    });
    it('monthsBetween ignores days (docs: 72)', () => {
        assert.equal(date(2006, 12, 2).monthsBetween(date(2012, 12, 8)), 72);
        assert.equal(date(2020, 1, 31).monthsBetween(date(2020, 2, 1)), 1);
        assert.equal(date(2020, 3, 1).monthsBetween(date(2020, 1, 31)), -2);
    });
    it('components (docs: dayOfYear of 1998-10-21 is 294)', () => {
        assert.equal(date(1998, 10, 21).dayOfYear(), 294);
        assert.equal(date(2024, 12, 31).dayOfYear(), 366);
        assert.equal(date(1989, 4, 21).day, 21);
        assert.equal(date(2004, 11, 21).month, 11);
    });
    it('leap years and month lengths', () => {
        assert.ok(ApexDate.isLeapYear(2004));
        assert.ok(ApexDate.isLeapYear(2000));
        assert.ok(!ApexDate.isLeapYear(1900));
        assert.equal(ApexDate.daysInMonth(1960, 2), 29);
        assert.equal(ApexDate.daysInMonth(2023, 2), 28);
        assert.equal(ApexDate.daysInMonth(2023, 4), 30);
    });
    it('toStartOfMonth and toStartOfWeek (Sunday in en_US)', () => {
        assert.equal(date(1987, 12, 17).toStartOfMonth().toString(), '1987-12-01');
        assert.equal(date(2024, 5, 15).toStartOfWeek().toString(), '2024-05-12');
        assert.equal(date(2024, 5, 12).toStartOfWeek().toString(), '2024-05-12');
        assert.equal(date(2024, 1, 3).toStartOfWeek().toString(), '2023-12-31');
        assert.throws(() => date(2024, 1, 3).toStartOfWeek('fr_FR'), ApexUnsupportedError);
    });
    it('format / parse / valueOf', () => {
        assert.equal(date(2001, 3, 21).format(), '3/21/2001');
        assert.equal(ApexDate.parse('12/27/2009').toString(), '2009-12-27');
        assert.equal(ApexDate.valueOf('2008-10-5 12:20:20').toString(), '2008-10-05');
        assert.equal(ApexDate.valueOf('2024-02-29').toString(), '2024-02-29');
        assertApexError(() => ApexDate.valueOf('abc'), 'System.TypeException', 'Invalid date: abc');
        assertApexError(() => ApexDate.valueOf('2024-13-01'), 'System.TypeException');
        assertApexError(() => ApexDate.parse('2024-01-01'), 'System.TypeException', 'Invalid date: 2024-01-01');
    });
    it('compare and isSameDay', () => {
        assert.equal(date(2020, 1, 1).compareTo(date(2020, 1, 2)), -1);
        assert.ok(date(2020, 1, 1).isSameDay(date(2020, 1, 1)));
        assert.ok(date(2020, 1, 1).equals(ApexDate.valueOf('2020-01-01')));
    });
    it('today uses the clock and the user time zone', () => {
        const clock = fixedClock(Date.UTC(2024, 0, 1, 5, 0, 0));
        assert.equal(ApexDate.today(clock, LA).toString(), '2023-12-31');
        assert.equal(ApexDate.today(clock, 'GMT').toString(), '2024-01-01');
    });
});

describe('Time', () => {
    it('prints HH:mm:ss.SSSZ', () => assert.equal(ApexTime.newInstance(18, 30, 2, 20).toString(), '18:30:02.020Z'));
    it('docs: add* examples', () => {
        assert.ok(
            ApexTime.newInstance(1, 2, 3, 4)
                .addHours(3)
                .equals(ApexTime.newInstance(4, 2, 3, 4))
        );
        assert.ok(
            ApexTime.newInstance(1, 2, 3, 0)
                .addMilliseconds(1400)
                .equals(ApexTime.newInstance(1, 2, 4, 400))
        );
        assert.ok(
            ApexTime.newInstance(1, 2, 55, 0)
                .addSeconds(10)
                .equals(ApexTime.newInstance(1, 3, 5, 0))
        );
        assert.equal(ApexTime.newInstance(18, 30, 2, 20).addHours(2).hour(), 20);
    });
    it('wraps around midnight', () => {
        assert.equal(ApexTime.newInstance(23, 0, 0, 0).addHours(2).toString(), '01:00:00.000Z');
        assert.equal(ApexTime.newInstance(0, 0, 0, 0).addMinutes(-1).toString(), '23:59:00.000Z');
    });
    it('components', () => {
        const t = ApexTime.newInstance(3, 14, 15, 926);
        assert.deepEqual([t.hour(), t.minute(), t.second(), t.millisecond()], [3, 14, 15, 926]);
    });
});

describe('Datetime construction and components', () => {
    it('newInstance is local, toString is GMT', () => {
        const dt = local(1993, 6, 6, 3, 3, 3);
        assert.equal(dt.toString(), '1993-06-06 10:03:03');
        assert.equal(dt.toLocalString(LA), '1993-06-06 03:03:03');
        assert.equal(local(1996, 6, 23).toLocalString(LA), '1996-06-23 00:00:00');
        assert.equal(local(2001, 9, 14).toGmtString(), '2001-09-14 07:00:00');
    });
    it('docs: getTime of newInstanceGmt(2007,6,23,3,3,3) is 1182567783000', () => {
        assert.equal(ApexDatetime.newInstanceGmt(2007, 6, 23, 3, 3, 3).getTime(), 1182567783000);
    });
    it('docs: newInstance(1341828183000L) equals local 2012-07-09 03:03:03', () => {
        assert.ok(ApexDatetime.newInstance(1341828183000n).equals(local(2012, 7, 9, 3, 3, 3)));
    });
    it('docs: GMT components', () => {
        assert.equal(local(2006, 3, 16, 23, 0, 0).dateGmt().toString(), '2006-03-17');
        assert.equal(local(1987, 1, 14, 23, 0, 3).dayGmt(), 15);
        assert.equal(local(1999, 2, 5, 23, 0, 3).dayOfYearGmt(), 37);
        assert.equal(local(2000, 4, 27, 3, 3, 3).hourGmt(), 10);
        assert.ok(
            local(2004, 1, 27, 4, 1, 2)
                .timeGmt()
                .equals(ApexTime.newInstance(12, 1, 2, 0))
        );
        assert.equal(ApexDatetime.newInstanceGmt(1999, 9, 22, 3, 1, 2).second(LA), 2);
        assert.equal(local(2008, 2, 5, 8, 30, 12).dayOfYear(LA), 36);
    });
    it('docs: newInstanceGmt(1998,1,29,2,2,3) equals local 1998-01-28 18:02:03', () => {
        assert.ok(ApexDatetime.newInstanceGmt(1998, 1, 29, 2, 2, 3).equals(local(1998, 1, 28, 18, 2, 3)));
    });
    it('date/time pairs', () => {
        const dt = ApexDatetime.fromDateTimeLocal(date(2011, 11, 18), ApexTime.newInstance(3, 3, 3, 0), LA);
        assert.ok(dt.equals(local(2011, 11, 18, 3, 3, 3)));
        const g = ApexDatetime.fromDateTimeGmt(date(2013, 11, 12), ApexTime.newInstance(3, 3, 3, 0));
        assert.ok(g.equals(ApexDatetime.newInstanceGmt(2013, 11, 12, 3, 3, 3)));
        assert.equal(ApexDatetime.fromDateGmt(date(2020, 5, 1)).toString(), '2020-05-01 00:00:00');
        assert.equal(local(2002, 11, 21, 0, 2, 2).time(LA).toString(), '00:02:02.000Z');
    });
    it('now uses the injected clock', () => {
        assert.equal(ApexDatetime.now(fixedClock(0)).toString(), '1970-01-01 00:00:00');
    });
});

describe('Datetime arithmetic', () => {
    it('docs: add* examples', () => {
        assert.ok(
            local(1960, 2, 17)
                .addDays(2, LA)
                .equals(local(1960, 2, 19))
        );
        assert.ok(
            local(1997, 1, 31, 7, 8, 16)
                .addHours(3)
                .equals(local(1997, 1, 31, 10, 8, 16))
        );
        assert.ok(
            local(1999, 2, 11, 8, 6, 16)
                .addMinutes(7)
                .equals(local(1999, 2, 11, 8, 13, 16))
        );
        assert.ok(
            local(2000, 7, 7, 7, 8, 12)
                .addMonths(1, LA)
                .equals(local(2000, 8, 7, 7, 8, 12))
        );
        assert.ok(
            local(2001, 7, 19, 10, 7, 12)
                .addSeconds(4)
                .equals(local(2001, 7, 19, 10, 7, 16))
        );
        assert.ok(
            local(2009, 12, 17, 13, 6, 6)
                .addYears(1, LA)
                .equals(local(2010, 12, 17, 13, 6, 6))
        );
    });
    it('addDays keeps wall-clock time across DST, addHours does not', () => {
        const before = local(2024, 3, 9, 12, 0, 0);
        assert.equal(before.addDays(1, LA).toLocalString(LA), '2024-03-10 12:00:00');
        assert.equal(before.addHours(24).toLocalString(LA), '2024-03-10 13:00:00');
    });
    it('addMonths clamps to month end', () => {
        assert.equal(local(2024, 1, 31, 10, 0, 0).addMonths(1, LA).toLocalString(LA), '2024-02-29 10:00:00');
    });
    it('isSameDay in the user zone', () => {
        assert.ok(local(2024, 1, 1, 0, 0, 0).isSameDay(local(2024, 1, 1, 23, 59, 59), LA));
        assert.ok(!local(2024, 1, 1, 0, 0, 0).isSameDay(local(2024, 1, 2, 0, 0, 0), LA));
    });
});

describe('Datetime formatting', () => {
    it('docs: format() in en_US', () => assert.equal(local(1993, 6, 6, 3, 3, 3).format(LA), '6/6/1993, 3:03 AM'));
    it('docs: format(pattern)', () =>
        assert.equal(local(2022, 5, 4, 19, 37, 55).formatPattern('yyyy-MM-dd h:mm a', LA), '2022-05-04 7:37 PM'));
    it('docs: format(pattern, tz)', () =>
        assert.equal(
            ApexDatetime.newInstanceGmt(2011, 6, 1, 12, 1, 5).formatPattern('MM/dd/yyyy HH:mm:ss', 'America/New_York'),
            '06/01/2011 08:01:05'
        ));
    it('an invalid time zone formats in GMT', () =>
        assert.equal(
            ApexDatetime.newInstanceGmt(2011, 6, 1, 12, 1, 5).formatPattern('HH:mm z', 'Not/AZone'),
            '12:01 GMT'
        ));
    it('docs: formatGmt', () =>
        assert.equal(local(1993, 6, 6, 3, 3, 3).formatGmt('EEE, MMM d yyyy HH:mm:ss'), 'Sun, Jun 6 1993 10:03:03'));
    it('formatLong', () => assert.equal(local(2012, 12, 28, 10, 0, 0).formatLong(LA), '12/28/2012, 10:00:00 AM PST'));
    it('parse round-trips format (docs)', () =>
        assert.equal(ApexDatetime.parse('10/14/2011, 11:46 AM', LA).format(LA), '10/14/2011, 11:46 AM'));
    it('valueOf and valueOfGmt (docs)', () => {
        assert.ok(ApexDatetime.valueOfGmt('2009-3-5 5:2:2').equals(local(2009, 3, 4, 21, 2, 2)));
        assert.equal(ApexDatetime.valueOf('2008-10-5 12:20:20', LA).toLocalString(LA), '2008-10-05 12:20:20');
        assertApexError(
            () => ApexDatetime.valueOf('2008-10-05', LA),
            'System.TypeException',
            'Invalid date/time: 2008-10-05'
        );
        assertApexError(() => ApexDatetime.parse('nope', LA), 'System.TypeException');
    });
    it('SimpleDateFormat letters', () => {
        const t = Date.UTC(2024, 0, 5, 14, 7, 9, 45); // Friday
        const f = (p: string) => formatSimpleDate(p, t, 'GMT');
        assert.equal(f('yy yyy yyyy y'), '24 2024 2024 2024');
        assert.equal(f('M MM MMM MMMM'), '1 01 Jan January');
        assert.equal(f('d dd D DDD'), '5 05 5 005');
        assert.equal(f('E EEEE u F'), 'Fri Friday 5 1');
        assert.equal(f('H HH k K h hh a'), '14 14 14 2 2 02 PM');
        assert.equal(f('m mm s ss S SSS'), '7 07 9 09 45 045');
        assert.equal(f("'at' h 'o''clock' ''"), "at 2 o'clock '");
        assert.equal(f('G'), 'AD');
        assert.equal(f('Z X XX XXX z zzzz'), '+0000 Z Z Z GMT Greenwich Mean Time');
        assert.equal(formatSimpleDate('k K h', Date.UTC(2024, 0, 1, 0, 30), 'GMT'), '24 0 12');
    });
    it('zone letters in Los Angeles', () => {
        const winter = local(2024, 1, 15, 9, 0, 0).getTime();
        const summer = local(2024, 7, 15, 9, 0, 0).getTime();
        assert.equal(formatSimpleDate('z Z X XXX', winter, LA), 'PST -0800 -08 -08:00');
        assert.equal(formatSimpleDate('zzzz', summer, LA), 'Pacific Daylight Time');
        assert.equal(formatSimpleDate('XXX', 0, 'Asia/Kolkata'), '+05:30');
    });
    it('week fields follow en_US rules', () => {
        assert.equal(formatSimpleDate('Y w', Date.UTC(2023, 11, 31), 'GMT'), '2024 1');
        assert.equal(formatSimpleDate('Y w', Date.UTC(2024, 0, 7), 'GMT'), '2024 2');
        assert.equal(formatSimpleDate('W', Date.UTC(2024, 4, 12), 'GMT'), '3');
    });
    it('rejects illegal pattern letters and unterminated quotes', () => {
        assertApexError(
            () => formatSimpleDate('yyyy-bb', 0, 'GMT'),
            'System.IllegalArgumentException',
            "Illegal pattern character 'b'"
        );
        assertApexError(
            () => formatSimpleDate("'abc", 0, 'GMT'),
            'System.IllegalArgumentException',
            'Unterminated quote'
        );
    });
});

describe('TimeZone', () => {
    it('docs: New York offsets around DST', () => {
        const tz = ApexTimeZone.getTimeZone('America/New_York');
        assert.equal(tz.getOffset(ApexDatetime.newInstanceGmt(2000, 11, 1, 0, 0, 0)), -18000000);
        assert.equal(tz.getOffset(ApexDatetime.newInstanceGmt(2012, 11, 1, 0, 0, 0)), -14400000);
        assert.equal(tz.getOffset(ApexDatetime.newInstanceGmt(2014, 11, 2, 5, 59, 59)), -14400000);
        assert.equal(tz.getOffset(ApexDatetime.newInstanceGmt(2014, 11, 2, 6, 0, 0)), -18000000);
    });
    it('docs: display name depends on daylight time', () => {
        const tz = ApexTimeZone.getTimeZone(LA);
        assert.equal(
            tz.getDisplayName(fixedClock(Date.UTC(2024, 0, 10))),
            '(GMT-08:00) Pacific Standard Time (America/Los_Angeles)'
        );
        assert.equal(
            tz.getDisplayName(fixedClock(Date.UTC(2024, 6, 10))),
            '(GMT-07:00) Pacific Daylight Time (America/Los_Angeles)'
        );
        assert.equal(tz.getID(), LA);
        assert.equal(tz.toString(), LA);
    });
    it('unknown IDs become GMT; custom and legacy IDs resolve', () => {
        assert.equal(ApexTimeZone.getTimeZone('Mars/Olympus').getID(), 'GMT');
        assert.equal(zoneOffsetMillis('GMT+05:30', 0), 19800000);
        assert.equal(ApexTimeZone.getTimeZone('GMT-8').getID(), 'GMT-08:00');
        assert.equal(zoneOffsetMillis('EST', Date.UTC(2024, 6, 1)), -18000000);
        assert.equal(zoneOffsetMillis('PST', Date.UTC(2024, 6, 1)), -25200000);
    });
    it('DST gap moves forward, overlap picks daylight time', () => {
        const gap = localToUtc(LA, Date.UTC(2024, 2, 10, 2, 30));
        assert.equal(formatSimpleDate('HH:mm z', gap, LA), '03:30 PDT');
        const overlap = localToUtc(LA, Date.UTC(2024, 10, 3, 1, 30));
        assert.equal(formatSimpleDate('HH:mm z', overlap, LA), '01:30 PDT');
    });
});
