import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
    ApexDecimal,
    formatDoubleEnUs,
    mathCeilDecimal,
    mathFloorDecimal,
    mathMaxDecimal,
    mathRintDecimal,
    mathRoundDecimal,
    parseRoundingMode,
    roundedDivide,
    ROUNDING_MODES,
    type RoundingMode
} from '../../src/lib/decimal';
import { ApexLibraryError } from '../../src/lib/errors';

const d = (s: string) => ApexDecimal.parse(s);

function assertApexError(fn: () => unknown, apexType: string, message?: string) {
    assert.throws(fn, (e: unknown) => {
        assert.ok(e instanceof ApexLibraryError, `expected ApexLibraryError, got ${String(e)}`);
        assert.equal(e.apexType, apexType);
        if (message !== undefined) assert.equal(e.message, message);
        return true;
    });
}

describe('Decimal parsing keeps scale', () => {
    const cases: Array<[string, string, number]> = [
        ['1.10', '1.10', 2],
        ['1', '1', 0],
        ['-0.5', '-0.5', 1],
        ['.5', '0.5', 1],
        ['5.', '5', 0],
        ['+3.0', '3.0', 1],
        ['1E3', '1E+3', -3],
        ['1.5e2', '1.5E+2', -1],
        ['1.50E-2', '0.0150', 4],
        ['0.000', '0.000', 3],
        ['123456789012345678901234567890.123', '123456789012345678901234567890.123', 3]
    ];
    for (const [text, printed, scale] of cases) {
        it(`${text} -> ${printed} (scale ${scale})`, () => {
            const v = d(text);
            assert.equal(v.toString(), printed);
            assert.equal(v.scale(), scale);
        });
    }
    it('rejects bad text with TypeException "Invalid decimal: abc"', () => {
        for (const bad of ['abc', '', '.', '1..2', '1e', ' 1', '1,000', '--1', 'NaN']) {
            assertApexError(() => ApexDecimal.valueOf(bad), 'System.TypeException', `Invalid decimal: ${bad}`);
        }
    });
});

describe('Decimal toString / toPlainString (Java BigDecimal)', () => {
    it('uses scientific notation only for negative scale or tiny exponents', () => {
        assert.equal(d('0.000001').toString(), '0.000001');
        assert.equal(d('0.0000001').toString(), '1E-7');
        assert.equal(d('0.00000012').toString(), '1.2E-7');
        assert.equal(ApexDecimal.of(12n, -3).toString(), '1.2E+4');
        assert.equal(d('-0.0000001').toString(), '-1E-7');
        assert.equal(ApexDecimal.of(0n, 2).toString(), '0.00');
        assert.equal(ApexDecimal.of(0n, -2).toString(), '0E+2');
    });
    it('toPlainString never uses an exponent', () => {
        assert.equal(d('12345.6789').toPlainString(), '12345.6789');
        assert.equal(d('0.0000001').toPlainString(), '0.0000001');
        assert.equal(ApexDecimal.of(12n, -3).toPlainString(), '12000');
        assert.equal(ApexDecimal.of(-4n, -3).toPlainString(), '-4000');
        assert.equal(ApexDecimal.of(0n, -2).toPlainString(), '0');
    });
});

describe('Decimal arithmetic scale rules', () => {
    it('add/subtract use the larger scale', () => {
        assert.equal(d('1.10').add(d('2.2')).toString(), '3.30');
        assert.equal(d('1').subtract(d('0.25')).toString(), '0.75');
        assert.equal(d('1.5').add(d('-1.5')).toString(), '0.0');
    });
    it('multiply adds scales', () => {
        assert.equal(d('1.10').multiply(d('2.0')).toString(), '2.200');
        assert.equal(d('-0.5').multiply(d('0.5')).toString(), '-0.25');
    });
    it('abs and negate keep scale', () => {
        assert.equal(d('-6.02214129').abs().toString(), '6.02214129');
        assert.equal(d('2.50').negate().toString(), '-2.50');
    });
    it('pow is exact with scale * n (docs: 4.12^2 = 16.9744)', () => {
        assert.equal(d('4.12').pow(2).toString(), '16.9744');
        assert.equal(d('1.5').pow(0).toString(), '1');
        assert.equal(d('-2').pow(3).toString(), '-8');
        assertApexError(() => d('2').pow(-1), 'System.MathException');
    });
});

