/**
 * System.runAs(user): runs a block as another user: UserInfo answers for them, and the in-memory org's access
 * checks (user-mode SOQL and DML, describe, Security.stripInaccessible) use their profile and permission sets,
 * found through the User's Id and ProfileId (org/access.ts). Code in default mode still runs in system mode.
 * Blocks nest; the previous user is back when a block ends, even by an exception.
 */
import { ApexId, makeId } from '../values/id';
import { SObjectValue } from '../values/sobject';
import { apexError } from './errors';
import type { Frame } from './frame';
import { chargeDml } from './limits';
import { inSeparateDmlContext } from '../org/access';

/** Ids for unsaved users come from a range the org's counters never reach. */
const UNSAVED_USER_IDS = 36 ** 11;
let unsavedUsers = 0;

export function runAsUser<R>(f: Frame, user: unknown, body: () => R): R {
    if (!(user instanceof SObjectValue) || user.info.name !== 'User') {
        throw apexError('System.TypeException', 'System.runAs requires a User');
    }
    const rt = f.rt;
    // "Every call to runAs counts against the total number of DML statements issued in the process."
    chargeDml(rt, 0);
    const saved = rt.user;
    const text = (name: string): string | undefined => {
        const v = user.values.get(name);
        return v === undefined || v === null ? undefined : String(v);
    };
    const id = user.values.get('id');
    rt.user = {
        ...saved,
        // A User never inserted has no Id: give it one no record has, so it is not mistaken for the running user.
        id: id instanceof ApexId ? id.value : makeId('005', UNSAVED_USER_IDS + ++unsavedUsers).value,
        username: text('username') ?? saved.username,
        firstName: text('firstname') ?? saved.firstName,
        lastName: text('lastname') ?? saved.lastName,
        name: [text('firstname'), text('lastname')].filter(Boolean).join(' ') || saved.name,
        email: text('email') ?? saved.email,
        timeZone: text('timezonesidkey') ?? saved.timeZone,
        locale: text('localesidkey') ?? saved.locale,
        language: text('languagelocalekey') ?? saved.language,
        profileId:
            user.values.get('profileid') instanceof ApexId
                ? (user.values.get('profileid') as ApexId).value
                : saved.profileId
    };
    try {
        // The block is its own transaction for the mixed-DML rule: the documented way to create users in a test.
        return inSeparateDmlContext(rt, body);
    } finally {
        rt.user = saved;
    }
}
