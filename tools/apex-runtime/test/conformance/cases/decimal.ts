import type { ConformanceCase } from '../case';

const DECIMAL = 'Apex Reference, Decimal Class';

function roundingCase(mode: string, expected: string[], description: string): ConformanceCase {
    return {
        name: `round(RoundingMode.${mode}) on 5.5, 1.1, -1.1, -2.7`,
        cite: `${DECIMAL}, Rounding Mode, ${mode}: "${description}" with the listed results ${expected.join(', ')}`,
        apex: String.raw`Decimal[] example = new Decimal[]{5.5, 1.1, -1.1, -2.7};
for (Integer x = 0; x < example.size(); x++) {
    System.debug(example[x].round(System.RoundingMode.${mode}));
}`,
        debug: expected
    };
}

export const cases: ConformanceCase[] = [
    {
        name: 'a Decimal literal keeps its scale',
        cite: 'Apex Developer Guide, Primitive Data Types, Decimal: "If you don\'t explicitly set the number of decimal places for a Decimal, the item from which the Decimal is created determines the Decimal\'s scale"',
        apex: String.raw`Decimal d = 1.10;
System.debug(d);
System.debug(d.scale());`,
        debug: ['1.10', '2']
    },
    {
        name: '== compares Decimals numerically, ignoring scale',
        cite: `${DECIMAL}, Usage: "Two Decimal objects that are numerically equivalent but differ in scale (such as 1.1 and 1.10)"; Expression Operators: == compares values`,
        apex: String.raw`Decimal a = 1.10;
Decimal b = 1.1;
System.debug(a == b);`,
        debug: ['true']
    },
    {
        name: 'abs()',
        cite: `${DECIMAL}, abs(): example -6.02214129 -> 6.02214129`,
        apex: String.raw`Decimal myDecimal = -6.02214129;
System.debug(myDecimal.abs());`,
        debug: ['6.02214129']
    },
    {
        name: 'divide(divisor, scale) sets the scale',
        cite: `${DECIMAL}, divide(divisor, scale): example 19.divide(100, 3) equals 0.190`,
        apex: String.raw`Decimal decimalNumber = 19;
Decimal result = decimalNumber.divide(100, 3);
System.debug(result);
System.debug(result.scale());`,
        debug: ['0.190', '3']
    },
    {
        name: 'divide(divisor, scale, RoundingMode.UP)',
        cite: `${DECIMAL}, divide(divisor, scale, roundingMode): example 12.4567.divide(7, 2, UP) equals 1.78`,
        apex: String.raw`Decimal myDecimal = 12.4567;
System.debug(myDecimal.divide(7, 2, System.RoundingMode.UP));`,
        debug: ['1.78']
    },
    {
        name: 'doubleValue()',
        cite: `${DECIMAL}, doubleValue(): example 6.62606957`,
        apex: String.raw`Decimal myDecimal = 6.62606957;
Double value = myDecimal.doubleValue();
System.debug(value);`,
        debug: ['6.62606957']
    },
    {
        name: 'format() uses the user locale (en_US)',
        cite: `${DECIMAL}, format(): "// U.S. locale" 12345.6789 -> '12,345.679' (relies on the runtime's pinned en_US locale)`,
        apex: String.raw`Decimal myDecimal = 12345.6789;
System.debug(myDecimal.format());`,
        debug: ['12,345.679']
    },
    {
        name: 'intValue() and longValue() drop the fraction',
        cite: `${DECIMAL}, intValue(): 1.602176565 -> 1; longValue(): 376.730313461 -> 376`,
        apex: String.raw`Decimal a = 1.602176565;
Decimal b = 376.730313461;
System.debug(a.intValue());
System.debug(b.longValue());`,
        debug: ['1', '376']
    },
    {
        name: 'pow(2)',
        cite: `${DECIMAL}, pow(exponent): example 4.12.pow(2) equals 16.9744`,
        apex: String.raw`Decimal myDecimal = 4.12;
System.debug(myDecimal.pow(2));`,
        debug: ['16.9744']
    },
    {
        name: 'pow(0) is 1',
        cite: `${DECIMAL}, pow(exponent), Usage: "If you use MyDecimal.pow(0), 1 is returned."`,
        apex: String.raw`Decimal myDecimal = 4.12;
System.debug(myDecimal.pow(0));`,
        debug: ['1']
    },
    {
        name: 'precision()',
        cite: `${DECIMAL}, precision(): "if the Decimal value was 123.45, precision returns 5. If the Decimal value is 123.123, precision returns 6"`,
        apex: String.raw`Decimal d1 = 123.45;
Decimal d2 = 123.123;
System.debug(d1.precision());
System.debug(d2.precision());`,
        debug: ['5', '6']
    },
    {
        name: 'round() is half-even',
        cite: `${DECIMAL}, round(): "rounded to zero decimal places using half-even rounding mode"; examples 4.5 -> 4, 5.5 -> 6, 5.2 -> 5, -5.7 -> -6`,
        apex: String.raw`Decimal d = 4.5;
Decimal d1 = 5.5;
Decimal d2 = 5.2;
Decimal d3 = -5.7;
System.debug(d.round());
System.debug(d1.round());
System.debug(d2.round());
System.debug(d3.round());`,
        debug: ['4', '6', '5', '-6']
    },
    roundingCase('CEILING', ['6', '2', '-1', '-2'], 'Rounds towards positive infinity'),
    roundingCase('DOWN', ['5', '1', '-1', '-2'], 'Rounds towards zero'),
    roundingCase('FLOOR', ['5', '1', '-2', '-3'], 'Rounds towards negative infinity'),
    roundingCase(
        'HALF_DOWN',
        ['5', '1', '-1', '-3'],
        'Rounds towards the "nearest neighbor" unless both neighbors are equidistant, in which case this mode rounds down'
    ),
    roundingCase('HALF_EVEN', ['6', '1', '-1', '-3'], 'rounds towards the even neighbor'),
    roundingCase('HALF_UP', ['6', '1', '-1', '-3'], 'in which case, this mode rounds up'),
    roundingCase('UP', ['6', '2', '-2', '-3'], 'Rounds away from zero'),
    {
        name: 'UNNECESSARY on an exact value',
        cite: `${DECIMAL}, Rounding Mode, UNNECESSARY: "Input number 1.0: UNNECESSARY round mode result: 1"`,
        apex: String.raw`Decimal example2 = 1.0;
System.debug(example2.round(System.RoundingMode.UNNECESSARY));`,
        debug: ['1']
    },
    {
        name: 'UNNECESSARY on an inexact value throws MathException',
        cite: `${DECIMAL}, Rounding Mode, UNNECESSARY: "If this rounding mode is specified on an operation that yields an inexact result, a MathException is thrown"; example 5.5`,
        apex: String.raw`Decimal example1 = 5.5;
System.debug(example1.round(System.RoundingMode.UNNECESSARY));`,
        throws: { type: 'System.MathException' }
    },
    {
        name: 'scale()',
        cite: `${DECIMAL}, scale(): example 9.27400968 has scale 8`,
        apex: String.raw`Decimal myDecimal = 9.27400968;
System.debug(myDecimal.scale());`,
        debug: ['8']
    },
    {
        name: 'setScale(3) rounds half-even',
        cite: `${DECIMAL}, setScale(scale): "using half-even rounding, if necessary"; example 8.987551787.setScale(3) equals 8.988`,
        apex: String.raw`Decimal myDecimal = 8.987551787;
System.debug(myDecimal.setScale(3));`,
        debug: ['8.988']
    },
    {
        name: 'setScale(2) on an exact half goes to the even neighbour',
        cite: `${DECIMAL}, setScale(scale): "If both neighbors are equidistant, the number is rounded toward the even neighbor" (5.245 -> 5.24, 5.235 -> 5.24)`,
        apex: String.raw`Decimal a = 5.245;
Decimal b = 5.235;
System.debug(a.setScale(2));
System.debug(b.setScale(2));`,
        debug: ['5.24', '5.24']
    },
    {
        name: 'setScale with a negative scale',
        cite: `${DECIMAL}, setScale(scale): "If the value of scale is negative, your unscaled value is multiplied by 10 to the power of the negation of scale ... the value of d is 4*10^3"`,
        apex: String.raw`Decimal d = 4000;
d = d.setScale(-3);
System.debug(d.scale());
System.debug(d.toPlainString());`,
        debug: ['-3', '4000']
    },
    {
        name: 'setScale(scale, roundingMode)',
        cite: `${DECIMAL}, setScale(scale, roundingMode): "using the specified rounding mode"; Rounding Mode UP "Rounds away from zero"`,
        apex: String.raw`Decimal d = 1.2341;
System.debug(d.setScale(2, System.RoundingMode.UP));
System.debug(d.setScale(2, System.RoundingMode.DOWN));`,
        debug: ['1.24', '1.23']
    },
    {
        name: 'stripTrailingZeros()',
        cite: `${DECIMAL}, stripTrailingZeros(): example 1.10000 -> 1.1`,
        apex: String.raw`Decimal myDecimal = 1.10000;
System.debug(myDecimal.stripTrailingZeros());`,
        debug: ['1.1']
    },
    {
        name: 'toPlainString()',
        cite: `${DECIMAL}, toPlainString(): example 12345.6789 -> '12345.6789'`,
        apex: String.raw`Decimal myDecimal = 12345.6789;
System.debug(myDecimal.toPlainString());`,
        debug: ['12345.6789']
    },
    {
        name: 'valueOf(Double)',
        cite: `${DECIMAL}, valueOf(doubleToDecimal): example 2.718281828459045`,
        apex: String.raw`Double myDouble = 2.718281828459045;
System.debug(Decimal.valueOf(myDouble));`,
        debug: ['2.718281828459045']
    },
    {
        name: 'a Decimal made from a Double takes the scale of its String form',
        cite: `${DECIMAL}, setScale Usage: "If the Decimal is created from a non-decimal number, the number is first converted to a String. The scale is then set using the number of characters after the decimal point." (Double 1 prints as 1.0)`,
        apex: String.raw`Double x = 1;
Decimal d = Decimal.valueOf(x);
System.debug(d);
System.debug(d.scale());`,
        debug: ['1.0', '1']
    },
    {
        name: 'valueOf(Long)',
        cite: `${DECIMAL}, valueOf(longToDecimal): example 299792458`,
        apex: String.raw`Long myLong = 299792458;
System.debug(Decimal.valueOf(myLong));`,
        debug: ['299792458']
    },
    {
        name: 'valueOf(String) keeps the characters after the point as scale',
        cite: `${DECIMAL}, valueOf(stringToDecimal): example '12.4567'; setScale Usage: "If the Decimal is created from a String, the scale is the number of characters after the decimal point of the String"`,
        apex: String.raw`Decimal myDecimal = Decimal.valueOf('12.4567');
System.debug(myDecimal);
System.debug(myDecimal.scale());`,
        debug: ['12.4567', '4']
    },
    {
        name: 'valueOf(String) accepts Java exponent syntax',
        cite: `${DECIMAL}, valueOf(stringToDecimal): "As in Java, the string is interpreted as representing a signed Decimal" (Java BigDecimal("1.5E3") has scale -2, toPlainString 1500)`,
        apex: String.raw`Decimal d = Decimal.valueOf('1.5E3');
System.debug(d.toPlainString());`,
        debug: ['1500']
    },
    {
        name: 'valueOf(String) rejects malformed text',
        cite: `${DECIMAL}, valueOf(stringToDecimal) follows Java, which rejects "abc"; Apex raises System.TypeException (message text "Invalid decimal: abc" is the runtime's, not in the reference)`,
        apex: String.raw`Decimal d = Decimal.valueOf('abc');`,
        throws: { type: 'System.TypeException', message: 'Invalid decimal: abc' }
    },
    {
        name: 'String.valueOf(Decimal)',
        cite: "Apex Reference, String Class, valueOf(decimalToConvert): example 3.14159265 -> '3.14159265'",
        apex: String.raw`Decimal dec = 3.14159265;
System.debug(String.valueOf(dec));`,
        debug: ['3.14159265']
    },
    {
        name: 'dividing a Decimal by zero throws MathException',
        cite: 'Apex Developer Guide, Exception Class and Built-In Exceptions: MathException is "Any problem with a mathematical operation, such as dividing by zero" (runtime message "Divide by 0")',
        apex: String.raw`Decimal a = 1;
Decimal b = 0;
System.debug(a / b);`,
        throws: { type: 'System.MathException', message: 'Divide by 0' }
    },
    {
        name: 'the / operator keeps 34 fractional digits below 1',
        cite: 'NOT in the reference (precision of Decimal / is undocumented): observed in a real org, 1/31 = 0.0322580645161290322580645161290323 with scale 34 (octoberswimmer/aer-dist#345). Flag: approximation',
        apex: String.raw`Decimal a = 31;
System.debug(1 / a);
System.debug((1 / a).scale());`,
        debug: ['0.0322580645161290322580645161290323', '34']
    },
    {
        name: 'Math.max and Math.min on Decimals',
        cite: 'Apex Reference, Math Class, max(decimalValue1, decimalValue2): math.max(12.3, 156.6) equals 156.6; min: math.min(12.3, 156.6) equals 12.3',
        apex: String.raw`System.debug(Math.max(12.3, 156.6));
System.debug(Math.min(12.3, 156.6));`,
        debug: ['156.6', '12.3']
    }
];