describe('Decimal / operator', () => {
    const cases: Array<[string, string, string]> = [
        ['1', '31', '0.0322580645161290322580645161290323'],
        ['1', '3', '0.3333333333333333333333333333333333'],
        ['2', '3', '0.6666666666666666666666666666666667'],
        ['10', '3', '3.333333333333333333333333333333333'],
        ['-10', '3', '-3.333333333333333333333333333333333'],
        ['1', '4', '0.25'],
        ['1.50', '3', '0.50'],
        ['6.0', '2', '3.0'],
        ['10', '4', '2.5'],
        ['100', '4', '25'],
        ['0.00', '5', '0.00'],
        ['19', '100', '0.19']
    ];
    for (const [a, b, q] of cases)
        it(`${a} / ${b} = ${q}`, () => assert.equal(d(a).divideOperator(d(b)).toString(), q));
    it('1/31 has scale 34 (observed in a real org)', () => assert.equal(d('1').divideOperator(d('31')).scale(), 34));
    it('dividing by zero is MathException "Divide by 0"', () => {
        assertApexError(() => d('1').divideOperator(d('0')), 'System.MathException', 'Divide by 0');
        assertApexError(() => d('1').divideOperator(d('0.00')), 'System.MathException', 'Divide by 0');
        assertApexError(() => d('1').divide(d('0'), 2), 'System.MathException', 'Divide by 0');
    });
});

describe('Decimal.divide(divisor, scale[, mode])', () => {
    it('docs: 19.divide(100, 3) = 0.190', () => assert.equal(d('19').divide(d('100'), 3).toString(), '0.190'));
    it('docs: 12.4567.divide(7, 2, UP) = 1.78', () =>
        assert.equal(d('12.4567').divide(d('7'), 2, 'UP').toString(), '1.78'));
    it('5.divide(3, 30) = 1.666666666666666666666666666667', () =>
        assert.equal(d('5').divide(d('3'), 30).toString(), '1.666666666666666666666666666667'));
    it('defaults to HALF_UP on ties', () => assert.equal(d('1').divide(d('8'), 2).toString(), '0.13'));
    it('negative scale', () => assert.equal(d('12345').divide(d('1'), -2).toString(), '1.23E+4'));
});

describe('RoundingMode table from the Decimal Class docs', () => {
    const inputs = ['5.5', '1.1', '-1.1', '-2.7'];
    const expected: Record<Exclude<RoundingMode, 'UNNECESSARY'>, number[]> = {
        CEILING: [6, 2, -1, -2],
        DOWN: [5, 1, -1, -2],
        FLOOR: [5, 1, -2, -3],
        HALF_DOWN: [5, 1, -1, -3],
        HALF_EVEN: [6, 1, -1, -3],
        HALF_UP: [6, 1, -1, -3],
        UP: [6, 2, -2, -3]
    };
    for (const [mode, results] of Object.entries(expected)) {
        it(mode, () => {
            inputs.forEach((x, i) => assert.equal(d(x).round(mode as RoundingMode), BigInt(results[i]), `${x}`));
        });
    }
    it('UNNECESSARY: exact values pass, inexact throw MathException', () => {
        assert.equal(d('1.0').round('UNNECESSARY'), 1n);
        assert.equal(d('-1.0').round('UNNECESSARY'), -1n);
        for (const x of ['5.5', '1.1', '-2.2'])
            assertApexError(() => d(x).round('UNNECESSARY'), 'System.MathException');
    });
    it('ties in every mode', () => {
        const ties: Record<RoundingMode, bigint[]> = {
            UP: [3n, -3n],
            DOWN: [2n, -2n],
            CEILING: [3n, -2n],
            FLOOR: [2n, -3n],
            HALF_UP: [3n, -3n],
            HALF_DOWN: [2n, -2n],
            HALF_EVEN: [2n, -2n],
            UNNECESSARY: []
        };
        for (const mode of ROUNDING_MODES.filter((m) => m !== 'UNNECESSARY')) {
            assert.deepEqual([d('2.5').round(mode), d('-2.5').round(mode)], ties[mode], mode);
        }
    });
    it('roundedDivide handles signs of both operands', () => {
        assert.equal(roundedDivide(7n, -2n, 'FLOOR'), -4n);
        assert.equal(roundedDivide(-7n, -2n, 'FLOOR'), 3n);
        assert.equal(roundedDivide(-7n, 2n, 'CEILING'), -3n);
    });
    it('parseRoundingMode is case-insensitive', () => {
        assert.equal(parseRoundingMode('half_even'), 'HALF_EVEN');
        assertApexError(() => parseRoundingMode('NEAREST'), 'System.TypeException');
    });
});

