/**
 * Integer, Long, Double, Decimal, Boolean, Math and RoundingMode (Apex Reference), over src/lib/decimal.ts and
 * src/lib/double.ts.
 */
import {
    formatDoubleEnUs,
    mathCeilDecimal,
    mathFloorDecimal,
    mathMaxDecimal,
    mathMinDecimal,
    mathRintDecimal,
    mathRoundDecimal,
    type RoundingMode
} from '../lib/decimal';
import { formatIntegerEnUs, parseDouble, parseInteger, parseLong, roundDoubleToLong } from '../lib/double';
import type { LibEnumValue } from '../compile/dynamic';
import { apexError, nullPointer } from '../runtime/errors';
import { stringHashCode } from '../values/equality';
import { toApexString } from '../values/format';
import { ApexDecimal, ApexDouble, numTag, toDecimal, toDoubleNumber, toInt, toLong } from '../values/numeric';
import { defineLibType, method, property } from './registry';

const IntegerType = defineLibType('Integer');
const LongType = defineLibType('Long');
const DoubleType = defineLibType('Double');
const DecimalType = defineLibType('Decimal');
const BooleanType = defineLibType('Boolean');
const MathType = defineLibType('Math');
const RoundingModeType = defineLibType('System.RoundingMode', 'RoundingMode');
RoundingModeType.enumValues = ['UP', 'DOWN', 'CEILING', 'FLOOR', 'HALF_UP', 'HALF_DOWN', 'HALF_EVEN', 'UNNECESSARY'];

function requireValue<V>(v: V | null): V {
    if (v === null) {
        throw nullPointer();
    }
    return v;
}

const double = (n: number): ApexDouble => new ApexDouble(n);
const mode = (v: unknown): RoundingMode => requireValue(v as LibEnumValue | null).name as RoundingMode;

/** valueOf(Object) for a value that may already be a number or a String. */
function parseWith<T>(v: unknown, parse: (s: string) => T, convert: (n: unknown) => T): T {
    requireValue(v);
    if (typeof v === 'string') {
        return parse(v);
    }
    if (numTag(v) > 0) {
        return convert(v);
    }
    throw apexError('System.TypeException', `Invalid conversion from runtime type to number: ${toApexString(v)}`);
}

// ---------------------------------------------------------------------------------------------------- Integer

method(IntegerType, 'static Integer valueOf(Object)', (_self, [v]) => parseWith(v, parseInteger, toInt));
method(IntegerType, 'String format()', (self: number) => formatIntegerEnUs(self));
method(IntegerType, 'Integer intValue()', (self: number) => self);
method(IntegerType, 'Long longValue()', (self: number) => BigInt(self));
method(IntegerType, 'Double doubleValue()', (self: number) => double(self));
method(IntegerType, 'Integer hashCode()', (self: number) => self);
method(IntegerType, 'Boolean equals(Object)', (self: number, [o]) => o === self);
method(IntegerType, 'String toString()', (self: number) => String(self));

// ------------------------------------------------------------------------------------------------------- Long

method(LongType, 'static Long valueOf(Object)', (_self, [v]) => parseWith(v, parseLong, toLong));
method(LongType, 'String format()', (self: bigint) => formatIntegerEnUs(self));
method(LongType, 'Integer intValue()', (self: bigint) => toInt(self));
method(LongType, 'Long longValue()', (self: bigint) => self);
method(LongType, 'Double doubleValue()', (self: bigint) => double(Number(self)));
method(LongType, 'Integer hashCode()', (self: bigint) => Number(BigInt.asIntN(32, self ^ (self >> 32n))));
method(LongType, 'Boolean equals(Object)', (self: bigint, [o]) => o === self);
method(LongType, 'String toString()', (self: bigint) => self.toString());

// ----------------------------------------------------------------------------------------------------- Double

