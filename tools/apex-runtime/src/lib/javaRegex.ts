/**
 * Java regular expressions (java.util.regex) on top of JavaScript's engine.
 *
 * Apex Pattern/Matcher and the String regex methods (split, replaceAll, replaceFirst, matches) are Java's
 * ("Regular expressions in Apex follow the standard syntax for regular expressions used in Java"). This module
 * parses Java syntax and emits an equivalent JS pattern in `v` (unicodeSets) mode, so that:
 *   - matching works on code points, like Java;
 *   - Java class syntax maps cleanly: unions `[a-d[m-p]]`, intersections `[a-z&&[^aeiou]]`, negation;
 *   - every literal is re-emitted as `\u{...}`, so JS-only escape rules never leak through.
 * Java semantics that JS does not share are translated explicitly rather than inherited: `.` excludes Java's
 * line terminators (\n \r \u0085 \u2028 \u2029), `$` also matches before a final line terminator, MULTILINE
 * `^`/`$` use Java's terminators, `\s` is ASCII-only, (?i) is ASCII-only unless (?u), `\v` is vertical
 * whitespace, atomic groups and possessive quantifiers are emulated with `(?=(X))\k`, inline flags are scoped to
 * the enclosing group.
 *
 * Constructs JS cannot express (\G, \X, Unicode blocks `\p{InGreek}`, case-insensitive back references,
 * CANON_EQ) raise ApexUnsupportedError naming the construct. Syntax errors raise
 * `System.StringException: Invalid regex: <Java PatternSyntaxException message>`.
 */
import { ApexLibraryError, ApexUnsupportedError, stringException } from './errors';

/** java.util.regex.Pattern flag bits (Apex has no flags argument; they arrive through inline `(?imsx)`). */
export const PATTERN_FLAGS = {
    UNIX_LINES: 0x01,
    CASE_INSENSITIVE: 0x02,
    COMMENTS: 0x04,
    MULTILINE: 0x08,
    LITERAL: 0x10,
    DOTALL: 0x20,
    UNICODE_CASE: 0x40,
    CANON_EQ: 0x80,
    UNICODE_CHARACTER_CLASS: 0x100
} as const;

interface Flags {
    d: boolean;
    i: boolean;
    x: boolean;
    m: boolean;
    s: boolean;
    u: boolean;
    U: boolean;
}

export interface TranslatedRegex {
    /** JS source for the `v` flag. */
    readonly source: string;
    /** Number of Java capturing groups (Matcher.groupCount()). */
    readonly groupCount: number;
    /** groupMap[javaGroup] = JS group number (index 0 is the whole match). */
    readonly groupMap: readonly number[];
    /** Java named groups to Java group numbers. */
    readonly groupNames: ReadonlyMap<string, number>;
}

// ---------------------------------------------------------------------------------------------------------------
// Emission helpers
// ---------------------------------------------------------------------------------------------------------------

/** Every non-word character is written as \u{hex}: valid inside and outside v-mode classes, never ambiguous. */
function cp(codePoint: number): string {
    if (
        (codePoint >= 0x30 && codePoint <= 0x39) ||
        (codePoint >= 0x41 && codePoint <= 0x5a) ||
        (codePoint >= 0x61 && codePoint <= 0x7a)
    ) {
        return String.fromCodePoint(codePoint);
    }
    return `\\u{${codePoint.toString(16)}}`;
}

function rangeText(from: number, to: number): string {
    return from === to ? cp(from) : `${cp(from)}-${cp(to)}`;
}

/** Java `\s` without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
const JAVA_SPACE = '[\\u{9}-\\u{d}\\u{20}]';
const JAVA_NOT_SPACE = '[^\\u{9}-\\u{d}\\u{20}]';
/** `\h`: horizontal whitespace. */
const HORIZONTAL_SPACE = '[\\u{20}\\u{9}\\u{a0}\\u{1680}\\u{180e}\\u{2000}-\\u{200a}\\u{202f}\\u{205f}\\u{3000}]';
/** `\v` (Java 8+): vertical whitespace [\n\x0B\f\r\x85\u2028\u2029]. */
const VERTICAL_SPACE = '[\\u{a}-\\u{d}\\u{85}\\u{2028}\\u{2029}]';
/** Character.isWhitespace, used for \p{javaWhitespace}. */
const JAVA_WHITESPACE =
    '[\\u{9}-\\u{d}\\u{1c}-\\u{20}\\u{1680}\\u{2000}-\\u{2006}\\u{2008}-\\u{200a}\\u{2028}\\u{2029}\\u{205f}\\u{3000}]';
const UNICODE_WORD = '[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\u{200c}\\u{200d}]';

const POSIX_CLASSES: Readonly<Record<string, string>> = {
    Lower: '[a-z]',
    Upper: '[A-Z]',
    ASCII: '[\\u{0}-\\u{7f}]',
    Alpha: '[a-zA-Z]',
    Digit: '[0-9]',
    Alnum: '[a-zA-Z0-9]',
    Punct: '[\\u{21}-\\u{2f}\\u{3a}-\\u{40}\\u{5b}-\\u{60}\\u{7b}-\\u{7e}]',
    Graph: '[\\u{21}-\\u{7e}]',
    Print: '[\\u{20}-\\u{7e}]',
    Blank: '[\\u{20}\\u{9}]',
    Cntrl: '[\\u{0}-\\u{1f}\\u{7f}]',
    XDigit: '[0-9a-fA-F]',
    Space: JAVA_SPACE
};

const JAVA_CHARACTER_CLASSES: Readonly<Record<string, string>> = {
    javaLowerCase: '\\p{Lowercase}',
    javaUpperCase: '\\p{Uppercase}',
    javaWhitespace: JAVA_WHITESPACE,
    javaMirrored: '\\p{Bidi_Mirrored}',
    javaLetter: '\\p{L}',
    javaDigit: '\\p{Nd}',
    javaLetterOrDigit: '[\\p{L}\\p{Nd}]',
    javaAlphabetic: '\\p{Alphabetic}',
    javaIdeographic: '\\p{Ideographic}',
    javaTitleCase: '\\p{Lt}',
    javaSpaceChar: '\\p{Z}',
    javaISOControl: '[\\u{0}-\\u{1f}\\u{7f}-\\u{9f}]',
    javaDefined: '\\P{Cn}'
};

