/**
 * A JSON reader that keeps number text (so `1.10` deserialises to the Decimal 1.10 and big integers stay exact)
 * and key order, and reports malformed input the way Apex's Jackson-based parser words it.
 */
export type JsonNode =
    | { k: 'null' }
    | { k: 'bool'; value: boolean }
    | { k: 'number'; text: string }
    | { k: 'string'; value: string }
    | { k: 'array'; items: JsonNode[] }
    | { k: 'object'; entries: Array<[string, JsonNode]> };

export class JsonSyntaxError extends Error {}

export function parseJsonText(text: string): JsonNode {
    let pos = 0;
    let line = 1;
    let lineStart = 0;

    const where = (): string => `[line:${line}, column:${pos - lineStart + 1}]`;
    const fail = (what: string): never => {
        throw new JsonSyntaxError(`${what} at ${where()}`);
    };
    const skipWhitespace = (): void => {
        while (pos < text.length) {
            const ch = text[pos];
            if (ch === '\n') {
                line++;
                lineStart = pos + 1;
            } else if (ch !== ' ' && ch !== '\t' && ch !== '\r') {
                return;
            }
            pos++;
        }
    };
    const unexpected = (expecting: string): never => {
        if (pos >= text.length) {
            return fail(`Unexpected end-of-input: expected ${expecting}`);
        }
        const ch = text[pos];
        return fail(`Unexpected character ('${ch}' (code ${ch.charCodeAt(0)})): expected ${expecting}`);
    };

    const value = (): JsonNode => {
        skipWhitespace();
        const ch = text[pos];
        if (ch === '{') {
            pos++;
            const entries: Array<[string, JsonNode]> = [];
            skipWhitespace();
            if (text[pos] === '}') {
                pos++;
                return { k: 'object', entries };
            }
            for (;;) {
                skipWhitespace();
                if (text[pos] !== '"') {
                    unexpected('double-quote to start field name');
                }
                const key = string();
                skipWhitespace();
                if (text[pos] !== ':') {
                    unexpected('a colon to separate field name and value');
                }
                pos++;
                entries.push([key, value()]);
                skipWhitespace();
                if (text[pos] === ',') {
                    pos++;
                    continue;
                }
                if (text[pos] === '}') {
                    pos++;
                    return { k: 'object', entries };
                }
                unexpected('comma or close marker for OBJECT');
            }
        }
        if (ch === '[') {
            pos++;
            const items: JsonNode[] = [];
            skipWhitespace();
            if (text[pos] === ']') {
                pos++;
                return { k: 'array', items };
            }
            for (;;) {
                items.push(value());
                skipWhitespace();
                if (text[pos] === ',') {
                    pos++;
                    continue;
                }
                if (text[pos] === ']') {
                    pos++;
                    return { k: 'array', items };
                }
                unexpected('comma or close marker for ARRAY');
            }
        }
        if (ch === '"') {
            return { k: 'string', value: string() };
        }
        if (ch === '-' || (ch >= '0' && ch <= '9')) {
            const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos));
            if (!match) {
                return unexpected('a valid numeric value');
            }
            pos += match[0].length;
            return { k: 'number', text: match[0] };
        }
        for (const [word, node] of [
            ['true', { k: 'bool', value: true }],
            ['false', { k: 'bool', value: false }],
            ['null', { k: 'null' }]
        ] as Array<[string, JsonNode]>) {
            if (text.startsWith(word, pos)) {
                pos += word.length;
                return node;
            }
        }
        return unexpected("JSON String, Number, Array, Object or token 'null', 'true' or 'false'");
    };

    const string = (): string => {
        pos++; // opening quote
        let out = '';
        for (;;) {
            if (pos >= text.length) {
                fail('Unexpected end-of-input in a string value');
            }
            const ch = text[pos++];
            if (ch === '"') {
                return out;
            }
            if (ch !== '\\') {
                out += ch;
                continue;
            }
            const esc = text[pos++];
            switch (esc) {
                case 'n':
                    out += '\n';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'u':
                    out += String.fromCharCode(parseInt(text.slice(pos, pos + 4), 16));
                    pos += 4;
                    break;
                default:
                    out += esc;
            }
        }
    };

    const root = value();
    skipWhitespace();
    if (pos < text.length) {
        unexpected('end-of-input');
    }
    return root;
}

/** JSON string literal, escaping as Apex (Jackson) does. */
export function quoteJson(s: string): string {
    let out = '"';
    for (const ch of s) {
        const code = ch.charCodeAt(0);
        switch (ch) {
            case '"':
                out += '\\"';
                break;
            case '\\':
                out += '\\\\';
                break;
            case '\n':
                out += '\\n';
                break;
            case '\r':
                out += '\\r';
                break;
            case '\t':
                out += '\\t';
                break;
            case '\b':
                out += '\\b';
                break;
            case '\f':
                out += '\\f';
                break;
            default:
                out += code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
        }
    }
    return `${out}"`;
}
