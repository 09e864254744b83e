/**
 * Runs a SOQL request against the in-memory org: resolves every field path against the schema (unknown names
 * throw the platform's QueryException), compiles WHERE/HAVING/ORDER BY into closures once per execution (bind
 * values resolved up front, IN lists as Sets), scans the object's rows, and builds fresh SObjectValues that know
 * which fields were queried. Aggregate queries return AggregateResults; `SELECT COUNT()` returns an Integer.
 *
 * Semantics follow the SOQL and SOSL Reference: text comparisons and LIKE ignore case, `!=` matches nulls,
 * ORDER BY puts nulls first unless NULLS LAST, date literals are ranges in the running user's time zone.
 */
import { standardCatalog } from '../../schema/standardObjects';
import { libType } from '../../compile/types';
import type { SoqlRequest } from '../../database/database';
import type { Runtime } from '../../runtime/runtime';
import { apexError } from '../../runtime/errors';
import { chargeQueryRows, freshLimits } from '../../runtime/limits';
import type { SObjectFieldInfo, SObjectInfo } from '../../schema/schema';
import { ApexList, ApexSet } from '../../values/collections';
import { ApexDate, ApexDatetime, ApexTime } from '../../values/dates';
import { ApexId } from '../../values/id';
import { ApexDecimal, numTag, toDecimal, toDoubleNumber } from '../../values/numeric';
import { ApexThrow, UnsupportedError } from '../../values/objects';
import { exceptionMessage, exceptionTypeName } from '../../values/format';
import { SObjectValue } from '../../values/sobject';
import { AggregateResultValue } from '../../library/aggregateResult';
import type { InMemoryOrg } from '../org';
import { applyDateFunction, dateLiteralRange, dayRangeMillis } from './dateLiterals';
import {
    parseSoql,
    SoqlSyntaxError,
    SoqlUnsupported,
    type Cond,
    type Operand,
    type OrderItem,
    type QueryNode,
    type ValueNode
} from './parse';

/** A row as the engine reads it: stored records, and Custom Metadata records adapted to the same shape. */
interface Row {
    id: ApexId;
    fields: Map<string, unknown>;
    deleted: boolean;
}

/** How values of an operand compare: decides the normalized key used for =, IN, <, ordering and grouping. */
type Kind = 'id' | 'text' | 'number' | 'date' | 'datetime' | 'time' | 'boolean' | 'any';

interface Step {
    /** The lookup field holding the parent's Id (lower case). */
    lookup: string;
    /** The relationship name as declared (`Account`, `Parent__r`), and lower case. */
    rel: string;
    relKey: string;
    target: SObjectInfo;
}

interface ResolvedPath {
    steps: Step[];
    field: SObjectFieldInfo;
    owner: SObjectInfo;
    /** Canonical path, `Account.Owner.Name`, for access checks and aliases. */
    canonical: string;
}

interface Compiled<T> {
    get: (t: T) => unknown;
    kind: Kind;
    /** The field read, when the operand is a plain field path. */
    field?: SObjectFieldInfo;
}

interface Group {
    values: unknown[];
    rows: Row[];
}

const QUERY_EXCEPTION = 'System.QueryException';

const queryError = (message: string): never => {
    throw apexError(QUERY_EXCEPTION, message);
};

export function executeSoql(org: InMemoryOrg, request: SoqlRequest, rt: Runtime): unknown {
    const { file, line } = request.location;
    try {
        const parsed = parseSoql(request.soql);
        return new QueryRun(org, request, rt, parsed.allRows, false).top(parsed.query);
    } catch (e) {
        if (e instanceof SoqlSyntaxError) {
            throw apexError(QUERY_EXCEPTION, e.message);
        }
        if (e instanceof SoqlUnsupported) {
            throw new UnsupportedError(e.message, file, line);
        }
        throw e;
    }
}

/**
 * What a query text would do before any data exists, for the capability scan: the Unsupported construct that
 * would stop it, or the QueryException it would throw (an unknown field: a compile error for inline SOQL on the
 * platform), or null when it runs. Resolves every path against the schema on an empty table; binds read as null.
 * `org` must be one whose tables the check may read (an empty, fresh org).
 */
