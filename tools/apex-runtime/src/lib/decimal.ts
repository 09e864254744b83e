/**
 * Apex `Decimal`: an immutable arbitrary-precision decimal modelled exactly like Java's `BigDecimal`
 * (value = unscaled x 10^-scale). The Apex Reference (Decimal Class, Decimal Data Type) documents:
 *   - literals and `Decimal.valueOf(String)` keep the scale of the text ("1.10" has scale 2);
 *   - a Decimal created from a non-decimal number is first converted to a String (so Double 1.0 -> scale 1);
 *   - `setScale(n)` and `round()` use HALF_EVEN; `round(mode)`/`setScale(n, mode)`/`divide(d, s, mode)` take a
 *     `System.RoundingMode`; UNNECESSARY on an inexact result throws MathException;
 *   - `format()` uses the user's locale ("12,345.679" for 12345.6789 in en_US).
 * Everything the docs leave open follows Java BigDecimal, and each such place says so.
 */
import { formatDouble, groupThousands, LONG_MAX, LONG_MIN } from './double';
import { divideByZero, mathException, typeException } from './errors';

export type RoundingMode = 'UP' | 'DOWN' | 'CEILING' | 'FLOOR' | 'HALF_UP' | 'HALF_DOWN' | 'HALF_EVEN' | 'UNNECESSARY';

export const ROUNDING_MODES: readonly RoundingMode[] = [
    'UP',
    'DOWN',
    'CEILING',
    'FLOOR',
    'HALF_UP',
    'HALF_DOWN',
    'HALF_EVEN',
    'UNNECESSARY'
];

/**
 * Precision of the `/` operator on Decimals. The Apex docs say nothing; a real org returns
 * `1/31 = 0.0322580645161290322580645161290323` (scale 34, last digit rounded half-up; reported against another
 * emulator in octoberswimmer/aer-dist#345). We model that as: an inexact quotient keeps 34 digits counted from
 * the decimal point's left edge, i.e. 34 fractional digits when |q| < 1 and 34 significant digits otherwise,
 * rounded HALF_UP. Exact quotients are returned exactly, with Java's preferred scale (dividend.scale -
 * divisor.scale) when that is enough: 1.50 / 3 = 0.50, 1 / 4 = 0.25. Flag: approximation.
 */
export const DECIMAL_DIVISION_DIGITS = 34;

const TEN = 10n;
const POW10_CACHE: bigint[] = [1n];

function pow10(n: number): bigint {
    if (n < 0) throw new RangeError(`negative power of ten: ${n}`);
    while (POW10_CACHE.length <= n) POW10_CACHE.push(POW10_CACHE[POW10_CACHE.length - 1] * TEN);
    return POW10_CACHE[n];
}

function absBig(x: bigint): bigint {
    return x < 0n ? -x : x;
}

function signBig(x: bigint): number {
    return x < 0n ? -1 : x > 0n ? 1 : 0;
}

/** Number of decimal digits of |x|; 0 has one digit (Java BigDecimal.precision of zero is 1). */
function digitCount(x: bigint): number {
    return absBig(x).toString().length;
}

/**
 * Integer division n / d rounded with `mode`. This is the single rounding primitive; every Decimal operation
 * that discards digits goes through it, so all eight RoundingMode values behave identically everywhere.
 */
export function roundedDivide(n: bigint, d: bigint, mode: RoundingMode): bigint {
    if (d === 0n) throw divideByZero();
    const q = n / d;
    const r = n % d;
    if (r === 0n) return q;
    const sign = signBig(n) * signBig(d);
    const away = q + BigInt(sign);
    const twiceRem = absBig(r) * 2n;
    const absD = absBig(d);
    switch (mode) {
        case 'UP':
            return away;
        case 'DOWN':
            return q;
        case 'CEILING':
            return sign > 0 ? away : q;
        case 'FLOOR':
            return sign < 0 ? away : q;
        case 'HALF_UP':
            return twiceRem >= absD ? away : q;
        case 'HALF_DOWN':
            return twiceRem > absD ? away : q;
        case 'HALF_EVEN':
            if (twiceRem !== absD) return twiceRem > absD ? away : q;
            return q % 2n === 0n ? q : away;
        case 'UNNECESSARY':
            // Java: ArithmeticException("Rounding necessary"); the Apex docs name the type MathException.
            throw mathException('Rounding necessary');
    }
}

