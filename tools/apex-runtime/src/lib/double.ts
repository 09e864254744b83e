/**
 * Double, Integer and Long primitives with Java semantics (Apex runs on the JVM).
 *
 * Representation chosen for the interpreter: Integer is a JS number holding a 32-bit signed value, Long is a
 * bigint holding a 64-bit signed value, Double is a JS number. Every helper returns values already wrapped to
 * their Apex width, so the interpreter never has to think about overflow.
 */
import { divideByZero, typeException } from './errors';

export const INTEGER_MIN = -2147483648;
export const INTEGER_MAX = 2147483647;
export const LONG_MIN = -(1n << 63n);
export const LONG_MAX = (1n << 63n) - 1n;

// ---------------------------------------------------------------------------------------------------------------
// Double.toString
// ---------------------------------------------------------------------------------------------------------------

/**
 * Java's `Double.toString(double)`, which is what `String.valueOf(Double)` and `System.debug(Double)` print.
 *
 * Digits: the shortest decimal that rounds back to the same double (JS gives us exactly that set). Java 19+
 * (JDK-4511638, whose rule we follow) adds one twist: when the shortest decimal has a single digit, a two-digit
 * decimal that is closer to the exact binary value wins, which is why Java prints `4.9E-324` where JS prints
 * `5e-324`. Layout: plain notation for 10^-3 <= |x| < 10^7, otherwise computerized scientific notation; there is
 * always at least one digit after the point (`1.0`, `1.0E10`).
 */
export function formatDouble(x: number): string {
    if (Number.isNaN(x)) return 'NaN';
    if (x === Infinity) return 'Infinity';
    if (x === -Infinity) return '-Infinity';
    if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
    const sign = x < 0 ? '-' : '';
    const abs = Math.abs(x);
    const { digits, exponent } = shortestDigits(abs);
    if (abs >= 1e-3 && abs < 1e7) return sign + plainLayout(digits, exponent);
    const fraction = digits.length > 1 ? digits.slice(1) : '0';
    return `${sign}${digits[0]}.${fraction}E${exponent}`;
}

/** Significant digits (no trailing zeros) and decimal exponent e such that value = d.ddd x 10^e. */
function shortestDigits(abs: number): { digits: string; exponent: number } {
    let [mantissa, exp] = abs.toExponential().split('e');
    if (mantissa.length === 1) {
        // Java 19+ rule: with a one-digit shortest form, prefer the closest two-digit decimal if it round-trips.
        const two = abs.toExponential(1);
        if (Number(two) === abs) [mantissa, exp] = two.split('e');
    }
    const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
    return { digits, exponent: Number(exp) };
}

