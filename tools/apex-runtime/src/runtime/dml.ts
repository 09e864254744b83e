/**
 * Turning DML results into the DmlException an all-or-none operation throws, with the per-row details
 * getDmlMessage(i) and friends report.
 */
import type { DmlOperation, DmlRowResult } from '../database/database';
import { ApexThrow } from '../values/objects';
import { builtinClassOrThrow } from './builtinClasses';
import { allocateException } from './errors';

export interface DmlRowFailure {
    index: number;
    id: string | null;
    statusCode: string;
    message: string;
    fields: string[];
}

const OPERATION_LABEL: Record<DmlOperation, string> = {
    insert: 'Insert',
    update: 'Update',
    upsert: 'Upsert',
    delete: 'Delete',
    undelete: 'Undelete',
    merge: 'Merge'
};

/** The DmlException for the failed rows of an all-or-none DML, or null when every row succeeded. */
export function dmlFailure(op: DmlOperation, results: DmlRowResult[]): ApexThrow | null {
    const failures: DmlRowFailure[] = [];
    results.forEach((result, index) => {
        if (!result.success) {
            const error = result.errors[0] ?? { statusCode: 'UNKNOWN_EXCEPTION', message: 'Unknown error', fields: [] };
            failures.push({ index, id: result.id?.value ?? null, ...error });
        }
    });
    if (failures.length === 0) {
        return null;
    }
    const first = failures[0];
    const fieldsSuffix = first.fields.length > 0 ? `: [${first.fields.join(', ')}]` : ': []';
    const message = `${OPERATION_LABEL[op]} failed. First exception on row ${first.index}${first.id ? ` with id ${first.id}` : ''}; first error: ${first.statusCode}, ${first.message}${fieldsSuffix}`;
    const exception = allocateException(builtinClassOrThrow('System.DmlException'), message, null);
    exception.ex!.dmlFailures = failures;
    return new ApexThrow(exception);
}