const DECIMAL_LITERAL = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?$/;

export class ApexDecimal {
    /** The unscaled integer value (BigDecimal.unscaledValue()). */
    readonly unscaled: bigint;
    /** The scale: number of digits after the decimal point; may be negative (BigDecimal.scale()). */
    readonly decimalScale: number;

    private constructor(unscaled: bigint, scale: number) {
        this.unscaled = unscaled;
        this.decimalScale = scale;
    }

    static readonly ZERO = new ApexDecimal(0n, 0);
    static readonly ONE = new ApexDecimal(1n, 0);

    static of(unscaled: bigint, scale = 0): ApexDecimal {
        return new ApexDecimal(unscaled, scale);
    }

    /**
     * Parses Java BigDecimal(String) syntax: sign, digits, optional fraction, optional exponent. Used for Apex
     * Decimal literals and `Decimal.valueOf(String)` ("As in Java, the string is interpreted as representing a
     * signed Decimal"). Invalid text is `System.TypeException: Invalid decimal: <text>`.
     */
    static parse(text: string): ApexDecimal {
        const m = DECIMAL_LITERAL.exec(text);
        const intPart = m?.[2] ?? '';
        const fracPart = m?.[3] ?? '';
        if (!m || intPart.length + fracPart.length === 0) throw typeException(`Invalid decimal: ${text}`);
        const exponent = m[4] === undefined ? 0 : Number(m[4]);
        const unscaled = BigInt(`${m[1] === '-' ? '-' : ''}${intPart}${fracPart}`);
        return new ApexDecimal(unscaled, fracPart.length - exponent);
    }

    /** `Decimal.valueOf(String)`. */
    static valueOf(text: string): ApexDecimal {
        return ApexDecimal.parse(text);
    }

    /** `Decimal.valueOf(Long)` and the implicit Integer/Long -> Decimal conversion: scale 0. */
    static fromInteger(value: number | bigint): ApexDecimal {
        return new ApexDecimal(BigInt(value), 0);
    }

    /**
     * `Decimal.valueOf(Double)` and the implicit Double -> Decimal conversion. The docs: "If the Decimal is created
     * from a non-decimal number, the number is first converted to a String", i.e. Java `BigDecimal.valueOf(double)`
     * over `Double.toString`: 1.0 -> 1.0 (scale 1), 0.1 -> 0.1, 1e10 -> 1.0E+10. NaN and infinities cannot be
     * Decimals (Java NumberFormatException), surfaced as TypeException.
     */
    static fromDouble(value: number): ApexDecimal {
        if (!Number.isFinite(value)) throw typeException(`Invalid decimal: ${formatDouble(value)}`);
        return ApexDecimal.parse(formatDouble(value));
    }

    /** The exact binary value of a double, like Java `new BigDecimal(double)`; used for correct rounding in format(). */
    static exactFromDouble(value: number): ApexDecimal {
        if (!Number.isFinite(value)) throw typeException(`Invalid decimal: ${formatDouble(value)}`);
        if (value === 0) return ApexDecimal.ZERO;
        const view = new DataView(new ArrayBuffer(8));
        view.setFloat64(0, value);
        const bits = view.getBigUint64(0);
        const negative = bits >> 63n === 1n;
        const biasedExp = Number((bits >> 52n) & 0x7ffn);
        let mantissa = bits & ((1n << 52n) - 1n);
        let exp2 = biasedExp - 1075;
        if (biasedExp === 0) exp2 = -1074;
        else mantissa |= 1n << 52n;
        const signed = negative ? -mantissa : mantissa;
        if (exp2 >= 0) return new ApexDecimal(signed << BigInt(exp2), 0);
        // m * 2^-k = m * 5^k / 10^k
        return new ApexDecimal(signed * 5n ** BigInt(-exp2), -exp2).stripTrailingZeros();
    }