describe('setScale and round defaults are HALF_EVEN', () => {
    it('docs: 8.987551787.setScale(3) = 8.988', () => assert.equal(d('8.987551787').setScale(3).toString(), '8.988'));
    it('5.245 -> 5.24 and 5.235 -> 5.24', () => {
        assert.equal(d('5.245').setScale(2).toString(), '5.24');
        assert.equal(d('5.235').setScale(2).toString(), '5.24');
        assert.equal(d('5.205').setScale(2).toString(), '5.20');
    });
    it('setScale up pads zeros', () => assert.equal(d('1.5').setScale(3).toString(), '1.500'));
    it('docs: 4000.setScale(-3) is 4*10^3', () => {
        const v = d('4000').setScale(-3);
        assert.equal(v.unscaled, 4n);
        assert.equal(v.scale(), -3);
    });
    it('setScale with mode', () => assert.equal(d('1.2345').setScale(2, 'UP').toString(), '1.24'));
    it('docs: round() of 4.5, 5.5, 5.2, -5.7', () => {
        assert.deepEqual(
            ['4.5', '5.5', '5.2', '-5.7'].map((x) => d(x).round()),
            [4n, 6n, 5n, -6n]
        );
    });
    it('2.5.round() is 2', () => assert.equal(d('2.5').round(), 2n));
});

describe('Decimal comparison and hashing', () => {
    it('1.10 == 1.1 numerically but not exactly', () => {
        assert.ok(d('1.10').equalsNumeric(d('1.1')));
        assert.ok(!d('1.10').equalsExact(d('1.1')));
        assert.equal(d('1.10').compareTo(d('1.1')), 0);
        assert.equal(d('-1').compareTo(d('0.5')), -1);
        assert.equal(d('2').compareTo(d('1.999')), 1);
    });
    it('hashCode is Java BigDecimal.hashCode (scale-sensitive)', () => {
        assert.equal(d('1.1').hashCode(), 342);
        assert.equal(d('1.10').hashCode(), 3412);
        assert.equal(d('0').hashCode(), 0);
        assert.equal(d('-1').hashCode(), -31);
        assert.notEqual(d('1.1').hashCode(), d('1.10').hashCode());
    });
});

