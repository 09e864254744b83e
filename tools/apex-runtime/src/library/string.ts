/**
 * String methods (Apex Reference: String Class), over the pure implementations in src/lib/strings.ts.
 */
import { T } from '../compile/types';
import * as S from '../lib/strings';
import { apexError, nullPointer } from '../runtime/errors';
import { ApexList, ApexSet } from '../values/collections';
import { ApexDatetime } from '../values/dates';
import { stringValueOf, toApexString } from '../values/format';
import { ApexId } from '../values/id';
import { defineLibType, method } from './registry';

const StringType = defineLibType('String');

const strings = (items: string[]): ApexList => new ApexList(items, T.String);
const integers = (items: number[]): ApexList => new ApexList(items, T.Integer);

/** Methods whose arguments may be null without a NullPointerException. */
const NULL_TOLERANT = new Set(['equals', 'equalsignorecase', 'leftpad', 'rightpad', 'center']);

type Impl = (s: string, args: never[]) => unknown;

/** Registers an instance method; a null argument throws NullPointerException unless the method accepts it. */
function instance(signature: string, impl: Impl): void {
    const name = /\s(\w+)\(/.exec(signature)![1].toLowerCase();
    const tolerant = NULL_TOLERANT.has(name);
    method(StringType, signature, (self: string, args) => {
        if (!tolerant) {
            for (const a of args) {
                if (a === null) {
                    throw nullPointer();
                }
            }
        }
        return impl(self, args as never[]);
    });
}

type Fn = (...args: never[]) => unknown;
/** Adapts a pure function that takes the receiver then positional arguments. */
const call =
    (fn: Fn): Impl =>
    (s, args) =>
        (fn as (...a: unknown[]) => unknown)(s, ...(args as unknown[]).filter((a) => a !== undefined));

instance('String abbreviate(Integer, Integer?)', call(S.abbreviate as Fn));
instance('String capitalize()', call(S.capitalize as Fn));
instance('String center(Integer, String?)', (s, [size, pad]) =>
    S.center(s, size as number, (pad as string | undefined) ?? ' ')
);
instance('Integer charAt(Integer)', call(S.charAt as Fn));
instance('Integer codePointAt(Integer)', call(S.codePointAt as Fn));
instance('Integer codePointBefore(Integer)', call(S.codePointBefore as Fn));
instance('Integer codePointCount(Integer, Integer)', call(S.codePointCount as Fn));
instance('Integer compareTo(String)', call(S.compareTo as Fn));
instance('Boolean contains(String)', call(S.contains as Fn));
instance('Boolean containsAny(String)', call(S.containsAny as Fn));
instance('Boolean containsIgnoreCase(String)', call(S.containsIgnoreCase as Fn));
instance('Boolean containsNone(String)', call(S.containsNone as Fn));
instance('Boolean containsOnly(String)', call(S.containsOnly as Fn));
instance('Boolean containsWhitespace()', call(S.containsWhitespace as Fn));
instance('Integer countMatches(String)', call(S.countMatches as Fn));
instance('String deleteWhitespace()', call(S.deleteWhitespace as Fn));
instance('String difference(String)', call(S.difference as Fn));
instance('Boolean endsWith(String)', call(S.endsWith as Fn));
instance('Boolean endsWithIgnoreCase(String)', call(S.endsWithIgnoreCase as Fn));
instance('Boolean equals(Object)', (s, [arg]) => {
    const other: unknown = arg;
    return typeof other === 'string' ? S.equals(s, other) : other instanceof ApexId ? s === other.value : false;
});
instance('Boolean equalsIgnoreCase(String)', (s, [other]) => S.equalsIgnoreCase(s, other as string | null));
instance('String escapeCsv()', call(S.escapeCsv as Fn));
instance('String escapeEcmaScript()', call(S.escapeEcmaScript as Fn));
instance('String escapeHtml3()', call(S.escapeHtml3 as Fn));
instance('String escapeHtml4()', call(S.escapeHtml4 as Fn));
instance('String escapeJava()', call(S.escapeJava as Fn));
instance('String escapeUnicode()', call(S.escapeUnicode as Fn));
instance('String escapeXml()', call(S.escapeXml as Fn));
instance('List<Integer> getChars()', (s) => integers(S.getChars(s)));
instance('Integer getLevenshteinDistance(String, Integer?)', call(S.getLevenshteinDistance as Fn));
instance('Integer hashCode()', call(S.hashCode as Fn));
instance('Integer indexOf(String, Integer?)', call(S.indexOf as Fn));
instance('Integer indexOfAny(String)', call(S.indexOfAny as Fn));
instance('Integer indexOfAnyBut(String)', call(S.indexOfAnyBut as Fn));
instance('Integer indexOfChar(Integer, Integer?)', call(S.indexOfChar as Fn));
instance('Integer indexOfDifference(String)', call(S.indexOfDifference as Fn));
instance('Integer indexOfIgnoreCase(String, Integer?)', call(S.indexOfIgnoreCase as Fn));
instance('Boolean isAllLowerCase()', call(S.isAllLowerCase as Fn));
instance('Boolean isAllUpperCase()', call(S.isAllUpperCase as Fn));
instance('Boolean isAlpha()', call(S.isAlpha as Fn));
instance('Boolean isAlphaSpace()', call(S.isAlphaSpace as Fn));
instance('Boolean isAlphanumeric()', call(S.isAlphanumeric as Fn));
instance('Boolean isAlphanumericSpace()', call(S.isAlphanumericSpace as Fn));
instance('Boolean isAsciiPrintable()', call(S.isAsciiPrintable as Fn));
instance('Boolean isNumeric()', call(S.isNumeric as Fn));
instance('Boolean isNumericSpace()', call(S.isNumericSpace as Fn));
instance('Boolean isWhitespace()', call(S.isWhitespace as Fn));
instance('Integer lastIndexOf(String, Integer?)', call(S.lastIndexOf as Fn));
instance('Integer lastIndexOfChar(Integer, Integer?)', call(S.lastIndexOfChar as Fn));
instance('Integer lastIndexOfIgnoreCase(String, Integer?)', call(S.lastIndexOfIgnoreCase as Fn));
instance('String left(Integer)', call(S.left as Fn));
instance('String leftPad(Integer, String?)', (s, [size, pad]) =>
    S.leftPad(s, size as number, pad === undefined ? ' ' : (pad as string | null))
);
instance('Integer length()', call(S.length as Fn));
instance('Boolean matches(String)', call(S.matches as Fn));
instance('String mid(Integer, Integer)', call(S.mid as Fn));
instance('String normalizeSpace()', call(S.normalizeSpace as Fn));
instance('Integer offsetByCodePoints(Integer, Integer)', call(S.offsetByCodePoints as Fn));
instance('String remove(String)', call(S.remove as Fn));
instance('String removeEnd(String)', call(S.removeEnd as Fn));
instance('String removeEndIgnoreCase(String)', call(S.removeEndIgnoreCase as Fn));
instance('String removeStart(String)', call(S.removeStart as Fn));
instance('String removeStartIgnoreCase(String)', call(S.removeStartIgnoreCase as Fn));
instance('String repeat(Object, Integer?)', call(S.repeat as Fn));
instance('String replace(String, String)', call(S.replace as Fn));
instance('String replaceAll(String, String)', call(S.replaceAll as Fn));
instance('String replaceFirst(String, String)', call(S.replaceFirst as Fn));
instance('String reverse()', call(S.reverse as Fn));
instance('String right(Integer)', call(S.right as Fn));
instance('String rightPad(Integer, String?)', (s, [size, pad]) =>
    S.rightPad(s, size as number, pad === undefined ? ' ' : (pad as string | null))
);
instance('List<String> split(String, Integer?)', (s, [regex, limit]) =>
    strings(S.split(s, regex as string, (limit as number | undefined) ?? 0))
);
instance('List<String> splitByCharacterType()', (s) => strings(S.splitByCharacterType(s)));
instance('List<String> splitByCharacterTypeCamelCase()', (s) => strings(S.splitByCharacterTypeCamelCase(s)));
instance('Boolean startsWith(String)', call(S.startsWith as Fn));
instance('Boolean startsWithIgnoreCase(String)', call(S.startsWithIgnoreCase as Fn));
instance('String stripHtmlTags()', call(S.stripHtmlTags as Fn));
instance('String substring(Integer, Integer?)', call(S.substring as Fn));
instance('String substringAfter(String)', call(S.substringAfter as Fn));
instance('String substringAfterLast(String)', call(S.substringAfterLast as Fn));
instance('String substringBefore(String)', call(S.substringBefore as Fn));
instance('String substringBeforeLast(String)', call(S.substringBeforeLast as Fn));
instance('String substringBetween(String, String?)', call(S.substringBetween as Fn));
instance('String swapCase()', call(S.swapCase as Fn));
instance('String toLowerCase(String?)', call(S.toLowerCase as Fn));
instance('String toUpperCase(String?)', call(S.toUpperCase as Fn));
instance('String trim()', call(S.trim as Fn));
instance('String uncapitalize()', call(S.uncapitalize as Fn));
instance('String unescapeCsv()', call(S.unescapeCsv as Fn));
instance('String unescapeEcmaScript()', call(S.unescapeEcmaScript as Fn));
instance('String unescapeHtml3()', call(S.unescapeHtml3 as Fn));
instance('String unescapeHtml4()', call(S.unescapeHtml4 as Fn));
instance('String unescapeJava()', call(S.unescapeJava as Fn));
instance('String unescapeUnicode()', call(S.unescapeUnicode as Fn));
instance('String unescapeXml()', call(S.unescapeXml as Fn));
instance('String toString()', (s) => s);
instance('String intern()', (s) => s);

// ----------------------------------------------------------------------------------------------------- statics

/** The elements of a List or Set argument as strings (null stays null). */
function stringItems(v: unknown): Array<string | null> {
    if (v === null) {
        throw nullPointer();
    }
    const items = v instanceof ApexList ? v.items : v instanceof ApexSet ? v.items() : null;
    if (!items) {
        throw apexError('System.TypeException', 'Iterable expected');
    }
    return items.map((x) => (x === null ? null : toApexString(x)));
}

method(StringType, 'static String valueOf(Object)', (_self, [v]) => stringValueOf(v));
method(StringType, 'static String valueOfGmt(Datetime)', (_self, [v]) =>
    v === null ? 'null' : (v as ApexDatetime).toGmtString()
);
method(StringType, 'static Boolean isBlank(String)', (_self, [s]) => S.isBlank(s as string | null));
method(StringType, 'static Boolean isNotBlank(String)', (_self, [s]) => S.isNotBlank(s as string | null));
method(StringType, 'static Boolean isEmpty(String)', (_self, [s]) => S.isEmpty(s as string | null));
method(StringType, 'static Boolean isNotEmpty(String)', (_self, [s]) => S.isNotEmpty(s as string | null));
method(StringType, 'static String join(Object, String)', (_self, [items, separator]) =>
    S.join(stringItems(items), (separator as string | null) ?? '')
);
method(StringType, 'static String format(String, List<Object>)', (_self, [pattern, args]) => {
    if (pattern === null) {
        throw nullPointer();
    }
    return S.format(pattern as string, args === null ? [] : stringItems(args));
});
method(StringType, 'static String escapeSingleQuotes(String)', (_self, [s]) => {
    if (s === null) {
        throw nullPointer();
    }
    return S.escapeSingleQuotes(s as string);
});
method(StringType, 'static String fromCharArray(List<Integer>)', (_self, [chars]) =>
    S.fromCharArray((chars as ApexList).items as number[])
);
method(StringType, 'static String getCommonPrefix(List<String>)', (_self, [items]) =>
    S.getCommonPrefix(stringItems(items))
);
method(StringType, 'static String fromCodePoint(Integer)', (_self, [cp]) => String.fromCodePoint(cp as number));