export function checkSoql(org: InMemoryOrg, soql: string): { unsupported: string } | { error: string } | null {
    const rt = { user: { timeZone: 'GMT' }, now: () => 0, limits: freshLimits(), asyncContext: false };
    const request: SoqlRequest = {
        soql,
        bind: () => null,
        access: 'system',
        sharing: 'without',
        location: { file: '', line: 0 },
        dynamic: false
    };
    try {
        const parsed = parseSoql(soql);
        new QueryRun(org, request, rt as unknown as Runtime, parsed.allRows, true).top(parsed.query);
        return null;
    } catch (e) {
        if (e instanceof SoqlUnsupported || e instanceof UnsupportedError) {
            return { unsupported: e instanceof UnsupportedError ? e.construct : e.message };
        }
        if (e instanceof SoqlSyntaxError) {
            return { error: e.message };
        }
        if (e instanceof ApexThrow) {
            return { error: exceptionMessage(e.exception) ?? exceptionTypeName(e.exception) };
        }
        throw e;
    }
}

function kindOf(field: SObjectFieldInfo): Kind {
    const t = field.type;
    if (t.k !== 'prim') {
        return 'any';
    }
    switch (t.name) {
        case 'Id':
            return 'id';
        case 'String':
            return 'text';
        case 'Integer':
        case 'Long':
        case 'Double':
        case 'Decimal':
            return 'number';
        case 'Date':
            return 'date';
        case 'Datetime':
            return 'datetime';
        case 'Time':
            return 'time';
        case 'Boolean':
            return 'boolean';
        default:
            return 'any';
    }
}

/** An Id read from a stored lookup (an ApexId, or a string written by code that bypassed conversion). */
function asId(v: unknown): ApexId | null {
    if (v instanceof ApexId) {
        return v;
    }
    return typeof v === 'string' ? ApexId.parse(v) : null;
}

/**
 * The comparable form of a value: a string, number or boolean, so equality is `===`, IN is a Set lookup and
 * ordering is `<`. Text is lower-cased (SOQL comparisons ignore case); Ids are their 18-character form.
 */
function normalize(v: unknown, kind: Kind): unknown {
    if (v === null || v === undefined) {
        // "If you run a query on a boolean field, null matches FALSE values" (Use null in WHERE).
        return kind === 'boolean' ? false : null;
    }
    if (v instanceof SObjectValue) {
        return normalize(v.values.get('id') ?? null, 'id');
    }
    if (v instanceof ApexId) {
        return kind === 'text' ? v.value.toLowerCase() : v.value;
    }
    if (typeof v === 'string') {
        if (kind === 'id') {
            const id = ApexId.parse(v);
            return id ? id.value : queryError(`invalid ID field: ${v}`);
        }
        if (kind === 'number') {
            return Number(v);
        }
        return v.toLowerCase();
    }
    if (typeof v === 'boolean') {
        return v;
    }
    if (numTag(v) > 0) {
        return toDoubleNumber(v);
    }
    if (v instanceof ApexDate) {
        return v.epochDay();
    }
    if (v instanceof ApexDatetime) {
        return v.millis;
    }
    if (v instanceof ApexTime) {
        return v.millisOfDay;
    }
    return String(v).toLowerCase();
}

/** The comparable form of a filter value; a Date against a Datetime field (or the reverse) is not guessed. */
function normalizeFor(v: unknown, kind: Kind): unknown {
    if ((kind === 'datetime' && v instanceof ApexDate) || (kind === 'date' && v instanceof ApexDatetime)) {
        throw new SoqlUnsupported(
            `SOQL comparison of a ${kind === 'date' ? 'Date' : 'Datetime'} field with a ${kind === 'date' ? 'Datetime' : 'Date'} value`
        );
    }
    return normalize(v, kind);
}

/** A LIKE pattern as an anchored, case-insensitive RegExp: `%` any run, `_` one character, `\%` `\_` literal. */
function likePattern(pattern: string): RegExp {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '\\' && i + 1 < pattern.length) {
            source += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        } else if (ch === '%') {
            source += '.*';
        } else if (ch === '_') {
            source += '.';
        } else {
            source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        }
    }
    return new RegExp(`^${source}$`, 'is');
}

const relationshipIndex = new WeakMap<SObjectInfo, Map<string, SObjectFieldInfo>>();

function relationshipsOf(info: SObjectInfo): Map<string, SObjectFieldInfo> {
    let index = relationshipIndex.get(info);
    if (!index) {
        index = new Map();
        for (const f of info.fields.values()) {
            const name = parentRelationshipName(f);
            if (name) {
                index.set(name.toLowerCase(), f);
            }
        }
        relationshipIndex.set(info, index);
    }
    return index;
}

/**
 * The name a child-to-parent path uses: `Account__c` is read through `Account__r` (the metadata's
 * relationshipName is the *child* relationship's name for custom fields); standard lookups use their own name.
 */
function parentRelationshipName(f: SObjectFieldInfo): string | null {
    if (f.referenceTo.length === 0) {
        return null;
    }
    if (f.isCustom && /__c$/i.test(f.name)) {
        return f.name.replace(/__c$/i, '__r');
    }
    return f.relationshipName;
}