const BINARY_PROPERTIES: Readonly<Record<string, string>> = {
    alphabetic: '\\p{Alphabetic}',
    ideographic: '\\p{Ideographic}',
    letter: '\\p{L}',
    lowercase: '\\p{Lowercase}',
    uppercase: '\\p{Uppercase}',
    titlecase: '\\p{Lt}',
    punctuation: '\\p{P}',
    control: '\\p{Cc}',
    whitespace: '\\p{White_Space}',
    white_space: '\\p{White_Space}',
    digit: '\\p{Nd}',
    hexdigit: '\\p{Hex_Digit}',
    hex_digit: '\\p{Hex_Digit}',
    joincontrol: '\\p{Join_Control}',
    join_control: '\\p{Join_Control}',
    noncharactercodepoint: '\\p{Noncharacter_Code_Point}',
    noncharacter_code_point: '\\p{Noncharacter_Code_Point}',
    assigned: '\\P{Cn}',
    emoji: '\\p{Emoji}'
};

const GENERAL_CATEGORIES = new Set(
    'L Lu Ll Lt Lm Lo LC M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Co Cs Cn'.split(
        ' '
    )
);

function isValidJsClass(text: string): boolean {
    try {
        new RegExp(text, 'v');
        return true;
    } catch {
        return false;
    }
}

function titleCaseScript(name: string): string {
    return name
        .split('_')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
        .join('_');
}

// ---------------------------------------------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------------------------------------------

/** One union operand: code-point ranges plus already-emitted class atoms (\p{..}, nested classes). */
interface ClassUnion {
    ranges: Array<[number, number]>;
    atoms: string[];
}

function emitUnion(u: ClassUnion): string {
    return `[${u.ranges.map(([a, b]) => rangeText(a, b)).join('')}${u.atoms.join('')}]`;
}

/** Adds the case variants of each range: ASCII only, or full simple case mapping with UNICODE_CASE. */
function addCaseVariants(u: ClassUnion, unicodeCase: boolean): void {
    const extra: Array<[number, number]> = [];
    for (const [from, to] of u.ranges) {
        const lo = Math.max(from, 0x61);
        const hi = Math.min(to, 0x7a);
        if (lo <= hi) extra.push([lo - 32, hi - 32]);
        const LO = Math.max(from, 0x41);
        const HI = Math.min(to, 0x5a);
        if (LO <= HI) extra.push([LO + 32, HI + 32]);
        if (unicodeCase && to >= 0x80) {
            if (to - Math.max(from, 0x80) > 0x4000) {
                throw new ApexUnsupportedError('regex case-insensitive Unicode range', `${from}-${to}`);
            }
            for (let c = Math.max(from, 0x80); c <= to; c++) {
                for (const v of caseVariants(c, true)) if (v !== c) extra.push([v, v]);
            }
        }
    }
    u.ranges.push(...extra);
}

/** Java's case-insensitive matching compares upper and lower case forms of single code points. */
function caseVariants(c: number, unicodeCase: boolean): number[] {
    if (!unicodeCase) {
        if (c >= 0x41 && c <= 0x5a) return [c, c + 32];
        if (c >= 0x61 && c <= 0x7a) return [c, c - 32];
        return [c];
    }
    const out = new Set<number>([c]);
    const s = String.fromCodePoint(c);
    for (const v of [s.toUpperCase(), s.toLowerCase(), s.toUpperCase().toLowerCase()]) {
        const cps = [...v];
        if (cps.length === 1) out.add(cps[0].codePointAt(0) as number);
    }
    return [...out];
}

// ---------------------------------------------------------------------------------------------------------------
// Parser / translator
// ---------------------------------------------------------------------------------------------------------------

const SENTINEL_GROUP = '\u0001';
const SENTINEL_REF = '\u0002';
const SENTINEL_JAVA_REF = '\u0003';

interface Emitted {
    text: string;
    /** True when a quantifier can follow the text directly (single char, class, or group). */
    quantifiable: boolean;
}

class Translator {
    private readonly src: string;
    private pos = 0;
    private flags: Flags;
    private nextGroupId = 0;
    /** groupIds[javaGroup - 1] = internal id of that group's opening paren. */
    private readonly javaGroupIds: number[] = [];
    readonly groupNames = new Map<string, number>();

    constructor(pattern: string, flagBits: number) {
        this.src = pattern;
        if (flagBits & PATTERN_FLAGS.CANON_EQ) throw new ApexUnsupportedError('regex CANON_EQ flag');
        this.flags = {
            d: (flagBits & PATTERN_FLAGS.UNIX_LINES) !== 0,
            i: (flagBits & PATTERN_FLAGS.CASE_INSENSITIVE) !== 0,
            x: (flagBits & PATTERN_FLAGS.COMMENTS) !== 0,
            m: (flagBits & PATTERN_FLAGS.MULTILINE) !== 0,
            s: (flagBits & PATTERN_FLAGS.DOTALL) !== 0,
            u: (flagBits & PATTERN_FLAGS.UNICODE_CASE) !== 0,
            U: (flagBits & PATTERN_FLAGS.UNICODE_CHARACTER_CLASS) !== 0
        };
    }

    translate(): TranslatedRegex {
        const body = this.parseAlternation();
        if (this.pos < this.src.length) {
            // Only an unmatched ')' can stop the top-level alternation early.
            throw this.error("Unmatched closing ')'", this.pos - 1);
        }
        return this.finish(body);
    }

    // ------------------------------------------------------------ errors

    private error(description: string, index: number = this.pos): ApexLibraryError {
        const caret = index >= 0 ? `\n${this.src}\n${' '.repeat(index)}^` : `\n${this.src}`;
        return stringException(`Invalid regex: ${description} near index ${index}${caret}`);
    }

    // ------------------------------------------------------------ lexing

