/**
 * The boundary between the interpreter and the org's data. The interpreter turns inline SOQL, Database.query,
 * DML statements and Database.* DML methods into the requests below; an ApexDatabase answers them. Part 1 ships
 * only NotAvailableDatabase, which reports every request as unsupported; part 2's in-memory org implements this
 * interface and plugs in through RuntimeOptions.database.
 */
import type { Runtime } from '../runtime/runtime';
import type { ApexId } from '../values/id';
import { UnsupportedError } from '../values/objects';
import type { SObjectValue } from '../values/sobject';

export interface SourceLocation {
    file: string;
    line: number;
}

/**
 * `user`: WITH USER_MODE / AccessLevel.USER_MODE / `insert as user`: object, field and sharing checks apply.
 * `system`: WITH SYSTEM_MODE / `as system`, and the default for DML.
 * `default`: neither was written; the class's sharing keyword decides record visibility only.
 */
export type AccessMode = 'user' | 'system' | 'default';

/** The sharing keyword in effect for the code that issued the request (the nearest class that declares one). */
export type SharingMode = 'with' | 'without' | 'inherited';

export interface SoqlRequest {
    /** The query text. Binds appear as `:name`; inline SOQL binds are named `__bind0`, `__bind1`... */
    soql: string;
    /**
     * Resolves a bind name to its value. For inline SOQL it returns the evaluated bind expressions; for
     * Database.query it reads the caller's local variables and fields by name (case-insensitive); for
     * Database.queryWithBinds it reads the supplied map. Returns undefined for an unknown name.
     */
    bind(name: string): unknown;
    access: AccessMode;
    sharing: SharingMode;
    location: SourceLocation;
    /** true for Database.query / queryWithBinds / countQuery (text known only at run time). */
    dynamic: boolean;
}

export interface SoslRequest {
    sosl: string;
    bind(name: string): unknown;
    access: AccessMode;
    sharing: SharingMode;
    location: SourceLocation;
}

export type DmlOperation = 'insert' | 'update' | 'upsert' | 'delete' | 'undelete' | 'merge';

export interface DmlRequest {
    op: DmlOperation;
    /** The records (or, for delete/undelete by Id, Ids) in the order given. */
    rows: Array<SObjectValue | ApexId>;
    /** false for Database.insert(records, false): save the good rows and report the bad ones. */
    allOrNone: boolean;
    access: AccessMode;
    sharing: SharingMode;
    /** upsert's external Id field (API name), when one was given. */
    externalIdField?: string;
    /** merge: the master record and the records merged into it are `rows[0]` and `rows.slice(1)`. */
    location: SourceLocation;
}

export interface DmlRowError {
    /** A StatusCode name: REQUIRED_FIELD_MISSING, FIELD_CUSTOM_VALIDATION_EXCEPTION... */
    statusCode: string;
    message: string;
    fields: string[];
}

export interface DmlRowResult {
    id: ApexId | null;
    success: boolean;
    /** upsert: whether the row was inserted. */
    created: boolean;
    errors: DmlRowError[];
}

/** An opaque marker returned by setSavepoint. */
export interface SavepointHandle {
    readonly id: number;
}

/**
 * What an org's data layer provides. Every method may throw an ApexThrow (for example System.QueryException)
 * or an UnsupportedError; the interpreter propagates both.
 */
export interface ApexDatabase {
    /** false when no org is available: the capability scan then lists every SOQL and DML site. */
    readonly available: boolean;
    /** Why it is unavailable, used in Unsupported messages: "in-memory org not available yet". */
    readonly unavailableReason: string;
    /** Runs a query: a List of SObjects, an Integer for COUNT(), or a List of AggregateResult. */
    query(request: SoqlRequest, rt: Runtime): unknown;
    search(request: SoslRequest, rt: Runtime): unknown;
    /** Runs one DML operation; with allOrNone, the interpreter turns the first failure into a DmlException. */
    dml(request: DmlRequest, rt: Runtime): DmlRowResult[];
    setSavepoint(rt: Runtime): SavepointHandle;
    rollback(savepoint: SavepointHandle, rt: Runtime): void;
    releaseSavepoint?(savepoint: SavepointHandle, rt: Runtime): void;
    /** Called at the start of every test method, before @TestSetup: clear all data (no SeeAllData). */
    resetForTest(rt: Runtime): void;
}

/** Part 1's database: everything is unsupported, and says where. */
export class NotAvailableDatabase implements ApexDatabase {
    readonly available = false;
    readonly unavailableReason = 'in-memory org not available yet';

    private unsupported(what: string, location: SourceLocation): never {
        throw new UnsupportedError(`${what} (${this.unavailableReason})`, location.file, location.line);
    }

    query(request: SoqlRequest): unknown {
        return this.unsupported('SOQL query', request.location);
    }

    search(request: SoslRequest): unknown {
        return this.unsupported('SOSL search', request.location);
    }

    dml(request: DmlRequest): DmlRowResult[] {
        return this.unsupported(`DML ${request.op}`, request.location);
    }

    setSavepoint(rt: Runtime): SavepointHandle {
        return this.unsupported('Database.setSavepoint', rt.currentLocation());
    }

    rollback(_savepoint: SavepointHandle, rt: Runtime): void {
        this.unsupported('Database.rollback', rt.currentLocation());
    }

    resetForTest(): void {
        // Nothing to reset: there is no data.
    }
}
