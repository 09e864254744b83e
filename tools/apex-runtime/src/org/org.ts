/**
 * The in-memory org: an ApexDatabase that answers the interpreter's SOQL and DML against in-memory tables built
 * from the project's metadata. Each concern lives in its own module:
 *
 * - store.ts       the tables, Ids, recycle bin and savepoints (journals of the records changed since)
 * - dml.ts         insert/update/upsert/delete/undelete: type conversion, validation, triggers, partial success
 * - soql/          parsing (cached) and evaluating SOQL: filters, relationships, subqueries, aggregates
 * - access.ts      the running user's object and field permissions (user mode), from the project's permission sets
 * - setupData.ts   records that exist in every org, even in tests: profiles, the running user, permission sets
 *
 * Limits are charged here and in the interpreter (runtime/limits.ts), so every path counts the same way.
 */
import type {
    ApexDatabase,
    DmlRequest,
    DmlRowResult,
    SavepointHandle,
    SoqlRequest,
    SoslRequest
} from '../database/database';
import type { Runtime } from '../runtime/runtime';
import type { CustomMetadataStore } from '../schema/customMetadata';
import type { SchemaProvider } from '../schema/schema';
import { UnsupportedError } from '../values/objects';
import { OrgAccess } from './access';
import { executeDml } from './dml';
import { seedSetupData } from './setupData';
import { executeSoql } from './soql/execute';
import { OrgStore } from './store';

export interface InMemoryOrgOptions {
    schema: SchemaProvider;
    /** The project's package directories: permission sets and other metadata the org reads. */
    packageDirs?: string[];
    customMetadata?: CustomMetadataStore | null;
}

export class InMemoryOrg implements ApexDatabase {
    readonly available = true;
    readonly unavailableReason = '';
    readonly schema: SchemaProvider;
    readonly store: OrgStore;
    readonly access: OrgAccess;
    readonly packageDirs: string[];
    readonly customMetadata: CustomMetadataStore | null;

    constructor(options: InMemoryOrgOptions) {
        this.schema = options.schema;
        this.packageDirs = options.packageDirs ?? [];
        // The org's own copy: a Metadata API deployment from Apex changes this org's records only.
        this.customMetadata = options.customMetadata?.fork() ?? null;
        this.store = new OrgStore(this.schema);
        this.access = new OrgAccess(this);
        seedSetupData(this);
    }

    query(request: SoqlRequest, rt: Runtime): unknown {
        return executeSoql(this, request, rt);
    }

    search(request: SoslRequest): unknown {
        throw new UnsupportedError('SOSL search', request.location.file, request.location.line);
    }

    dml(request: DmlRequest, rt: Runtime): DmlRowResult[] {
        return executeDml(this, request, rt);
    }

    setSavepoint(): SavepointHandle {
        return { id: this.store.setSavepoint() };
    }

    rollback(savepoint: SavepointHandle, rt: Runtime): void {
        // Savepoints set after this one are invalid afterwards, as on the platform.
        if (!this.store.rollback(savepoint.id)) {
            // "If you try to use savepoint SP2, you receive a runtime error" (Transaction Control); which
            // exception the platform throws is not documented, so the runtime stops instead of guessing.
            const at = rt.currentLocation();
            throw new UnsupportedError('Database.rollback to a savepoint that is no longer valid', at.file, at.line);
        }
    }

    releaseSavepoint(savepoint: SavepointHandle): void {
        this.store.releaseSavepoint(savepoint.id);
    }

    resetForTest(): void {
        this.store.clear();
        seedSetupData(this);
    }
}
