/**
 * Apex String methods as pure functions.
 *
 * The Apex String class wraps java.lang.String plus Apache Commons Lang 3 StringUtils/StringEscapeUtils (method
 * names such as escapeEcmaScript, normalizeSpace and splitByCharacterTypeCamelCase are Lang 3's), so where the Apex
 * Reference is silent the Lang 3 or JDK behaviour is used and each function says which.
 *
 * Conventions for the interpreter:
 *   - the receiver is the first parameter; a method call on a null receiver is the interpreter's
 *     NullPointerException and never reaches this module;
 *   - Integer parameters and results are JS numbers; Lists are arrays;
 *   - arguments are non-null unless the parameter type says `| null` (those are the cases the docs define:
 *     String.isBlank(null), equals(null), leftPad(n, null), ...). For other null arguments Apex throws
 *     NullPointerException; the interpreter should do so before calling;
 *   - "characters" are UTF-16 code units, as in Java, unless a function says it works on code points.
 * `STRING_INSTANCE_METHODS` and `STRING_STATIC_METHODS` map lower-cased Apex method names to these functions
 * (Apex identifiers are case-insensitive); overloads are told apart by argument count and type.
 */
import { javaTrim } from './double';
import { stringException } from './errors';
import { javaMatches, javaReplaceAll, javaReplaceFirst, javaSplit } from './javaRegex';
import { formatMessage } from './messageFormat';

// ---------------------------------------------------------------------------------------------------------------
// java.lang.Character predicates (per UTF-16 code unit, like Lang 3's charAt loops)
// ---------------------------------------------------------------------------------------------------------------

const RE_LETTER = /^\p{L}$/u;
const RE_DIGIT = /^\p{Nd}$/u;
const RE_UPPER = /^\p{Uppercase}$/u;
const RE_LOWER = /^\p{Lowercase}$/u;
const RE_TITLE = /^\p{Lt}$/u;

/** Character.isWhitespace: Unicode space separators except no-break spaces, plus \t \n \u000B \f \r \u001C-\u001F. */
export function isJavaWhitespace(ch: string): boolean {
    const c = ch.charCodeAt(0);
    if ((c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20)) return true;
    if (c === 0xa0 || c === 0x2007 || c === 0x202f) return false;
    return /^[\p{Zs}\p{Zl}\p{Zp}]$/u.test(ch);
}

export function isJavaLetter(ch: string): boolean {
    return RE_LETTER.test(ch);
}

export function isJavaDigit(ch: string): boolean {
    return RE_DIGIT.test(ch);
}

export function isJavaUpperCase(ch: string): boolean {
    return RE_UPPER.test(ch);
}

export function isJavaLowerCase(ch: string): boolean {
    return RE_LOWER.test(ch);
}

function everyUnit(s: string, test: (ch: string) => boolean): boolean {
    for (let i = 0; i < s.length; i++) if (!test(s[i])) return false;
    return true;
}

/** Character.toUpperCase(char): single-char mapping only (ß stays ß, unlike String.toUpperCase). */
function charUpper(ch: string): string {
    const u = ch.toUpperCase();
    return u.length === 1 ? u : ch;
}

function charLower(ch: string): string {
    const l = ch.toLowerCase();
    return l.length === 1 ? l : ch;
}

/** Character.toTitleCase for the code points whose title case differs from upper case (DŽ/Lj/Nj/Dz digraphs). */
const TITLE_CASE: Readonly<Record<string, string>> = {
    '\u01c4': '\u01c5',
    '\u01c5': '\u01c5',
    '\u01c6': '\u01c5',
    '\u01c7': '\u01c8',
    '\u01c8': '\u01c8',
    '\u01c9': '\u01c8',
    '\u01ca': '\u01cb',
    '\u01cb': '\u01cb',
    '\u01cc': '\u01cb',
    '\u01f1': '\u01f2',
    '\u01f2': '\u01f2',
    '\u01f3': '\u01f2'
};

function codePointTitle(cp: string): string {
    if (TITLE_CASE[cp]) return TITLE_CASE[cp];
    const u = cp.toUpperCase();
    return [...u].length === 1 ? u : cp;
}

function codePointLower(cp: string): string {
    const l = cp.toLowerCase();
    return [...l].length === 1 ? l : cp;
}

/** Lang 3 regionMatches(ignoreCase): chars equal, or equal after toUpperCase, or after toLowerCase of those. */
function charsEqualIgnoreCase(a: string, b: string): boolean {
    if (a === b) return true;
    const ua = charUpper(a);
    const ub = charUpper(b);
    return ua === ub || charLower(ua) === charLower(ub);
}

function regionMatchesIgnoreCase(s: string, offset: number, other: string): boolean {
    if (offset < 0 || offset + other.length > s.length) return false;
    for (let i = 0; i < other.length; i++) if (!charsEqualIgnoreCase(s[offset + i], other[i])) return false;
    return true;
}