/** The field paths one query level reads, for the access check. */
class Scope {
    readonly paths = new Set<string>();
    constructor(
        readonly info: SObjectInfo,
        readonly node: QueryNode
    ) {}
}

class QueryRun {
    private readonly cmdtById = new Map<string, Row>();
    private readonly timeZone: string;
    private today: ApexDate | null = null;
    private rowsCharged = 0;

    constructor(
        private readonly org: InMemoryOrg,
        private readonly request: SoqlRequest,
        private readonly rt: Runtime,
        private readonly allRows: boolean,
        /** A static check (see checkSoql): resolve everything, skip access checks and limits. */
        private readonly dryRun: boolean
    ) {
        this.timeZone = rt.user.timeZone;
    }

    // ------------------------------------------------------------------------------------------- entry

    top(node: QueryNode): unknown {
        const info = this.objectInfo(node.from);
        const scope = new Scope(info, node);
        const isMetadata = isCustomMetadata(info);
        const aggregate = node.countOnly || node.groupBy.length > 0 || node.select.some((s) => s.k === 'expr');
        let result: unknown;
        if (aggregate) {
            result = this.aggregate(scope);
            this.rt.limits.aggregateQueries += this.dryRun ? 0 : 1;
        } else {
            const rows = this.select(scope);
            result = new ApexList(rows, { k: 'sobject', name: info.name });
        }
        if (isMetadata && !this.dryRun && !this.readsLongText(scope)) {
            // "Custom metadata records can have unlimited SOQL queries" unless a long text area field is queried
            // (Execution Governors and Limits); the rows still count. The interpreter charged the query already.
            this.rt.limits.queries = Math.max(0, this.rt.limits.queries - 1);
        }
        if (!this.dryRun) {
            chargeQueryRows(this.rt, this.rowsCharged);
        }
        return result;
    }

    private readsLongText(scope: Scope): boolean {
        for (const path of scope.paths) {
            const field = scope.info.fields.get(path.toLowerCase());
            if (field && /^(LongTextArea|Html)$/i.test(field.metadataType)) {
                return true;
            }
        }
        return false;
    }

    private objectInfo(name: string): SObjectInfo {
        const info = this.org.schema.getObject(name);
        // The schema makes up an object for any `__c`-style name (so Apex compiles); one no metadata declares has
        // its API name as label, as a deployed object (which always has a <label>) never does.
        if (!info || (info.isCustom && info.label === info.name)) {
            return queryError(
                `sObject type '${name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`
            );
        }
        return info;
    }

    private checkAccess(scope: Scope): void {
        if (this.dryRun) {
            return;
        }
        const request = scope.node.userMode ? { ...this.request, access: 'user' as const } : this.request;
        this.org.access.checkQuery(this.rt, request, scope.info.name, [...scope.paths]);
    }

    // ------------------------------------------------------------------------------------------- data

    private rowsOf(info: SObjectInfo): Row[] {
        if (isCustomMetadata(info)) {
            const rows: Row[] = [];
            for (const record of this.org.customMetadata?.records(info) ?? []) {
                const row: Row = { id: record.values.get('id') as ApexId, fields: record.values, deleted: false };
                this.cmdtById.set(row.id.value, row);
                rows.push(row);
            }
            return rows;
        }
        return [...this.org.store.rows(info.name, this.allRows)];
    }

    private byId(id: ApexId): Row | undefined {
        return this.org.store.get(id) ?? this.cmdtById.get(id.value);
    }

    private todayDate(): ApexDate {
        this.today ??= ApexDatetime.newInstance(this.rt.now()).date(this.timeZone);
        return this.today;
    }

    // ------------------------------------------------------------------------------------------- paths

