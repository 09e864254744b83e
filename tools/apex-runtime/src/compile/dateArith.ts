/**
 * Date arithmetic used by the `+` and `-` operators, over the date primitives.
 */
import { ApexDate, ApexDatetime, ApexTime } from '../values/dates';

const DAY_MS = 86400000;

export function addDays(d: ApexDate, days: number): ApexDate {
    return d.addDays(days);
}

export function addMillis<D extends ApexDatetime | ApexTime>(d: D, ms: number): D {
    if (d instanceof ApexDatetime) {
        return ApexDatetime.newInstance(d.millis + Math.trunc(ms)) as D;
    }
    const t = d as ApexTime;
    return ApexTime.fromMillisOfDay((((t.millisOfDay + Math.trunc(ms)) % DAY_MS) + DAY_MS) % DAY_MS) as D;
}