function outOfRange(index: number): never {
    // Java StringIndexOutOfBoundsException; Apex reports a StringException.
    throw stringException(`String index out of range: ${index}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Basic java.lang.String methods
// ---------------------------------------------------------------------------------------------------------------

/** Number of UTF-16 code units ("16-bit Unicode characters"). */
export function length(s: string): number {
    return s.length;
}

/** `charAt(i)`: the UTF-16 code unit value (a high surrogate for a pair). */
export function charAt(s: string, index: number): number {
    if (index < 0 || index >= s.length) outOfRange(index);
    return s.charCodeAt(index);
}

export function codePointAt(s: string, index: number): number {
    if (index < 0 || index >= s.length) outOfRange(index);
    return s.codePointAt(index) as number;
}

/** `codePointBefore(i)`: the code point ending at i-1 (a whole pair when i-1 is a low surrogate after a high one). */
export function codePointBefore(s: string, index: number): number {
    if (index < 1 || index > s.length) outOfRange(index);
    const low = s.charCodeAt(index - 1);
    if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
        const high = s.charCodeAt(index - 2);
        if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    }
    return low;
}

/** Code points in [begin, end); unpaired surrogates count as one each. */
export function codePointCount(s: string, begin: number, end: number): number {
    if (begin < 0 || end > s.length || begin > end) outOfRange(begin < 0 ? begin : end);
    return [...s.slice(begin, end)].length;
}

/** `offsetByCodePoints(index, offset)`: Java String.offsetByCodePoints. */
export function offsetByCodePoints(s: string, index: number, offset: number): number {
    if (index < 0 || index > s.length) outOfRange(index);
    let i = index;
    const isHigh = (k: number) => s.charCodeAt(k) >= 0xd800 && s.charCodeAt(k) <= 0xdbff;
    const isLow = (k: number) => s.charCodeAt(k) >= 0xdc00 && s.charCodeAt(k) <= 0xdfff;
    for (let n = 0; n < offset; n++) {
        if (i >= s.length) outOfRange(i);
        i += isHigh(i) && i + 1 < s.length && isLow(i + 1) ? 2 : 1;
    }
    for (let n = 0; n > offset; n--) {
        if (i <= 0) outOfRange(i);
        i -= isLow(i - 1) && i - 2 >= 0 && isHigh(i - 2) ? 2 : 1;
    }
    return i;
}

/** Java compareTo: difference of the first differing code units, else of the lengths ('abcde' vs 'abcd' is 1). */
export function compareTo(s: string, other: string): number {
    const n = Math.min(s.length, other.length);
    for (let i = 0; i < n; i++) {
        const d = s.charCodeAt(i) - other.charCodeAt(i);
        if (d !== 0) return d;
    }
    return s.length - other.length;
}

/** `equals(other)`: case-sensitive; false for null (unlike the case-insensitive `==`). */
export function equals(s: string, other: string | null): boolean {
    return other !== null && s === other;
}

/** Java String.equalsIgnoreCase: per code unit, locale-independent; false for null. */
export function equalsIgnoreCase(s: string, other: string | null): boolean {
    return other !== null && other.length === s.length && regionMatchesIgnoreCase(s, 0, other);
}

/** Java String.hashCode: s[0]*31^(n-1) + ... + s[n-1], 32-bit wrapping. */
export function hashCode(s: string): number {
    let h = 0;
    for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
    return h;
}

export function contains(s: string, sub: string): boolean {
    return s.includes(sub);
}

export function startsWith(s: string, prefix: string): boolean {
    return s.startsWith(prefix);
}

export function endsWith(s: string, suffix: string): boolean {
    return s.endsWith(suffix);
}

/** Java indexOf(str[, from]): a negative start is 0; past the end finds only ''. */
export function indexOf(s: string, sub: string, from = 0): number {
    const start = Math.max(0, from);
    if (start > s.length) return sub === '' ? s.length : -1;
    return s.indexOf(sub, start);
}

/** Java lastIndexOf(str[, from]): searches backwards from `from`; negative `from` gives -1. */
export function lastIndexOf(s: string, sub: string, from: number = s.length): number {
    if (from < 0) return -1;
    return s.lastIndexOf(sub, from);
}

/** `indexOfChar(cp[, from])`: Java indexOf(int ch, int from), by code point; the index is in code units. */
export function indexOfChar(s: string, codePoint: number, from = 0): number {
    return indexOf(s, String.fromCodePoint(codePoint), from);
}

export function lastIndexOfChar(s: string, codePoint: number, from: number = s.length): number {
    return lastIndexOf(s, String.fromCodePoint(codePoint), from);
}

/**
 * `substring(start[, end])`. Out-of-range indexes raise System.StringException "Starting position out of
 * bounds: N" / "Ending position out of bounds: N" (wording from Salesforce error reports; not in the reference).
 */
export function substring(s: string, start: number, end: number = s.length): string {
    if (start < 0 || start > s.length) throw stringException(`Starting position out of bounds: ${start}`);
    if (end > s.length || end < start) throw stringException(`Ending position out of bounds: ${end}`);
    return s.slice(start, end);
}

/** Java String.replace(CharSequence, CharSequence): literal, all occurrences; '' target inserts between chars. */
export function replace(s: string, target: string, replacement: string): string {
    if (target === '') {
        let out = replacement;
        for (const unit of s) out += unit + replacement;
        return out;
    }
    return s.split(target).join(replacement);
}

/** Java String.trim: strips chars <= U+0020 (so tabs and newlines, but not Unicode spaces). */
export function trim(s: string): string {
    return javaTrim(s);
}

/** Default (English US) locale rules: full Unicode case mapping, as Java toLowerCase(Locale.US). */
export function toLowerCase(s: string, locale?: string): string {
    return locale === undefined ? s.toLowerCase() : s.toLocaleLowerCase(javaLocaleTag(locale));
}

export function toUpperCase(s: string, locale?: string): string {
    return locale === undefined ? s.toUpperCase() : s.toLocaleUpperCase(javaLocaleTag(locale));
}

function javaLocaleTag(locale: string): string {
    return locale.replace(/_/g, '-');
}

/** `getChars()`: the UTF-16 code unit values. */
export function getChars(s: string): number[] {
    const out: number[] = [];
    for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Regex-based methods (Java semantics via javaRegex)
// ---------------------------------------------------------------------------------------------------------------

/** `split(regExp[, limit])`: Java String.split, e.g. 'boo:and:moo'.split('o', 0) is (b, , :and:m). */
export function split(s: string, regex: string, limit = 0): string[] {
    return javaSplit(s, regex, limit);
}

export function replaceAll(s: string, regex: string, replacement: string): string {
    return javaReplaceAll(s, regex, replacement);
}

export function replaceFirst(s: string, regex: string, replacement: string): string {
    return javaReplaceFirst(s, regex, replacement);
}

export function matches(s: string, regex: string): boolean {
    return javaMatches(s, regex);
}

// ---------------------------------------------------------------------------------------------------------------
// Commons Lang 3 StringUtils
// ---------------------------------------------------------------------------------------------------------------

/**
 * `abbreviate(maxWidth[, offset])`: Lang 3 abbreviate with "..." markers. maxWidth below 4 (7 with an offset past
 * the start) is a run-time exception per the docs; Lang 3 raises IllegalArgumentException, reported here as
 * StringException.
 */
export function abbreviate(s: string, maxWidth: number, offset = 0): string {
    const marker = '...';
    if (s === '') return s;
    if (maxWidth < 4) throw stringException('Minimum abbreviation width is 4');
    if (s.length <= maxWidth) return s;
    let off = Math.min(offset, s.length);
    if (s.length - off < maxWidth - marker.length) off = s.length - (maxWidth - marker.length);
    if (off <= marker.length + 1) return s.slice(0, maxWidth - marker.length) + marker;
    if (maxWidth < 7) throw stringException('Minimum abbreviation width with offset is 7');
    if (off + maxWidth - marker.length < s.length) return marker + abbreviate(s.slice(off), maxWidth - marker.length);
    return marker + s.slice(s.length - (maxWidth - marker.length));
}

/** `capitalize()`: the first code point to title case (Character.toTitleCase), the rest unchanged. */
export function capitalize(s: string): string {
    if (s === '') return s;
    const first = String.fromCodePoint(s.codePointAt(0) as number);
    return codePointTitle(first) + s.slice(first.length);
}

/** `uncapitalize()`: the first code point to lower case. */
export function uncapitalize(s: string): string {
    if (s === '') return s;
    const first = String.fromCodePoint(s.codePointAt(0) as number);
    return codePointLower(first) + s.slice(first.length);
}

/** `center(size[, pad])`: Lang 3 center; the extra pad char goes on the right ('hello'.center(9) = '  hello  '). */
export function center(s: string, size: number, padding: string | null = ' '): string {
    const pad = padding === null || padding === '' ? ' ' : padding;
    const pads = size - s.length;
    if (pads <= 0) return s;
    return rightPad(leftPad(s, s.length + Math.floor(pads / 2), pad), size, pad);
}

/** `leftPad(length[, padStr])`: padStr null or empty means a single space (documented). */
export function leftPad(s: string, size: number, padding: string | null = ' '): string {
    const pads = size - s.length;
    if (pads <= 0) return s;
    return padText(padding, pads) + s;
}

export function rightPad(s: string, size: number, padding: string | null = ' '): string {
    const pads = size - s.length;
    if (pads <= 0) return s;
    return s + padText(padding, pads);
}

function padText(padding: string | null, count: number): string {
    const pad = padding === null || padding === '' ? ' ' : padding;
    return pad.repeat(Math.ceil(count / pad.length)).slice(0, count);
}

/** `containsAny(chars)`: Lang 3; false when either string is empty. */
export function containsAny(s: string, chars: string): boolean {
    return indexOfAny(s, chars) >= 0;
}

/** `containsNone(chars)`: true when either string is empty (documented); null chars is an exception (documented). */
export function containsNone(s: string, chars: string): boolean {
    return indexOfAny(s, chars) < 0;
}

/** `containsOnly(chars)`: Lang 3; '' contains only anything, nothing non-empty contains only ''. */
export function containsOnly(s: string, chars: string): boolean {
    if (s === '') return true;
    if (chars === '') return false;
    return indexOfAnyBut(s, chars) < 0;
}

export function containsIgnoreCase(s: string, sub: string): boolean {
    return indexOfIgnoreCase(s, sub) >= 0;
}

export function containsWhitespace(s: string): boolean {
    return !everyUnit(s, (ch) => !isJavaWhitespace(ch));
}

/** `countMatches(sub)`: non-overlapping occurrences; 0 for an empty string or substring (Lang 3). */
export function countMatches(s: string, sub: string): number {
    if (s === '' || sub === '') return 0;
    let count = 0;
    let i = s.indexOf(sub);
    while (i >= 0) {
        count++;
        i = s.indexOf(sub, i + sub.length);
    }
    return count;
}

export function deleteWhitespace(s: string): string {
    let out = '';
    for (const ch of s) if (!isJavaWhitespace(ch)) out += ch;
    return out;
}

/** `difference(other)`: the rest of `other` from where the strings differ ('' when equal); null is an exception. */
export function difference(s: string, other: string): string {
    const at = indexOfDifference(s, other);
    return at === -1 ? '' : other.slice(at);
}

/** `indexOfDifference(other)`: first differing index, -1 when equal. */
export function indexOfDifference(s: string, other: string): number {
    if (s === other) return -1;
    let i = 0;
    while (i < s.length && i < other.length && s[i] === other[i]) i++;
    return i;
}

export function endsWithIgnoreCase(s: string, suffix: string): boolean {
    return regionMatchesIgnoreCase(s, s.length - suffix.length, suffix);
}

export function startsWithIgnoreCase(s: string, prefix: string): boolean {
    return regionMatchesIgnoreCase(s, 0, prefix);
}

/** Lang 3 indexOfIgnoreCase(str, search, startPos). */
export function indexOfIgnoreCase(s: string, sub: string, from = 0): number {
    const start = Math.max(0, from);
    const endLimit = s.length - sub.length + 1;
    if (start > endLimit) return -1;
    if (sub === '') return start;
    for (let i = start; i < endLimit; i++) if (regionMatchesIgnoreCase(s, i, sub)) return i;
    return -1;
}

/** Lang 3 lastIndexOfIgnoreCase(str, search, startPos). */
export function lastIndexOfIgnoreCase(s: string, sub: string, from: number = s.length): number {
    const start = Math.min(from, s.length - sub.length);
    if (start < 0) return -1;
    if (sub === '') return start;
    for (let i = start; i >= 0; i--) if (regionMatchesIgnoreCase(s, i, sub)) return i;
    return -1;
}

/** Lang 3 indexOfAny(cs, searchChars): first code unit found in `chars` (a surrogate pair must match whole). */
export function indexOfAny(s: string, chars: string): number {
    if (s === '' || chars === '') return -1;
    for (let i = 0; i < s.length; i++) {
        for (let j = 0; j < chars.length; j++) {
            if (chars[j] !== s[i]) continue;
            const high = s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff;
            if (high && i < s.length - 1 && j < chars.length - 1) {
                if (chars[j + 1] === s[i + 1]) return i;
            } else {
                return i;
            }
        }
    }
    return -1;
}

/** Lang 3 indexOfAnyBut(cs, searchChars): first code point not in `chars`. */
export function indexOfAnyBut(s: string, chars: string): number {
    if (s === '' || chars === '') return -1;
    let i = 0;
    for (const ch of s) {
        if (!chars.includes(ch)) return i;
        i += ch.length;
    }
    return -1;
}

/** Lang 3 isAllLowerCase: false for ''. */
export function isAllLowerCase(s: string): boolean {
    return s !== '' && everyUnit(s, isJavaLowerCase);
}

export function isAllUpperCase(s: string): boolean {
    return s !== '' && everyUnit(s, isJavaUpperCase);
}

/** Lang 3 isAlpha: Unicode letters only; false for ''. */
export function isAlpha(s: string): boolean {
    return s !== '' && everyUnit(s, isJavaLetter);
}

/** Lang 3 isAlphaSpace: letters or ' '; true for ''. */
export function isAlphaSpace(s: string): boolean {
    return everyUnit(s, (ch) => ch === ' ' || isJavaLetter(ch));
}

/** Lang 3 isAlphanumeric: letters or digits (Roman numerals are number forms, not digits); false for ''. */
export function isAlphanumeric(s: string): boolean {
    return s !== '' && everyUnit(s, (ch) => isJavaLetter(ch) || isJavaDigit(ch));
}

export function isAlphanumericSpace(s: string): boolean {
    return everyUnit(s, (ch) => ch === ' ' || isJavaLetter(ch) || isJavaDigit(ch));
}

/** Lang 3 isAsciiPrintable: chars 32..126; true for ''. */
export function isAsciiPrintable(s: string): boolean {
    return everyUnit(s, (ch) => ch.charCodeAt(0) >= 32 && ch.charCodeAt(0) < 127);
}

/** Lang 3 isNumeric: Unicode digits only ('1.2' and '-1' are not); false for ''. */
export function isNumeric(s: string): boolean {
    return s !== '' && everyUnit(s, isJavaDigit);
}

export function isNumericSpace(s: string): boolean {
    return everyUnit(s, (ch) => ch === ' ' || isJavaDigit(ch));
}

/** Lang 3 isWhitespace: true for '' (documented: "contains only white space characters or is empty"). */
export function isWhitespace(s: string): boolean {
    return everyUnit(s, isJavaWhitespace);
}

/** `left(n)`: '' for negative n, the whole string when n exceeds the length. */
export function left(s: string, n: number): string {
    return n < 0 ? '' : s.slice(0, n);
}

export function right(s: string, n: number): string {
    if (n < 0) return '';
    return n >= s.length ? s : s.slice(s.length - n);
}

/** `mid(start, n)`: negative start counts as 0 and n <= 0 gives '' (documented). */
export function mid(s: string, start: number, n: number): string {
    if (n < 0 || start > s.length) return '';
    const from = Math.max(0, start);
    return s.slice(from, from + n);
}

/**
 * `normalizeSpace()`: Lang 3 3.1+: runs of Character.isWhitespace become one space, leading/trailing ones are
 * removed, and U+00A0 becomes a plain space (without being collapsed).
 */
export function normalizeSpace(s: string): string {
    let out = '';
    let pendingSpace = false;
    for (const ch of s) {
        if (isJavaWhitespace(ch)) {
            pendingSpace = out !== '';
        } else {
            if (pendingSpace) out += ' ';
            pendingSpace = false;
            out += ch === '\u00a0' ? ' ' : ch;
        }
    }
    return out;
}

/** `remove(sub)`: every occurrence removed. */
export function remove(s: string, sub: string): string {
    return sub === '' ? s : s.split(sub).join('');
}

export function removeEnd(s: string, sub: string): string {
    return sub !== '' && s.endsWith(sub) ? s.slice(0, s.length - sub.length) : s;
}

export function removeEndIgnoreCase(s: string, sub: string): string {
    return sub !== '' && endsWithIgnoreCase(s, sub) ? s.slice(0, s.length - sub.length) : s;
}

export function removeStart(s: string, sub: string): string {
    return sub !== '' && s.startsWith(sub) ? s.slice(sub.length) : s;
}

export function removeStartIgnoreCase(s: string, sub: string): string {
    return sub !== '' && startsWithIgnoreCase(s, sub) ? s.slice(sub.length) : s;
}

/** `repeat(n)` and `repeat(separator, n)`: '' for n <= 0 (Lang 3). */
export function repeat(s: string, separatorOrTimes: string | number, times?: number): string {
    if (typeof separatorOrTimes === 'number') return separatorOrTimes <= 0 ? '' : s.repeat(separatorOrTimes);
    const n = times ?? 0;
    return n <= 0 ? '' : Array.from({ length: n }, () => s).join(separatorOrTimes);
}

/** `reverse()`: StringBuilder.reverse, which keeps surrogate pairs intact. */
export function reverse(s: string): string {
    return [...s].reverse().join('');
}

/** Lang 3 substringAfter: '' when the separator is absent. */
export function substringAfter(s: string, separator: string): string {
    if (s === '') return s;
    const pos = s.indexOf(separator);
    return pos < 0 ? '' : s.slice(pos + separator.length);
}

export function substringAfterLast(s: string, separator: string): string {
    if (s === '') return s;
    if (separator === '') return '';
    const pos = s.lastIndexOf(separator);
    return pos < 0 || pos === s.length - separator.length ? '' : s.slice(pos + separator.length);
}

/** Lang 3 substringBefore: the whole string when the separator is absent, '' for an empty separator. */
export function substringBefore(s: string, separator: string): string {
    if (s === '') return s;
    if (separator === '') return '';
    const pos = s.indexOf(separator);
    return pos < 0 ? s : s.slice(0, pos);
}

export function substringBeforeLast(s: string, separator: string): string {
    if (s === '' || separator === '') return s;
    const pos = s.lastIndexOf(separator);
    return pos < 0 ? s : s.slice(0, pos);
}

/** `substringBetween(tag)` / `substringBetween(open, close)`: null when not found (Lang 3). */
export function substringBetween(s: string, open: string, close: string = open): string | null {
    const start = s.indexOf(open);
    if (start < 0) return null;
    const end = s.indexOf(close, start + open.length);
    return end < 0 ? null : s.slice(start + open.length, end);
}

/** Lang 3 swapCase: upper and title case become lower, lower becomes upper, per code point. */
export function swapCase(s: string): string {
    let out = '';
    for (const ch of s) {
        if (RE_UPPER.test(ch) || RE_TITLE.test(ch)) out += codePointLower(ch);
        else if (RE_LOWER.test(ch)) out += [...ch.toUpperCase()].length === 1 ? ch.toUpperCase() : ch;
        else out += ch;
    }
    return out;
}

/** Lang 3 getLevenshteinDistance(s, t[, threshold]); with a threshold, -1 when the distance exceeds it. */
export function getLevenshteinDistance(s: string, t: string, threshold?: number): number {
    if (threshold !== undefined && threshold < 0) throw stringException('Threshold must not be negative');
    let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
    for (let i = 1; i <= s.length; i++) {
        const cur = [i];
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            cur[j] = Math.min(cur[j - 1] + 1, prev[j] + 1, prev[j - 1] + cost);
        }
        prev = cur;
    }
    const d = prev[t.length];
    return threshold !== undefined && d > threshold ? -1 : d;
}

// ---------------------------------------------------------------------------------------------------------------
// splitByCharacterType (java.lang.Character.getType)
// ---------------------------------------------------------------------------------------------------------------

const CATEGORY_TESTS: ReadonlyArray<[string, RegExp]> =
    'Lu Ll Lt Lm Lo Mn Me Mc Nd Nl No Zs Zl Zp Cc Cf Co Pd Ps Pe Pc Po Sm Sc Sk So Pi Pf'
        .split(' ')
        .map((c): [string, RegExp] => [c, new RegExp(`^\\p{${c}}$`, 'u')]);

const categoryCache = new Map<string, string>();

/** Character.getType of one UTF-16 code unit, as a category name; unassigned is 'Cn'. */
export function characterType(unit: string): string {
    let cat = categoryCache.get(unit);
    if (cat === undefined) {
        const code = unit.charCodeAt(0);
        if (code >= 0xd800 && code <= 0xdfff) cat = 'Cs';
        else cat = CATEGORY_TESTS.find(([, re]) => re.test(unit))?.[0] ?? 'Cn';
        categoryCache.set(unit, cat);
    }
    return cat;
}

function splitByType(s: string, camelCase: boolean): string[] {
    if (s === '') return [];
    const out: string[] = [];
    let tokenStart = 0;
    let currentType = characterType(s[0]);
    for (let pos = 1; pos < s.length; pos++) {
        const type = characterType(s[pos]);
        if (type === currentType) continue;
        if (camelCase && type === 'Ll' && currentType === 'Lu') {
            const newStart = pos - 1;
            if (newStart !== tokenStart) {
                out.push(s.slice(tokenStart, newStart));
                tokenStart = newStart;
            }
        } else {
            out.push(s.slice(tokenStart, pos));
            tokenStart = pos;
        }
        currentType = type;
    }
    out.push(s.slice(tokenStart));
    return out;
}

/** 'Lightning.platform' -> (L, ightning, ., platform) per the docs. */
export function splitByCharacterType(s: string): string[] {
    return splitByType(s, false);
}

/** 'Lightning.platform' -> (Lightning, ., platform) per the docs. */
export function splitByCharacterTypeCamelCase(s: string): string[] {
    return splitByType(s, true);
}

// ---------------------------------------------------------------------------------------------------------------
// Escaping (Commons Lang 3 StringEscapeUtils)
// ---------------------------------------------------------------------------------------------------------------

const ISO8859_1_NAMES = (
    'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute ' +
    'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring ' +
    'AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml ' +
    'times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil ' +
    'egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ' +
    'ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

/** HTML 4.0 entities beyond ISO-8859-1 (Greek, math, arrows, punctuation), name then code point. */
const HTML40_EXTENDED = (
    'fnof 402 Alpha 913 Beta 914 Gamma 915 Delta 916 Epsilon 917 Zeta 918 Eta 919 Theta 920 Iota 921 Kappa 922 ' +
    'Lambda 923 Mu 924 Nu 925 Xi 926 Omicron 927 Pi 928 Rho 929 Sigma 931 Tau 932 Upsilon 933 Phi 934 Chi 935 ' +
    'Psi 936 Omega 937 alpha 945 beta 946 gamma 947 delta 948 epsilon 949 zeta 950 eta 951 theta 952 iota 953 ' +
    'kappa 954 lambda 955 mu 956 nu 957 xi 958 omicron 959 pi 960 rho 961 sigmaf 962 sigma 963 tau 964 ' +
    'upsilon 965 phi 966 chi 967 psi 968 omega 969 thetasym 977 upsih 978 piv 982 bull 8226 hellip 8230 ' +
    'prime 8242 Prime 8243 oline 8254 frasl 8260 weierp 8472 image 8465 real 8476 trade 8482 alefsym 8501 ' +
    'larr 8592 uarr 8593 rarr 8594 darr 8595 harr 8596 crarr 8629 lArr 8656 uArr 8657 rArr 8658 dArr 8659 ' +
    'hArr 8660 forall 8704 part 8706 exist 8707 empty 8709 nabla 8711 isin 8712 notin 8713 ni 8715 prod 8719 ' +
    'sum 8721 minus 8722 lowast 8727 radic 8730 prop 8733 infin 8734 ang 8736 and 8743 or 8744 cap 8745 ' +
    'cup 8746 int 8747 there4 8756 sim 8764 cong 8773 asymp 8776 ne 8800 equiv 8801 le 8804 ge 8805 sub 8834 ' +
    'sup 8835 nsub 8836 sube 8838 supe 8839 oplus 8853 otimes 8855 perp 8869 sdot 8901 lceil 8968 rceil 8969 ' +
    'lfloor 8970 rfloor 8971 lang 9001 rang 9002 loz 9674 spades 9824 clubs 9827 hearts 9829 diams 9830 ' +
    'OElig 338 oelig 339 Scaron 352 scaron 353 Yuml 376 circ 710 tilde 732 ensp 8194 emsp 8195 thinsp 8201 ' +
    'zwnj 8204 zwj 8205 lrm 8206 rlm 8207 ndash 8211 mdash 8212 lsquo 8216 rsquo 8217 sbquo 8218 ldquo 8220 ' +
    'rdquo 8221 bdquo 8222 dagger 8224 Dagger 8225 permil 8240 lsaquo 8249 rsaquo 8250 euro 8364'
).split(' ');

const BASIC_ENTITIES: ReadonlyArray<[string, string]> = [
    ['"', 'quot'],
    ['&', 'amp'],
    ['<', 'lt'],
    ['>', 'gt']
];

function buildEntityMap(extended: boolean): Map<string, string> {
    const map = new Map<string, string>(BASIC_ENTITIES);
    ISO8859_1_NAMES.forEach((name, i) => map.set(String.fromCharCode(160 + i), name));
    if (extended) {
        for (let i = 0; i < HTML40_EXTENDED.length; i += 2) {
            map.set(String.fromCharCode(Number(HTML40_EXTENDED[i + 1])), HTML40_EXTENDED[i]);
        }
    }
    return map;
}

const HTML3_ESCAPE = buildEntityMap(false);
const HTML4_ESCAPE = buildEntityMap(true);
const XML_ESCAPE = new Map<string, string>([...BASIC_ENTITIES, ["'", 'apos']]);

function invert(map: Map<string, string>): Map<string, string> {
    return new Map([...map].map(([ch, name]) => [name, ch]));
}

const HTML3_UNESCAPE = invert(HTML3_ESCAPE);
const HTML4_UNESCAPE = invert(HTML4_ESCAPE);
const XML_UNESCAPE = invert(XML_ESCAPE);

function escapeEntities(s: string, map: Map<string, string>): string {
    let out = '';
    for (const ch of s) {
        const name = map.get(ch);
        out += name === undefined ? ch : `&${name};`;
    }
    return out;
}

/** Named and numeric (&#65; &#x41;) entities; unknown entities stay as they are (documented for unescapeHtml4). */
function unescapeEntities(s: string, names: Map<string, string>): string {
    return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole, body: string) => {
        if (body.startsWith('#')) {
            const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
            return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return names.get(body) ?? whole;
    });
}

/** `escapeHtml4()`: " & < > plus every HTML 4.0 named entity (é -> &eacute;, € -> &euro;). */
export function escapeHtml4(s: string): string {
    return escapeEntities(s, HTML4_ESCAPE);
}

/** `escapeHtml3()`: " & < > plus the ISO-8859-1 entities. */
export function escapeHtml3(s: string): string {
    return escapeEntities(s, HTML3_ESCAPE);
}

/** `escapeXml()`: only gt, lt, quot, amp, apos; characters above 0x7f are not escaped (documented). */
export function escapeXml(s: string): string {
    return escapeEntities(s, XML_ESCAPE);
}

export function unescapeHtml4(s: string): string {
    return unescapeEntities(s, HTML4_UNESCAPE);
}

export function unescapeHtml3(s: string): string {
    return unescapeEntities(s, HTML3_UNESCAPE);
}

/** `unescapeXml()`: the five basic entities (and numeric references, as Lang 3 does). */
export function unescapeXml(s: string): string {
    return unescapeEntities(s, XML_UNESCAPE);
}

const CSV_SPECIAL = /[,"\r\n]/;

/** `escapeCsv()`: quote when the value holds a comma, quote, CR or LF, doubling quotes (documented). */
export function escapeCsv(s: string): string {
    return CSV_SPECIAL.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** `unescapeCsv()`: strips enclosing quotes only when the inside needs them, un-doubling quotes (documented). */
export function unescapeCsv(s: string): string {
    if (s.length < 2 || s[0] !== '"' || s[s.length - 1] !== '"') return s;
    const inner = s.slice(1, -1);
    return CSV_SPECIAL.test(inner) ? inner.replace(/""/g, '"') : s;
}

function unicodeEscape(unit: number): string {
    return `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;
}

const JAVA_CONTROL_ESCAPES: Readonly<Record<string, string>> = {
    '\b': '\\b',
    '\n': '\\n',
    '\t': '\\t',
    '\f': '\\f',
    '\r': '\\r'
};

function escapeJavaLike(s: string, extra: Readonly<Record<string, string>>): string {
    let out = '';
    for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        const code = s.charCodeAt(i);
        if (extra[ch] !== undefined) out += extra[ch];
        else if (JAVA_CONTROL_ESCAPES[ch] !== undefined) out += JAVA_CONTROL_ESCAPES[ch];
        else if (code < 32 || code > 0x7f) out += unicodeEscape(code);
        else out += ch;
    }
    return out;
}

