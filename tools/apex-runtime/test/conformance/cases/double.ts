import type { ConformanceCase } from '../case';

const DOUBLE = 'Apex Reference, Double Class';

export const cases: ConformanceCase[] = [
    {
        name: 'String.valueOf(Double)',
        cite: "Apex Reference, String Class, valueOf(doubleToConvert): Double 12.34 -> '12.34'",
        apex: String.raw`Double myDouble = 12.34;
System.debug(String.valueOf(myDouble));`,
        debug: ['12.34']
    },
    {
        name: 'a whole Double prints with .0 (Java Double.toString)',
        cite: 'Apex Developer Guide, Primitive Data Types: Double is "A 64-bit number that includes a decimal point"; printed by Java Double.toString since Apex runs on the JVM (1.0, 1.0E10)',
        apex: String.raw`Double a = 1;
Double b = 10000000000.0;
System.debug(a);
System.debug(b);`,
        debug: ['1.0', '1.0E10']
    },
    {
        name: 'format() uses the user locale (en_US)',
        cite: `${DOUBLE}, format(): Double 1261992 -> '1,261,992' (relies on the runtime's pinned en_US locale)`,
        apex: String.raw`Double myDouble = 1261992;
System.debug(myDouble.format());`,
        debug: ['1,261,992']
    },
    {
        name: 'intValue() casts to Integer',
        cite: `${DOUBLE}, intValue(): "Returns the Integer value of this Double by casting it to an Integer"; 3.14159 -> 3`,
        apex: String.raw`Double dd1 = Double.valueOf('3.14159');
System.debug(dd1.intValue());`,
        debug: ['3']
    },
    {
        name: 'longValue()',
        cite: `${DOUBLE}, longValue(): 421994 -> 421994`,
        apex: String.raw`Double myDouble = 421994;
System.debug(myDouble.longValue());`,
        debug: ['421994']
    },
    {
        name: 'round() returns the closest Long, ties up',
        cite: `${DOUBLE}, round(): "Returns the closest Long to this Double value"; 4.5 -> 5, 4.2 -> 4, -4.7 -> -5`,
        apex: String.raw`Double d1 = 4.5;
Double d2 = 4.2;
Double d3 = -4.7;
System.debug(d1.round());
System.debug(d2.round());
System.debug(d3.round());`,
        debug: ['5', '4', '-5']
    },
    {
        name: 'Double.valueOf(String)',
        cite: `${DOUBLE}, valueOf(stringToDouble): "As in Java, the String is interpreted as representing a signed decimal"; '3.14159'`,
        apex: String.raw`Double dd1 = Double.valueOf('3.14159');
System.debug(dd1);`,
        debug: ['3.14159']
    },
    {
        name: 'Double division is binary floating point',
        cite: 'Apex Developer Guide, Primitive Data Types: Double is a 64-bit floating-point number, so 5.0/3.0 as Doubles is 1.6666666666666667',
        apex: String.raw`Double a = 5;
Double b = 3;
System.debug(a / b);`,
        debug: ['1.6666666666666667']
    },
    {
        name: 'Integer division happens before conversion to Double',
        cite: 'Apex Developer Guide, Understanding Rules of Conversion: with two Integer operands integer arithmetic is performed, so Double d = 5/3 holds 1.0',
        apex: String.raw`Double d = 5 / 3;
System.debug(d);`,
        debug: ['1.0']
    },
    {
        name: 'Double declaration with the D suffix',
        cite: 'Apex Developer Guide, Primitive Data Types, Double data type declaration: Double e = 2.7182818284D;',
        apex: String.raw`Double pi = 3.14159;
Double e = 2.7182818284D;
System.debug(pi);
System.debug(e);`,
        debug: ['3.14159', '2.7182818284']
    },
    {
        name: 'Integer.format()',
        cite: "Apex Reference, Integer Class, format(): 22 -> '22'",
        apex: String.raw`Integer myInt = 22;
System.debug(myInt.format());`,
        debug: ['22']
    },
    {
        name: 'Integer.valueOf(String)',
        cite: 'Apex Reference, Integer Class, valueOf(stringToInteger): Integer.valueOf(\'123\'); "As in Java, the String is interpreted as representing a signed decimal integer"',
        apex: String.raw`Integer myInt = Integer.valueOf('123');
System.debug(myInt + 1);`,
        debug: ['124']
    },
    {
        name: 'Integer.valueOf with an invalid string throws TypeException',
        cite: 'Apex Reference, Integer Class, valueOf(stringToInteger): "A TypeException is returned if you attempt to convert a string to an invalid integer" (runtime message "Invalid integer: NotAnInteger")',
        apex: String.raw`Integer myInt = Integer.valueOf('NotAnInteger');`,
        throws: { type: 'System.TypeException', message: 'Invalid integer: NotAnInteger' }
    },
    {
        name: 'Long literal beyond the Integer range',
        cite: 'Apex Developer Guide, Primitive Data Types, Long: "Long l = 2147483648L;"',
        apex: String.raw`Long l = 2147483648L;
System.debug(l);`,
        debug: ['2147483648']
    },
    {
        name: 'Integer overflow wraps',
        cite: 'Apex Developer Guide, Primitive Data Types: Integer is "A 32-bit number ... maximum value of 2,147,483,647"; arithmetic wraps like Java int',
        apex: String.raw`Integer i = 2147483647;
i = i + 1;
System.debug(i);`,
        debug: ['-2147483648']
    },
    {
        name: 'String.valueOf(Integer) and String.valueOf(Long)',
        cite: "Apex Reference, String Class, valueOf(integerToConvert): 22 -> '22'; valueOf(longToConvert): 123456789 -> '123456789'",
        apex: String.raw`Integer myInteger = 22;
Long myLong = 123456789;
System.debug(String.valueOf(myInteger));
System.debug(String.valueOf(myLong));`,
        debug: ['22', '123456789']
    }
];