describe('Decimal accessors and conversions', () => {
    it('docs: precision of 123.45 is 5 and of 123.123 is 6', () => {
        assert.equal(d('123.45').precision(), 5);
        assert.equal(d('123.123').precision(), 6);
        assert.equal(d('0').precision(), 1);
        assert.equal(d('0.01').precision(), 1);
    });
    it('docs: scale of 9.27400968 is 8', () => assert.equal(d('9.27400968').scale(), 8));
    it('intValue/longValue truncate (docs: 1.602176565 -> 1, 376.730313461 -> 376)', () => {
        assert.equal(d('1.602176565').intValue(), 1);
        assert.equal(d('376.730313461').longValue(), 376n);
        assert.equal(d('-7.9').intValue(), -7);
    });
    it('intValue wraps to 32 bits, longValue to 64', () => {
        assert.equal(d('2147483648').intValue(), -2147483648);
        assert.equal(d('4294967297.5').intValue(), 1);
        assert.equal(d('9223372036854775808').longValue(), -9223372036854775808n);
        assert.equal(ApexDecimal.of(5n, -2).intValue(), 500);
    });
    it('doubleValue', () => {
        assert.equal(d('6.62606957').doubleValue(), 6.62606957);
        assert.equal(d('1E+400').doubleValue(), Infinity);
    });
    it('stripTrailingZeros (docs: 1.10000 -> 1.1)', () => {
        assert.equal(d('1.10000').stripTrailingZeros().toString(), '1.1');
        assert.equal(d('100').stripTrailingZeros().toString(), '1E+2');
        assert.equal(d('0.000').stripTrailingZeros().toString(), '0');
    });
    it('valueOf(Long) and valueOf(Double) (docs examples)', () => {
        assert.equal(ApexDecimal.fromInteger(299792458n).toString(), '299792458');
        assert.equal(ApexDecimal.fromDouble(2.718281828459045).toString(), '2.718281828459045');
        assert.equal(ApexDecimal.fromDouble(1).toString(), '1.0');
        assert.equal(ApexDecimal.fromDouble(0.1).toString(), '0.1');
        assert.equal(ApexDecimal.fromDouble(1e10).toString(), '1.0E+10');
        assertApexError(() => ApexDecimal.fromDouble(NaN), 'System.TypeException');
    });
    it('exactFromDouble is the binary value', () => {
        assert.equal(
            ApexDecimal.exactFromDouble(0.1).toString(),
            '0.1000000000000000055511151231257827021181583404541015625'
        );
        assert.equal(ApexDecimal.exactFromDouble(-2).toString(), '-2');
        assert.equal(ApexDecimal.exactFromDouble(0.5).toString(), '0.5');
    });
    it('fitsInLong', () => {
        assert.ok(d('12').fitsInLong());
        assert.ok(!d('1.5').fitsInLong());
        assert.ok(!d('9223372036854775808').fitsInLong());
    });
});

describe('format() for en_US', () => {
    const cases: Array<[string, string]> = [
        ['12345.6789', '12,345.679'],
        ['1234567', '1,234,567'],
        ['0.5', '0.5'],
        ['100.50', '100.5'],
        ['-1234.5', '-1,234.5'],
        ['0.0005', '0'],
        ['0.0015', '0.002'],
        ['-0.0001', '-0'],
        ['1E+3', '1,000'],
        ['999.9999', '1,000']
    ];
    for (const [x, out] of cases) it(`${x} -> ${out}`, () => assert.equal(d(x).format(), out));
    it('Double.format (docs: 1261992 -> 1,261,992) rounds on the binary value', () => {
        assert.equal(formatDoubleEnUs(1261992), '1,261,992');
        assert.equal(formatDoubleEnUs(1.0005), '1');
        assert.equal(formatDoubleEnUs(0.125), '0.125');
        assert.equal(formatDoubleEnUs(1234.5678), '1,234.568');
        assert.equal(formatDoubleEnUs(NaN), 'NaN');
        assert.equal(formatDoubleEnUs(-0), '-0');
    });
});

describe('Math helpers on Decimal', () => {
    it('Math.round / roundToLong are HALF_EVEN (docs: 4.5 -> 4, 5.5 -> 6)', () => {
        assert.equal(mathRoundDecimal(d('4.5')), 4n);
        assert.equal(mathRoundDecimal(d('5.5')), 6n);
    });
    it('ceil, floor, rint', () => {
        assert.equal(mathCeilDecimal(d('1.1')).toString(), '2');
        assert.equal(mathCeilDecimal(d('-1.1')).toString(), '-1');
        assert.equal(mathFloorDecimal(d('-1.1')).toString(), '-2');
        assert.equal(mathRintDecimal(d('2.5')).toString(), '2');
    });
    it('docs: Math.max(12.3, 156.6) = 156.6', () =>
        assert.equal(mathMaxDecimal(d('12.3'), d('156.6')).toString(), '156.6'));
});
