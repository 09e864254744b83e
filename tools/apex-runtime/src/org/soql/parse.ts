/**
 * SOQL text -> the engine's query tree. `@jetstreamapp/soql-parser-js` does the parsing; this module adapts its
 * output (a WHERE clause as a flat chain with parenthesis counts) into a proper condition tree, converts literals
 * to runtime values once, and caches the result by query text.
 *
 * The parser rejects a few things Apex accepts, so the text is pre-processed minimally first:
 * - inline binds are named `:__bind0`... by the compiler; the parser's lexer does not accept a leading underscore,
 *   so they become `:bind__0` (no Apex identifier can contain `__`, so this cannot collide with a real name);
 * - `LIMIT :n` / `OFFSET :n` (bind variables are allowed there in Apex) become placeholder integers;
 * - `ALL ROWS` (Apex only) is removed and remembered.
 */
import {
    parseQuery,
    type FieldType,
    type FunctionExp,
    type Query,
    type WhereClause
} from '@jetstreamapp/soql-parser-js';
import { ApexDate, ApexDatetime } from '../../values/dates';
import { ApexDecimal } from '../../values/numeric';

export type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE' | 'IN' | 'NOT IN' | 'INCLUDES' | 'EXCLUDES';

/** A field path (`Account.Owner.Name` is ['Account', 'Owner', 'Name']), a date function or an aggregate. */
export type Operand =
    | { k: 'field'; path: string[]; text: string }
    | { k: 'fn'; name: string; arg: Operand; text: string }
    | { k: 'agg'; name: string; arg: Operand | null; text: string };

export type ValueNode =
    | { k: 'lit'; v: unknown }
    | { k: 'bind'; name: string }
    | { k: 'list'; items: ValueNode[] }
    | { k: 'date'; literal: string; n: number }
    | { k: 'sub'; query: QueryNode };

export type Cond =
    | { k: 'and' | 'or'; items: Cond[] }
    | { k: 'not'; c: Cond }
    | { k: 'cmp'; left: Operand; op: Operator; value: ValueNode };

export type SelectItem =
    /** A field; `alias` only names it in aggregate results (`SELECT Industry ind, COUNT(Id) ... GROUP BY Industry`). */
    | { k: 'field'; operand: Operand & { k: 'field' }; alias: string | null }
    | { k: 'sub'; relationship: string; query: QueryNode }
    /** An aggregate or a date function (only valid in aggregate queries); alias null means an `exprN` alias. */
    | { k: 'expr'; operand: Operand; alias: string | null };

export interface OrderItem {
    operand: Operand;
    desc: boolean;
    nullsLast: boolean;
}

export type Count = { k: 'num'; n: number } | { k: 'bind'; name: string };

export interface QueryNode {
    /** FROM object (top level and semi-joins) or relationship name (child subqueries). */
    from: string;
    alias: string | null;
    select: SelectItem[];
    where: Cond | null;
    groupBy: Operand[];
    having: Cond | null;
    orderBy: OrderItem[];
    limit: Count | null;
    offset: Count | null;
    /** WITH USER_MODE or WITH SECURITY_ENFORCED in the text. */
    userMode: boolean;
    /** Only `SELECT COUNT() FROM ...`. */
    countOnly: boolean;
}

export interface ParsedSoql {
    query: QueryNode;
    allRows: boolean;
}

/** A malformed query; the engine turns it into System.QueryException. */
export class SoqlSyntaxError extends Error {}

/** Something valid SOQL the engine does not evaluate; the engine turns it into UnsupportedError. */
export class SoqlUnsupported extends Error {}

const cache = new Map<string, ParsedSoql>();
/** Dynamic SOQL built with literal values can produce endless distinct texts; past this many, start over. */
const CACHE_LIMIT = 5000;

