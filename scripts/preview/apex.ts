/**
 * Runs `@AuraEnabled` controller methods for the preview, as Lightning would: the real Apex method in the local
 * runtime, as the chosen user, against the preview's org. Nothing of the controller is reimplemented here; this
 * file only marshals, the way the Aura framework does:
 *
 * - parameters arrive as JSON keyed by parameter name, and each is deserialised into the parameter's Apex type
 *   (by `JSON.deserialize` in Apex, so the runtime's own conversion rules apply);
 * - the return value is serialised by `JSON.serialize(value, true)` (nulls left out), then only the
 *   `@AuraEnabled` members of Apex classes are kept, as the framework sends only those;
 * - an exception becomes an error body `{ message, exceptionType }`, as a component receives it.
 *
 * Each call is one transaction (a fresh Runtime), so limits start over; they are read back from Apex's `Limits`.
 */
import type { ApexSurface, ApexTypeRef, AuraMethod } from '../typegen/apex-signatures';
import {
    runAnonymous,
    type AnonymousResult,
    type ApexDatabase,
    type Program,
    type RunningUser as RuntimeUser
} from '../../tools/apex-runtime/src/index';

/** The user a preview call runs as: who they are; the runtime fills in the org's defaults for the rest. */
export type RunningUser = Pick<
    RuntimeUser,
    'id' | 'username' | 'name' | 'firstName' | 'lastName' | 'email' | 'profileId'
>;

export interface ApexCallLimits {
    soql: number;
    queryRows: number;
    dml: number;
    dmlRows: number;
    statements: number;
}

export type ApexCallOutcome =
    | { ok: true; value: unknown; limits: ApexCallLimits; millis: number }
    | { ok: false; status: number; body: ApexErrorBody; limits: ApexCallLimits | null; millis: number };

export interface ApexErrorBody {
    message: string;
    exceptionType?: string;
    isUserDefinedException?: boolean;
    stackTrace?: string;
}

const RESULT_MARK = 'lodestar-preview-result:';
const LIMITS_MARK = 'lodestar-preview-limits:';

/** `value` as an Apex string literal. */
export function apexString(value: string): string {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

/** An Apex type reference as written in source (`List<Id>`, `Map<String, Decimal>`, `Outer.Inner`). */
export function typeText(type: ApexTypeRef): string {
    const base = type.args.length ? `${type.name}<${type.args.map(typeText).join(', ')}>` : type.name;
    return type.isArray ? `List<${base}>` : base;
}

/** The anonymous Apex that calls `method` with `params` (JSON values keyed by parameter name). */
export function callScript(method: AuraMethod, params: Record<string, unknown>): string {
    const args = method.params.map((param) => {
        const value = params[param.name];
        if (value === undefined || value === null) {
            return 'null';
        }
        const type = typeText(param.type);
        return `(${type}) JSON.deserialize(${apexString(JSON.stringify(value))}, ${type}.class)`;
    });
    const call = `${method.className}.${method.name}(${args.join(', ')})`;
    const body =
        method.returns === 'void'
            ? `    ${call};\n    System.debug(LoggingLevel.INFO, '${RESULT_MARK}null');`
            : `    System.debug(LoggingLevel.INFO, '${RESULT_MARK}' + JSON.serialize(${call}, true));`;
    return [
        'try {',
        body,
        '} finally {',
        `    System.debug(LoggingLevel.INFO, '${LIMITS_MARK}' + Limits.getQueries() + ',' + Limits.getQueryRows() + ',' +`,
        "        Limits.getDmlStatements() + ',' + Limits.getDmlRows());",
        '}'
    ].join('\n');
}

const COLLECTIONS = new Set(['list', 'set']);

/** Keeps what the Aura framework sends of a serialised Apex value: the `@AuraEnabled` members of Apex classes. */
export function auraShape(value: unknown, type: ApexTypeRef, surface: ApexSurface): unknown {
    if (value === null || value === undefined || typeof value !== 'object') {
        return value;
    }
    const name = type.name.toLowerCase();
    if (Array.isArray(value)) {
        const element = type.isArray ? { ...type, isArray: false } : COLLECTIONS.has(name) ? type.args[0] : undefined;
        return element ? value.map((item) => auraShape(item, element, surface)) : value;
    }
    if (name === 'map' && type.args.length === 2) {
        return Object.fromEntries(
            Object.entries(value).map(([key, item]) => [key, auraShape(item, type.args[1], surface)])
        );
    }
    const apexClass = surface.types.get(name);
    if (apexClass) {
        const record = value as Record<string, unknown>;
        const shaped: Record<string, unknown> = {};
        for (const member of apexClass.members) {
            // JSON.serialize keeps the member's declared case; Apex names are case-insensitive.
            const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === member.name.toLowerCase());
            if (key !== undefined) {
                shaped[member.name] = auraShape(record[key], member.type, surface);
            }
        }
        return shaped;
    }
    return auraRecord(value);
}

