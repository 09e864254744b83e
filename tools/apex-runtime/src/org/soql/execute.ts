/**
 * Runs a SOQL request against the in-memory org. Placeholder until the SOQL engine lands.
 */
import type { SoqlRequest } from '../../database/database';
import type { Runtime } from '../../runtime/runtime';
import { UnsupportedError } from '../../values/objects';
import type { InMemoryOrg } from '../org';

export function executeSoql(_org: InMemoryOrg, request: SoqlRequest, _rt: Runtime): unknown {
    throw new UnsupportedError('SOQL query (SOQL engine not built yet)', request.location.file, request.location.line);
}