export function parseSoql(text: string): ParsedSoql {
    let parsed = cache.get(text);
    if (!parsed) {
        parsed = parseUncached(text);
        if (cache.size >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.set(text, parsed);
    }
    return parsed;
}

const COUNT_PLACEHOLDER_BASE = 1999000000;

function parseUncached(text: string): ParsedSoql {
    let soql = text.trim();
    let allRows = false;
    const allRowsMatch = /\bALL\s+ROWS\s*$/i.exec(soql);
    if (allRowsMatch) {
        allRows = true;
        soql = soql.slice(0, allRowsMatch.index);
    }
    soql = soql.replace(/:\s*__bind(\d+)/g, ':bind__$1');
    const countBinds: string[] = [];
    soql = soql.replace(/\b(LIMIT|OFFSET)\s*:\s*([A-Za-z]\w*)/gi, (_m, kw: string, name: string) => {
        countBinds.push(name);
        return `${kw} ${COUNT_PLACEHOLDER_BASE + countBinds.length - 1}`;
    });
    let raw: Query;
    try {
        raw = parseQuery(soql, { allowApexBindVariables: true });
    } catch (e) {
        throw new SoqlSyntaxError(syntaxMessage(e instanceof Error ? e.message : String(e)));
    }
    return { query: convertQuery(raw, raw.sObject ?? '', countBinds), allRows };
}

/** The platform reports `unexpected token: 'X'`; recover X from the parser's message when it names it. */
function syntaxMessage(message: string): string {
    const found = /but found:? ?'([^']*)'/.exec(message) ?? /found --> '?([^'<]*?)'? <--/.exec(message);
    if (!found) {
        return message.split('\n')[0];
    }
    return found[1] === '' ? 'unexpected token: <EOF>' : `unexpected token: '${found[1]}'`;
}

function bindName(name: string): string {
    const m = /^bind__(\d+)$/.exec(name);
    return m ? `__bind${m[1]}` : name;
}

function convertCount(n: number | undefined, countBinds: string[]): Count | null {
    if (n === undefined) {
        return null;
    }
    const index = n - COUNT_PLACEHOLDER_BASE;
    if (index >= 0 && index < countBinds.length) {
        return { k: 'bind', name: bindName(countBinds[index]) };
    }
    return { k: 'num', n };
}

function convertQuery(raw: Query & { relationshipName?: string }, from: string, countBinds: string[]): QueryNode {
    if (raw.usingScope) {
        throw new SoqlUnsupported('SOQL USING SCOPE');
    }
    if (raw.withDataCategory) {
        throw new SoqlUnsupported('SOQL WITH DATA CATEGORY');
    }
    if (raw.update) {
        throw new SoqlUnsupported(`SOQL UPDATE ${raw.update}`);
    }
    const alias = raw.sObjectAlias ?? null;
    const path = (text: string): string[] => {
        const parts = text.split('.');
        return alias && parts.length > 1 && parts[0].toLowerCase() === alias.toLowerCase() ? parts.slice(1) : parts;
    };
    const fields = raw.fields ?? [];
    const countOnly =
        fields.length === 1 &&
        fields[0].type === 'FieldFunctionExpression' &&
        fields[0].functionName.toUpperCase() === 'COUNT' &&
        fields[0].parameters.length === 0;
    const select: SelectItem[] = countOnly ? [] : fields.map((f) => convertSelect(f, path, countBinds));
    const groupBy = raw.groupBy ? (Array.isArray(raw.groupBy) ? raw.groupBy : [raw.groupBy]) : [];
    const orderBy = raw.orderBy ? (Array.isArray(raw.orderBy) ? raw.orderBy : [raw.orderBy]) : [];
    return {
        from,
        alias,
        select,
        where: raw.where ? conditionTree(raw.where, path, countBinds) : null,
        groupBy: groupBy.map((g) => {
            if ('fn' in g) {
                if (g.fn.functionName && /^(ROLLUP|CUBE)$/i.test(g.fn.functionName)) {
                    throw new SoqlUnsupported(`SOQL GROUP BY ${g.fn.functionName.toUpperCase()}`);
                }
                return fnOperand(g.fn, path);
            }
            return fieldOperand(g.field, path);
        }),
        having: raw.having ? conditionTree(raw.having as WhereClause, path, countBinds) : null,
        orderBy: orderBy.map((o) => ({
            operand: 'fn' in o ? fnOperand(o.fn, path) : fieldOperand(o.field, path),
            desc: o.order === 'DESC',
            // "By default, null values are sorted first" (SOQL and SOSL Reference, ORDER BY), in either direction.
            nullsLast: o.nulls === 'LAST'
        })),
        limit: convertCount(raw.limit, countBinds),
        offset: convertCount(raw.offset, countBinds),
        userMode: raw.withAccessLevel === 'USER_MODE' || raw.withSecurityEnforced === true,
        countOnly
    };
}

function fieldOperand(text: string, path: (t: string) => string[]): Operand & { k: 'field' } {
    return { k: 'field', path: path(text), text };
}

const AGGREGATES = new Set(['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG', 'MIN', 'MAX']);

function fnOperand(fn: FunctionExp, path: (t: string) => string[]): Operand {
    const name = (fn.functionName ?? '').toUpperCase();
    const text = fn.rawValue ?? name;
    const params = fn.parameters ?? [];
    const arg =
        params.length === 0
            ? null
            : typeof params[0] === 'string'
              ? fieldOperand(params[0], path)
              : fnOperand(params[0], path);
    if (AGGREGATES.has(name)) {
        return { k: 'agg', name, arg, text };
    }
    if (!arg || params.length !== 1) {
        throw new SoqlUnsupported(`SOQL function ${fn.functionName}()`);
    }
    return { k: 'fn', name, arg, text };
}

function convertSelect(f: FieldType, path: (t: string) => string[], countBinds: string[]): SelectItem {
    switch (f.type) {
        case 'Field':
            return { k: 'field', operand: fieldOperand(f.field, path), alias: f.alias ?? null };
        case 'FieldRelationship':
            return {
                k: 'field',
                operand: fieldOperand([...f.relationships, f.field].join('.'), path),
                alias: (f as { alias?: string }).alias ?? null
            };
        case 'FieldSubquery':
            return {
                k: 'sub',
                relationship: f.subquery.relationshipName,
                query: convertQuery(f.subquery, f.subquery.relationshipName, countBinds)
            };
        case 'FieldFunctionExpression': {
            const name = f.functionName.toUpperCase();
            if (['TOLABEL', 'FORMAT', 'CONVERTCURRENCY', 'GROUPING', 'FIELDS', 'DISTANCE'].includes(name)) {
                throw new SoqlUnsupported(`SOQL ${f.functionName}()`);
            }
            return { k: 'expr', operand: fnOperand(f, path), alias: f.alias ?? null };
        }
        case 'FieldTypeof':
            throw new SoqlUnsupported('SOQL TYPEOF');
    }
    throw new SoqlUnsupported('SOQL select item');
}

// ------------------------------------------------------------------------------------------- WHERE and HAVING

type Token = '(' | ')' | 'AND' | 'OR' | 'NOT' | Cond;

interface RawCondition {
    field?: string;
    fn?: FunctionExp;
    operator?: string;
    value?: string | string[];
    literalType?: string | string[];
    dateLiteralVariable?: number | number[];
    valueQuery?: Query;
    openParen?: number;
    closeParen?: number;
}

/** The parser's chain (each link: a condition with parenthesis counts, then AND/OR/NOT) as a flat token list. */
function tokens(where: WhereClause, path: (t: string) => string[], countBinds: string[]): Token[] {
    const out: Token[] = [];
    let link: WhereClause | undefined = where;
    while (link) {
        const l = link as { left: RawCondition | null; operator?: string; right?: WhereClause };
        const left = l.left;
        if (l.operator === 'NOT' && (!left || (left.field === undefined && left.fn === undefined))) {
            for (let i = 0; i < (left?.openParen ?? 0); i++) {
                out.push('(');
            }
            out.push('NOT');
        } else if (left) {
            for (let i = 0; i < (left.openParen ?? 0); i++) {
                out.push('(');
            }
            out.push(comparison(left, path, countBinds));
            for (let i = 0; i < (left.closeParen ?? 0); i++) {
                out.push(')');
            }
            if (l.operator) {
                out.push(l.operator as Token);
            }
        }
        link = l.right;
    }
    return out;
}

function conditionTree(where: WhereClause, path: (t: string) => string[], countBinds: string[]): Cond {
    const list = tokens(where, path, countBinds);
    let pos = 0;
    const unexpected = (): never => {
        const t = list[pos];
        throw new SoqlSyntaxError(
            t === undefined
                ? 'unexpected token: <EOF>'
                : `unexpected token: '${typeof t === 'string' ? t : 'condition'}'`
        );
    };
    const unary = (): Cond => {
        const t = list[pos];
        if (t === 'NOT') {
            pos++;
            return { k: 'not', c: unary() };
        }
        if (t === '(') {
            pos++;
            const inner = expr();
            if (list[pos] !== ')') {
                unexpected();
            }
            pos++;
            return inner;
        }
        if (t === undefined || typeof t === 'string') {
            return unexpected();
        }
        pos++;
        return t;
    };
    // SOQL has no precedence between AND and OR: mixing them without parentheses is a syntax error.
    const expr = (): Cond => {
        const items = [unary()];
        let op: 'AND' | 'OR' | null = null;
        while (list[pos] === 'AND' || list[pos] === 'OR') {
            const next = list[pos] as 'AND' | 'OR';
            if (op && op !== next) {
                unexpected();
            }
            op = next;
            pos++;
            items.push(unary());
        }
        return op ? { k: op === 'AND' ? 'and' : 'or', items } : items[0];
    };
    const tree = expr();
    if (pos !== list.length) {
        unexpected();
    }
    return tree;
}

function comparison(c: RawCondition, path: (t: string) => string[], countBinds: string[]): Cond {
    const left = c.fn ? fnOperand(c.fn, path) : fieldOperand(c.field ?? '', path);
    const op = (c.operator ?? '').toUpperCase() as Operator;
    let value: ValueNode;
    if (c.valueQuery) {
        value = { k: 'sub', query: convertQuery(c.valueQuery, c.valueQuery.sObject ?? '', countBinds) };
    } else if (Array.isArray(c.value)) {
        const types = Array.isArray(c.literalType) ? c.literalType : c.value.map(() => c.literalType as string);
        const ns = Array.isArray(c.dateLiteralVariable) ? c.dateLiteralVariable : [];
        value = { k: 'list', items: c.value.map((v, i) => literal(v, types[i], ns[i])) };
    } else {
        const n = typeof c.dateLiteralVariable === 'number' ? c.dateLiteralVariable : undefined;
        value = literal(c.value ?? '', c.literalType as string, n);
    }
    return { k: 'cmp', left, op, value };
}

function literal(text: string, type: string | undefined, n: number | undefined): ValueNode {
    switch (type) {
        case 'STRING':
            return { k: 'lit', v: unescape(text.slice(1, -1)) };
        case 'INTEGER': {
            const v = Number(text);
            return { k: 'lit', v: Number.isSafeInteger(v) && Math.abs(v) <= 2147483647 ? v : ApexDecimal.parse(text) };
        }
        case 'DECIMAL':
            return { k: 'lit', v: ApexDecimal.parse(text) };
        case 'BOOLEAN':
            return { k: 'lit', v: text.toLowerCase() === 'true' };
        case 'NULL':
            return { k: 'lit', v: null };
        case 'DATE':
            return { k: 'lit', v: ApexDate.valueOf(text) };
        case 'DATETIME':
            return { k: 'lit', v: ApexDatetime.newInstance(parseDatetimeLiteral(text)) };
        case 'DATE_LITERAL':
            return { k: 'date', literal: text.toUpperCase(), n: 1 };
        case 'DATE_N_LITERAL':
            return { k: 'date', literal: text.split(':')[0].toUpperCase(), n: n ?? Number(text.split(':')[1]) };
        case 'APEX_BIND_VARIABLE':
            if (text.includes('.') || text.includes('(')) {
                throw new SoqlUnsupported(`SOQL bind expression :${text} in a query string`);
            }
            return { k: 'bind', name: bindName(text) };
        default:
            throw new SoqlUnsupported(`SOQL literal ${text}`);
    }
}

/** `2024-03-15T10:00:00Z`, `...+01:00` or `...+0100`, optional milliseconds. */
function parseDatetimeLiteral(text: string): number {
    const normalized = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    const millis = Date.parse(normalized);
    if (Number.isNaN(millis)) {
        throw new SoqlSyntaxError(`value of filter criterion for field is not a valid dateTime: ${text}`);
    }
    return millis;
}

/** SOQL string escapes; `\%` and `\_` stay escaped for the LIKE matcher. */
function unescape(s: string): string {
    return s.replace(/\\(.)/g, (_m, ch: string) => {
        switch (ch) {
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case '%':
            case '_':
                // Only meaningful in LIKE patterns, where the matcher reads them as literal characters.
                return `\\${ch}`;
            default:
                return ch;
        }
    });
}
