/**
 * Apex numbers at runtime:
 * - Integer: a JavaScript number holding an int32 (the common case, kept unboxed for speed)
 * - Long: a bigint holding an int64
 * - Double: an ApexDouble box, so an Object holding 1.0d is never mistaken for the Integer 1
 * - Decimal: an ApexDecimal
 * Integer and Long arithmetic wraps on overflow, as in Apex (and Java).
 */
import { apexError } from '../runtime/errors';
import { ApexDecimal } from './decimal';
import { doubleToInt, doubleToLong, toInt64 as wrapLong } from '../lib/double';

// Java's (int) and (long) casts and 64-bit wrapping live with the other number primitives in lib/double.
export { doubleToInt, doubleToLong, wrapLong };

export class ApexDouble {
    constructor(readonly v: number) {}
}

export { ApexDecimal };

/** 1 Integer, 2 Long, 3 Double, 4 Decimal, 0 not a number. */
export function numTag(v: unknown): number {
    if (typeof v === 'number') {
        return 1;
    }
    if (typeof v === 'bigint') {
        return 2;
    }
    if (v instanceof ApexDouble) {
        return 3;
    }
    if (v instanceof ApexDecimal) {
        return 4;
    }
    return 0;
}

export function divideByZero(): never {
    throw apexError('System.MathException', 'Divide by 0');
}

// ----------------------------------------------------------------------------------------------- converting

export function toLong(v: unknown): bigint {
    if (typeof v === 'bigint') {
        return v;
    }
    if (typeof v === 'number') {
        return BigInt(v);
    }
    if (v instanceof ApexDouble) {
        return doubleToLong(v.v);
    }
    if (v instanceof ApexDecimal) {
        return wrapLong(v.longValue());
    }
    throw new TypeError(`not a number: ${String(v)}`);
}

export function toInt(v: unknown): number {
    if (typeof v === 'number') {
        return v;
    }
    if (typeof v === 'bigint') {
        return Number(BigInt.asIntN(32, v));
    }
    if (v instanceof ApexDouble) {
        return doubleToInt(v.v);
    }
    if (v instanceof ApexDecimal) {
        return v.intValue();
    }
    throw new TypeError(`not a number: ${String(v)}`);
}

export function toDoubleNumber(v: unknown): number {
    if (typeof v === 'number') {
        return v;
    }
    if (typeof v === 'bigint') {
        return Number(v);
    }
    if (v instanceof ApexDouble) {
        return v.v;
    }
    if (v instanceof ApexDecimal) {
        return v.doubleValue();
    }
    throw new TypeError(`not a number: ${String(v)}`);
}

export function toDouble(v: unknown): ApexDouble {
    return v instanceof ApexDouble ? v : new ApexDouble(toDoubleNumber(v));
}

export function toDecimal(v: unknown): ApexDecimal {
    if (v instanceof ApexDecimal) {
        return v;
    }
    if (typeof v === 'number') {
        return ApexDecimal.fromInteger(v);
    }
    if (typeof v === 'bigint') {
        return ApexDecimal.fromInteger(v);
    }
    if (v instanceof ApexDouble) {
        return ApexDecimal.fromDouble(v.v);
    }
    throw new TypeError(`not a number: ${String(v)}`);
}

/** Converts a number to the type of the given rank (1..4). */
export function toRank(v: unknown, rank: number): unknown {
    switch (rank) {
        case 1:
            return toInt(v);
        case 2:
            return toLong(v);
        case 3:
            return toDouble(v);
        default:
            return toDecimal(v);
    }
}

// ----------------------------------------------------------------------------------------------- arithmetic

export type ArithOp = '+' | '-' | '*' | '/';

export function intArith(op: ArithOp, a: number, b: number): number {
    switch (op) {
        case '+':
            return (a + b) | 0;
        case '-':
            return (a - b) | 0;
        case '*':
            return Math.imul(a, b);
        case '/':
            if (b === 0) {
                divideByZero();
            }
            return (a / b) | 0;
    }
}

export function longArith(op: ArithOp, a: bigint, b: bigint): bigint {
    switch (op) {
        case '+':
            return wrapLong(a + b);
        case '-':
            return wrapLong(a - b);
        case '*':
            return wrapLong(a * b);
        case '/':
            if (b === 0n) {
                divideByZero();
            }
            return wrapLong(a / b);
    }
}

export function doubleArith(op: ArithOp, a: number, b: number): ApexDouble {
    switch (op) {
        case '+':
            return new ApexDouble(a + b);
        case '-':
            return new ApexDouble(a - b);
        case '*':
            return new ApexDouble(a * b);
        case '/':
            if (b === 0) {
                divideByZero();
            }
            return new ApexDouble(a / b);
    }
}

export function decimalArith(op: ArithOp, a: ApexDecimal, b: ApexDecimal): ApexDecimal {
    switch (op) {
        case '+':
            return a.add(b);
        case '-':
            return a.subtract(b);
        case '*':
            return a.multiply(b);
        case '/':
            if (b.signum() === 0) {
                divideByZero();
            }
            return a.divideOperator(b);
    }
}

/** Arithmetic on two non-null numbers of any Apex numeric types, promoting to the wider one. */
export function arith(op: ArithOp, a: unknown, b: unknown): unknown {
    const rank = Math.max(numTag(a), numTag(b));
    switch (rank) {
        case 1:
            return intArith(op, a as number, b as number);
        case 2:
            return longArith(op, toLong(a), toLong(b));
        case 3:
            return doubleArith(op, toDoubleNumber(a), toDoubleNumber(b));
        default:
            return decimalArith(op, toDecimal(a), toDecimal(b));
    }
}

export function negate(v: unknown): unknown {
    if (typeof v === 'number') {
        return -v | 0;
    }
    if (typeof v === 'bigint') {
        return wrapLong(-v);
    }
    if (v instanceof ApexDouble) {
        return new ApexDouble(-v.v);
    }
    return (v as ApexDecimal).negate();
}

/** Numeric comparison across types: negative, zero or positive. */
export function compareNumbers(a: unknown, b: unknown): number {
    const ta = numTag(a);
    const tb = numTag(b);
    if (ta === 1 && tb === 1) {
        return (a as number) - (b as number);
    }
    const rank = Math.max(ta, tb);
    if (rank === 2) {
        const x = toLong(a);
        const y = toLong(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (rank === 3) {
        const x = toDoubleNumber(a);
        const y = toDoubleNumber(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    return toDecimal(a).compareTo(toDecimal(b));
}

// ------------------------------------------------------------------------------------------------- bitwise

export function bitwise(op: '&' | '|' | '^' | '<<' | '>>' | '>>>', a: unknown, b: unknown): unknown {
    if (typeof a === 'bigint' || typeof b === 'bigint') {
        const x = toLong(a);
        const y = toLong(b);
        switch (op) {
            case '&':
                return x & y;
            case '|':
                return x | y;
            case '^':
                return x ^ y;
            case '<<':
                return wrapLong(x << (y & 63n));
            case '>>':
                return x >> (y & 63n);
            case '>>>':
                return BigInt.asIntN(64, BigInt.asUintN(64, x) >> (y & 63n));
        }
    }
    const x = a as number;
    const y = b as number;
    switch (op) {
        case '&':
            return x & y;
        case '|':
            return x | y;
        case '^':
            return x ^ y;
        case '<<':
            return x << y;
        case '>>':
            return x >> y;
        case '>>>':
            return (x >>> y) | 0;
    }
}
