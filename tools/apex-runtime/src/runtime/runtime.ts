/**
 * The mutable state of one Apex execution context (one anonymous script, or one test method): static variables,
 * the call stack, limits, the debug log, the running user and the clock. Compiled code is shared; a fresh Runtime
 * is what isolates one test from the next.
 */
import type { Program } from '../compile/program';
import type { RClass, RMethod } from '../compile/model';
import { NotAvailableDatabase, type ApexDatabase, type SourceLocation } from '../database/database';
import { ApexLibraryError, ApexUnsupportedError } from '../lib/errors';
import { ApexObject, ApexThrow, UnsupportedError } from '../values/objects';
import { withRuntime } from './active';
import { allocateException, apexError } from './errors';
import { Frame } from './frame';
import { freshLimits, type LimitCounters } from './limits';

/** Apex allows 1,000 nested calls; the 1,001st throws. */
const MAX_STACK_DEPTH = 1000;

export interface RunningUser {
    id: string;
    username: string;
    name: string;
    firstName: string;
    lastName: string;
    email: string;
    profileId: string;
    roleId: string | null;
    organizationId: string;
    organizationName: string;
    /** IANA zone id, e.g. `America/Los_Angeles`: Date.today(), Datetime.format() and friends use it. */
    timeZone: string;
    locale: string;
    language: string;
    userType: string;
    defaultCurrency: string;
}

export const DEFAULT_USER: RunningUser = {
    id: '005000000000001AAA',
    username: 'runtime.user@lodestar.test',
    name: 'Runtime User',
    firstName: 'Runtime',
    lastName: 'User',
    email: 'runtime.user@lodestar.test',
    profileId: '00e000000000001AAA',
    roleId: null,
    organizationId: '00D000000000001EAA',
    organizationName: 'Lodestar Local Runtime',
    timeZone: 'America/Los_Angeles',
    locale: 'en_US',
    language: 'en_US',
    userType: 'Standard',
    defaultCurrency: 'USD'
};

export interface DebugEntry {
    level: string;
    /** As the debug log prints it (Dates with 00:00:00, Datetimes in GMT). */
    message: string;
    /** String.valueOf of the debugged value (what the conformance cases compare). */
    value: string;
    file: string;
    line: number;
}

export interface RuntimeOptions {
    program: Program;
    user?: Partial<RunningUser>;
    /** The clock, in epoch milliseconds; defaults to the real one. Pin it for deterministic tests. */
    now?: () => number;
    database?: ApexDatabase;
    /** A deterministic stand-in for the CPU time limit: this many statements, then System.LimitException. */
    maxStatements?: number;
    /** Called for each System.debug, as it happens. */
    onDebug?: (entry: DebugEntry) => void;
    /** Whether Test.isRunningTest() is true. */
    isTest?: boolean;
}

export class Runtime {
    readonly program: Program;
    readonly db: ApexDatabase;
    user: RunningUser;
    readonly now: () => number;
    readonly isTest: boolean;
    readonly maxStatements: number;
    readonly debugLog: DebugEntry[] = [];
    private readonly onDebug?: (entry: DebugEntry) => void;

    /** Static variables per class id; undefined until the class is initialised in this context. */
    private statics: Array<unknown[] | undefined> = [];
    /** The frame executing now. */
    frame: Frame | null = null;
    private depth = 0;
    /** Statements executed: the deterministic proxy for CPU time. */
    statements = 0;
    limits: LimitCounters = freshLimits();
    /** Limits saved by Test.startTest(), restored by Test.stopTest(). */
    savedLimits: LimitCounters | null = null;
    testStarted = false;
    /** True while asynchronous work runs (batch, queueable, future): the async governor limits apply. */
    asyncContext = false;
    testStopped = false;
    /** Work queued between Test.startTest() and Test.stopTest(), run at stopTest (part 2: async). */
    readonly pendingAsync: Array<() => void> = [];

    constructor(options: RuntimeOptions) {
        this.program = options.program;
        this.db = options.database ?? new NotAvailableDatabase();
        this.user = { ...DEFAULT_USER, ...options.user };
        this.now = options.now ?? (() => Date.now());
        this.isTest = options.isTest ?? false;
        this.maxStatements = options.maxStatements ?? 50_000_000;
        this.onDebug = options.onDebug;
    }

    /** Runs `body` with this runtime active (library code finds it through activeRuntime()). */
    run<R>(body: () => R): R {
        return withRuntime(this, body);
    }

    currentLocation(): SourceLocation {
        return { file: this.frame?.file ?? '', line: this.frame?.line ?? 0 };
    }

    debug(level: string, message: string, value: string = message): void {
        const entry: DebugEntry = { level, message, value, ...this.currentLocation() };
        this.debugLog.push(entry);
        this.onDebug?.(entry);
    }

    // ---------------------------------------------------------------------------------------------- statics

    /** Runs `body` with static variables starting over, as a separate transaction does; then restores them. */
    withFreshStatics<R>(body: () => R): R {
        const saved = this.statics;
        this.statics = [];
        try {
            return body();
        } finally {
            this.statics = saved;
        }
    }

