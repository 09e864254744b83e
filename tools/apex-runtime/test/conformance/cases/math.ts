import type { ConformanceCase } from '../case';

const MATH = 'Apex Reference, Math Class';

export const cases: ConformanceCase[] = [
    {
        name: 'Math.abs(Integer)',
        cite: `${MATH}, abs(integerValue): math.abs(-42) equals 42`,
        apex: String.raw`Integer i = -42;
System.debug(Math.abs(i));`,
        debug: ['42']
    },
    {
        name: 'Math.mod',
        cite: `${MATH}, mod(integerValue1, integerValue2): math.mod(12, 2) equals 0, math.mod(8, 3) equals 2`,
        apex: String.raw`System.debug(Math.mod(12, 2));
System.debug(Math.mod(8, 3));`,
        debug: ['0', '2']
    },
    {
        name: 'Math.mod keeps the sign of the dividend (Java %)',
        cite: `${MATH}, mod(integerValue1, integerValue2): "Returns the remainder of integerValue1 divided by integerValue2" (Java remainder: -7 mod 3 is -1)`,
        apex: String.raw`System.debug(Math.mod(-7, 3));
System.debug(Math.mod(7, -3));`,
        debug: ['-1', '1']
    },
    {
        name: 'Math.round(Decimal) is half-even',
        cite: `${MATH}, round(decimalValue): "rounded to zero decimal places using half-even rounding mode"; 4.5 -> 4, 5.5 -> 6`,
        apex: String.raw`Decimal d1 = 4.5;
Decimal d2 = 5.5;
System.debug(Math.round(d1));
System.debug(Math.round(d2));`,
        debug: ['4', '6']
    },
    {
        name: 'Math.roundToLong(Decimal) is half-even',
        cite: `${MATH}, roundToLong(decimalValue): 4.5 -> 4, 5.5 -> 6`,
        apex: String.raw`Decimal d1 = 4.5;
Decimal d2 = 5.5;
System.debug(Math.roundToLong(d1));
System.debug(Math.roundToLong(d2));`,
        debug: ['4', '6']
    },
    {
        name: 'Math.roundToLong(Double) is the closest Long',
        cite: `${MATH}, roundToLong(doubleValue): "Returns the closest Long to the specified Double" (Java Math.round: ties toward positive infinity)`,
        apex: String.raw`Double a = 2.5;
Double b = -2.5;
System.debug(Math.roundToLong(a));
System.debug(Math.roundToLong(b));`,
        debug: ['3', '-2']
    },
    {
        name: 'Math.max / Math.min on Integers and Longs',
        cite: `${MATH}, max(integerValue1, integerValue2) and min(longValue1, longValue2): the larger / smaller argument`,
        apex: String.raw`System.debug(Math.max(3, 7));
Long a = 5000000000L;
Long b = -1;
System.debug(Math.min(a, b));`,
        debug: ['7', '-1']
    },
    {
        name: 'Math.ceil and Math.floor on Doubles',
        cite: `${MATH}, ceil(doubleValue): "the smallest (closest to negative infinity) Double that is not less than the argument and is equal to a mathematical integer"; floor(doubleValue) the largest not greater`,
        apex: String.raw`Double x = 1.1;
Double y = -1.1;
System.debug(Math.ceil(x));
System.debug(Math.floor(y));`,
        debug: ['2.0', '-2.0']
    },
    {
        name: 'Math.sqrt and Math.pow return Doubles',
        cite: `${MATH}, sqrt(doubleValue): "correctly rounded positive square root"; pow(doubleValue, exponent): the first Double raised to the power of the second`,
        apex: String.raw`Double a = 16;
Double b = 2;
Double c = 10;
System.debug(Math.sqrt(a));
System.debug(Math.pow(b, c));`,
        debug: ['4.0', '1024.0']
    },
    {
        name: 'Integer division truncates toward zero',
        cite: 'Apex Developer Guide, Understanding Rules of Conversion: "If both operands are Integer or Long, integer arithmetic is performed" (Java truncating division: -7/2 is -3)',
        apex: String.raw`Integer a = -7;
Integer b = 2;
System.debug(a / b);`,
        debug: ['-3']
    },
    {
        name: 'Integer division by zero throws MathException',
        cite: 'Apex Developer Guide, Built-In Exceptions: MathException is "Any problem with a mathematical operation, such as dividing by zero" (runtime message "Divide by 0")',
        apex: String.raw`Integer a = 1;
Integer b = 0;
System.debug(a / b);`,
        throws: { type: 'System.MathException', message: 'Divide by 0' }
    },
    {
        name: 'Math.mod by zero throws MathException',
        cite: 'Apex Developer Guide, Built-In Exceptions: MathException covers "dividing by zero"; Math.mod divides',
        apex: String.raw`System.debug(Math.mod(5, 0));`,
        throws: { type: 'System.MathException', message: 'Divide by 0' }
    },
    {
        name: 'Math.PI and Math.E are Doubles',
        cite: `${MATH}, Fields: PI "the ratio of the circumference of a circle to its diameter" and E "the base of the natural logarithms", type Double (Java Math.PI/Math.E)`,
        apex: String.raw`System.debug(Math.PI);
System.debug(Math.E);`,
        debug: ['3.141592653589793', '2.718281828459045']
    }
];