    private resolve(scope: Scope, path: string[]): ResolvedPath {
        let info = scope.info;
        const steps: Step[] = [];
        const names: string[] = [];
        for (const segment of path.slice(0, -1)) {
            const lookup = relationshipsOf(info).get(segment.toLowerCase());
            if (!lookup) {
                return queryError(
                    `Didn't understand relationship '${segment}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`
                );
            }
            if (lookup.referenceTo.length !== 1) {
                throw new SoqlUnsupported(`SOQL polymorphic relationship ${info.name}.${segment}`);
            }
            const target = this.objectInfo(lookup.referenceTo[0]);
            if (isCustomMetadata(target)) {
                // Metadata relationships point at other metadata records, which byId finds once loaded.
                this.rowsOf(target);
            }
            const rel = parentRelationshipName(lookup) as string;
            steps.push({ lookup: lookup.name.toLowerCase(), rel, relKey: rel.toLowerCase(), target });
            names.push(rel);
            info = target;
        }
        const last = path[path.length - 1];
        const field = info.fields.get(last.toLowerCase());
        if (!field) {
            if (!info.isCustom && !last.toLowerCase().endsWith('__c') && !standardCatalog()?.get(info.name)) {
                // Without apex-ls's sobject jar the standard fields are a partial table: a real field may be missing.
                throw new SoqlUnsupported(
                    `SOQL field ${info.name}.${last} (not in the runtime's standard-object schema)`
                );
            }
            return queryError(
                `No such column '${last}' on entity '${info.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`
            );
        }
        if (field.formula !== null) {
            throw new SoqlUnsupported(`formula field ${info.name}.${field.name} (formula evaluation is not supported)`);
        }
        names.push(field.name);
        const canonical = names.join('.');
        scope.paths.add(canonical);
        return { steps, field, owner: info, canonical };
    }

    private reader(rp: ResolvedPath): (row: Row) => unknown {
        const lname = rp.field.name.toLowerCase();
        const read =
            lname === 'isdeleted'
                ? (row: Row) => row.deleted
                : (row: Row) => {
                      const v = row.fields.get(lname);
                      return v === undefined ? null : v;
                  };
        if (rp.steps.length === 0) {
            return read;
        }
        const steps = rp.steps;
        return (row) => {
            let current: Row | undefined = row;
            for (const step of steps) {
                const id = asId(current.fields.get(step.lookup));
                current = id ? this.byId(id) : undefined;
                if (!current) {
                    return null;
                }
            }
            return read(current);
        };
    }

    /** An operand over single rows (WHERE, ORDER BY in plain queries, GROUP BY keys). */
    private rowOperand(scope: Scope, op: Operand): Compiled<Row> {
        if (op.k === 'field') {
            const rp = this.resolve(scope, op.path);
            return { get: this.reader(rp), kind: kindOf(rp.field), field: rp.field };
        }
        if (op.k === 'agg') {
            return queryError(`Aggregate function ${op.name} is not allowed here: ${op.text}`);
        }
        let inner = op.arg;
        let zone = 'GMT';
        if (inner.k === 'fn' && inner.name === 'CONVERTTIMEZONE') {
            zone = this.timeZone;
            inner = inner.arg;
        }
        if (op.name === 'CONVERTTIMEZONE') {
            throw new SoqlUnsupported('SOQL convertTimezone() outside a date function');
        }
        const arg = this.rowOperand(scope, inner);
        if (applyDateFunction(op.name, ApexDate.newInstance(2000, 1, 1), zone) === undefined) {
            throw new SoqlUnsupported(`SOQL function ${op.name}()`);
        }
        if (arg.kind !== 'date' && arg.kind !== 'datetime') {
            return queryError(`${op.name} can only be applied to a date or dateTime field: ${op.text}`);
        }
        const name = op.name;
        return {
            get: (row) => {
                const v = arg.get(row);
                return v instanceof ApexDate || v instanceof ApexDatetime ? applyDateFunction(name, v, zone) : null;
            },
            kind: name === 'DAY_ONLY' ? 'date' : 'number'
        };
    }

    // ------------------------------------------------------------------------------------------- conditions

    private condition<T>(scope: Scope, cond: Cond, operand: (op: Operand) => Compiled<T>): (t: T) => boolean {
        switch (cond.k) {
            case 'and': {
                const items = cond.items.map((c) => this.condition(scope, c, operand));
                return (t) => items.every((f) => f(t));
            }
            case 'or': {
                const items = cond.items.map((c) => this.condition(scope, c, operand));
                return (t) => items.some((f) => f(t));
            }
            case 'not': {
                const inner = this.condition(scope, cond.c, operand);
                return (t) => !inner(t);
            }
            case 'cmp':
                return this.comparison(scope, cond, operand);
        }
    }

    private bindValue(name: string): unknown {
        const v = this.request.bind(name);
        if (v === undefined) {
            return queryError(`Variable does not exist: ${name}`);
        }
        return v;
    }

    /** The value side of a comparison, resolved once: binds read, lists flattened. */
    private values(node: ValueNode): unknown[] {
        switch (node.k) {
            case 'lit':
                return [node.v];
            case 'bind': {
                const v = this.bindValue(node.name);
                if (v instanceof ApexList) {
                    return v.items;
                }
                if (v instanceof ApexSet) {
                    return v.items();
                }
                return [v];
            }
            case 'list':
                return node.items.flatMap((i) => this.values(i));
            default:
                throw new SoqlUnsupported('SOQL value');
        }
    }

