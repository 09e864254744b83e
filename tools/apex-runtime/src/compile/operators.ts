/**
 * Apex operators on runtime values, specialised by the operands' static types where they are known (Integer
 * arithmetic compiles to a wrap-around JavaScript expression) and decided from the values where they are not.
 */
import type { BinaryOp } from '../parse/ast';
import { nullPointer } from '../runtime/errors';
import { ApexDate, ApexDatetime, ApexTime } from '../values/dates';
import { apexEquals, compareForOperator, exactEquals } from '../values/equality';
import { toApexString } from '../values/format';
import { ApexId } from '../values/id';
import {
    ApexDecimal,
    ApexDouble,
    arith,
    bitwise,
    decimalArith,
    doubleArith,
    intArith,
    longArith,
    numTag,
    toDecimal,
    toDoubleNumber,
    toLong,
    type ArithOp
} from '../values/numeric';
import { addDays, addMillis } from './dateArith';
import { isDynamic, isPrim, isStringLike, numericRank, RANK_TYPES, T, type ApexType } from './types';

export type BinaryFn = (a: unknown, b: unknown) => unknown;

export interface TypedBinary {
    apply: BinaryFn;
    type: ApexType;
}

function concat(a: unknown, b: unknown): string {
    return (typeof a === 'string' ? a : toApexString(a)) + (typeof b === 'string' ? b : toApexString(b));
}

function isDateLike(v: unknown): boolean {
    return v instanceof ApexDate || v instanceof ApexDatetime || v instanceof ApexTime;
}

/** Date/Datetime/Time plus or minus a number: days for dates, milliseconds for Time (Apex semantics). */
function dateArith(op: '+' | '-', d: unknown, n: unknown): unknown {
    const sign = op === '+' ? 1 : -1;
    if (d instanceof ApexDate) {
        return addDays(d, sign * Number(toLong(n)));
    }
    if (d instanceof ApexDatetime) {
        return addMillis(d, sign * toDoubleNumber(n) * 86400000);
    }
    return addMillis(d as ApexTime, sign * Number(toLong(n)));
}

/** `+ - * /` when nothing is known statically. */
function dynamicArith(op: ArithOp): BinaryFn {
    return (a, b) => {
        if (
            op === '+' &&
            (typeof a === 'string' || typeof b === 'string' || a instanceof ApexId || b instanceof ApexId)
        ) {
            return concat(a, b);
        }
        if (a === null || b === null) {
            throw nullPointer();
        }
        if ((op === '+' || op === '-') && isDateLike(a)) {
            return dateArith(op, a, b);
        }
        return arith(op, a, b);
    };
}

function arithmetic(op: ArithOp, left: ApexType, right: ApexType): TypedBinary {
    if (op === '+' && (isStringLike(left) || isStringLike(right))) {
        return { apply: concat, type: T.String };
    }
    const leftRank = numericRank(left);
    const rightRank = numericRank(right);
    if (leftRank > 0 && rightRank > 0) {
        const rank = Math.max(leftRank, rightRank);
        const type = RANK_TYPES[rank];
        switch (rank) {
            case 1:
                if (op === '+') {
                    return {
                        apply: (a, b) => {
                            if (a === null || b === null) {
                                throw nullPointer();
                            }
                            return ((a as number) + (b as number)) | 0;
                        },
                        type
                    };
                }
                return {
                    apply: (a, b) => {
                        if (a === null || b === null) {
                            throw nullPointer();
                        }
                        return intArith(op, a as number, b as number);
                    },
                    type
                };
            case 2:
                return {
                    apply: (a, b) => {
                        if (a === null || b === null) {
                            throw nullPointer();
                        }
                        return longArith(op, toLong(a), toLong(b));
                    },
                    type
                };
            case 3:
                return {
                    apply: (a, b) => {
                        if (a === null || b === null) {
                            throw nullPointer();
                        }
                        return doubleArith(op, toDoubleNumber(a), toDoubleNumber(b));
                    },
                    type
                };
            default:
                return {
                    apply: (a, b) => {
                        if (a === null || b === null) {
                            throw nullPointer();
                        }
                        return decimalArith(
                            op,
                            a instanceof ApexDecimal ? a : toDecimal(a),
                            b instanceof ApexDecimal ? b : toDecimal(b)
                        );
                    },
                    type
                };
        }
    }
    if (
        (op === '+' || op === '-') &&
        left.k === 'prim' &&
        (left.name === 'Date' || left.name === 'Datetime' || left.name === 'Time')
    ) {
        return {
            apply: (a, b) => {
                if (a === null || b === null) {
                    throw nullPointer();
                }
                return dateArith(op, a, b);
            },
            type: left
        };
    }
    let type: ApexType = T.unknown;
    if (op === '+' && (isDynamic(left) || isDynamic(right)) && !(leftRank || rightRank)) {
        type = T.unknown;
    } else if (leftRank || rightRank) {
        type = isDynamic(left) || isDynamic(right) ? T.unknown : RANK_TYPES[Math.max(leftRank, rightRank)];
    }
    return { apply: dynamicArith(op), type };
}