function plainLayout(digits: string, exponent: number): string {
    if (exponent < 0) return `0.${'0'.repeat(-exponent - 1)}${digits}`;
    const intLen = exponent + 1;
    if (digits.length <= intLen) return `${digits}${'0'.repeat(intLen - digits.length)}.0`;
    return `${digits.slice(0, intLen)}.${digits.slice(intLen)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Integer (32-bit) arithmetic
// ---------------------------------------------------------------------------------------------------------------

/** Wraps any integral JS number to a 32-bit signed Integer, as Java's int overflow does. */
export function toInt32(x: number): number {
    return x | 0;
}

export function intAdd(a: number, b: number): number {
    return (a + b) | 0;
}

export function intSubtract(a: number, b: number): number {
    return (a - b) | 0;
}

/** Math.imul keeps all 64 bits of the product's low word; a plain `*` would lose precision above 2^53. */
export function intMultiply(a: number, b: number): number {
    return Math.imul(a, b);
}

/** Integer division truncates toward zero; MIN_VALUE / -1 wraps to MIN_VALUE; `/ 0` is MathException. */
export function intDivide(a: number, b: number): number {
    if (b === 0) throw divideByZero();
    return Math.trunc(a / b) | 0;
}

/** Java `%` and Apex `Math.mod(Integer, Integer)`: the result takes the sign of the dividend. */
export function intMod(a: number, b: number): number {
    if (b === 0) throw divideByZero();
    return a % b | 0;
}

export function intNegate(a: number): number {
    return -a | 0;
}

export function intShiftLeft(a: number, n: number): number {
    return a << n;
}

export function intShiftRight(a: number, n: number): number {
    return a >> n;
}

export function intShiftRightUnsigned(a: number, n: number): number {
    return (a >>> n) | 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Long (64-bit) arithmetic
// ---------------------------------------------------------------------------------------------------------------

export function toInt64(x: bigint): bigint {
    return BigInt.asIntN(64, x);
}

export function longAdd(a: bigint, b: bigint): bigint {
    return BigInt.asIntN(64, a + b);
}

export function longSubtract(a: bigint, b: bigint): bigint {
    return BigInt.asIntN(64, a - b);
}

export function longMultiply(a: bigint, b: bigint): bigint {
    return BigInt.asIntN(64, a * b);
}

/** BigInt division already truncates toward zero, like Java. */
export function longDivide(a: bigint, b: bigint): bigint {
    if (b === 0n) throw divideByZero();
    return BigInt.asIntN(64, a / b);
}

export function longMod(a: bigint, b: bigint): bigint {
    if (b === 0n) throw divideByZero();
    return BigInt.asIntN(64, a % b);
}

export function longShiftLeft(a: bigint, n: number): bigint {
    return BigInt.asIntN(64, a << BigInt(n & 63));
}

export function longShiftRight(a: bigint, n: number): bigint {
    return a >> BigInt(n & 63);
}

export function longShiftRightUnsigned(a: bigint, n: number): bigint {
    return BigInt.asIntN(64, BigInt.asUintN(64, a) >> BigInt(n & 63));
}

// ---------------------------------------------------------------------------------------------------------------
// Conversions
// ---------------------------------------------------------------------------------------------------------------

/** Java `(int) d`, used by `Double.intValue()`: truncates, saturates at the Integer range, NaN becomes 0. */
export function doubleToInt(x: number): number {
    if (Number.isNaN(x)) return 0;
    if (x >= INTEGER_MAX) return INTEGER_MAX;
    if (x <= INTEGER_MIN) return INTEGER_MIN;
    return Math.trunc(x) | 0;
}

/** Java `(long) d`, used by `Double.longValue()`: truncates, saturates at the Long range, NaN becomes 0. */
export function doubleToLong(x: number): bigint {
    if (Number.isNaN(x)) return 0n;
    if (x >= 9223372036854775807) return LONG_MAX;
    if (x <= -9223372036854775808) return LONG_MIN;
    return BigInt(Math.trunc(x));
}

/**
 * `Double.round()` and `Math.roundToLong(Double)`: "the closest Long", i.e. Java `Math.round(double)`, which
 * rounds half up (toward positive infinity): 4.5 -> 5, -4.5 -> -4, -4.7 -> -5. JS Math.round has the same rule,
 * including the 0.49999999999999994 edge that a naive floor(x + 0.5) gets wrong.
 */
export function roundDoubleToLong(x: number): bigint {
    return doubleToLong(Math.round(x));
}

/** Long to Double as Java's `(double) l`: round to nearest (Number(bigint) does exactly that). */
export function longToDouble(x: bigint): number {
    return Number(x);
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing (Integer.valueOf, Long.valueOf, Double.valueOf)
// ---------------------------------------------------------------------------------------------------------------

const JAVA_INTEGER = /^[+-]?[0-9]+$/;

/** `Integer.valueOf(String)`: Java `Integer.parseInt` rules; failure is `System.TypeException: Invalid integer: s`. */
export function parseInteger(s: string): number {
    if (JAVA_INTEGER.test(s)) {
        const v = BigInt(s);
        if (v >= BigInt(INTEGER_MIN) && v <= BigInt(INTEGER_MAX)) return Number(v);
    }
    throw typeException(`Invalid integer: ${s}`);
}

/** `Long.valueOf(String)`: Java `Long.parseLong` rules; failure is `System.TypeException: Invalid long: s`. */
export function parseLong(s: string): bigint {
    if (JAVA_INTEGER.test(s)) {
        const v = BigInt(s);
        if (v >= LONG_MIN && v <= LONG_MAX) return v;
    }
    throw typeException(`Invalid long: ${s}`);
}

const JAVA_DECIMAL_FLOAT = /^[+-]?(?:NaN|Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[fFdD]?)$/;
const JAVA_HEX_FLOAT = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?[0-9]+)[fFdD]?$/;

/**
 * `Double.valueOf(String)`: Java `Double.parseDouble` grammar ("As in Java, the String is interpreted as
 * representing a signed decimal"): surrounding characters <= U+0020 are ignored, a trailing f/F/d/D type suffix
 * is allowed, NaN/Infinity and hexadecimal floating literals are accepted. Failure is
 * `System.TypeException: Invalid double: s`.
 */
export function parseDouble(s: string): number {
    const t = javaTrim(s);
    if (JAVA_DECIMAL_FLOAT.test(t)) {
        const body = t.replace(/[fFdD]$/, '');
        if (body.endsWith('NaN')) return NaN;
        return Number(body);
    }
    const hex = JAVA_HEX_FLOAT.exec(t);
    if (hex && (hex[2] !== '' || (hex[3] ?? '') !== '')) return parseHexFloat(hex);
    throw typeException(`Invalid double: ${s}`);
}

function parseHexFloat(m: RegExpExecArray): number {
    const intDigits = m[2];
    const fracDigits = m[3] ?? '';
    const mantissa = BigInt(`0x0${intDigits}${fracDigits}`);
    const value = Number(mantissa) * Math.pow(2, Number(m[4]) - 4 * fracDigits.length);
    return m[1] === '-' ? -value : value;
}

/** Java `String.trim()`: strips every char <= U+0020 from both ends (not Unicode whitespace). */
export function javaTrim(s: string): string {
    let start = 0;
    let end = s.length;
    while (start < end && s.charCodeAt(start) <= 0x20) start++;
    while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
    return s.slice(start, end);
}

// ---------------------------------------------------------------------------------------------------------------
// Locale formatting (Integer.format, Long.format)
// ---------------------------------------------------------------------------------------------------------------

/** en_US grouping of an integral digit string: `1234567` -> `1,234,567`. */
export function groupThousands(digits: string): string {
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `Integer.format()` / `Long.format()` for en_US: Java NumberFormat with grouping ("1,234"). */
export function formatIntegerEnUs(value: number | bigint): string {
    const s = value.toString();
    return s.startsWith('-') ? `-${groupThousands(s.slice(1))}` : groupThousands(s);
}