    private comparison<T>(
        scope: Scope,
        cond: Cond & { k: 'cmp' },
        operand: (op: Operand) => Compiled<T>
    ): (t: T) => boolean {
        const left = operand(cond.left);
        const { get, kind } = left;
        const op = cond.op;
        const value = cond.value;
        if (value.k === 'sub') {
            const keys = this.semiJoin(value.query);
            const negate = op === 'NOT IN';
            return (t) => {
                const key = normalize(get(t), 'id');
                return key !== null && keys.has(key) !== negate;
            };
        }
        if (value.k === 'date' || (value.k === 'list' && value.items.some((i) => i.k === 'date'))) {
            return this.dateLiteralComparison(cond, left);
        }
        if (value.k === 'lit' && value.v instanceof ApexDate && kind === 'datetime') {
            return queryError(
                `value of filter criterion for field '${cond.left.text}' must be of type dateTime and should not be enclosed in quotes`
            );
        }
        const raw = this.values(value);
        switch (op) {
            case 'IN':
            case 'NOT IN': {
                const keys = new Set(raw.map((v) => normalizeFor(v, kind)));
                const negate = op === 'NOT IN';
                return (t) => keys.has(normalize(get(t), kind)) !== negate;
            }
            case 'LIKE': {
                const pattern = raw[0] === null ? null : likePattern(String(raw[0]));
                return (t) => {
                    const v = get(t);
                    return v !== null && pattern !== null && pattern.test(String(v));
                };
            }
            case 'INCLUDES':
            case 'EXCLUDES': {
                // Each value is a `;`-separated set that must all be selected; the values are ORed.
                const wanted = raw.map((v) =>
                    String(v)
                        .split(';')
                        .map((s) => s.trim().toLowerCase())
                );
                const includes = op === 'INCLUDES';
                return (t) => {
                    const v = get(t);
                    if (v === null) {
                        return !includes;
                    }
                    const selected = new Set(
                        String(v)
                            .split(';')
                            .map((s) => s.trim().toLowerCase())
                    );
                    const any = wanted.some((set) => set.every((s) => selected.has(s)));
                    return any === includes;
                };
            }
        }
        const right = normalizeFor(raw[0], kind);
        switch (op) {
            case '=':
                return (t) => normalize(get(t), kind) === right;
            case '!=':
                return (t) => normalize(get(t), kind) !== right;
        }
        if (right === null) {
            return () => false;
        }
        const test = relational(op);
        return (t) => {
            const v = normalize(get(t), kind);
            return v !== null && test(v as number, right as number);
        };
    }

    private dateLiteralComparison<T>(cond: Cond & { k: 'cmp' }, left: Compiled<T>): (t: T) => boolean {
        const nodes = cond.value.k === 'list' ? cond.value.items : [cond.value];
        const ranges = nodes.map((n) => {
            if (n.k !== 'date') {
                throw new SoqlUnsupported('SOQL mixed date literals and values');
            }
            const days = dateLiteralRange(n.literal, n.n, this.todayDate());
            if (!days) {
                throw new SoqlUnsupported(`SOQL date literal ${n.literal}`);
            }
            return left.kind === 'datetime' ? dayRangeMillis(days, this.timeZone) : days;
        });
        if (left.kind !== 'date' && left.kind !== 'datetime') {
            return queryError(`Date literals can only be used with date or dateTime fields: ${cond.left.text}`);
        }
        const get = left.get;
        const kind = left.kind;
        const inAny = (x: number): boolean => ranges.some((r) => x >= r.start && x < r.end);
        const { start, end } = ranges[0];
        const at = (t: T): number | null => normalize(get(t), kind) as number | null;
        switch (cond.op) {
            case '=':
            case 'IN':
                return (t) => {
                    const x = at(t);
                    return x !== null && inAny(x);
                };
            case '!=':
            case 'NOT IN':
                return (t) => {
                    const x = at(t);
                    return x === null || !inAny(x);
                };
            // "CloseDate > LAST_N_DAYS:3" means after the range; "<" before it.
            case '<':
                return (t) => {
                    const x = at(t);
                    return x !== null && x < start;
                };
            case '<=':
                return (t) => {
                    const x = at(t);
                    return x !== null && x < end;
                };
            case '>':
                return (t) => {
                    const x = at(t);
                    return x !== null && x >= end;
                };
            case '>=':
                return (t) => {
                    const x = at(t);
                    return x !== null && x >= start;
                };
            default:
                return queryError(`invalid operator on date literal: ${cond.op}`);
        }
    }