    private readCp(): number {
        const c = this.src.codePointAt(this.pos);
        if (c === undefined) throw this.error('Unexpected end of pattern');
        this.pos += c > 0xffff ? 2 : 1;
        return c;
    }

    /** COMMENTS mode: whitespace and #-to-end-of-line comments are ignored between tokens. */
    private skipIgnorable(): void {
        if (!this.flags.x) return;
        for (;;) {
            const c = this.src[this.pos];
            if (c === ' ' || c === '\t' || c === '\n' || c === '\u000b' || c === '\f' || c === '\r') {
                this.pos++;
            } else if (c === '#') {
                while (this.pos < this.src.length && !/[\n\r\u0085\u2028\u2029]/.test(this.src[this.pos])) this.pos++;
            } else {
                return;
            }
        }
    }

    // ------------------------------------------------------------ structure

    private parseAlternation(): string {
        const branches = [this.parseSequence()];
        while (this.src[this.pos] === '|') {
            this.pos++;
            branches.push(this.parseSequence());
        }
        return branches.join('|');
    }

    private parseSequence(): string {
        let out = '';
        for (;;) {
            this.skipIgnorable();
            const c = this.src[this.pos];
            if (c === undefined || c === '|' || c === ')') return out;
            const atom = this.parseAtom();
            if (atom === null) continue; // an inline flag group such as (?i)
            out += this.parseQuantifier(atom);
        }
    }

    private parseQuantifier(atom: Emitted): string {
        this.skipIgnorable();
        const start = this.pos;
        const c = this.src[this.pos];
        let q: string;
        if (c === '*' || c === '+' || c === '?') {
            this.pos++;
            q = c;
        } else if (c === '{') {
            q = this.parseBraces();
        } else {
            return atom.text;
        }
        const base = atom.quantifiable ? atom.text : `(?:${atom.text})`;
        const mode = this.src[this.pos];
        if (mode === '?') {
            this.pos++;
            return base + q + '?';
        }
        if (mode === '+') {
            this.pos++;
            return this.atomic(base + q);
        }
        void start;
        return base + q;
    }

    private parseBraces(): string {
        const open = this.pos;
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
        if (!m) throw this.error('Illegal repetition', open);
        this.pos += m[0].length;
        const min = Number(m[1]);
        if (m[2] === undefined) return `{${min}}`;
        if (m[3] === '') return `{${min},}`;
        const max = Number(m[3]);
        if (max < min) throw this.error('Illegal repetition range', this.pos - 1);
        return `{${min},${max}}`;
    }

    /** Atomic group emulation: (?=(X))\k matches what X first matches and never backtracks into it. */
    private atomic(inner: string): string {
        const id = this.nextGroupId++;
        return `(?:(?=${SENTINEL_GROUP}${id}${SENTINEL_GROUP}(${inner}))${SENTINEL_REF}${id}${SENTINEL_REF})`;
    }

    private openCapture(): string {
        const id = this.nextGroupId++;
        this.javaGroupIds.push(id);
        return `${SENTINEL_GROUP}${id}${SENTINEL_GROUP}(`;
    }

    private parseAtom(): Emitted | null {
        const start = this.pos;
        const c = this.readCp();
        switch (c) {
            case 0x28: // (
                return this.parseGroup();
            case 0x5b: // [
                return { text: this.parseClass(), quantifiable: true };
            case 0x2e: // .
                return { text: this.dot(), quantifiable: true };
            case 0x5e: // ^
                return { text: this.caret(), quantifiable: false };
            case 0x24: // $
                return { text: this.dollar(), quantifiable: false };
            case 0x5c: // backslash
                return this.parseEscape();
            case 0x2a: // *
            case 0x2b: // +
            case 0x3f: // ?
                throw this.error(`Dangling meta character '${String.fromCodePoint(c)}'`, start);
            case 0x7b: // {
                throw this.error('Illegal repetition', start);
            default:
                return { text: this.literal(c), quantifiable: true };
        }
    }

    private literal(c: number): string {
        if (!this.flags.i) return cp(c);
        const variants = caseVariants(c, this.flags.u);
        return variants.length === 1 ? cp(c) : `[${variants.map(cp).join('')}]`;
    }

    private dot(): string {
        if (this.flags.s) return '[\\u{0}-\\u{10ffff}]';
        return this.flags.d ? '[^\\u{a}]' : '[^\\u{a}\\u{d}\\u{85}\\u{2028}\\u{2029}]';
    }

    private caret(): string {
        if (!this.flags.m) return '^';
        if (this.flags.d) return '(?:^|(?<=\\u{a})(?=[\\u{0}-\\u{10ffff}]))';
        return '(?:^|(?<=[\\u{a}\\u{85}\\u{2028}\\u{2029}]|\\u{d}(?!\\u{a}))(?=[\\u{0}-\\u{10ffff}]))';
    }

    private dollar(): string {
        if (this.flags.m) {
            if (this.flags.d) return '(?=\\u{a}|$)';
            return '(?:(?=[\\u{a}\\u{d}\\u{85}\\u{2028}\\u{2029}]|$)(?<!\\u{d}(?=\\u{a})))';
        }
        return this.endOrFinalTerminator();
    }

    /** Java `$` (no MULTILINE) and `\Z`: end of input, or before a line terminator that ends the input. */
    private endOrFinalTerminator(): string {
        if (this.flags.d) return '(?=\\u{a}?$)';
        return '(?:(?=(?:\\u{d}\\u{a}|[\\u{a}\\u{d}\\u{85}\\u{2028}\\u{2029}])?$)(?<!\\u{d}(?=\\u{a}$)))';
    }

    // ------------------------------------------------------------ groups

    private parseGroup(): Emitted | null {
        const open = this.pos - 1;
        const saved = { ...this.flags };
        let text: string;
        if (this.src[this.pos] !== '?') {
            const capture = this.openCapture();
            text = `${capture}${this.parseGroupBody(open)})`;
        } else {
            this.pos++;
            const kind = this.parseSpecialGroup(open);
            if (kind === null) return null; // (?i) flags persist to the end of the enclosing group
            text = kind;
        }
        this.flags = saved;
        return { text, quantifiable: true };
    }

