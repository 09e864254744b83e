/**
 * Standard fields the platform computes on every save from other fields (SOAP API Object Reference), with the
 * picklist values of a new org: a custom org may add closed statuses or stages, which this does not read.
 *
 * - Case.IsClosed "is controlled by the Status field; it can't be updated directly" (closed status: `Closed`);
 *   ClosedDate is when it closed.
 * - Task.IsClosed "is only set indirectly via the Status picklist" (closed status: `Completed`).
 * - Opportunity.IsClosed and IsWon are "directly controlled by StageName" (`Closed Won`, `Closed Lost`).
 * - Event: ActivityDateTime and StartDateTime "must match, or one of them must be null" (the missing one is
 *   filled in); ActivityDate is the day of ActivityDateTime in the user's time zone.
 * - Task and Event AccountId: the WhatId's account (an Account, or the AccountId of an Opportunity or Contract),
 *   else the AccountId of a WhoId contact.
 */
import type { SObjectInfo } from '../../schema/schema';
import { ApexDatetime } from '../../values/dates';
import { ApexId } from '../../values/id';
import type { OrgStore } from '../store';

export function applyDerivedFields(
    store: OrgStore,
    info: SObjectInfo,
    fields: Map<string, unknown>,
    now: ApexDatetime,
    timeZone: string
): void {
    switch (info.name) {
        case 'Case': {
            const closed = fields.get('status') === 'Closed';
            fields.set('isclosed', closed);
            fields.set('closeddate', closed ? (fields.get('closeddate') ?? now) : null);
            break;
        }
        case 'Task':
            fields.set('isclosed', fields.get('status') === 'Completed');
            fields.set('accountid', activityAccount(store, fields));
            break;
        case 'Event': {
            const start = fields.get('activitydatetime') ?? fields.get('startdatetime') ?? null;
            fields.set('activitydatetime', start);
            fields.set('startdatetime', start);
            if (start instanceof ApexDatetime) {
                fields.set('activitydate', start.date(timeZone));
            }
            fields.set('accountid', activityAccount(store, fields));
            break;
        }
        case 'Opportunity': {
            const stage = fields.get('stagename');
            fields.set('isclosed', stage === 'Closed Won' || stage === 'Closed Lost');
            fields.set('iswon', stage === 'Closed Won');
            break;
        }
        default:
    }
}

function activityAccount(store: OrgStore, fields: Map<string, unknown>): ApexId | null {
    const what = fields.get('whatid');
    if (what instanceof ApexId) {
        const record = store.get(what);
        if (record?.info.name === 'Account') {
            return record.id;
        }
        if (record && (record.info.name === 'Opportunity' || record.info.name === 'Contract')) {
            return (record.fields.get('accountid') as ApexId | null | undefined) ?? null;
        }
    }
    const who = fields.get('whoid');
    const contact = who instanceof ApexId ? store.get(who) : undefined;
    return contact?.info.name === 'Contact' ? ((contact.fields.get('accountid') as ApexId | null) ?? null) : null;
}