    // ------------------------------------------------------------------ accessors

    /** `scale()`: digits after the decimal point. */
    scale(): number {
        return this.decimalScale;
    }

    /** `precision()`: total number of digits of the unscaled value (123.45 -> 5, 123.123 -> 6; Java: 0 -> 1). */
    precision(): number {
        return digitCount(this.unscaled);
    }

    signum(): number {
        return signBig(this.unscaled);
    }

    isZero(): boolean {
        return this.unscaled === 0n;
    }

    // ------------------------------------------------------------------ arithmetic (BigDecimal scale rules)

    /** `+`: exact; result scale is max(this.scale, other.scale). */
    add(other: ApexDecimal): ApexDecimal {
        const scale = Math.max(this.decimalScale, other.decimalScale);
        return new ApexDecimal(this.rescaledUnscaled(scale) + other.rescaledUnscaled(scale), scale);
    }

    /** `-`: exact; result scale is max(this.scale, other.scale). */
    subtract(other: ApexDecimal): ApexDecimal {
        const scale = Math.max(this.decimalScale, other.decimalScale);
        return new ApexDecimal(this.rescaledUnscaled(scale) - other.rescaledUnscaled(scale), scale);
    }

    /** `*`: exact; result scale is this.scale + other.scale (1.10 * 2.0 = 2.200). */
    multiply(other: ApexDecimal): ApexDecimal {
        return new ApexDecimal(this.unscaled * other.unscaled, this.decimalScale + other.decimalScale);
    }

    negate(): ApexDecimal {
        return new ApexDecimal(-this.unscaled, this.decimalScale);
    }

    /** `abs()`: keeps the scale. */
    abs(): ApexDecimal {
        return this.unscaled < 0n ? this.negate() : this;
    }

    /** The `/` operator. See DECIMAL_DIVISION_DIGITS for the documented-by-observation precision model. */
    divideOperator(divisor: ApexDecimal): ApexDecimal {
        if (divisor.isZero()) throw divideByZero();
        const preferredScale = this.decimalScale - divisor.decimalScale;
        if (this.isZero()) return new ApexDecimal(0n, preferredScale);
        const { num, den } = this.ratioTo(divisor);
        const exact = exactQuotient(num, den, preferredScale);
        const intPart = absBig(num) / absBig(den);
        const intDigits = intPart === 0n ? 0 : digitCount(intPart);
        const allowedScale = DECIMAL_DIVISION_DIGITS - intDigits;
        if (exact && exact.decimalScale <= allowedScale) return exact;
        let rounded = roundAtScale(num, den, allowedScale, 'HALF_UP');
        // A carry (9.99.. -> 10.00..) can add an integer digit; Java's MathContext rounding re-rounds then.
        if (intDigits > 0 && digitCount(rounded.unscaled) > DECIMAL_DIVISION_DIGITS) {
            rounded = roundAtScale(num, den, allowedScale - 1, 'HALF_UP');
        }
        return rounded.stripTrailingZerosDownTo(preferredScale);
    }

    /**
     * `divide(divisor, scale[, roundingMode])`. With no mode the docs give only an exact example
     * (19.divide(100, 3) = 0.190); we round HALF_UP, the same rule the `/` operator shows in a real org.
     */
    divide(divisor: ApexDecimal, scale: number, mode: RoundingMode = 'HALF_UP'): ApexDecimal {
        if (divisor.isZero()) throw divideByZero();
        const { num, den } = this.ratioTo(divisor);
        return roundAtScale(num, den, scale, mode);
    }

