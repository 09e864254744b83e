/**
 * Apex `String.format(stringToFormat, formattingArguments)`.
 *
 * The Apex Reference: "The substitution and formatting are the same as apex:outputText and the Java MessageFormat
 * class. Non-string types in the second argument's List are implicitly converted to strings", and since API 51.0
 * single quotes in the pattern follow MessageFormat. So this takes arguments that the interpreter has already
 * turned into strings (null stays null and prints "null", as MessageFormat does).
 *
 * Java MessageFormat rules encoded here:
 *   - `{n}` is replaced by argument n; an index past the end of the list is left as the text "{n}";
 *   - a single quote starts/ends a quoted section in which braces are literal; `''` is one quote, in or out of a
 *     quoted section; an unterminated quote simply runs to the end of the pattern;
 *   - an unclosed `{` is IllegalArgumentException("Unmatched braces in the pattern.");
 *   - a non-numeric index is IllegalArgumentException("can't parse argument number: x").
 * `{n,number,...}`/`{n,date,...}`/`{n,choice,...}` would format the original typed value, which the stringified
 * arguments no longer carry, so they raise ApexUnsupportedError instead of guessing.
 */
import { ApexUnsupportedError, stringException } from './errors';

interface Placeholder {
    index: number;
    formatType: string;
}

type Segment = string | Placeholder;

/** Splits a MessageFormat pattern into literal text and placeholders. */
export function parseMessagePattern(pattern: string): Segment[] {
    const segments: Segment[] = [];
    let literal = '';
    let inQuote = false;
    let i = 0;
    while (i < pattern.length) {
        const c = pattern[i];
        if (c === "'") {
            if (pattern[i + 1] === "'") {
                literal += "'";
                i += 2;
            } else {
                inQuote = !inQuote;
                i++;
            }
        } else if (c === '{' && !inQuote) {
            if (literal) segments.push(literal);
            literal = '';
            const { placeholder, next } = readPlaceholder(pattern, i + 1);
            segments.push(placeholder);
            i = next;
        } else {
            literal += c;
            i++;
        }
    }
    if (literal) segments.push(literal);
    return segments;
}

/** Reads "index[,type[,style]]}" starting after the '{'. Quotes and nested braces only matter in the style. */
function readPlaceholder(pattern: string, start: number): { placeholder: Placeholder; next: number } {
    const parts = [''];
    let depth = 0;
    let inQuote = false;
    for (let i = start; i < pattern.length; i++) {
        const c = pattern[i];
        const part = parts.length - 1;
        if (inQuote) {
            if (c === "'") inQuote = false;
            parts[part] += c;
        } else if (c === "'" && part === 2) {
            inQuote = true;
            parts[part] += c;
        } else if (c === ',' && part < 2) {
            parts.push('');
        } else if (c === '{' && part === 2) {
            depth++;
            parts[part] += c;
        } else if (c === '}' && depth > 0) {
            depth--;
            parts[part] += c;
        } else if (c === '}') {
            return { placeholder: makePlaceholder(parts), next: i + 1 };
        } else {
            parts[part] += c;
        }
    }
    throw stringException('Unmatched braces in the pattern.');
}

function makePlaceholder(parts: string[]): Placeholder {
    const indexText = parts[0];
    if (!/^[0-9]+$/.test(indexText)) {
        if (/^-[0-9]+$/.test(indexText)) throw stringException(`negative argument number: ${indexText}`);
        throw stringException(`can't parse argument number: ${indexText}`);
    }
    return { index: Number(indexText), formatType: (parts[1] ?? '').trim() };
}

/** `String.format(pattern, args)` with already-stringified arguments. */
export function formatMessage(pattern: string, args: readonly (string | null)[]): string {
    let out = '';
    for (const segment of parseMessagePattern(pattern)) {
        if (typeof segment === 'string') {
            out += segment;
        } else if (segment.index >= args.length) {
            out += `{${segment.index}}`;
        } else if (segment.formatType !== '') {
            throw new ApexUnsupportedError(`String.format element type "${segment.formatType}"`);
        } else {
            const arg = args[segment.index];
            out += arg === null ? 'null' : arg;
        }
    }
    return out;
}