    /** `Id IN (SELECT AccountId FROM Contact ...)`: the selected field's values, as normalized Id keys. */
    private semiJoin(node: QueryNode): Set<unknown> {
        const info = this.objectInfo(node.from);
        const scope = new Scope(info, node);
        if (node.select.length !== 1 || node.select[0].k !== 'field') {
            return queryError('The selected field in a semi-join subquery must be a single Id or reference field');
        }
        const field = this.rowOperand(scope, node.select[0].operand);
        const rows = this.filtered(scope, node);
        this.checkAccess(scope);
        const keys = new Set<unknown>();
        for (const row of rows) {
            const key = normalize(field.get(row), 'id');
            if (key !== null) {
                keys.add(key);
            }
        }
        return keys;
    }

    private filtered(scope: Scope, node: QueryNode): Row[] {
        const rows = this.rowsOf(scope.info);
        if (!node.where) {
            return rows;
        }
        const test = this.condition<Row>(scope, node.where, (op) => this.rowOperand(scope, op));
        return rows.filter(test);
    }

    private count(c: QueryNode['limit']): number | null {
        if (!c) {
            return null;
        }
        if (c.k === 'num') {
            return c.n;
        }
        const v = this.bindValue(c.name);
        return v === null ? null : toDoubleNumber(v);
    }

    private page<T>(items: T[], node: QueryNode): T[] {
        const offset = this.count(node.offset) ?? 0;
        const limit = this.count(node.limit);
        return items.slice(offset, limit === null ? undefined : offset + limit);
    }

    // ------------------------------------------------------------------------------------------- plain queries

    private select(scope: Scope): SObjectValue[] {
        const node = scope.node;
        const fields: Array<{ rp: ResolvedPath; read: (row: Row) => unknown }> = [];
        const children: Array<{ relName: string; relKey: string; lookup: string; scope: Scope }> = [];
        for (const item of node.select) {
            if (item.k === 'field') {
                const rp = this.resolve(scope, item.operand.path);
                fields.push({ rp, read: this.reader(rp) });
            } else if (item.k === 'sub') {
                const rel = scope.info.childRelationships?.get(item.relationship.toLowerCase());
                if (!rel) {
                    return queryError(
                        `Didn't understand relationship '${item.relationship}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`
                    );
                }
                const childScope = new Scope(this.objectInfo(rel.childObject), item.query);
                children.push({
                    relName: rel.name,
                    relKey: rel.name.toLowerCase(),
                    lookup: rel.field.toLowerCase(),
                    scope: childScope
                });
            }
        }
        const rows = this.page(this.sorted(scope, this.filtered(scope, node)), node);
        this.checkAccess(scope);
        const records = rows.map((row) => this.build(scope.info, row, fields));
        this.rowsCharged += records.length;
        for (const child of children) {
            this.attachChildren(records, rows, child);
        }
        return records;
    }

    private sorted(scope: Scope, rows: Row[]): Row[] {
        if (scope.node.orderBy.length === 0) {
            return rows;
        }
        return sortBy(
            rows,
            this.orderKeys(scope.node.orderBy, (op) => this.rowOperand(scope, op))
        );
    }

    private orderKeys<T>(items: OrderItem[], operand: (op: Operand) => Compiled<T>): Array<SortKey<T>> {
        return items.map((item) => {
            const { get, kind, field } = operand(item.operand);
            const order = field && /^Picklist$/i.test(field.metadataType) ? picklistOrder(field) : null;
            if (order) {
                // "Picklist fields are sorted by the order defined for the picklist values" (ORDER BY); a value
                // outside the definition sorts after the defined ones, alphabetically.
                return {
                    key: (t: T) => {
                        const v = normalize(get(t), kind);
                        return v === null ? null : (order.get(v as string) ?? `~${v as string}`);
                    },
                    desc: item.desc,
                    nullsLast: item.nullsLast
                };
            }
            return { key: (t: T) => normalize(get(t), kind), desc: item.desc, nullsLast: item.nullsLast };
        });
    }

