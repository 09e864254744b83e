/**
 * Stable, well-formed record Ids for the report: classes (`01p`), test results (`07M`), the run (`707`).
 */
import { createHash } from 'node:crypto';
import { checksumSuffix } from '../values/id';

function idFor(prefix: string, seed: string): string {
    const digest = createHash('sha1').update(seed).digest('hex').toUpperCase();
    const base =
        prefix +
        digest
            .replace(/[^0-9A-Z]/g, '')
            .slice(0, 12)
            .padEnd(12, '0');
    return base + checksumSuffix(base);
}

export const classId = (name: string): string => idFor('01p', name.toLowerCase());
export const testResultId = (name: string): string => idFor('07M', name.toLowerCase());
export const runId = (seed: string): string => idFor('707', seed);