/**
 * An SObject (or Object) as an @AuraEnabled response carries it: the fields without the JSON serializer's
 * `attributes`, parent records likewise, and child records as a plain array rather than the serializer's
 * `{totalSize, done, records}`.
 */
function auraRecord(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(auraRecord);
    }
    if (value === null || typeof value !== 'object') {
        return value;
    }
    const { attributes, ...fields } = value as Record<string, unknown>;
    if (attributes === undefined && Array.isArray(fields.records) && 'totalSize' in fields) {
        return fields.records.map(auraRecord);
    }
    return Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, auraRecord(field)]));
}

function debugValue(result: AnonymousResult, mark: string): string | undefined {
    return result.debug.find((entry) => entry.value.startsWith(mark))?.value.slice(mark.length);
}

function limitsOf(result: AnonymousResult): ApexCallLimits | null {
    const text = debugValue(result, LIMITS_MARK);
    if (text === undefined) {
        return null;
    }
    const [soql, queryRows, dml, dmlRows] = text.split(',').map(Number);
    return { soql, queryRows, dml, dmlRows, statements: result.statements };
}

export interface ApexGatewayOptions {
    program: Program;
    database: ApexDatabase;
    surface: ApexSurface;
    now: () => number;
}

export class ApexGateway {
    constructor(private readonly options: ApexGatewayOptions) {}

    /** Every `@AuraEnabled` static method in the project. */
    get methods(): AuraMethod[] {
        return this.options.surface.methods;
    }

    /** The `@AuraEnabled` static method `className.methodName`, or undefined. */
    method(className: string, methodName: string): AuraMethod | undefined {
        return this.options.surface.methods.find(
            (method) =>
                method.className.toLowerCase() === className.toLowerCase() &&
                method.name.toLowerCase() === methodName.toLowerCase()
        );
    }

    /** Runs anonymous Apex as `user` on the preview's org (a transaction of its own). */
    runAnonymous(source: string, user: RunningUser | undefined, file = 'preview.apex'): AnonymousResult {
        const { program, database, now } = this.options;
        return runAnonymous(program, source, file, { database, now, user });
    }

    call(className: string, methodName: string, params: Record<string, unknown>, user?: RunningUser): ApexCallOutcome {
        const started = Date.now();
        const method = this.method(className, methodName);
        if (!method) {
            return {
                ok: false,
                status: 404,
                body: { message: `No @AuraEnabled static method ${className}.${methodName} in force-app` },
                limits: null,
                millis: 0
            };
        }
        const result = this.runAnonymous(callScript(method, params), user, `${method.className}.${method.name}`);
        const millis = Date.now() - started;
        const limits = limitsOf(result);
        if (result.unsupported) {
            const where = result.unsupported.file ? ` (${result.unsupported.file}:${result.unsupported.line})` : '';
            return {
                ok: false,
                status: 501,
                body: {
                    message: `The local Apex runtime does not support ${result.unsupported.construct ?? result.unsupported.message}${where}`,
                    exceptionType: 'Unsupported'
                },
                limits,
                millis
            };
        }
        if (result.exception) {
            const type = result.exception.type;
            return {
                ok: false,
                status: 500,
                body: {
                    message: result.exception.message ?? type,
                    exceptionType: type,
                    isUserDefinedException: !type.startsWith('System.'),
                    stackTrace: result.exception.stackTrace
                },
                limits,
                millis
            };
        }
        const text = debugValue(result, RESULT_MARK);
        if (text === undefined || limits === null) {
            return {
                ok: false,
                status: 500,
                body: { message: `${className}.${methodName} ended without a result` },
                limits,
                millis
            };
        }
        const value: unknown = JSON.parse(text);
        return {
            ok: true,
            value: method.returns === 'void' ? null : auraShape(value, method.returns, this.options.surface),
            limits,
            millis
        };
    }
}

/** One log line per call: what ran, as whom, how long, and the limits it consumed. */
export function formatCall(label: string, userName: string, outcome: ApexCallOutcome): string {
    const limits = outcome.limits
        ? `SOQL ${outcome.limits.soql} (${outcome.limits.queryRows} rows), DML ${outcome.limits.dml} (${outcome.limits.dmlRows} rows), ${outcome.limits.statements.toLocaleString('en-US')} statements`
        : 'limits unknown';
    const status = outcome.ok
        ? 'ok'
        : `${outcome.status} ${outcome.body.exceptionType ?? 'error'}: ${outcome.body.message}`;
    return `apex ${label} as ${userName}: ${outcome.millis} ms, ${limits} — ${status}`;
}
