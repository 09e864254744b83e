/**
 * The one place the interpreter imports its Date, Datetime, Time and TimeZone implementations from.
 */
export { ApexDate, ApexDatetime, ApexTime, ApexTimeZone } from '../lib/dates';
