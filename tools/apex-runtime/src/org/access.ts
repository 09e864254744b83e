/**
 * Object and field access for the running user, answered from the project's permission sets (the users in a test
 * carry them through PermissionSetAssignment records). SOQL and DML call these checks; this first version allows
 * everything and is replaced by the permission model.
 */
import type { DmlRequest, SoqlRequest } from '../database/database';
import type { Runtime } from '../runtime/runtime';
import type { InMemoryOrg } from './org';

export class OrgAccess {
    constructor(readonly org: InMemoryOrg) {}

    /**
     * Called by the SOQL engine for every query, with the object and every field path it reads (select list,
     * filters, ordering, subqueries report their own object). In user mode, throws the platform's
     * System.QueryException when the running user may not read the object or a field.
     */
    checkQuery(_rt: Runtime, _request: SoqlRequest, _objectName: string, _fieldPaths: string[]): void {
        // Allowed.
    }

    /**
     * Called by DML once per request, before any row is saved, with the fields the rows set. In user mode, throws
     * what the platform throws when the running user may not create/edit/delete the object or edit a field.
     */
    checkDml(_rt: Runtime, _request: DmlRequest, _objectName: string, _fieldNames: string[]): void {
        // Allowed.
    }
}