    /** The static slots of `cls`, running its static initialisation first if this context has not yet. */
    staticsOf(cls: RClass): unknown[] {
        const existing = this.statics[cls.id];
        return existing !== undefined ? existing : this.initStatics(cls);
    }

    private initStatics(cls: RClass): unknown[] {
        const slots = new Array<unknown>(cls.staticSlots).fill(null);
        this.statics[cls.id] = slots;
        if (cls.superclass) {
            this.staticsOf(cls.superclass);
        }
        if (cls.staticInit) {
            const frame = new Frame(
                this,
                null,
                new Array(cls.staticInitLocals),
                null,
                this.frame,
                cls.topLevel.file,
                cls.decl?.line ?? 0
            );
            this.enter(frame, () => cls.staticInit!(frame));
        }
        return slots;
    }

    // ---------------------------------------------------------------------------------------------- calling

    /** The statement budget (the deterministic stand-in for CPU time) is spent. */
    cpuLimitExceeded(): never {
        this.statements = 0;
        throw apexError('System.LimitException', 'Apex CPU time limit exceeded');
    }

    /** Runs `body` in `frame`, maintaining the stack and converting library errors into Apex ones. */
    enter<R>(frame: Frame, body: () => R): R {
        const previous = this.frame;
        this.frame = frame;
        if (++this.depth > MAX_STACK_DEPTH) {
            this.depth = 0;
            throw apexError('System.LimitException', `Maximum stack depth reached: ${MAX_STACK_DEPTH + 1}`);
        }
        try {
            return body();
        } catch (error) {
            throw this.toApexError(error, frame);
        } finally {
            this.frame = previous;
            this.depth--;
        }
    }

    /** Calls a compiled (or native) method with already-evaluated, already-converted arguments. */
    invoke(method: RMethod, self: ApexObject | null, args: unknown[]): unknown {
        if (method.native) {
            return method.native(self, args);
        }
        if (method.isStatic && this.statics[method.owner.id] === undefined) {
            this.staticsOf(method.owner);
        }
        const locals = new Array<unknown>(method.localCount);
        for (let i = 0; i < args.length; i++) {
            locals[i] = args[i];
        }
        const frame = new Frame(this, self, locals, method, this.frame, method.owner.topLevel.file, method.line);
        const previous = this.frame;
        this.frame = frame;
        if (++this.depth > MAX_STACK_DEPTH) {
            this.depth = 0;
            throw apexError('System.LimitException', `Maximum stack depth reached: ${MAX_STACK_DEPTH + 1}`);
        }
        try {
            method.body!(frame);
        } catch (error) {
            throw this.toApexError(error, frame);
        } finally {
            this.frame = previous;
            this.depth--;
        }
        return frame.ret;
    }

    /** Allocates an instance of `cls` and runs the constructor on it. */
    construct(cls: RClass, ctor: RMethod, args: unknown[]): ApexObject {
        if (this.statics[cls.id] === undefined) {
            this.staticsOf(cls);
        }
        const obj = cls.isException
            ? allocateException(cls, null, null)
            : new ApexObject(cls, cls.fieldDefaults.slice());
        this.invoke(ctor, obj, args);
        return obj;
    }

    /** Runs the field initialisers and instance blocks declared in `cls` (not its superclasses) on `obj`. */
    runInstanceInit(cls: RClass, obj: ApexObject): void {
        const init = cls.instanceInit;
        if (!init) {
            return;
        }
        const frame = new Frame(
            this,
            obj,
            new Array(cls.instanceInitLocals),
            null,
            this.frame,
            cls.topLevel.file,
            cls.decl?.line ?? 0
        );
        this.enter(frame, () => init(frame));
    }

    /** Calls the instance method with this signature key on `obj` (virtual dispatch). */
    invokeVirtual(obj: ApexObject, key: string, args: unknown[]): unknown {
        const method = obj.cls.vtable.get(key);
        if (!method) {
            throw new Error(`${obj.cls.fullName} has no method ${key}`);
        }
        return this.invoke(method, obj, args);
    }

    /**
     * Errors from library primitives become Apex exceptions or Unsupported reports at the innermost Apex frame,
     * so their line numbers are right. A JavaScript stack overflow is Apex's stack depth limit.
     */
    toApexError(error: unknown, frame: Frame): unknown {
        if (error instanceof ApexThrow || error instanceof UnsupportedError) {
            return error;
        }
        if (error instanceof ApexLibraryError) {
            const previous = this.frame;
            this.frame = frame;
            try {
                return apexError(error.apexType, error.message);
            } finally {
                this.frame = previous;
            }
        }
        if (error instanceof ApexUnsupportedError) {
            return new UnsupportedError(error.feature, frame.file, frame.line);
        }
        if (error instanceof RangeError && /call stack/i.test(error.message)) {
            this.depth = 0;
            return apexError('System.LimitException', `Maximum stack depth reached: ${MAX_STACK_DEPTH + 1}`);
        }
        return error;
    }
}