    private parseGroupBody(open: number): string {
        const body = this.parseAlternation();
        if (this.src[this.pos] !== ')') throw this.error('Unclosed group', this.src.length);
        this.pos++;
        void open;
        return body;
    }

    /** After "(?": named groups, non-capturing, lookarounds, atomic groups and inline flags. */
    private parseSpecialGroup(open: number): string | null {
        const c = this.src[this.pos];
        if (c === ':') {
            this.pos++;
            return `(?:${this.parseGroupBody(open)})`;
        }
        if (c === '=' || c === '!') {
            this.pos++;
            return `(?${c}${this.parseGroupBody(open)})`;
        }
        if (c === '>') {
            this.pos++;
            return this.atomic(this.parseGroupBody(open));
        }
        if (c === '<') {
            const next = this.src[this.pos + 1];
            if (next === '=' || next === '!') {
                this.pos += 2;
                return `(?<${next}${this.parseGroupBody(open)})`;
            }
            this.pos++;
            return this.parseNamedGroup(open);
        }
        return this.parseInlineFlags(open);
    }

    private parseNamedGroup(open: number): string {
        const m = /^([a-zA-Z][a-zA-Z0-9]*)>/.exec(this.src.slice(this.pos));
        if (!m) throw this.error('capturing group name does not start with a Latin letter', this.pos);
        if (this.groupNames.has(m[1])) throw this.error(`Named capturing group <${m[1]}> is already defined`, this.pos);
        this.pos += m[0].length;
        const capture = this.openCapture();
        this.groupNames.set(m[1], this.javaGroupIds.length);
        return `${capture}${this.parseGroupBody(open)})`;
    }

    /** (?idmsuxU-idmsuxU) or (?idmsuxU-idmsuxU:X). */
    private parseInlineFlags(open: number): string | null {
        let on = true;
        for (;;) {
            const c = this.src[this.pos];
            if (c === undefined) throw this.error('Unknown inline modifier', this.pos);
            this.pos++;
            if (c === '-') {
                on = false;
            } else if (c === ')') {
                return null;
            } else if (c === ':') {
                return `(?:${this.parseGroupBody(open)})`;
            } else if ('idmsuxU'.includes(c)) {
                this.flags[c as keyof Flags] = on;
            } else if (c === 'c') {
                throw new ApexUnsupportedError('regex CANON_EQ flag');
            } else {
                throw this.error('Unknown inline modifier', this.pos - 1);
            }
        }
    }

    // ------------------------------------------------------------ escapes outside classes

    private parseEscape(): Emitted {
        const at = this.pos - 1;
        const c = this.src[this.pos];
        if (c === undefined) throw this.error('Unexpected internal error', this.pos);
        switch (c) {
            case 'Q':
                this.pos++;
                return { text: this.quoted(), quantifiable: false };
            case 'A':
                this.pos++;
                return { text: '^', quantifiable: false };
            case 'z':
                this.pos++;
                return { text: '$', quantifiable: false };
            case 'Z':
                this.pos++;
                return { text: this.endOrFinalTerminator(), quantifiable: false };
            case 'b':
            case 'B':
                this.pos++;
                return { text: this.wordBoundary(c === 'b'), quantifiable: false };
            case 'G':
                throw new ApexUnsupportedError('regex \\G anchor');
            case 'X':
                throw new ApexUnsupportedError('regex \\X grapheme cluster');
            case 'R':
                this.pos++;
                return { text: '(?:\\u{d}\\u{a}|[\\u{a}-\\u{d}\\u{85}\\u{2028}\\u{2029}])', quantifiable: false };
            case 'k':
                this.pos++;
                return this.namedBackref(at);
            default:
                if (c >= '1' && c <= '9') return this.numberedBackref();
                return { text: this.classEscape(at, false), quantifiable: true };
        }
    }

    /** \Q...\E: everything up to \E (or the end) is literal. */
    private quoted(): string {
        const end = this.src.indexOf('\\E', this.pos);
        const text = end < 0 ? this.src.slice(this.pos) : this.src.slice(this.pos, end);
        this.pos = end < 0 ? this.src.length : end + 2;
        return `(?:${[...text].map((ch) => this.literal(ch.codePointAt(0) as number)).join('')})`;
    }