method(DoubleType, 'static Double valueOf(Object)', (_self, [v]) =>
    parseWith(
        v,
        (s) => double(parseDouble(s)),
        (n) => double(toDoubleNumber(n))
    )
);
method(DoubleType, 'String format()', (self: ApexDouble) => formatDoubleEnUs(self.v));
method(DoubleType, 'Integer intValue()', (self: ApexDouble) => toInt(self));
method(DoubleType, 'Long longValue()', (self: ApexDouble) => toLong(self));
method(DoubleType, 'Double doubleValue()', (self: ApexDouble) => self);
method(DoubleType, 'Long round()', (self: ApexDouble) => roundDoubleToLong(self.v));
method(DoubleType, 'Integer hashCode()', (self: ApexDouble) => stringHashCode(String(self.v)));
method(DoubleType, 'Boolean equals(Object)', (self: ApexDouble, [o]) => o instanceof ApexDouble && o.v === self.v);
method(DoubleType, 'String toString()', (self: ApexDouble) => toApexString(self));

// ---------------------------------------------------------------------------------------------------- Decimal

method(DecimalType, 'static Decimal valueOf(Object)', (_self, [v]) =>
    parseWith(v, (s) => ApexDecimal.valueOf(s), toDecimal)
);
method(DecimalType, 'Decimal abs()', (self: ApexDecimal) => self.abs());
method(
    DecimalType,
    'Decimal divide(Object, Integer, System.RoundingMode?)',
    (self: ApexDecimal, [divisor, scale, roundingMode]) =>
        self.divide(
            toDecimal(requireValue(divisor)),
            requireValue(scale) as number,
            roundingMode === undefined ? undefined : mode(roundingMode)
        )
);
method(DecimalType, 'Double doubleValue()', (self: ApexDecimal) => double(self.doubleValue()));
method(DecimalType, 'String format()', (self: ApexDecimal) => self.format());
method(DecimalType, 'Integer intValue()', (self: ApexDecimal) => self.intValue());
method(DecimalType, 'Long longValue()', (self: ApexDecimal) => self.longValue());
method(DecimalType, 'Decimal pow(Integer)', (self: ApexDecimal, [n]) => self.pow(requireValue(n) as number));
method(DecimalType, 'Integer precision()', (self: ApexDecimal) => self.precision());
method(DecimalType, 'Long round(System.RoundingMode?)', (self: ApexDecimal, [roundingMode]) =>
    self.round(roundingMode === undefined ? undefined : mode(roundingMode))
);
method(DecimalType, 'Integer scale()', (self: ApexDecimal) => self.scale());
method(DecimalType, 'Decimal setScale(Integer, System.RoundingMode?)', (self: ApexDecimal, [scale, roundingMode]) =>
    self.setScale(requireValue(scale) as number, roundingMode === undefined ? undefined : mode(roundingMode))
);
method(DecimalType, 'Decimal stripTrailingZeros()', (self: ApexDecimal) => self.stripTrailingZeros());
method(DecimalType, 'String toPlainString()', (self: ApexDecimal) => self.toPlainString());
method(DecimalType, 'Integer hashCode()', (self: ApexDecimal) => self.hashCode());
method(
    DecimalType,
    'Boolean equals(Object)',
    (self: ApexDecimal, [o]) => o instanceof ApexDecimal && self.equalsExact(o)
);
method(DecimalType, 'String toString()', (self: ApexDecimal) => self.toString());

// ---------------------------------------------------------------------------------------------------- Boolean

method(BooleanType, 'static Boolean valueOf(Object)', (_self, [v]) => {
    if (v === null) {
        return null;
    }
    if (typeof v === 'boolean') {
        return v;
    }
    return typeof v === 'string' && v.toLowerCase() === 'true';
});
method(BooleanType, 'Integer hashCode()', (self: boolean) => (self ? 1231 : 1237));
method(BooleanType, 'Boolean equals(Object)', (self: boolean, [o]) => o === self);
method(BooleanType, 'String toString()', (self: boolean) => String(self));

// ------------------------------------------------------------------------------------------------------- Math

property(MathType, true, 'PI', 'Double', () => double(Math.PI));
property(MathType, true, 'E', 'Double', () => double(Math.E));

const dbl = (v: unknown): number => toDoubleNumber(requireValue(v));

