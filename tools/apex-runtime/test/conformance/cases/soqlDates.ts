import type { ConformanceCase } from '../case';

const LIT = 'SOQL and SOSL Reference, Date Formats and Date Literals';
const FN = 'SOQL and SOSL Reference, Date Functions';
// The harness pins now to 2024-03-15T12:00:00Z; the user is in America/Los_Angeles, so today is Friday 2024-03-15.
const DAYS = `List<SoqlItem__c> items = new List<SoqlItem__c>();
for (Integer i = -40; i <= 40; i++) {
    items.add(new SoqlItem__c(Name = String.valueOf(i), Day__c = Date.newInstance(2024, 3, 15).addDays(i)));
}
insert items;
`;
const count = (where: string): string => `System.debug([SELECT COUNT() FROM SoqlItem__c WHERE ${where}]);`;

export const cases: ConformanceCase[] = [
    {
        name: 'TODAY, YESTERDAY and TOMORROW',
        cite: `${LIT}: "YESTERDAY Starts 00:00:00 the day before and continues for 24 hours"; TODAY and TOMORROW likewise`,
        apex: `${DAYS}System.debug([SELECT Name FROM SoqlItem__c WHERE Day__c = TODAY][0].Name);
System.debug([SELECT Name FROM SoqlItem__c WHERE Day__c = YESTERDAY][0].Name);
System.debug([SELECT Name FROM SoqlItem__c WHERE Day__c = TOMORROW][0].Name);`,
        debug: ['0', '-1', '1']
    },
    {
        name: 'LAST_N_DAYS includes today',
        cite: `${LIT}: "LAST_N_DAYS:n For the number n provided, starts with the current day and continues for the past n days. This includes the current day"`,
        apex: `${DAYS}${count('Day__c = LAST_N_DAYS:3')}`,
        debug: ['4']
    },
    {
        name: 'NEXT_N_DAYS excludes today',
        cite: `${LIT}: "NEXT_N_DAYS:n ... starts 00:00:00 of the next day and continues for the next n days. It doesn't include the current day"`,
        apex: `${DAYS}${count('Day__c = NEXT_N_DAYS:2')}
System.debug([SELECT Name FROM SoqlItem__c WHERE Day__c = NEXT_N_DAYS:1][0].Name);`,
        debug: ['2', '1']
    },
    {
        name: 'N_DAYS_AGO is a single day',
        cite: `${LIT}: "N_DAYS_AGO:n Starts 00:00:00 of the day n days before the current day and continues for 24 hours"`,
        apex: `${DAYS}System.debug([SELECT Name FROM SoqlItem__c WHERE Day__c = N_DAYS_AGO:5][0].Name);`,
        debug: ['-5']
    },
    {
        name: 'THIS_WEEK starts on Sunday for en_US',
        cite: `${LIT}: "THIS_WEEK Starts 00:00:00 on the first day of the current week and continues for seven days. The first day of the week is determined by your locale"`,
        apex: `${DAYS}${count('Day__c = THIS_WEEK')}
System.debug([SELECT Name FROM SoqlItem__c WHERE Day__c = THIS_WEEK ORDER BY Day__c LIMIT 1][0].Name);`,
        debug: ['7', '-5']
    },
    {
        name: 'LAST_WEEK and NEXT_WEEK',
        cite: `${LIT}: LAST_WEEK "Starts 00:00:00 on the first day of the week before the most recent first day of the week and continues for seven full days"; NEXT_WEEK likewise`,
        apex: `${DAYS}${count('Day__c = LAST_WEEK')}
${count('Day__c = NEXT_WEEK')}`,
        debug: ['7', '7']
    },
    {
        name: 'THIS_MONTH and LAST_MONTH',
        cite: `${LIT}: "THIS_MONTH Starts 00:00:00 on the first day of the current month"; "LAST_MONTH Starts 00:00:00 on the first day of the month before the current month and continues for all the days of that month"`,
        apex: `${DAYS}${count('Day__c = THIS_MONTH')}
${count('Day__c = LAST_MONTH')}`,
        debug: ['31', '26']
    },
    {
        name: 'LAST_N_MONTHS excludes the current month',
        cite: `${LIT}: "LAST_N_MONTHS:n ... starts 00:00:00 of the first day of the month n months before the current month and continues through the last day of the previous month"`,
        apex: `${DAYS}${count('Day__c = LAST_N_MONTHS:1')}
${count('Day__c = LAST_N_MONTHS:2')}`,
        debug: ['26', '26']
    },
    {
        name: 'THIS_QUARTER and NEXT_QUARTER',
        cite: `${LIT}: "THIS_QUARTER Starts 00:00:00 of the current quarter and continues to the end of the current quarter"`,
        apex: `${DAYS}${count('Day__c = THIS_QUARTER')}
${count('Day__c = NEXT_QUARTER')}`,
        debug: ['57', '24']
    },
    {
        name: 'THIS_YEAR and LAST_YEAR',
        cite: `${LIT}: "THIS_YEAR Starts 00:00:00 on January 1 of the current year and continues through the end of December 31"`,
        apex: `insert new List<SoqlItem__c>{
    new SoqlItem__c(Name = 'a', Day__c = Date.newInstance(2024, 1, 1)),
    new SoqlItem__c(Name = 'b', Day__c = Date.newInstance(2024, 12, 31)),
    new SoqlItem__c(Name = 'c', Day__c = Date.newInstance(2023, 12, 31))
};
${count('Day__c = THIS_YEAR')}
${count('Day__c = LAST_YEAR')}`,
        debug: ['2', '1']
    },
    {
        name: 'comparison operators with a date literal',
        cite: `${LIT}: "WHERE CloseDate > LAST_N_DAYS:3" — > means after the range, < before it`,
        apex: `${DAYS}${count('Day__c > TODAY')}
${count('Day__c >= TODAY')}
${count('Day__c < LAST_N_DAYS:3')}
${count('Day__c <= YESTERDAY')}
${count('Day__c != TODAY')}`,
        debug: ['40', '41', '37', '40', '80']
    },
    {
        name: 'date literals on a Datetime field use the user time zone',
        cite: `${LIT}: "YESTERDAY Starts 00:00:00 the day before and continues for 24 hours" — days in the running user's time zone, since dateTime values are stored in UTC and shown in the user's zone (6:00 GMT on March 15 is 23:00 on March 14 in Los Angeles)`,
        apex: `insert new SoqlItem__c(Name = 'x', When__c = Datetime.newInstanceGmt(2024, 3, 15, 6, 0, 0));
${count('When__c = TODAY')}
${count('When__c = YESTERDAY')}`,
        debug: ['0', '1']
    },
    {
        name: 'a date value literal',
        cite: `${LIT}: "Date only: YYYY-MM-DD" ("WHERE CloseDate = 2024-03-15")`,
        apex: `${DAYS}System.debug([SELECT Name FROM SoqlItem__c WHERE Day__c = 2024-03-20][0].Name);
${count('Day__c >= 2024-04-01')}`,
        debug: ['5', '24']
    },
    {
        name: 'a dateTime value literal with a time zone offset',
        cite: `${LIT}: "Date, time, and time zone offset: YYYY-MM-DDThh:mm:ss+hh:mm, YYYY-MM-DDThh:mm:ssZ"`,
        apex: `insert new SoqlItem__c(Name = 'x', When__c = Datetime.newInstanceGmt(2024, 3, 15, 6, 0, 0));
${count('When__c = 2024-03-15T06:00:00Z')}
${count('When__c = 2024-03-15T08:00:00+02:00')}
${count('When__c > 2024-03-15T06:00:00Z')}`,
        debug: ['1', '1', '0']
    },
    {
        name: 'a Date bind variable',
        cite: 'Apex Developer Guide, Using Apex Variables in SOQL: "WHERE CloseDate = :someDate"',
        apex: `${DAYS}Date d = Date.newInstance(2024, 3, 10);
System.debug([SELECT Name FROM SoqlItem__c WHERE Day__c = :d][0].Name);
System.debug([SELECT COUNT() FROM SoqlItem__c WHERE Day__c < :d]);`,
        debug: ['-5', '35']
    },
    {
        name: 'CALENDAR_YEAR and CALENDAR_MONTH in WHERE',
        cite: `${FN}: "CALENDAR_MONTH() Returns a number representing the calendar month"; "CALENDAR_YEAR() Returns a number representing the calendar year"`,
        apex: `${DAYS}${count('CALENDAR_MONTH(Day__c) = 2')}
${count('CALENDAR_YEAR(Day__c) = 2024 AND CALENDAR_MONTH(Day__c) > 3')}`,
        debug: ['26', '24']
    },
    {
        name: 'DAY_IN_WEEK counts Sunday as 1',
        cite: `${FN}: "DAY_IN_WEEK() Returns a number representing the day of the week for a date field: 1 for Sunday, 7 for Saturday"`,
        apex: `${DAYS}System.debug([SELECT Name FROM SoqlItem__c WHERE DAY_IN_WEEK(Day__c) = 1 AND Day__c = THIS_WEEK][0].Name);`,
        debug: ['-5']
    },
    {
        name: 'DAY_ONLY reads the GMT day of a Datetime',
        cite: `${FN}: "DAY_ONLY() Returns a date representing the day portion of a dateTime field"; convertTimezone(): "SOQL queries ... return dateTime field values as UTC values"`,
        apex: `insert new SoqlItem__c(Name = 'x', When__c = Datetime.newInstanceGmt(2024, 3, 15, 6, 0, 0));
${count('DAY_ONLY(When__c) = 2024-03-15')}`,
        debug: ['1']
    },
    {
        name: 'HOUR_IN_DAY with convertTimezone uses the user time zone',
        cite: 'SOQL and SOSL Reference, convertTimezone(): "You can use convertTimezone() in a date function to convert dateTime fields to the user\'s time zone"',
        apex: `insert new SoqlItem__c(Name = 'x', When__c = Datetime.newInstanceGmt(2024, 3, 15, 6, 0, 0));
${count('HOUR_IN_DAY(When__c) = 6')}
${count('HOUR_IN_DAY(convertTimezone(When__c)) = 23')}`,
        debug: ['1', '1']
    }
];