function comparison(op: '<' | '>' | '<=' | '>=', left: ApexType, right: ApexType): TypedBinary {
    const test =
        op === '<'
            ? (c: number) => c < 0
            : op === '>'
              ? (c: number) => c > 0
              : op === '<='
                ? (c: number) => c <= 0
                : (c: number) => c >= 0;
    if (isPrim(left, 'Integer') && isPrim(right, 'Integer')) {
        // The hot path of every counted loop.
        switch (op) {
            case '<':
                return { apply: (a, b) => a !== null && b !== null && (a as number) < (b as number), type: T.Boolean };
            case '>':
                return { apply: (a, b) => a !== null && b !== null && (a as number) > (b as number), type: T.Boolean };
            case '<=':
                return { apply: (a, b) => a !== null && b !== null && (a as number) <= (b as number), type: T.Boolean };
            default:
                return { apply: (a, b) => a !== null && b !== null && (a as number) >= (b as number), type: T.Boolean };
        }
    }
    return {
        apply: (a, b) => {
            if (a === null || b === null) {
                // Apex: a null number or date compares false; a non-null String or Id is greater than null.
                const stringy =
                    typeof a === 'string' || typeof b === 'string' || a instanceof ApexId || b instanceof ApexId;
                if (!stringy) {
                    return a === null && b === null && (isStringLike(left) || isStringLike(right))
                        ? op === '<=' || op === '>='
                        : false;
                }
                return test(a === null ? (b === null ? 0 : -1) : 1);
            }
            return test(compareForOperator(a, b)!);
        },
        type: T.Boolean
    };
}

function equality(op: '==' | '!=' | '===' | '!==', left: ApexType, right: ApexType): TypedBinary {
    const negate = op === '!=' || op === '!==';
    let eq: BinaryFn;
    if (op === '===' || op === '!==') {
        eq = exactEquals as BinaryFn;
    } else if (
        (isPrim(left, 'Integer') || isPrim(left, 'Boolean')) &&
        (isPrim(right, 'Integer') || isPrim(right, 'Boolean') || right.k === 'null')
    ) {
        eq = (a, b) => a === b;
    } else if (isPrim(left, 'String') && isPrim(right, 'String')) {
        eq = (a, b) =>
            a === b || (a !== null && b !== null && (a as string).toLowerCase() === (b as string).toLowerCase());
    } else {
        eq = apexEquals as BinaryFn;
    }
    return { apply: negate ? (a, b) => !eq(a, b) : eq, type: T.Boolean };
}

function bitOrLogical(op: '&' | '|' | '^', left: ApexType, right: ApexType): TypedBinary {
    if (isPrim(left, 'Boolean') || isPrim(right, 'Boolean')) {
        return {
            apply: (a, b) => {
                if (a === null || b === null) {
                    throw nullPointer();
                }
                return op === '&' ? a && b : op === '|' ? a || b : a !== b;
            },
            type: T.Boolean
        };
    }
    const type =
        isPrim(left, 'Long') || isPrim(right, 'Long') ? T.Long : numericRank(left) === 1 ? T.Integer : T.unknown;
    return {
        apply: (a, b) => {
            if (a === null || b === null) {
                throw nullPointer();
            }
            if (typeof a === 'boolean') {
                return op === '&' ? a && b : op === '|' ? a || b : a !== b;
            }
            return bitwise(op, a, b);
        },
        type
    };
}

function shift(op: '<<' | '>>' | '>>>', left: ApexType): TypedBinary {
    return {
        apply: (a, b) => {
            if (a === null || b === null) {
                throw nullPointer();
            }
            return bitwise(op, a, b);
        },
        type: isPrim(left, 'Long') ? T.Long : isDynamic(left) ? T.unknown : T.Integer
    };
}

/** The value operation for a non-short-circuit binary operator. `&&`, `||` and `??` are compiled inline. */
export function binaryOperation(op: BinaryOp, left: ApexType, right: ApexType): TypedBinary {
    switch (op) {
        case '+':
        case '-':
        case '*':
        case '/':
            return arithmetic(op, left, right);
        case '<':
        case '>':
        case '<=':
        case '>=':
            return comparison(op, left, right);
        case '==':
        case '!=':
        case '===':
        case '!==':
            return equality(op, left, right);
        case '&':
        case '|':
        case '^':
            return bitOrLogical(op, left, right);
        case '<<':
        case '>>':
        case '>>>':
            return shift(op, left);
        default:
            throw new Error(`not a value operator: ${op}`);
    }
}

/** `++`/`--` on a value of the given type. */
export function incrementOperation(type: ApexType, delta: 1 | -1): (v: unknown) => unknown {
    return (v) => {
        if (v === null) {
            throw nullPointer();
        }
        if (typeof v === 'number') {
            return (v + delta) | 0;
        }
        if (typeof v === 'bigint') {
            return BigInt.asIntN(64, v + BigInt(delta));
        }
        if (v instanceof ApexDouble) {
            return new ApexDouble(v.v + delta);
        }
        if (v instanceof ApexDecimal) {
            return v.add(toDecimal(delta));
        }
        return arith('+', v, delta);
    };
}

export function isNumber(v: unknown): boolean {
    return numTag(v) > 0;
}