for (const [name, fn] of [
    ['acos', Math.acos],
    ['asin', Math.asin],
    ['atan', Math.atan],
    ['cbrt', Math.cbrt],
    ['cos', Math.cos],
    ['cosh', Math.cosh],
    ['exp', Math.exp],
    ['log', Math.log],
    ['log10', Math.log10],
    ['sin', Math.sin],
    ['sinh', Math.sinh],
    ['sqrt', Math.sqrt],
    ['tan', Math.tan],
    ['tanh', Math.tanh]
] as const) {
    method(MathType, `static Double ${name}(Double)`, (_self, [v]) => double(fn(dbl(v))));
}
method(MathType, 'static Double atan2(Double, Double)', (_self, [y, x]) => double(Math.atan2(dbl(y), dbl(x))));
method(MathType, 'static Double pow(Double, Double)', (_self, [x, y]) => double(Math.pow(dbl(x), dbl(y))));
method(MathType, 'static Double random()', () => double(Math.random()));
method(MathType, 'static Double signum(Double)', (_self, [v]) => double(Math.sign(dbl(v))));
method(MathType, 'static Decimal signum(Decimal)', (_self, [v]) =>
    ApexDecimal.fromInteger(requireValue(v as ApexDecimal).signum())
);
method(MathType, 'static Double rint(Double)', (_self, [v]) => {
    const x = dbl(v);
    const r = Math.round(x);
    return double(Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : r);
});
method(MathType, 'static Decimal rint(Decimal)', (_self, [v]) => mathRintDecimal(requireValue(v as ApexDecimal)));

method(MathType, 'static Integer abs(Integer)', (_self, [v]) => Math.abs(requireValue(v as number)) | 0);
method(MathType, 'static Long abs(Long)', (_self, [v]) => {
    const x = requireValue(v as bigint);
    return BigInt.asIntN(64, x < 0n ? -x : x);
});
method(MathType, 'static Double abs(Double)', (_self, [v]) => double(Math.abs(dbl(v))));
method(MathType, 'static Decimal abs(Decimal)', (_self, [v]) => requireValue(v as ApexDecimal).abs());

for (const [name, pick] of [
    ['max', (a: number, b: number) => Math.max(a, b)],
    ['min', (a: number, b: number) => Math.min(a, b)]
] as const) {
    method(MathType, `static Integer ${name}(Integer, Integer)`, (_self, [a, b]) =>
        pick(requireValue(a as number), requireValue(b as number))
    );
    method(MathType, `static Long ${name}(Long, Long)`, (_self, [a, b]) => {
        const x = requireValue(a as bigint);
        const y = requireValue(b as bigint);
        return name === 'max' ? (x >= y ? x : y) : x <= y ? x : y;
    });
    method(MathType, `static Double ${name}(Double, Double)`, (_self, [a, b]) => double(pick(dbl(a), dbl(b))));
    method(MathType, `static Decimal ${name}(Decimal, Decimal)`, (_self, [a, b]) =>
        (name === 'max' ? mathMaxDecimal : mathMinDecimal)(
            requireValue(a as ApexDecimal),
            requireValue(b as ApexDecimal)
        )
    );
}

method(MathType, 'static Integer mod(Integer, Integer)', (_self, [a, b]) => {
    const x = requireValue(a as number);
    const y = requireValue(b as number);
    if (y === 0) {
        throw apexError('System.MathException', 'Divide by 0');
    }
    return x % y | 0;
});
method(MathType, 'static Long mod(Long, Long)', (_self, [a, b]) => {
    const x = requireValue(a as bigint);
    const y = requireValue(b as bigint);
    if (y === 0n) {
        throw apexError('System.MathException', 'Divide by 0');
    }
    return x % y;
});
method(MathType, 'static Double ceil(Double)', (_self, [v]) => double(Math.ceil(dbl(v))));
method(MathType, 'static Decimal ceil(Decimal)', (_self, [v]) => mathCeilDecimal(requireValue(v as ApexDecimal)));
method(MathType, 'static Double floor(Double)', (_self, [v]) => double(Math.floor(dbl(v))));
method(MathType, 'static Decimal floor(Decimal)', (_self, [v]) => mathFloorDecimal(requireValue(v as ApexDecimal)));
method(MathType, 'static Integer round(Double)', (_self, [v]) => toInt(roundDoubleToLong(dbl(v))));
method(MathType, 'static Integer round(Decimal)', (_self, [v]) =>
    toInt(mathRoundDecimal(requireValue(v as ApexDecimal)))
);
method(MathType, 'static Long roundToLong(Double)', (_self, [v]) => roundDoubleToLong(dbl(v)));
method(MathType, 'static Long roundToLong(Decimal)', (_self, [v]) => mathRoundDecimal(requireValue(v as ApexDecimal)));
