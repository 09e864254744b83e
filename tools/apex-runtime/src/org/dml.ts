/**
 * DML against the in-memory org. This first version stores rows as given (Ids, system fields, delete to the
 * recycle bin); validation, triggers and partial success are the DML slice's.
 */
import type { DmlRequest, DmlRowResult } from '../database/database';
import type { Runtime } from '../runtime/runtime';
import { ApexDatetime } from '../values/dates';
import { ApexId } from '../values/id';
import { SObjectValue } from '../values/sobject';
import type { InMemoryOrg } from './org';

const ok = (id: ApexId, created = false): DmlRowResult => ({ id, success: true, created, errors: [] });

export function executeDml(org: InMemoryOrg, request: DmlRequest, rt: Runtime): DmlRowResult[] {
    const now = ApexDatetime.newInstance(rt.now());
    const userId = ApexId.parse(rt.user.id);
    return request.rows.map((row) => {
        if (request.op === 'insert' && row instanceof SObjectValue) {
            const fields = new Map(row.values);
            fields.delete('id');
            for (const f of ['createddate', 'lastmodifieddate', 'systemmodstamp']) {
                fields.set(f, now);
            }
            fields.set('createdbyid', userId);
            fields.set('lastmodifiedbyid', userId);
            const record = org.store.insert(row.info, fields);
            row.set('id', 'Id', record.id);
            return ok(record.id, true);
        }
        const id = row instanceof SObjectValue ? row.values.get('id') : row;
        const record = id instanceof ApexId ? org.store.get(id) : undefined;
        if (!record) {
            return {
                id: null,
                success: false,
                created: false,
                errors: [{ statusCode: 'MISSING_ARGUMENT', message: 'Id not specified in an update call', fields: [] }]
            };
        }
        if (request.op === 'update' && row instanceof SObjectValue) {
            for (const [name, value] of row.values) {
                record.fields.set(name, value);
            }
            record.fields.set('lastmodifieddate', now);
        } else if (request.op === 'delete') {
            record.deleted = true;
        } else if (request.op === 'undelete') {
            record.deleted = false;
        }
        return ok(record.id);
    });
}
