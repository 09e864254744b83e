import type { ConformanceCase } from '../case';

const DATE = 'Apex Reference, Date Class';
const DATETIME = 'Apex Reference, Datetime Class';
const TIME = 'Apex Reference, Time Class';
const TZ = 'Apex Reference, TimeZone Class';
const PINNED = " [relies on the runtime's pinned time zone America/Los_Angeles]";
const LOCALE = " [relies on the runtime's pinned en_US locale]";

export const cases: ConformanceCase[] = [
    {
        name: 'String.valueOf(Date) is yyyy-MM-dd',
        cite: 'Apex Reference, String Class, valueOf(dateToConvert): "Returns a String that represents the specified Date in the standard yyyy-MM-dd format"',
        apex: String.raw`Date myDate = Date.newInstance(1960, 2, 17);
System.debug(String.valueOf(myDate));`,
        debug: ['1960-02-17']
    },
    {
        name: 'implicit string conversion of a Date appends a timestamp',
        cite: 'Apex Developer Guide, Primitive Data Types, Date: "Using an implicit string conversion with a Date value results in the date with the timestamp appended"',
        apex: String.raw`Date d = Date.newInstance(2020, 1, 1);
String s = '' + d;
System.debug(s);`,
        debug: ['2020-01-01 00:00:00']
    },
    {
        name: 'addDays',
        cite: `${DATE}, addDays(additionalDays): Date.newInstance(1960, 2, 17).addDays(2)`,
        apex: String.raw`Date myDate = Date.newInstance(1960, 2, 17);
System.debug(String.valueOf(myDate.addDays(2)));
System.debug(String.valueOf(myDate.addDays(-17)));`,
        debug: ['1960-02-19', '1960-01-31']
    },
    {
        name: 'addMonths',
        cite: `${DATE}, addMonths(additionalMonths): 1990-11-21 plus 3 months equals 1991-02-21`,
        apex: String.raw`Date myDate = Date.newInstance(1990, 11, 21);
Date newDate = myDate.addMonths(3);
System.debug(newDate == Date.newInstance(1991, 2, 21));
System.debug(String.valueOf(newDate));`,
        debug: ['true', '1991-02-21']
    },
    {
        name: 'addMonths clamps to the end of a shorter month',
        cite: `${DATE}, addMonths(additionalMonths) (Java Calendar.add semantics): 2024-01-31 + 1 month is 2024-02-29`,
        apex: String.raw`Date d = Date.newInstance(2024, 1, 31);
System.debug(String.valueOf(d.addMonths(1)));
System.debug(String.valueOf(Date.newInstance(2023, 1, 31).addMonths(1)));`,
        debug: ['2024-02-29', '2023-02-28']
    },
    {
        name: 'addYears',
        cite: `${DATE}, addYears(additionalYears): 1983-07-15 plus 2 years equals 1985-07-15`,
        apex: String.raw`Date myDate = Date.newInstance(1983, 7, 15);
System.debug(myDate.addYears(2) == Date.newInstance(1985, 7, 15));`,
        debug: ['true']
    },
    {
        name: 'day, month, year, dayOfYear',
        cite: `${DATE}, day(): 1989-04-21 -> 21; month(): 2004-11-21 -> 11; dayOfYear(): 1998-10-21 -> 294`,
        apex: String.raw`System.debug(Date.newInstance(1989, 4, 21).day());
System.debug(Date.newInstance(2004, 11, 21).month());
System.debug(Date.newInstance(1998, 10, 21).dayOfYear());
System.debug(Date.newInstance(1998, 10, 21).year());`,
        debug: ['21', '11', '294', '1998']
    },
    {
        name: 'daysBetween is negative when the argument is earlier',
        cite: `${DATE}, daysBetween(secondDate): "If the Date that calls the method occurs after the secondDate, the return value is negative"; example 2008-01-01 to 2008-01-30`,
        apex: String.raw`Date startDate = Date.newInstance(2008, 1, 1);
Date dueDate = Date.newInstance(2008, 1, 30);
System.debug(startDate.daysBetween(dueDate));
System.debug(dueDate.daysBetween(startDate));`,
        debug: ['29', '-29']
    },
    {
        name: 'daysInMonth and isLeapYear',
        cite: `${DATE}, daysInMonth(year, month): February 1960; isLeapYear(year): Date.isLeapYear(2004) is true`,
        apex: String.raw`System.debug(Date.daysInMonth(1960, 2));
System.debug(Date.daysInMonth(2023, 2));
System.debug(Date.isLeapYear(2004));
System.debug(Date.isLeapYear(1900));`,
        debug: ['29', '28', 'true', 'false']
    },
    {
        name: 'format() uses the user locale',
        cite: `${DATE}, format(): "// In American-English locale" 2001-03-21 -> '3/21/2001'${LOCALE}`,
        apex: String.raw`Date myDate = Date.newInstance(2001, 3, 21);
System.debug(myDate.format());`,
        debug: ['3/21/2001']
    },
    {
        name: 'isSameDay',
        cite: `${DATE}, isSameDay(dateToCompare): "Returns true if the Date that called the method is the same as the specified date"`,
        apex: String.raw`Date a = Date.newInstance(2008, 1, 30);
System.debug(a.isSameDay(Date.newInstance(2008, 1, 30)));
System.debug(a.isSameDay(Date.newInstance(2008, 1, 31)));`,
        debug: ['true', 'false']
    },
    {
        name: 'monthsBetween ignores days',
        cite: `${DATE}, monthsBetween(secondDate): "ignoring the difference in days"; 2006-12-02 to 2012-12-08 is 72`,
        apex: String.raw`Date firstDate = Date.newInstance(2006, 12, 2);
Date secondDate = Date.newInstance(2012, 12, 8);
System.debug(firstDate.monthsBetween(secondDate));`,
        debug: ['72']
    },
    {
        name: 'Date.parse uses the locale date format',
        cite: `${DATE}, parse(stringDate): "The format of the String depends on the local date format"; example '12/27/2009'${LOCALE}`,
        apex: String.raw`Date mydate = Date.parse('12/27/2009');
System.debug(String.valueOf(mydate));`,
        debug: ['2009-12-27']
    },
    {
        name: 'toStartOfMonth',
        cite: `${DATE}, toStartOfMonth(): 1987-12-17 -> 1987-12-01`,
        apex: String.raw`Date myDate = Date.newInstance(1987, 12, 17);
System.debug(String.valueOf(myDate.toStartOfMonth()));`,
        debug: ['1987-12-01']
    },
    {
        name: 'toStartOfWeek is Sunday in the United States locale',
        cite: `${DATE}, toStartOfWeek(): "the start of a week is Sunday in the United States locale"${LOCALE}`,
        apex: String.raw`Date wednesday = Date.newInstance(2024, 5, 15);
System.debug(String.valueOf(wednesday.toStartOfWeek()));
System.debug(String.valueOf(Date.newInstance(2024, 5, 12).toStartOfWeek()));`,
        debug: ['2024-05-12', '2024-05-12']
    },
    {
        name: 'Date.valueOf accepts the standard date-time format',
        cite: `${DATE}, valueOf(stringDate): "The specified string should use the standard date format yyyy-MM-dd HH:mm:ss"; example '2008-10-5 12:20:20'`,
        apex: String.raw`string stringDate = '2008' + '-' + '10' + '-' + '5' + ' ' + '12' + ':' + '20' + ':' + '20';
Date myDate = Date.valueOf(stringDate);
System.debug(String.valueOf(myDate));
System.debug(String.valueOf(Date.valueOf('2024-02-29')));`,
        debug: ['2008-10-05', '2024-02-29']
    },
    {
        name: 'Time components and additions',
        cite: `${TIME}, addHours: (1,2,3,4)+3h equals (4,2,3,4); addMilliseconds: (1,2,3,0)+1400 equals (1,2,4,400); addSeconds: (1,2,55,0)+10 equals (1,3,5,0); millisecond/minute/second of (3,14,15,926)`,
        apex: String.raw`System.debug(Time.newInstance(1, 2, 3, 4).addHours(3) == Time.newInstance(4, 2, 3, 4));
System.debug(Time.newInstance(1, 2, 3, 0).addMilliseconds(1400) == Time.newInstance(1, 2, 4, 400));
System.debug(Time.newInstance(1, 2, 55, 0).addSeconds(10) == Time.newInstance(1, 3, 5, 0));
Time myTime = Time.newInstance(3, 14, 15, 926);
System.debug(myTime.millisecond());
System.debug(myTime.minute());
System.debug(myTime.second());`,
        debug: ['true', 'true', 'true', '926', '14', '15']
    },
    {
        name: 'Time.hour after addHours',
        cite: `${TIME}, hour(): Time.newInstance(18, 30, 2, 20).addHours(2).hour() is 20`,
        apex: String.raw`Time myTime = Time.newInstance(18, 30, 2, 20);
myTime = myTime.addHours(2);
System.debug(myTime.hour());`,
        debug: ['20']
    },
    {
        name: 'Datetime.format() in en_US',
        cite: `${DATETIME}, format(): DateTime.newInstance(1993, 6, 6, 3, 3, 3).format() is '6/6/1993, 3:03 AM' (ICU locale formats)${PINNED}${LOCALE}`,
        apex: String.raw`DateTime myDateTime = DateTime.newInstance(1993, 6, 6, 3, 3, 3);
System.debug(myDateTime.format());`,
        debug: ['6/6/1993, 3:03 AM']
    },
    {
        name: 'Datetime.format(pattern)',
        cite: `${DATETIME}, format(dateFormatString): DateTime.newInstance(2022, 5, 4, 19, 37, 55).format('yyyy-MM-dd h:mm a') is '2022-05-04 7:37 PM'${PINNED}`,
        apex: String.raw`Datetime myDT = DateTime.newInstance(2022, 5, 4, 19, 37, 55);
System.debug(myDT.format('yyyy-MM-dd h:mm a'));`,
        debug: ['2022-05-04 7:37 PM']
    },
    {
        name: 'Datetime.format(pattern, timezone) converts to that zone with DST',
        cite: `${DATETIME}, format(dateFormatString, timezone): newInstanceGmt(2011,6,1,12,1,5) in America/New_York is '06/01/2011 08:01:05'`,
        apex: String.raw`Datetime GMTDate = Datetime.newInstanceGmt(2011, 6, 1, 12, 1, 5);
System.debug(GMTDate.format('MM/dd/yyyy HH:mm:ss', 'America/New_York'));`,
        debug: ['06/01/2011 08:01:05']
    },
    {
        name: 'Datetime.formatGmt',
        cite: `${DATETIME}, formatGmt(dateFormatString): newInstance(1993, 6, 6, 3, 3, 3).formatGMT('EEE, MMM d yyyy HH:mm:ss') is 'Sun, Jun 6 1993 10:03:03'${PINNED}`,
        apex: String.raw`DateTime myDateTime = DateTime.newInstance(1993, 6, 6, 3, 3, 3);
System.debug(myDateTime.formatGMT('EEE, MMM d yyyy HH:mm:ss'));`,
        debug: ['Sun, Jun 6 1993 10:03:03']
    },
    {
        name: 'Datetime.getTime',
        cite: `${DATETIME}, getTime(): newInstanceGMT(2007, 6, 23, 3, 3, 3) is 1182567783000L`,
        apex: String.raw`DateTime dt = DateTime.newInstanceGMT(2007, 6, 23, 3, 3, 3);
System.debug(dt.getTime());`,
        debug: ['1182567783000']
    },
    {
        name: 'Datetime GMT components in California',
        cite: `${DATETIME}, dateGMT(): 2006-03-16 23:00 PST is 2006-03-17 GMT; dayGmt(): 1987-01-14 23:00:03 -> 15; dayOfYearGmt(): 1999-02-05 23:00:03 -> 37; hourGmt(): 2000-04-27 03:03:03 -> 10${PINNED}`,
        apex: String.raw`System.debug(String.valueOf(DateTime.newInstance(2006, 3, 16, 23, 0, 0).dateGMT()));
System.debug(DateTime.newInstance(1987, 1, 14, 23, 0, 3).dayGMT());
System.debug(DateTime.newInstance(1999, 2, 5, 23, 0, 3).dayOfYearGmt());
System.debug(DateTime.newInstance(2000, 4, 27, 3, 3, 3).hourGMT());`,
        debug: ['2006-03-17', '15', '37', '10']
    },
    {
        name: 'Datetime local components',
        cite: `${DATETIME}, date(): newInstance(2006, 3, 16, 12, 6, 13).date() is 2006-03-16; day(): 21; hour(): 3; minute(): 3; month(): 11; year(): 2012; dayOfYear(): 2008-02-05 is 36${PINNED}`,
        apex: String.raw`System.debug(String.valueOf(DateTime.newInstance(2006, 3, 16, 12, 6, 13).date()));
System.debug(DateTime.newInstance(1986, 2, 21, 23, 0, 0).day());
System.debug(DateTime.newInstance(1998, 11, 21, 3, 3, 3).hour());
System.debug(DateTime.newInstance(2001, 2, 27, 3, 3, 3).minute());
System.debug(DateTime.newInstance(2004, 11, 4, 3, 3, 3).month());
System.debug(DateTime.newInstance(2012, 1, 26, 5, 2, 4).year());
System.debug(Datetime.newInstance(2008, 2, 5, 8, 30, 12).dayOfYear());`,
        debug: ['2006-03-16', '21', '3', '3', '11', '2012', '36']
    },
    {
        name: 'Datetime.newInstance(Long) is GMT milliseconds',
        cite: `${DATETIME}, newInstance(milliseconds): 1341828183000L equals DateTime.newInstance(2012, 7, 09, 3, 3, 3)${PINNED}`,
        apex: String.raw`Long longtime = 1341828183000L;
DateTime dt = DateTime.newInstance(longtime);
System.debug(dt == DateTime.newInstance(2012, 7, 9, 3, 3, 3));`,
        debug: ['true']
    },
    {
        name: 'newInstanceGmt versus newInstance',
        cite: `${DATETIME}, newInstanceGmt(year, month, date, hour, minute, second): "//California local time" newInstanceGMT(1998, 1, 29, 2, 2, 3) equals newInstance(1998, 1, 28, 18, 2, 3)${PINNED}`,
        apex: String.raw`DateTime dt = DateTime.newInstanceGMT(1998, 1, 29, 2, 2, 3);
System.debug(dt == DateTime.newInstance(1998, 1, 28, 18, 2, 3));`,
        debug: ['true']
    },
    {
        name: 'newInstance(Date, Time) and newInstanceGmt(Date, Time)',
        cite: `${DATETIME}, newInstance(date, time): 2011-11-18 + 03:03:03 equals newInstance(2011, 11, 18, 3, 3, 3); newInstanceGmt(date, time) equals newInstanceGMT(2013, 11, 12, 3, 3, 3)`,
        apex: String.raw`DateTime dt = DateTime.newInstance(Date.newInstance(2011, 11, 18), Time.newInstance(3, 3, 3, 0));
System.debug(dt == DateTime.newInstance(2011, 11, 18, 3, 3, 3));
DateTime g = DateTime.newInstanceGMT(Date.newInstance(2013, 11, 12), Time.newInstance(3, 3, 3, 0));
System.debug(g == DateTime.newInstanceGMT(2013, 11, 12, 3, 3, 3));`,
        debug: ['true', 'true']
    },
    {
        name: 'Datetime.valueOfGmt',
        cite: `${DATETIME}, valueOfGmt(dateTimeString): '2009-3-5 5:2:2' GMT equals newInstance(2009, 3, 4, 21, 2, 2) California time${PINNED}`,
        apex: String.raw`Datetime myDate = Datetime.valueOfGMT('2009-3-5 5:2:2');
System.debug(myDate == DateTime.newInstance(2009, 3, 4, 21, 2, 2));`,
        debug: ['true']
    },
    {
        name: 'Datetime.valueOf reads local time',
        cite: `${DATETIME}, valueOf(dateTimeString): "The specified string should use the standard date format yyyy-MM-dd HH:mm:ss in the local time zone"${PINNED}`,
        apex: String.raw`Datetime myDate = Datetime.valueOf('2008-10-5 12:20:20');
System.debug(myDate == Datetime.newInstance(2008, 10, 5, 12, 20, 20));
System.debug(myDate.hourGmt());`,
        debug: ['true', '19']
    },
    {
        name: 'String.valueOf(Datetime) is local, valueOfGmt is GMT',
        cite: `Apex Reference, String Class, valueOf(datetimeToConvert): newInstance(1996, 6, 23) -> '1996-06-23 00:00:00'; valueOfGmt(datetimeToConvert): "// For a PST timezone" newInstance(2001, 9, 14) -> '2001-09-14 07:00:00'${PINNED}`,
        apex: String.raw`DateTime dt = datetime.newInstance(1996, 6, 23);
System.debug(String.valueOf(dt));
DateTime dt2 = datetime.newInstance(2001, 9, 14);
System.debug(String.valueOfGmt(dt2));`,
        debug: ['1996-06-23 00:00:00', '2001-09-14 07:00:00']
    },
    {
        name: 'Datetime.parse round-trips format()',
        cite: `${DATETIME}, parse(datetimeString): DateTime.parse('10/14/2011, 11:46 AM').format() is '10/14/2011, 11:46 AM'${PINNED}${LOCALE}`,
        apex: String.raw`Datetime dt = DateTime.parse('10/14/2011, 11:46 AM');
System.debug(dt.format());`,
        debug: ['10/14/2011, 11:46 AM']
    },
    {
        name: 'Datetime additions',
        cite: `${DATETIME}, addDays/addHours/addMinutes/addMonths/addSeconds/addYears examples (1960-02-17 + 2 days, 1997-01-31 07:08:16 + 3 h, 1999-02-11 08:06:16 + 7 min, 2000-07-07 + 1 month, 2001-07-19 10:07:12 + 4 s, 2009-12-17 + 1 year)`,
        apex: String.raw`System.debug(Datetime.newInstance(1960, 2, 17).addDays(2) == Datetime.newInstance(1960, 2, 19));
System.debug(DateTime.newInstance(1997, 1, 31, 7, 8, 16).addHours(3) == DateTime.newInstance(1997, 1, 31, 10, 8, 16));
System.debug(DateTime.newInstance(1999, 2, 11, 8, 6, 16).addMinutes(7) == DateTime.newInstance(1999, 2, 11, 8, 13, 16));
System.debug(DateTime.newInstance(2000, 7, 7, 7, 8, 12).addMonths(1) == DateTime.newInstance(2000, 8, 7, 7, 8, 12));
System.debug(DateTime.newInstance(2001, 7, 19, 10, 7, 12).addSeconds(4) == DateTime.newInstance(2001, 7, 19, 10, 7, 16));
System.debug(DateTime.newInstance(2009, 12, 17, 13, 6, 6).addYears(1) == DateTime.newInstance(2010, 12, 17, 13, 6, 6));`,
        debug: ['true', 'true', 'true', 'true', 'true', 'true']
    },
    {
        name: 'Datetime.time and timeGmt',
        cite: `${DATETIME}, time(): newInstance(2002, 11, 21, 0, 2, 2).time() equals Time.newInstance(0, 2, 2, 0); timeGmt(): "8 hours are added to the time to convert it from PST to GMT"${PINNED}`,
        apex: String.raw`DateTime dt = DateTime.newInstance(2002, 11, 21, 0, 2, 2);
System.debug(dt.time() == Time.newInstance(0, 2, 2, 0));
DateTime dt2 = DateTime.newInstance(2004, 1, 27, 4, 1, 2);
System.debug(dt2.timeGmt() == Time.newInstance(12, 1, 2, 0));`,
        debug: ['true', 'true']
    },
    {
        name: 'second and secondGmt',
        cite: `${DATETIME}, second(): newInstanceGMT(1999, 9, 22, 3, 1, 2).second() is 2; secondGmt(): newInstance(2000, 2, 3, 3, 1, 5).secondGMT() is 5; minuteGmt(): 3; monthGmt(): 11; yearGmt(): 2012${PINNED}`,
        apex: String.raw`System.debug(DateTime.newInstanceGMT(1999, 9, 22, 3, 1, 2).second());
System.debug(DateTime.newInstance(2000, 2, 3, 3, 1, 5).secondGMT());
System.debug(DateTime.newInstance(2002, 12, 3, 3, 3, 3).minuteGMT());
System.debug(DateTime.newInstance(2006, 11, 19, 3, 3, 3).monthGMT());
System.debug(DateTime.newInstance(2012, 10, 4, 6, 4, 6).yearGMT());`,
        debug: ['2', '5', '3', '11', '2012']
    },
    {
        name: 'TimeZone offsets in New York before and after the 2007 DST change',
        cite: `${TZ}, Example: newInstanceGMT(2000, 11, 1, 0, 0, 0) -> -18000000 (EST); newInstanceGMT(2012, 11, 1, 0, 0, 0) -> -14400000 (EDT)`,
        apex: String.raw`Timezone tz = Timezone.getTimeZone('America/New_York');
System.debug(tz.getOffset(DateTime.newInstanceGMT(2000, 11, 1, 0, 0, 0)));
System.debug(tz.getOffset(DateTime.newInstanceGMT(2012, 11, 1, 0, 0, 0)));`,
        debug: ['-18000000', '-14400000']
    },
    {
        name: 'TimeZone offsets around the end of DST',
        cite: `${TZ}, Example: newInstanceGMT(2014, 11, 2, 5, 59, 59) -> -14400000; newInstanceGMT(2014, 11, 2, 6, 0, 0) -> -18000000`,
        apex: String.raw`Timezone tz = Timezone.getTimeZone('America/New_York');
System.debug(tz.getOffset(DateTime.newInstanceGMT(2014, 11, 2, 5, 59, 59)));
System.debug(tz.getOffset(DateTime.newInstanceGMT(2014, 11, 2, 6, 0, 0)));`,
        debug: ['-14400000', '-18000000']
    },
    {
        name: 'TimeZone.getID',
        cite: `${TZ}, getTimeZone(timeZoneIdString) and getID(): "Returns this time zone's ID"`,
        apex: String.raw`TimeZone tz = TimeZone.getTimeZone('America/Los_Angeles');
System.debug(tz.getID());`,
        debug: ['America/Los_Angeles']
    },
    {
        name: 'TimeZone offsets in Los Angeles (user time zone example)',
        cite: `${TZ}, Example: getOffset(DateTime.newInstance(2012,10,23,12,0,0)) during daylight saving time and (2012,11,23,12,0,0) not during it, for America/Los_Angeles${PINNED}`,
        apex: String.raw`TimeZone tz = TimeZone.getTimeZone('America/Los_Angeles');
System.debug(tz.getOffset(DateTime.newInstance(2012, 10, 23, 12, 0, 0)));
System.debug(tz.getOffset(DateTime.newInstance(2012, 11, 23, 12, 0, 0)));`,
        debug: ['-25200000', '-28800000']
    }
];
