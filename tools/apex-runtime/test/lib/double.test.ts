import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
    doubleToInt,
    doubleToLong,
    formatDouble,
    formatIntegerEnUs,
    intAdd,
    intDivide,
    intMod,
    intMultiply,
    intShiftRightUnsigned,
    javaTrim,
    longAdd,
    longDivide,
    longMod,
    longMultiply,
    longShiftRightUnsigned,
    parseDouble,
    parseInteger,
    parseLong,
    roundDoubleToLong,
    toInt32
} from '../../src/lib/double';
import { ApexLibraryError } from '../../src/lib/errors';

function assertApexError(fn: () => unknown, apexType: string, message?: string) {
    assert.throws(fn, (e: unknown) => {
        assert.ok(e instanceof ApexLibraryError);
        assert.equal(e.apexType, apexType);
        if (message !== undefined) assert.equal(e.message, message);
        return true;
    });
}

describe('formatDouble is Java Double.toString', () => {
    const cases: Array<[number, string]> = [
        [1, '1.0'],
        [0.1, '0.1'],
        [-0.5, '-0.5'],
        [100, '100.0'],
        [1e10, '1.0E10'],
        [123456789, '1.23456789E8'],
        [1234567, '1234567.0'],
        [9999999, '9999999.0'],
        [1e7, '1.0E7'],
        [0.001, '0.001'],
        [0.0001, '1.0E-4'],
        [1.5e-10, '1.5E-10'],
        [0, '0.0'],
        [-0, '-0.0'],
        [NaN, 'NaN'],
        [Infinity, 'Infinity'],
        [-Infinity, '-Infinity'],
        [12.34, '12.34'],
        [1 / 3, '0.3333333333333333'],
        [2 / 3, '0.6666666666666666'],
        [0.1 + 0.2, '0.30000000000000004'],
        [5e-324, '4.9E-324'],
        [Number.MAX_VALUE, '1.7976931348623157E308'],
        [1e23, '1.0E23'],
        [2.718281828459045, '2.718281828459045'],
        [-1234.5e10, '-1.2345E13']
    ];
    for (const [x, s] of cases) it(`${s}`, () => assert.equal(formatDouble(x), s));
});

describe('Integer arithmetic wraps at 32 bits', () => {
    it('2147483647 + 1 = -2147483648', () => assert.equal(intAdd(2147483647, 1), -2147483648));
    it('multiplication keeps the low 32 bits', () => {
        assert.equal(intMultiply(65536, 65536), 0);
        assert.equal(intMultiply(2147483647, 2), -2);
        assert.equal(intMultiply(123456789, 987654321), -67153019);
    });
    it('division truncates toward zero', () => {
        assert.equal(intDivide(-7, 2), -3);
        assert.equal(intDivide(7, -2), -3);
        assert.equal(intDivide(-2147483648, -1), -2147483648);
    });
    it('Math.mod takes the sign of the dividend (docs: mod(8, 3) = 2, mod(12, 2) = 0)', () => {
        assert.equal(intMod(8, 3), 2);
        assert.equal(intMod(12, 2), 0);
        assert.equal(intMod(-7, 3), -1);
        assert.equal(intMod(7, -3), 1);
        assert.ok(Object.is(intMod(-6, 3), 0));
    });
    it('division or mod by zero is MathException "Divide by 0"', () => {
        assertApexError(() => intDivide(1, 0), 'System.MathException', 'Divide by 0');
        assertApexError(() => intMod(1, 0), 'System.MathException', 'Divide by 0');
        assertApexError(() => longDivide(1n, 0n), 'System.MathException', 'Divide by 0');
        assertApexError(() => longMod(1n, 0n), 'System.MathException', 'Divide by 0');
    });
    it('>>> is a logical shift kept as a signed Integer', () => assert.equal(intShiftRightUnsigned(-1, 28), 15));
    it('toInt32', () => assert.equal(toInt32(4294967296 + 5), 5));
});

describe('Long arithmetic wraps at 64 bits', () => {
    it('overflow', () => {
        assert.equal(longAdd(9223372036854775807n, 1n), -9223372036854775808n);
        assert.equal(longMultiply(4294967296n, 4294967296n), 0n);
    });
    it('division and mod', () => {
        assert.equal(longDivide(-7n, 2n), -3n);
        assert.equal(longMod(-7n, 3n), -1n);
        assert.equal(longDivide(-9223372036854775808n, -1n), -9223372036854775808n);
    });
    it('>>>', () => assert.equal(longShiftRightUnsigned(-1n, 60), 15n));
});

describe('Double conversions', () => {
    it('intValue truncates (docs: 3.14159 -> 3) and saturates', () => {
        assert.equal(doubleToInt(3.14159), 3);
        assert.equal(doubleToInt(-3.9), -3);
        assert.equal(doubleToInt(1e20), 2147483647);
        assert.equal(doubleToInt(-1e20), -2147483648);
        assert.equal(doubleToInt(NaN), 0);
    });
    it('longValue (docs: 421994 -> 421994)', () => {
        assert.equal(doubleToLong(421994), 421994n);
        assert.equal(doubleToLong(1e30), 9223372036854775807n);
    });
    it('round is the closest Long, ties up (docs: 4.5 -> 5, 4.2 -> 4, -4.7 -> -5)', () => {
        assert.equal(roundDoubleToLong(4.5), 5n);
        assert.equal(roundDoubleToLong(4.2), 4n);
        assert.equal(roundDoubleToLong(-4.7), -5n);
        assert.equal(roundDoubleToLong(-4.5), -4n);
        assert.equal(roundDoubleToLong(0.49999999999999994), 0n);
        assert.equal(roundDoubleToLong(NaN), 0n);
    });
});

describe('Parsing', () => {
    it('Integer.valueOf', () => {
        assert.equal(parseInteger('42'), 42);
        assert.equal(parseInteger('-2147483648'), -2147483648);
        assert.equal(parseInteger('+7'), 7);
        for (const bad of ['2147483648', '1.0', ' 1', 'abc', '', '0x10']) {
            assertApexError(() => parseInteger(bad), 'System.TypeException', `Invalid integer: ${bad}`);
        }
    });
    it('Long.valueOf', () => {
        assert.equal(parseLong('9223372036854775807'), 9223372036854775807n);
        assertApexError(
            () => parseLong('9223372036854775808'),
            'System.TypeException',
            'Invalid long: 9223372036854775808'
        );
    });
    it('Double.valueOf follows Double.parseDouble', () => {
        assert.equal(parseDouble('3.14159'), 3.14159);
        assert.equal(parseDouble(' 1e3 '), 1000);
        assert.equal(parseDouble('1.5d'), 1.5);
        assert.equal(parseDouble('-.5'), -0.5);
        assert.equal(parseDouble('Infinity'), Infinity);
        assert.ok(Number.isNaN(parseDouble('NaN')));
        assert.equal(parseDouble('0x1.8p1'), 3);
        for (const bad of ['abc', '', '1,5', '1e', '.']) {
            assertApexError(() => parseDouble(bad), 'System.TypeException', `Invalid double: ${bad}`);
        }
    });
    it('javaTrim strips control chars but not NBSP', () => {
        assert.equal(javaTrim('\t\n x \u0001'), 'x');
        assert.equal(javaTrim('\u00a0x\u00a0'), '\u00a0x\u00a0');
    });
    it('Integer.format for en_US', () => {
        assert.equal(formatIntegerEnUs(1234567), '1,234,567');
        assert.equal(formatIntegerEnUs(-1000n), '-1,000');
        assert.equal(formatIntegerEnUs(999), '999');
    });
});