    /** A fresh record with the selected fields; parents nest under their relationship name. */
    private build(
        info: SObjectInfo,
        row: Row,
        fields: Array<{ rp: ResolvedPath; read: (row: Row) => unknown }>
    ): SObjectValue {
        const record = queried(info);
        for (const { rp, read } of fields) {
            let target: SObjectValue | null = record;
            let current: Row | undefined = row;
            for (const step of rp.steps) {
                const existing: unknown = target.values.get(step.relKey);
                if (existing instanceof SObjectValue) {
                    target = existing;
                    const id: ApexId | null = current ? asId(current.fields.get(step.lookup)) : null;
                    current = id ? this.byId(id) : undefined;
                    continue;
                }
                if (target.queriedFields?.has(step.relKey)) {
                    target = null; // the parent is null
                    break;
                }
                const id: ApexId | null = current ? asId(current.fields.get(step.lookup)) : null;
                current = id ? this.byId(id) : undefined;
                if (!current) {
                    target.queriedFields?.add(step.relKey);
                    target = null;
                    break;
                }
                const parent = queried(step.target);
                parent.set('id', 'Id', current.id);
                target.set(step.relKey, step.rel, parent);
                target = parent;
            }
            if (!target) {
                continue;
            }
            const lname = rp.field.name.toLowerCase();
            const value = read(row);
            target.queriedFields?.add(lname);
            if (value !== null && !target.values.has(lname)) {
                target.set(lname, rp.field.name, value);
            }
        }
        if (!record.values.has('id')) {
            record.set('id', 'Id', row.id);
        }
        return record;
    }

    private attachChildren(
        records: SObjectValue[],
        rows: Row[],
        child: { relName: string; relKey: string; lookup: string; scope: Scope }
    ): void {
        const node = child.scope.node;
        if (node.select.some((s) => s.k !== 'field')) {
            throw new SoqlUnsupported('SOQL nested subquery or aggregate in a child relationship subquery');
        }
        const fields = node.select.map((s) => {
            const rp = this.resolve(child.scope, (s as { operand: Operand & { k: 'field' } }).operand.path);
            return { rp, read: this.reader(rp) };
        });
        const byParent = new Map<string, Row[]>();
        for (const row of rows) {
            byParent.set(row.id.value, []);
        }
        for (const row of this.filtered(child.scope, node)) {
            const parent = asId(row.fields.get(child.lookup));
            const list = parent ? byParent.get(parent.value) : undefined;
            list?.push(row);
        }
        this.checkAccess(child.scope);
        const elemType = { k: 'sobject' as const, name: child.scope.info.name };
        records.forEach((record, i) => {
            const childRows = this.page(this.sorted(child.scope, byParent.get(rows[i].id.value) ?? []), node);
            const list = childRows.map((r) => this.build(child.scope.info, r, fields));
            this.rowsCharged += list.length;
            record.set(child.relKey, child.relName, new ApexList(list, elemType));
        });
    }

    // ------------------------------------------------------------------------------------------- aggregates

    private aggregate(scope: Scope): unknown {
        const node = scope.node;
        const rows = this.filtered(scope, node);
        if (node.countOnly) {
            this.checkAccess(scope);
            // "For COUNT() ... limits are counted as one query row" (Working with SOQL Aggregate Functions).
            this.rowsCharged += 1;
            const limit = this.count(node.limit);
            return limit === null ? rows.length : Math.min(rows.length, limit);
        }
        const keys = node.groupBy.map((g) => ({ text: operandKey(g), compiled: this.rowOperand(scope, g) }));
        const groups = new Map<string, Group>();
        if (keys.length === 0) {
            groups.set('', { values: [], rows });
        } else {
            for (const row of rows) {
                const values = keys.map((k) => k.compiled.get(row));
                const id = values.map((v, i) => String(normalize(v, keys[i].compiled.kind))).join('\u0001');
                let group = groups.get(id);
                if (!group) {
                    group = { values, rows: [] };
                    groups.set(id, group);
                }
                group.rows.push(row);
            }
        }
        const groupOperand = (op: Operand): Compiled<Group> => {
            if (op.k === 'agg') {
                return this.aggregateFunction(scope, op);
            }
            const index = keys.findIndex((k) => k.text === operandKey(op));
            if (index < 0) {
                return queryError(`Field must be grouped or aggregated: ${op.text}`);
            }
            return { get: (g) => g.values[index], kind: keys[index].compiled.kind };
        };
        const columns: Array<{ alias: string; get: (g: Group) => unknown }> = [];
        let expr = 0;
        let onlyCounts = true;
        for (const item of node.select) {
            if (item.k === 'sub') {
                return queryError('Nested queries are not supported in aggregate queries');
            }
            const operand = item.operand;
            if (operand.k === 'agg' && operand.name !== 'COUNT') {
                onlyCounts = false;
            }
            const alias =
                item.k === 'field'
                    ? (item.alias ?? this.resolve(scope, item.operand.path).field.name)
                    : (item.alias ?? `expr${expr++}`);
            columns.push({ alias, get: groupOperand(operand).get });
        }
        let result = [...groups.values()];
        if (node.having) {
            const test = this.condition<Group>(scope, node.having, groupOperand);
            result = result.filter(test);
        }
        if (node.orderBy.length > 0) {
            result = sortBy(result, this.orderKeys(node.orderBy, groupOperand));
        }
        result = this.page(result, node);
        this.checkAccess(scope);
        // COUNT()/COUNT(field) count one row (one per group with GROUP BY); other aggregates count every row used.
        this.rowsCharged += onlyCounts ? (keys.length === 0 ? 1 : result.length) : rows.length;
        const out = result.map((g) => {
            const ar = new AggregateResultValue();
            for (const c of columns) {
                ar.put(c.alias, c.get(g));
            }
            return ar;
        });
        return new ApexList(out, libType('AggregateResult'));
    }