/** `escapeJava()`: Lang 3: \" \\ \b \n \t \f \r, other controls and non-ASCII as \uXXXX (upper-case hex). */
export function escapeJava(s: string): string {
    return escapeJavaLike(s, { '"': '\\"', '\\': '\\\\' });
}

/** `escapeEcmaScript()`: as escapeJava, and also ' and / (documented: "\"grade\": 3.9\/4.0"). */
export function escapeEcmaScript(s: string): string {
    return escapeJavaLike(s, { "'": "\\'", '"': '\\"', '\\': '\\\\', '/': '\\/' });
}

/** `escapeUnicode()`: characters above 0x7f as \uXXXX ('De onde você é?' -> 'De onde voc\u00EA \u00E9?'). */
export function escapeUnicode(s: string): string {
    let out = '';
    for (let i = 0; i < s.length; i++) {
        const code = s.charCodeAt(i);
        out += code > 0x7f ? unicodeEscape(code) : s[i];
    }
    return out;
}

/** `String.escapeSingleQuotes(s)`: a backslash before every ' and \ (documented). */
export function escapeSingleQuotes(s: string): string {
    return s.replace(/['\\]/g, (c) => `\\${c}`);
}

/**
 * `unescapeJava()` (and unescapeEcmaScript, which Lang 3 defines identically): octal escapes, \u (any number of
 * u's, optional +) with 4 hex digits, \b \n \t \f \r \\ \" \' ; any other backslash is dropped.
 */
export function unescapeJava(s: string): string {
    let out = '';
    let i = 0;
    while (i < s.length) {
        if (s[i] !== '\\' || i === s.length - 1) {
            out += s[i++];
            continue;
        }
        const next = s[i + 1];
        const simple: Record<string, string> = {
            b: '\b',
            n: '\n',
            t: '\t',
            f: '\f',
            r: '\r',
            '\\': '\\',
            '"': '"',
            "'": "'"
        };
        if (simple[next] !== undefined) {
            out += simple[next];
            i += 2;
        } else if (next === 'u') {
            const { text, end } = readUnicodeEscape(s, i);
            out += text;
            i = end;
        } else if (/[0-7]/.test(next)) {
            const m = /^([0-3][0-7]{0,2}|[4-7][0-7]?)/.exec(s.slice(i + 1)) as RegExpExecArray;
            out += String.fromCharCode(parseInt(m[1], 8));
            i += 1 + m[1].length;
        } else {
            i += 1; // Lang 3 maps a lone backslash to nothing
        }
    }
    return out;
}

function readUnicodeEscape(s: string, start: number): { text: string; end: number } {
    let j = start + 1;
    while (s[j] === 'u') j++;
    if (s[j] === '+') j++;
    const hex = s.slice(j, j + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
        throw stringException(
            `Less than 4 hex digits in unicode value: '${s.slice(start, j + hex.length)}' due to end of CharSequence`
        );
    }
    return { text: String.fromCharCode(parseInt(hex, 16)), end: j + 4 };
}

export function unescapeEcmaScript(s: string): string {
    return unescapeJava(s);
}

/** `unescapeUnicode()`: turns \uXXXX sequences back into characters; other backslashes stay. */
export function unescapeUnicode(s: string): string {
    return s.replace(/\\u+\+?([0-9a-fA-F]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * `stripHtmlTags()`: removes markup and returns plain text. The reference gives no algorithm; we drop comments,
 * script/style elements with their content, and every tag. Flag: approximation.
 */
export function stripHtmlTags(s: string): string {
    return s
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
        .replace(/<\/?[a-zA-Z!][^>]*>/g, '');
}

// ---------------------------------------------------------------------------------------------------------------
// Static helpers (null-accepting where the docs say so)
// ---------------------------------------------------------------------------------------------------------------

/** `String.isBlank(s)`: true for null, '' and whitespace (documented). */
export function isBlank(s: string | null): boolean {
    return s === null || isWhitespace(s);
}

export function isNotBlank(s: string | null): boolean {
    return !isBlank(s);
}

/** `String.isEmpty(s)`: true for null and '' (documented). */
export function isEmpty(s: string | null): boolean {
    return s === null || s === '';
}

export function isNotEmpty(s: string | null): boolean {
    return !isEmpty(s);
}

/** `String.fromCharArray(list)`: values up to 0xFFFF are code units, larger ones code points. */
export function fromCharArray(chars: readonly number[]): string {
    return chars.map((c) => (c > 0xffff ? String.fromCodePoint(c) : String.fromCharCode(c))).join('');
}

/**
 * `String.join(iterable, separator)` with elements already converted by String.valueOf (null elements arrive as
 * null and print "null", as Java's String.join does).
 */
export function join(items: readonly (string | null)[], separator: string): string {
    return items.map((x) => (x === null ? 'null' : x)).join(separator);
}

/** `String.getCommonPrefix(list)`: Lang 3; '' for an empty list or any null/empty element. */
export function getCommonPrefix(strings: readonly (string | null)[]): string {
    if (strings.length === 0 || strings.some((x) => x === null || x === '')) return '';
    const list = strings as readonly string[];
    let prefix = list[0];
    for (const s of list) {
        let i = 0;
        while (i < prefix.length && i < s.length && prefix[i] === s[i]) i++;
        prefix = prefix.slice(0, i);
    }
    return prefix;
}

/** `String.format(pattern, args)` with stringified args; see messageFormat.ts. */
export function format(pattern: string, args: readonly (string | null)[]): string {
    return formatMessage(pattern, args);
}

/**
 * `template(valueMap)` with values already converted to strings: ${name} is replaced, $${name} yields a literal
 * ${name}, and a missing key is a StringException (documented).
 */
export function template(s: string, values: ReadonlyMap<string, string | null>): string {
    return s.replace(/\$(\$?)\{([^}]*)\}/g, (whole, escape: string, name: string) => {
        if (escape) return whole.slice(1);
        if (!values.has(name)) throw stringException(`Missing value for variable: ${name}`);
        const v = values.get(name);
        return v === null || v === undefined ? 'null' : v;
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Binding tables for the interpreter
// ---------------------------------------------------------------------------------------------------------------

/** An Apex String instance method: receiver first, then the Apex arguments. */
export type StringMethod = (receiver: string, ...args: never[]) => unknown;

/** Instance methods keyed by lower-cased Apex name. */
export const STRING_INSTANCE_METHODS: Readonly<Record<string, StringMethod>> = {
    abbreviate: (s: string, maxWidth: number, offset?: number) =>
        offset === undefined ? abbreviate(s, maxWidth) : abbreviate(s, maxWidth, offset),
    capitalize,
    center,
    charat: charAt,
    codepointat: codePointAt,
    codepointbefore: codePointBefore,
    codepointcount: codePointCount,
    compareto: compareTo,
    contains,
    containsany: containsAny,
    containsignorecase: containsIgnoreCase,
    containsnone: containsNone,
    containsonly: containsOnly,
    containswhitespace: containsWhitespace,
    countmatches: countMatches,
    deletewhitespace: deleteWhitespace,
    difference,
    endswith: endsWith,
    endswithignorecase: endsWithIgnoreCase,
    equals,
    equalsignorecase: equalsIgnoreCase,
    escapecsv: escapeCsv,
    escapeecmascript: escapeEcmaScript,
    escapehtml3: escapeHtml3,
    escapehtml4: escapeHtml4,
    escapejava: escapeJava,
    escapeunicode: escapeUnicode,
    escapexml: escapeXml,
    getchars: getChars,
    getlevenshteindistance: getLevenshteinDistance,
    hashcode: hashCode,
    indexof: indexOf,
    indexofany: indexOfAny,
    indexofanybut: indexOfAnyBut,
    indexofchar: indexOfChar,
    indexofdifference: indexOfDifference,
    indexofignorecase: indexOfIgnoreCase,
    isalllowercase: isAllLowerCase,
    isalluppercase: isAllUpperCase,
    isalpha: isAlpha,
    isalphaspace: isAlphaSpace,
    isalphanumeric: isAlphanumeric,
    isalphanumericspace: isAlphanumericSpace,
    isasciiprintable: isAsciiPrintable,
    isnumeric: isNumeric,
    isnumericspace: isNumericSpace,
    iswhitespace: isWhitespace,
    lastindexof: lastIndexOf,
    lastindexofchar: lastIndexOfChar,
    lastindexofignorecase: lastIndexOfIgnoreCase,
    left,
    leftpad: leftPad,
    length,
    matches,
    mid,
    normalizespace: normalizeSpace,
    offsetbycodepoints: offsetByCodePoints,
    remove,
    removeend: removeEnd,
    removeendignorecase: removeEndIgnoreCase,
    removestart: removeStart,
    removestartignorecase: removeStartIgnoreCase,
    repeat,
    replace,
    replaceall: replaceAll,
    replacefirst: replaceFirst,
    reverse,
    right,
    rightpad: rightPad,
    split,
    splitbycharactertype: splitByCharacterType,
    splitbycharactertypecamelcase: splitByCharacterTypeCamelCase,
    startswith: startsWith,
    startswithignorecase: startsWithIgnoreCase,
    striphtmltags: stripHtmlTags,
    substring,
    substringafter: substringAfter,
    substringafterlast: substringAfterLast,
    substringbefore: substringBefore,
    substringbeforelast: substringBeforeLast,
    substringbetween: substringBetween,
    swapcase: swapCase,
    template,
    tolowercase: toLowerCase,
    touppercase: toUpperCase,
    trim,
    uncapitalize,
    unescapecsv: unescapeCsv,
    unescapeecmascript: unescapeEcmaScript,
    unescapehtml3: unescapeHtml3,
    unescapehtml4: unescapeHtml4,
    unescapejava: unescapeJava,
    unescapeunicode: unescapeUnicode,
    unescapexml: unescapeXml
};

/** Static methods keyed by lower-cased Apex name (String.valueOf stays with the interpreter: it needs types). */
export const STRING_STATIC_METHODS: Readonly<Record<string, (...args: never[]) => unknown>> = {
    escapesinglequotes: escapeSingleQuotes,
    format,
    fromchararray: fromCharArray,
    getcommonprefix: getCommonPrefix,
    isblank: isBlank,
    isempty: isEmpty,
    isnotblank: isNotBlank,
    isnotempty: isNotEmpty,
    join
};