    /** `pow(n)`: exact, scale = this.scale * n. Java rejects negative exponents ("Invalid operation"). */
    pow(exponent: number): ApexDecimal {
        if (!Number.isInteger(exponent) || exponent < 0 || exponent > 999999999) {
            throw mathException('Invalid operation');
        }
        return new ApexDecimal(this.unscaled ** BigInt(exponent), this.decimalScale * exponent);
    }

    // ------------------------------------------------------------------ scale and rounding

    /** `setScale(n)` (HALF_EVEN, per the docs) and `setScale(n, mode)`. */
    setScale(newScale: number, mode: RoundingMode = 'HALF_EVEN'): ApexDecimal {
        if (newScale >= this.decimalScale) {
            return new ApexDecimal(this.unscaled * pow10(newScale - this.decimalScale), newScale);
        }
        const unscaled = roundedDivide(this.unscaled, pow10(this.decimalScale - newScale), mode);
        return new ApexDecimal(unscaled, newScale);
    }

    /** `round()` (HALF_EVEN: 4.5 -> 4, 5.5 -> 6, -5.7 -> -6) and `round(mode)`; returns a Long. */
    round(mode: RoundingMode = 'HALF_EVEN'): bigint {
        return BigInt.asIntN(64, this.setScale(0, mode).unscaled);
    }

    /** `stripTrailingZeros()`: 1.10000 -> 1.1; zero becomes 0 (scale 0), as in Java 8+. */
    stripTrailingZeros(): ApexDecimal {
        if (this.isZero()) return ApexDecimal.ZERO;
        return this.stripTrailingZerosDownTo(-Infinity);
    }

    private stripTrailingZerosDownTo(minScale: number): ApexDecimal {
        let u = this.unscaled;
        let s = this.decimalScale;
        while (s > minScale && u !== 0n && u % TEN === 0n) {
            u /= TEN;
            s--;
        }
        return s === this.decimalScale ? this : new ApexDecimal(u, s);
    }

    // ------------------------------------------------------------------ comparison

    /** `compareTo`: numeric, ignores scale (-1, 0, 1). */
    compareTo(other: ApexDecimal): number {
        const scale = Math.max(this.decimalScale, other.decimalScale);
        const a = this.rescaledUnscaled(scale);
        const b = other.rescaledUnscaled(scale);
        return a < b ? -1 : a > b ? 1 : 0;
    }

    /** `==` on Decimals compares numerically: 1.10 == 1.1 is true. */
    equalsNumeric(other: ApexDecimal): boolean {
        return this.compareTo(other) === 0;
    }

    /** Same value and same scale (Java BigDecimal.equals): 1.10 vs 1.1 is false. */
    equalsExact(other: ApexDecimal): boolean {
        return this.unscaled === other.unscaled && this.decimalScale === other.decimalScale;
    }

    /**
     * Java BigDecimal.hashCode (31 * unscaled.hashCode() + scale). The docs warn that 1.1 and 1.10 "generally do
     * not have the same hashcode", so Sets and Map keys that hash Decimals must use this, not the numeric value.
     */
    hashCode(): number {
        return (Math.imul(31, bigIntegerHashCode(this.unscaled)) + this.decimalScale) | 0;
    }

    // ------------------------------------------------------------------ conversions

    /** `intValue()`: Java BigDecimal.intValue, i.e. truncate the fraction then keep the low 32 bits. */
    intValue(): number {
        return Number(BigInt.asIntN(32, this.truncatedInteger()));
    }

    /** `longValue()`: truncate the fraction then keep the low 64 bits. */
    longValue(): bigint {
        return BigInt.asIntN(64, this.truncatedInteger());
    }

    /** `doubleValue()`: the nearest double (JS Number parsing is correctly rounded, like Java's). */
    doubleValue(): number {
        return Number(this.toString());
    }

    /** True when longValue() loses nothing (no fraction, within the Long range). */
    fitsInLong(): boolean {
        const t = this.truncatedInteger();
        return this.compareTo(ApexDecimal.of(t)) === 0 && t >= LONG_MIN && t <= LONG_MAX;
    }

