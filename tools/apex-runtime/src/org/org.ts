/**
 * The in-memory org: an ApexDatabase that answers the interpreter's SOQL and DML against in-memory tables built
 * from the project's metadata. Each concern lives in its own module:
 *
 * - store.ts       the tables, Ids, recycle bin and savepoint snapshots
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
import { OrgStore, type StoreSnapshot } from './store';

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
    private readonly savepoints = new Map<number, StoreSnapshot>();
    private nextSavepoint = 1;

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
        const id = this.nextSavepoint++;
        this.savepoints.set(id, this.store.snapshot());
        return { id };
    }

    rollback(savepoint: SavepointHandle, rt: Runtime): void {
        const snapshot = this.savepoints.get(savepoint.id);
        if (!snapshot) {
            // "If you try to use savepoint SP2, you receive a runtime error" (Transaction Control); which
            // exception the platform throws is not documented, so the runtime stops instead of guessing.
            const at = rt.currentLocation();
            throw new UnsupportedError('Database.rollback to a savepoint that is no longer valid', at.file, at.line);
        }
        this.store.restore(snapshot);
        // Savepoints set after this one are invalid now, as on the platform.
        for (const id of [...this.savepoints.keys()]) {
            if (id > savepoint.id) {
                this.savepoints.delete(id);
            }
        }
    }

    releaseSavepoint(savepoint: SavepointHandle): void {
        this.savepoints.delete(savepoint.id);
    }

    resetForTest(): void {
        this.store.clear();
        this.savepoints.clear();
        seedSetupData(this);
    }
}