    private aggregateFunction(scope: Scope, op: Operand & { k: 'agg' }): Compiled<Group> {
        if (!op.arg) {
            if (op.name !== 'COUNT') {
                return queryError(`unexpected token: '${op.text}'`);
            }
            return { get: (g) => g.rows.length, kind: 'number' };
        }
        const { get, kind } = this.rowOperand(scope, op.arg);
        const present = (g: Group): unknown[] => {
            const out: unknown[] = [];
            for (const row of g.rows) {
                const v = get(row);
                if (v !== null) {
                    out.push(v);
                }
            }
            return out;
        };
        switch (op.name) {
            case 'COUNT':
                return { get: (g) => present(g).length, kind: 'number' };
            case 'COUNT_DISTINCT':
                return { get: (g) => new Set(present(g).map((v) => normalize(v, kind))).size, kind: 'number' };
            case 'SUM':
            case 'AVG':
                if (kind !== 'number') {
                    return queryError(`field ${op.arg.text} does not support aggregate operator ${op.name}`);
                }
                return {
                    get: (g) => {
                        const values = present(g);
                        if (values.length === 0) {
                            return null;
                        }
                        let sum = ApexDecimal.ZERO;
                        for (const v of values) {
                            sum = sum.add(toDecimal(v));
                        }
                        return op.name === 'SUM' ? sum : sum.divideOperator(ApexDecimal.fromInteger(values.length));
                    },
                    kind: 'number'
                };
            default: {
                const max = op.name === 'MAX';
                return {
                    get: (g) => {
                        let best: unknown = null;
                        let bestKey: unknown = null;
                        for (const v of present(g)) {
                            const key = normalize(v, kind) as number;
                            if (best === null || (max ? key > (bestKey as number) : key < (bestKey as number))) {
                                best = v;
                                bestKey = key;
                            }
                        }
                        return best;
                    },
                    kind
                };
            }
        }
    }
}

function isCustomMetadata(info: SObjectInfo): boolean {
    return info.name.toLowerCase().endsWith('__mdt');
}

/** Picklist value (lower case) -> its position as a zero-padded sort key, or null when no values are known. */
function picklistOrder(field: SObjectFieldInfo): Map<string, string> | null {
    if (field.picklistValues.length === 0) {
        return null;
    }
    return new Map(field.picklistValues.map((v, i) => [v.toLowerCase(), String(i).padStart(6, '0')]));
}

/** A record built by a query: reading a field that was not selected throws, as on the platform. */
function queried(info: SObjectInfo): SObjectValue {
    const record = new SObjectValue(info);
    record.queriedFields = new Set(['id']);
    return record;
}

function operandKey(op: Operand): string {
    switch (op.k) {
        case 'field':
            return op.path.join('.').toLowerCase();
        case 'fn':
        case 'agg':
            return `${op.name}(${op.arg ? operandKey(op.arg) : ''})`;
    }
}

function relational(op: string): (a: number, b: number) => boolean {
    switch (op) {
        case '<':
            return (a, b) => a < b;
        case '<=':
            return (a, b) => a <= b;
        case '>':
            return (a, b) => a > b;
        default:
            return (a, b) => a >= b;
    }
}

interface SortKey<T> {
    key: (t: T) => unknown;
    desc: boolean;
    nullsLast: boolean;
}

/** A stable sort on precomputed keys; nulls go first unless NULLS LAST, whatever the direction. */
function sortBy<T>(items: T[], keys: Array<SortKey<T>>): T[] {
    const decorated = items.map((item) => ({ item, values: keys.map((k) => k.key(item)) }));
    decorated.sort((a, b) => {
        for (let i = 0; i < keys.length; i++) {
            const x = a.values[i];
            const y = b.values[i];
            if (x === y) {
                continue;
            }
            if (x === null) {
                return keys[i].nullsLast ? 1 : -1;
            }
            if (y === null) {
                return keys[i].nullsLast ? -1 : 1;
            }
            const c = (x as number) < (y as number) ? -1 : 1;
            return keys[i].desc ? -c : c;
        }
        return 0;
    });
    return decorated.map((d) => d.item);
}