    /**
     * `String.valueOf(Decimal)` / `System.debug`: Java BigDecimal.toString. Plain notation unless the scale is
     * negative or the adjusted exponent is below -6, then scientific with an explicit sign ("1E-7", "1.0E+10").
     */
    toString(): string {
        const digits = absBig(this.unscaled).toString();
        const sign = this.unscaled < 0n ? '-' : '';
        const adjusted = -this.decimalScale + (digits.length - 1);
        if (this.decimalScale >= 0 && adjusted >= -6) return sign + plainDigits(digits, this.decimalScale);
        const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        return `${sign}${mantissa}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
    }

    /** `toPlainString()`: never scientific; a negative scale is written out with zeros. */
    toPlainString(): string {
        const digits = absBig(this.unscaled).toString();
        const sign = this.unscaled < 0n ? '-' : '';
        if (this.decimalScale <= 0) {
            const zeros = this.unscaled === 0n ? '' : '0'.repeat(-this.decimalScale);
            return sign + digits + zeros;
        }
        return sign + plainDigits(digits, this.decimalScale);
    }

    /**
     * `format()` for en_US: Java NumberFormat.getInstance(Locale.US), i.e. pattern "#,##0.###": grouping, at most
     * three fraction digits, HALF_EVEN rounding, no trailing fraction zeros ("12,345.679" for 12345.6789, the
     * docs' example). Like Java, a negative value that rounds to zero prints "-0".
     */
    format(): string {
        return formatGroupedEnUs(this, 3);
    }

    // ------------------------------------------------------------------ internals

    private rescaledUnscaled(scale: number): bigint {
        return this.unscaled * pow10(scale - this.decimalScale);
    }

    private truncatedInteger(): bigint {
        if (this.decimalScale <= 0) return this.unscaled * pow10(-this.decimalScale);
        return this.unscaled / pow10(this.decimalScale);
    }

    /** this / divisor as an integer fraction num/den (den may be negative). */
    private ratioTo(divisor: ApexDecimal): { num: bigint; den: bigint } {
        const shift = divisor.decimalScale - this.decimalScale;
        if (shift >= 0) return { num: this.unscaled * pow10(shift), den: divisor.unscaled };
        return { num: this.unscaled, den: divisor.unscaled * pow10(-shift) };
    }
}

/** num/den rounded to `scale` fractional digits. */
function roundAtScale(num: bigint, den: bigint, scale: number, mode: RoundingMode): ApexDecimal {
    if (scale >= 0) return ApexDecimal.of(roundedDivide(num * pow10(scale), den, mode), scale);
    return ApexDecimal.of(roundedDivide(num, den * pow10(-scale), mode), scale);
}

function gcd(a: bigint, b: bigint): bigint {
    let x = absBig(a);
    let y = absBig(b);
    while (y !== 0n) [x, y] = [y, x % y];
    return x;
}

/**
 * The exact decimal value of num/den if it terminates, at the smallest scale >= preferredScale that represents
 * it (Java's rule for exact quotients); null when the expansion does not terminate.
 */
function exactQuotient(num: bigint, den: bigint, preferredScale: number): ApexDecimal | null {
    const g = gcd(num, den);
    let n = num / g;
    let d = den / g;
    if (d < 0n) {
        n = -n;
        d = -d;
    }
    let twos = 0;
    let fives = 0;
    let rest = d;
    while (rest % 2n === 0n) {
        rest /= 2n;
        twos++;
    }
    while (rest % 5n === 0n) {
        rest /= 5n;
        fives++;
    }
    if (rest !== 1n) return null;
    const k = Math.max(twos, fives);
    // num/den is the value itself, so value * 10^k = n * (10^k / d) is an integer.
    let result = ApexDecimal.of(n * (pow10(k) / d), k);
    if (k < preferredScale) return result.setScale(preferredScale);
    // Prefer the scale closest to preferredScale: drop trailing zeros, never below preferredScale.
    while (result.decimalScale > preferredScale && result.unscaled % TEN === 0n && result.unscaled !== 0n) {
        result = ApexDecimal.of(result.unscaled / TEN, result.decimalScale - 1);
    }
    return result;
}

function plainDigits(digits: string, scale: number): string {
    if (scale === 0) return digits;
    if (digits.length > scale)
        return `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
    return `0.${'0'.repeat(scale - digits.length)}${digits}`;
}

/** Java BigInteger.hashCode over the 32-bit big-endian magnitude words, times the signum. */
function bigIntegerHashCode(value: bigint): number {
    let mag = absBig(value);
    const words: number[] = [];
    while (mag > 0n) {
        words.unshift(Number(mag & 0xffffffffn));
        mag >>= 32n;
    }
    let h = 0;
    for (const w of words) h = (Math.imul(31, h) + w) | 0;
    return Math.imul(h, signBig(value));
}

/** "#,##0.###"-style en_US formatting with `maxFraction` digits, HALF_EVEN. */
export function formatGroupedEnUs(value: ApexDecimal, maxFraction: number): string {
    const negative = value.signum() < 0;
    const rounded = value.abs().setScale(maxFraction, 'HALF_EVEN').stripTrailingZeros();
    const plain = rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    const [intPart, fracPart] = plain.split('.');
    const body = groupThousands(intPart) + (fracPart ? `.${fracPart}` : '');
    return negative ? `-${body}` : body;
}

/**
 * `Double.format()` for en_US (docs: 1261992 -> "1,261,992"): Java DecimalFormat "#,##0.###" on the double's
 * exact binary value (JDK 8+ rounds ties by the true value, so 1.0005 -> "1"). NaN and infinities use Java's
 * DecimalFormatSymbols for en_US: "NaN" and "∞".
 */
export function formatDoubleEnUs(value: number): string {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
    if (value === 0) return Object.is(value, -0) ? '-0' : '0';
    return formatGroupedEnUs(ApexDecimal.exactFromDouble(value), 3);
}

// ---------------------------------------------------------------------------------------------------------------
// Math class helpers that take or return Decimals
// ---------------------------------------------------------------------------------------------------------------

/** `Math.round(Decimal)` / `Math.roundToLong(Decimal)`: HALF_EVEN to zero places (docs: 4.5 -> 4, 5.5 -> 6). */
export function mathRoundDecimal(value: ApexDecimal): bigint {
    return value.round('HALF_EVEN');
}

/** `Math.ceil(Decimal)`: smallest integral value >= the argument, scale 0. */
export function mathCeilDecimal(value: ApexDecimal): ApexDecimal {
    return value.setScale(0, 'CEILING');
}

/** `Math.floor(Decimal)`: largest integral value <= the argument, scale 0. */
export function mathFloorDecimal(value: ApexDecimal): ApexDecimal {
    return value.setScale(0, 'FLOOR');
}

/** `Math.rint(Decimal)`: the closest integral value, ties to even, scale 0. */
export function mathRintDecimal(value: ApexDecimal): ApexDecimal {
    return value.setScale(0, 'HALF_EVEN');
}

/** `Math.max(Decimal, Decimal)`: on equal values Java returns the first argument. */
export function mathMaxDecimal(a: ApexDecimal, b: ApexDecimal): ApexDecimal {
    return a.compareTo(b) >= 0 ? a : b;
}

/** `Math.min(Decimal, Decimal)`: on equal values Java returns the first argument. */
export function mathMinDecimal(a: ApexDecimal, b: ApexDecimal): ApexDecimal {
    return a.compareTo(b) <= 0 ? a : b;
}

/** Parses an Apex RoundingMode enum constant name (case-insensitive, as Apex identifiers are). */
export function parseRoundingMode(name: string): RoundingMode {
    const upper = name.toUpperCase();
    const found = ROUNDING_MODES.find((m) => m === upper);
    if (!found) throw typeException(`Invalid RoundingMode: ${name}`);
    return found;
}