    private wordBoundary(positive: boolean): string {
        if (!this.flags.U) return positive ? '\\b' : '\\B';
        const w = UNICODE_WORD;
        const boundary = `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
        return positive ? boundary : `(?!${boundary})`;
    }

    private numberedBackref(): Emitted {
        if (this.flags.i) throw new ApexUnsupportedError('regex case-insensitive back reference');
        // Java keeps reading digits while the number still names a group opened so far.
        let n = Number(this.src[this.pos++]);
        while (/[0-9]/.test(this.src[this.pos] ?? '')) {
            const next = n * 10 + Number(this.src[this.pos]);
            if (next > this.javaGroupIds.length) break;
            n = next;
            this.pos++;
        }
        return { text: `${SENTINEL_JAVA_REF}${n}${SENTINEL_JAVA_REF}`, quantifiable: false };
    }

    private namedBackref(at: number): Emitted {
        if (this.flags.i) throw new ApexUnsupportedError('regex case-insensitive back reference');
        const m = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(this.src.slice(this.pos));
        if (!m) throw this.error("\\k is not followed by '<' for named capturing group", this.pos);
        const group = this.groupNames.get(m[1]);
        if (group === undefined) throw this.error(`named capturing group <${m[1]}> does not exist`, at);
        this.pos += m[0].length;
        return { text: `${SENTINEL_JAVA_REF}${group}${SENTINEL_JAVA_REF}`, quantifiable: false };
    }

    /**
     * Escapes that denote a single character or a predefined class; shared by both contexts. Returns emitted text:
     * a literal, a class, or a property escape. `inClass` only changes how a single char is returned (raw code
     * point via `lastChar`), so ranges can use it.
     */
    private classEscape(at: number, inClass: boolean): string {
        const single = this.singleCharEscape();
        if (single !== null) {
            this.lastEscapedChar = single;
            return inClass ? cp(single) : this.literal(single);
        }
        this.lastEscapedChar = null;
        const c = this.src[this.pos++];
        switch (c) {
            case 'd':
                return this.flags.U ? '\\p{Nd}' : '[0-9]';
            case 'D':
                return this.flags.U ? '\\P{Nd}' : '[^0-9]';
            case 'w':
                return this.flags.U ? UNICODE_WORD : '[a-zA-Z0-9_]';
            case 'W':
                return this.flags.U ? `[^${UNICODE_WORD}]` : '[^a-zA-Z0-9_]';
            case 's':
                return this.flags.U ? '\\p{White_Space}' : JAVA_SPACE;
            case 'S':
                return this.flags.U ? '\\P{White_Space}' : JAVA_NOT_SPACE;
            case 'h':
                return HORIZONTAL_SPACE;
            case 'H':
                return `[^${HORIZONTAL_SPACE}]`;
            case 'v':
                return VERTICAL_SPACE;
            case 'V':
                return `[^${VERTICAL_SPACE}]`;
            case 'p':
            case 'P':
                return this.property(c === 'P', at);
            default:
                if (/[a-zA-Z]/.test(c ?? '')) throw this.error('Illegal/unsupported escape sequence', this.pos - 1);
                // An escaped non-letter is that character itself; code points may be surrogate pairs.
                this.pos--;
                this.lastEscapedChar = this.readCp();
                return inClass ? cp(this.lastEscapedChar) : this.literal(this.lastEscapedChar);
        }
    }

    /** Set by classEscape when the escape denoted one character (so a class range can use it). */
    private lastEscapedChar: number | null = null;

    /** \t \n \r \f \a \e \0ooo \xhh \x{h..} \uhhhh \cX; null if the escape is something else. */
    private singleCharEscape(): number | null {
        const c = this.src[this.pos];
        const simple: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, a: 7, e: 27 };
        if (c in simple) {
            this.pos++;
            return simple[c];
        }
        if (c === '0') return this.octalEscape();
        if (c === 'x') return this.hexEscape();
        if (c === 'u') return this.unicodeEscape();
        if (c === 'c') {
            this.pos++;
            const ch = this.src.charCodeAt(this.pos++);
            if (Number.isNaN(ch)) throw this.error('Illegal control escape sequence', this.pos - 1);
            return ch ^ 64;
        }
        if (c === 'N') throw new ApexUnsupportedError('regex \\N{name} escape');
        return null;
    }

    private octalEscape(): number {
        this.pos++;
        const m = /^([0-3][0-7]{2}|[0-7]{1,2})/.exec(this.src.slice(this.pos));
        if (!m) throw this.error('Illegal octal escape sequence', this.pos);
        this.pos += m[1].length;
        return parseInt(m[1], 8);
    }

    private hexEscape(): number {
        this.pos++;
        const braced = /^\{([0-9a-fA-F]+)\}/.exec(this.src.slice(this.pos));
        if (braced) {
            const v = parseInt(braced[1], 16);
            if (v > 0x10ffff) throw this.error('Hexadecimal codepoint is too big', this.pos);
            this.pos += braced[0].length;
            return v;
        }
        const m = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.pos));
        if (!m) throw this.error('Illegal hexadecimal escape sequence', this.pos);
        this.pos += 2;
        return parseInt(m[0], 16);
    }

    private unicodeEscape(): number {
        this.pos++;
        const m = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.pos));
        if (!m) throw this.error('Illegal Unicode escape sequence', this.pos);
        this.pos += 4;
        const high = parseInt(m[0], 16);
        // A \uD8xx\uDCxx pair denotes one supplementary code point, as in Java.
        const low = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(this.src.slice(this.pos));
        if (high >= 0xd800 && high <= 0xdbff && low) {
            this.pos += 6;
            return (high - 0xd800) * 0x400 + (parseInt(low[1], 16) - 0xdc00) + 0x10000;
        }
        return high;
    }

    /** \p{Name}, \pL, \P{Name}: POSIX, java.lang.Character, categories, scripts, binary properties. */
    private property(negated: boolean, at: number): string {
        let name: string;
        if (this.src[this.pos] === '{') {
            const close = this.src.indexOf('}', this.pos);
            if (close < 0) throw this.error('Unclosed character family', this.src.length);
            name = this.src.slice(this.pos + 1, close);
            this.pos = close + 1;
        } else {
            name = this.src[this.pos++] ?? '';
        }
        const positive = this.propertyClass(name, at);
        return negated ? `[^${positive}]` : positive;
    }

    private propertyClass(name: string, at: number): string {
        if (POSIX_CLASSES[name]) {
            if (this.flags.U) throw new ApexUnsupportedError('regex POSIX class with UNICODE_CHARACTER_CLASS', name);
            return POSIX_CLASSES[name];
        }
        if (JAVA_CHARACTER_CLASSES[name]) return JAVA_CHARACTER_CLASSES[name];
        if (/^In/.test(name) || /^(?:block|blk)=/i.test(name))
            throw new ApexUnsupportedError('regex Unicode block', name);
        const eq = /^(?:general_category|gc|script|sc)=(.*)$/i.exec(name);
        const bare = eq ? eq[1] : name.replace(/^Is/, '');
        const isScript = eq ? /^s/i.test(name) : false;
        if (!isScript && GENERAL_CATEGORIES.has(bare)) return `\\p{${bare}}`;
        const binary = BINARY_PROPERTIES[bare.toLowerCase()];
        if (!isScript && binary && !eq) return binary;
        const script = `\\p{Script=${titleCaseScript(bare)}}`;
        if (bare !== '' && isValidJsClass(script)) return script;
        throw this.error(`Unknown character property name {${name}}`, at);
    }

    // ------------------------------------------------------------ character classes

    /** Called after '['. Java: [^...], unions, nested classes, && intersections. */
    private parseClass(): string {
        const open = this.pos - 1;
        const negated = this.src[this.pos] === '^';
        if (negated) this.pos++;
        const operands: ClassUnion[] = [{ ranges: [], atoms: [] }];
        let first = true;
        for (;;) {
            this.skipIgnorable();
            const c = this.src[this.pos];
            if (c === undefined) throw this.error('Unclosed character class', this.src.length - 1);
            const current = operands[operands.length - 1];
            if (c === ']' && !first) {
                this.pos++;
                break;
            }
            first = false;
            if (c === '&' && this.src[this.pos + 1] === '&') {
                this.pos += 2;
                operands.push({ ranges: [], atoms: [] });
                continue;
            }
            if (c === '[') {
                this.pos++;
                current.atoms.push(this.parseClass());
                continue;
            }
            this.parseClassMember(current);
        }
        void open;
        if (this.flags.i) for (const u of operands) addCaseVariants(u, this.flags.u);
        const nonEmpty = operands.filter((u) => u.ranges.length + u.atoms.length > 0);
        const body =
            nonEmpty.length <= 1
                ? (nonEmpty[0] ?? { ranges: [], atoms: [] }).ranges.map(([a, b]) => rangeText(a, b)).join('') +
                  (nonEmpty[0]?.atoms.join('') ?? '')
                : nonEmpty.map(emitUnion).join('&&');
        return `[${negated ? '^' : ''}${body}]`;
    }

    /** A single char, a range a-z, an escape, or \Q..\E inside a class. */
    private parseClassMember(u: ClassUnion): void {
        const start = this.readClassChar(u);
        if (start === null) return;
        this.skipIgnorable();
        if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && this.src[this.pos + 1] !== undefined) {
            const dash = this.pos;
            this.pos++;
            this.skipIgnorable();
            if (this.src[this.pos] === '[') {
                // "a-[bc]": Java treats the '-' as a literal before a nested class.
                u.ranges.push([start, start], [0x2d, 0x2d]);
                return;
            }
            const end = this.readClassChar(u);
            if (end === null) throw this.error('Illegal character range', dash);
            if (end < start) throw this.error('Illegal character range', this.pos - 1);
            u.ranges.push([start, end]);
            return;
        }
        u.ranges.push([start, start]);
    }

    /** Reads one class element; returns its code point, or null if it was a predefined class (added to u). */
    private readClassChar(u: ClassUnion): number | null {
        const c = this.readCp();
        if (c !== 0x5c) return c;
        if (this.src[this.pos] === 'Q') {
            this.pos++;
            const end = this.src.indexOf('\\E', this.pos);
            const text = end < 0 ? this.src.slice(this.pos) : this.src.slice(this.pos, end);
            this.pos = end < 0 ? this.src.length : end + 2;
            for (const ch of text) {
                const v = ch.codePointAt(0) as number;
                u.ranges.push([v, v]);
            }
            return null;
        }
        const at = this.pos - 1;
        const emitted = this.classEscape(at, true);
        if (this.lastEscapedChar !== null) return this.lastEscapedChar;
        u.atoms.push(emitted);
        return null;
    }

    // ------------------------------------------------------------ finishing

    private finish(body: string): TranslatedRegex {
        // JS numbers capturing groups by the textual order of their '('; recover that order from the sentinels.
        const jsNumberOfId = new Map<number, number>();
        let counter = 0;
        let source = body.replace(new RegExp(`${SENTINEL_GROUP}(\\d+)${SENTINEL_GROUP}`, 'g'), (_m, id: string) => {
            jsNumberOfId.set(Number(id), ++counter);
            return '';
        });
        source = source.replace(
            new RegExp(`${SENTINEL_REF}(\\d+)${SENTINEL_REF}`, 'g'),
            (_m, id: string) => `\\${jsNumberOfId.get(Number(id))}`
        );
        source = source.replace(new RegExp(`${SENTINEL_JAVA_REF}(\\d+)${SENTINEL_JAVA_REF}`, 'g'), (_m, n: string) => {
            const id = this.javaGroupIds[Number(n) - 1];
            // A reference to a group that does not exist can never match in Java.
            return id === undefined ? '(?!)' : `(?:\\${jsNumberOfId.get(id)})`;
        });
        const groupMap = [0, ...this.javaGroupIds.map((id) => jsNumberOfId.get(id) as number)];
        return { source, groupCount: this.javaGroupIds.length, groupMap, groupNames: this.groupNames };
    }
}

/** Translates a Java regex to a JS `v`-mode source. Throws StringException for invalid Java syntax. */
export function translateJavaRegex(pattern: string, flags = 0): TranslatedRegex {
    if (flags & PATTERN_FLAGS.LITERAL) return translateJavaRegex(quote(pattern), flags & ~PATTERN_FLAGS.LITERAL);
    const translated = new Translator(pattern, flags).translate();
    try {
        new RegExp(translated.source, 'v');
    } catch (e) {
        // Our emitter should never produce invalid JS; treat it as a translation gap, not an Apex error.
        throw new ApexUnsupportedError('regex construct', `${pattern}: ${(e as Error).message}`);
    }
    return translated;
}

// ---------------------------------------------------------------------------------------------------------------
// Pattern
// ---------------------------------------------------------------------------------------------------------------

const PATTERN_CACHE = new Map<string, JavaPattern>();
const PATTERN_CACHE_LIMIT = 500;

/** `Pattern.quote(s)`: \Q...\E, splitting around any \E inside s as Java does. */
export function quote(s: string): string {
    if (!s.includes('\\E')) return `\\Q${s}\\E`;
    return `\\Q${s.split('\\E').join('\\E\\\\E\\Q')}\\E`;
}

/** `Matcher.quoteReplacement(s)`: backslash-escapes '\' and '$'. */
export function quoteReplacement(s: string): string {
    return s.replace(/[\\$]/g, (c) => `\\${c}`);
}

export class JavaPattern {
    readonly regex: string;
    readonly flags: number;
    readonly translated: TranslatedRegex;
    private findRe?: RegExp;
    private matchesRe?: RegExp;
    private lookingAtRe?: RegExp;

    private constructor(regex: string, flags: number) {
        this.regex = regex;
        this.flags = flags;
        this.translated = translateJavaRegex(regex, flags);
    }

    /** `Pattern.compile(regExp)` (cached; patterns are immutable). */
    static compile(regex: string, flags = 0): JavaPattern {
        const key = `${flags}:${regex}`;
        let p = PATTERN_CACHE.get(key);
        if (!p) {
            p = new JavaPattern(regex, flags);
            if (PATTERN_CACHE.size >= PATTERN_CACHE_LIMIT) PATTERN_CACHE.clear();
            PATTERN_CACHE.set(key, p);
        }
        return p;
    }

    /** `Pattern.matches(regExp, input)`: the whole input must match. */
    static matches(regex: string, input: string): boolean {
        return JavaPattern.compile(regex).matcher(input).matches();
    }

    static quote(s: string): string {
        return quote(s);
    }

    /** `pattern()`: the source regex. */
    pattern(): string {
        return this.regex;
    }

    matcher(input: string): JavaMatcher {
        return new JavaMatcher(this, input);
    }

    /** `Pattern.split(input[, limit])`: Java semantics, see javaSplit. */
    split(input: string, limit = 0): string[] {
        return splitWithPattern(this, input, limit);
    }

    /** @internal JS regexes for find (global), matches (anchored both ends) and lookingAt (anchored start). */
    jsFind(): RegExp {
        return (this.findRe ??= new RegExp(this.translated.source, 'gvd'));
    }

    jsMatches(): RegExp {
        return (this.matchesRe ??= new RegExp(`^(?:${this.translated.source})$`, 'vd'));
    }

    jsLookingAt(): RegExp {
        return (this.lookingAtRe ??= new RegExp(`^(?:${this.translated.source})`, 'vd'));
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Matcher
// ---------------------------------------------------------------------------------------------------------------

function noMatch(): ApexLibraryError {
    // Java IllegalStateException("No match found"); Apex surfaces it as a StringException.
    return stringException('No match found');
}

export class JavaMatcher {
    private patternRef: JavaPattern;
    private input: string;
    private from = 0;
    private to: number;
    /** Bounds of the previous match, as in java.util.regex.Matcher (first = -1 before any match). */
    private first = -1;
    private last = 0;
    /** groups[2g], groups[2g+1] = start/end of Java group g in input coordinates, -1 when unmatched. */
    private groups: number[] | null = null;
    private appendPos = 0;
    private hitEndFlag = false;

    constructor(pattern: JavaPattern, input: string) {
        this.patternRef = pattern;
        this.input = input;
        this.to = input.length;
    }

    pattern(): JavaPattern {
        return this.patternRef;
    }

    /** `find()`: next match after the previous one; an empty match advances the search by one. */
    find(): boolean {
        let next = this.last;
        if (next === this.first) next++;
        if (next < this.from) next = this.from;
        if (next > this.to) {
            this.groups = null;
            this.hitEndFlag = true;
            return false;
        }
        return this.search(next);
    }

    /** `find(start)`: resets, then searches from `start` (an index into the whole input). */
    findFrom(start: number): boolean {
        if (start < 0 || start > this.input.length) throw stringException('Illegal start index');
        this.reset();
        return this.search(start);
    }

    /** `matches()`: the entire region must match. */
    matches(): boolean {
        return this.anchored(this.patternRef.jsMatches());
    }

    /** `lookingAt()`: a match must start at the region start but need not reach its end. */
    lookingAt(): boolean {
        return this.anchored(this.patternRef.jsLookingAt());
    }

    /**
     * `hitEnd()`. Approximation (flagged): true when the last match attempt failed or its match ended at the end
     * of the region. Java's exact answer also depends on whether the engine peeked past the last char.
     */
    hitEnd(): boolean {
        return this.hitEndFlag;
    }

    requireEnd(): boolean {
        throw new ApexUnsupportedError('Matcher.requireEnd');
    }

    groupCount(): number {
        return this.patternRef.translated.groupCount;
    }

    /** `group()` / `group(n)`: null when group n did not participate; StringException without a match. */
    group(group: number | string = 0): string | null {
        const g = this.groupIndex(group);
        const [s, e] = this.bounds(g);
        return s < 0 ? null : this.input.slice(s, e);
    }

    start(group: number | string = 0): number {
        return this.bounds(this.groupIndex(group))[0];
    }

    end(group: number | string = 0): number {
        return this.bounds(this.groupIndex(group))[1];
    }

    /** `reset()` / `reset(input)`: forget the match state and the region. */
    reset(input?: string): JavaMatcher {
        if (input !== undefined) this.input = input;
        this.from = 0;
        this.to = this.input.length;
        this.first = -1;
        this.last = 0;
        this.groups = null;
        this.appendPos = 0;
        this.hitEndFlag = false;
        return this;
    }

    /** `region(start, end)`: resets, then restricts matching to [start, end) with opaque, anchoring bounds. */
    region(start: number, end: number): JavaMatcher {
        if (start < 0 || start > this.input.length || end < start || end > this.input.length) {
            throw stringException(start < 0 || start > this.input.length ? 'start' : 'end');
        }
        this.reset();
        this.from = start;
        this.to = end;
        return this;
    }

    regionStart(): number {
        return this.from;
    }

    regionEnd(): number {
        return this.to;
    }

    hasAnchoringBounds(): boolean {
        return true;
    }

    hasTransparentBounds(): boolean {
        return false;
    }

    /** Only the default (anchoring) bounds are implemented. */
    useAnchoringBounds(anchoring: boolean): JavaMatcher {
        if (!anchoring) throw new ApexUnsupportedError('Matcher.useAnchoringBounds(false)');
        return this;
    }

    /** Only the default (opaque) bounds are implemented. */
    useTransparentBounds(transparent: boolean): JavaMatcher {
        if (transparent) throw new ApexUnsupportedError('Matcher.useTransparentBounds(true)');
        return this;
    }

    /** `usePattern(p)`: keeps the position, forgets the groups. */
    usePattern(pattern: JavaPattern): JavaMatcher {
        this.patternRef = pattern;
        this.groups = null;
        return this;
    }

    /** `replaceAll(replacement)`: Java replacement syntax ($n, ${name}, \x). */
    replaceAll(replacement: string): string {
        this.reset();
        if (!this.find()) return this.input;
        let out = '';
        do {
            out += this.appendReplacement(replacement);
        } while (this.find());
        return out + this.input.slice(this.appendPos);
    }

    /** `replaceFirst(replacement)`. */
    replaceFirst(replacement: string): string {
        this.reset();
        if (!this.find()) return this.input;
        return this.appendReplacement(replacement) + this.input.slice(this.appendPos);
    }

    // ------------------------------------------------------------ internals

    private groupIndex(group: number | string): number {
        if (typeof group === 'string') {
            const n = this.patternRef.translated.groupNames.get(group);
            if (n === undefined) throw stringException(`No group with name <${group}>`);
            return n;
        }
        if (group < 0 || group > this.groupCount()) throw stringException(`No group ${group}`);
        return group;
    }

    private bounds(g: number): [number, number] {
        if (!this.groups) throw noMatch();
        return [this.groups[2 * g], this.groups[2 * g + 1]];
    }

    private search(fromIndex: number): boolean {
        const re = this.patternRef.jsFind();
        const text = this.regionText();
        let start = fromIndex - this.from;
        re.lastIndex = start;
        let m = re.exec(text);
        // In v mode a search starting inside a surrogate pair snaps back to the pair's start; Java would try the
        // position between the two halves, which JS cannot, so we move on to the next code point instead.
        while (m && m.index < start) {
            re.lastIndex = ++start;
            m = start > text.length ? null : re.exec(text);
        }
        return this.record(m);
    }

    private anchored(re: RegExp): boolean {
        return this.record(re.exec(this.regionText()));
    }

    private regionText(): string {
        return this.from === 0 && this.to === this.input.length ? this.input : this.input.slice(this.from, this.to);
    }

    private record(m: RegExpExecArray | null): boolean {
        if (!m || !m.indices) {
            this.groups = null;
            this.hitEndFlag = true;
            return false;
        }
        const map = this.patternRef.translated.groupMap;
        const groups: number[] = [];
        for (const js of map) {
            const span = m.indices[js];
            groups.push(span ? span[0] + this.from : -1, span ? span[1] + this.from : -1);
        }
        this.groups = groups;
        this.first = groups[0];
        this.last = groups[1];
        this.hitEndFlag = this.last === this.to;
        return true;
    }

    /** Text between the previous append position and this match, plus the expanded replacement. */
    private appendReplacement(replacement: string): string {
        const out = this.input.slice(this.appendPos, this.first) + this.expandReplacement(replacement);
        this.appendPos = this.last;
        return out;
    }

    private expandReplacement(replacement: string): string {
        let out = '';
        let i = 0;
        while (i < replacement.length) {
            const c = replacement[i++];
            if (c === '\\') {
                if (i >= replacement.length) throw stringException('character to be escaped is missing');
                out += replacement[i++];
            } else if (c === '$') {
                const { text, next } = this.groupReference(replacement, i);
                out += text;
                i = next;
            } else {
                out += c;
            }
        }
        return out;
    }

    private groupReference(replacement: string, i: number): { text: string; next: number } {
        if (i >= replacement.length) throw stringException('Illegal group reference: group index is missing');
        let group: number;
        if (replacement[i] === '{') {
            const close = replacement.indexOf('}', i);
            const name = close < 0 ? '' : replacement.slice(i + 1, close);
            if (close < 0 || !/^[a-zA-Z][a-zA-Z0-9]*$/.test(name)) {
                throw stringException("named capturing group is missing trailing '}'");
            }
            const n = this.patternRef.translated.groupNames.get(name);
            if (n === undefined) throw stringException(`No group with name {${name}}`);
            group = n;
            i = close + 1;
        } else {
            if (!/[0-9]/.test(replacement[i])) throw stringException('Illegal group reference');
            group = Number(replacement[i++]);
            if (group > this.groupCount()) throw stringException(`No group ${group}`);
            // Java takes further digits only while the number still names an existing group.
            while (i < replacement.length && /[0-9]/.test(replacement[i])) {
                const next = group * 10 + Number(replacement[i]);
                if (next > this.groupCount()) break;
                group = next;
                i++;
            }
        }
        return { text: this.group(group) ?? '', next: i };
    }
}

// ---------------------------------------------------------------------------------------------------------------
// String-level helpers (String.split / replaceAll / replaceFirst / matches)
// ---------------------------------------------------------------------------------------------------------------

/**
 * Java `Pattern.split(input, limit)` (and so `String.split`). Apex docs: limit > 0 applies the pattern at most
 * limit-1 times; limit < 0 keeps trailing empty strings; limit 0 drops them; no match returns the whole input.
 * Since API 35 (Java 8 behaviour) a zero-width match at the very beginning produces no leading empty string.
 */
function splitWithPattern(pattern: JavaPattern, input: string, limit: number): string[] {
    const m = pattern.matcher(input);
    const out: string[] = [];
    const limited = limit > 0;
    let index = 0;
    while (m.find()) {
        if (limited && out.length >= limit - 1) break;
        if (index === 0 && m.start() === 0 && m.start() === m.end()) continue;
        out.push(input.slice(index, m.start()));
        index = m.end();
    }
    if (index === 0) return [input];
    out.push(input.slice(index));
    if (limit === 0) {
        while (out.length > 0 && out[out.length - 1] === '') out.pop();
    }
    return out;
}

/** `String.split(regExp[, limit])`. */
export function javaSplit(input: string, regex: string, limit = 0): string[] {
    return JavaPattern.compile(regex).split(input, limit);
}

/** `String.replaceAll(regExp, replacement)`. */
export function javaReplaceAll(input: string, regex: string, replacement: string): string {
    return JavaPattern.compile(regex).matcher(input).replaceAll(replacement);
}

/** `String.replaceFirst(regExp, replacement)`. */
export function javaReplaceFirst(input: string, regex: string, replacement: string): string {
    return JavaPattern.compile(regex).matcher(input).replaceFirst(replacement);
}

/** `String.matches(regExp)`: the whole string must match. */
export function javaMatches(input: string, regex: string): boolean {
    return JavaPattern.matches(regex, input);
}
