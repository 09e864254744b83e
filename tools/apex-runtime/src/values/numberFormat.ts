/**
 * Text forms of numbers and dates, delegating to the value primitives in src/lib.
 */
import { formatDouble as javaDoubleToString } from '../lib/double';
import { activeRuntime } from '../runtime/active';
import type { ApexDate, ApexDatetime, ApexTime } from './dates';
import type { ApexDecimal } from './numeric';

/** Java's Double.toString: `1.0`, `1.5E7`, `1.0E-4`. */
export function formatDouble(v: number): string {
    return javaDoubleToString(v);
}

export function formatDecimal(d: ApexDecimal): string {
    return d.toString();
}

/** The running user's time zone, or the platform default outside a runtime. */
export function userTimeZone(): string {
    return activeRuntime()?.user.timeZone ?? 'America/Los_Angeles';
}

/** String.valueOf(Date): `yyyy-MM-dd`. */
export function formatDate(d: ApexDate): string {
    return d.toString();
}

/** Date in concatenation, System.debug and collections: `yyyy-MM-dd 00:00:00`. */
export function formatDateImplicit(d: ApexDate): string {
    return d.toImplicitString();
}

/** String.valueOf(Datetime): `yyyy-MM-dd HH:mm:ss` in the user's time zone. */
export function formatDatetime(d: ApexDatetime): string {
    return d.toLocalString(userTimeZone());
}

/** Datetime in concatenation, System.debug and collections: `yyyy-MM-dd HH:mm:ss` in GMT. */
export function formatDatetimeImplicit(d: ApexDatetime): string {
    return d.toString();
}

export function formatTime(t: ApexTime): string {
    return t.toString();
}
