import type { ConformanceCase } from '../case';

const OPERATORS = 'Apex Developer Guide, Expression Operators';
const PRIMITIVES = 'Apex Developer Guide, Primitive Data Types';
const CONVERSION = 'Apex Developer Guide, Rules of Conversion';

export const cases: ConformanceCase[] = [
    {
        name: 'Integer addition overflows by wrapping around',
        cite: `${PRIMITIVES}, Integer: "A 32-bit number ... a maximum value of 2,147,483,647"; arithmetic past it wraps (two's complement, as in Java)`,
        apex: `Integer i = 2147483647;
i = i + 1;
System.debug(i);`,
        debug: ['-2147483648']
    },
    {
        name: 'Integer multiplication overflows by wrapping around',
        cite: `${PRIMITIVES}, Integer: 32-bit two's complement; 65536 * 65536 wraps to 0`,
        apex: `Integer a = 65536;
System.debug(a * a);
System.debug(2147483647 * 2);`,
        debug: ['0', '-2']
    },
    {
        name: 'Long arithmetic keeps values an Integer cannot hold',
        cite: `${PRIMITIVES}, Long: "A 64-bit number ... Use this data type when you need a range of values wider than the range provided by Integer"`,
        apex: `Long big = 2147483647L;
System.debug(big + 1);
Long product = 3000000000L * 3;
System.debug(product);`,
        debug: ['2147483648', '9000000000']
    },
    {
        name: 'Long overflow wraps around at 64 bits',
        cite: `${PRIMITIVES}, Long: "A 64-bit number that doesn't include a decimal point ... maximum value of 2^63-1"`,
        apex: `Long max = 9223372036854775807L;
System.debug(max + 1);`,
        debug: ['-9223372036854775808']
    },
    {
        name: 'Integer division truncates toward zero',
        cite: `${OPERATORS}, /: "Divides x by y"; Integer division keeps the integer part (Java semantics): 7/2 is 3, -7/2 is -3`,
        apex: `System.debug(7 / 2);
System.debug(-7 / 2);
System.debug(7 / -2);`,
        debug: ['3', '-3', '-3']
    },
    {
        name: 'Integer division by zero throws MathException',
        cite: 'Apex Reference, Exception Class and Built-In Exceptions: MathException, "Any problem with a mathematical operation, such as dividing by zero"',
        apex: `Integer zero = 0;
Integer x = 10 / zero;`,
        throws: { type: 'System.MathException', message: 'Divide by 0' }
    },
    {
        name: 'a Decimal operand makes the result Decimal',
        cite: `${CONVERSION}: "Numbers form a hierarchy of types ... Integer, Long, Double, Decimal"; an expression takes the type of its widest operand`,
        apex: `Integer i = 1;
Decimal d = 1.5;
Object sum = i + d;
System.debug(sum instanceof Decimal);
System.debug(sum);`,
        debug: ['true', '2.5']
    },
    {
        name: 'an Integer and a Long give a Long',
        cite: `${CONVERSION}: lower numeric types are converted to the higher type in an expression (Integer to Long)`,
        apex: `Integer i = 2;
Long l = 3L;
Object result = i * l;
System.debug(result instanceof Long);
System.debug(result instanceof Integer);`,
        debug: ['true', 'false']
    },
    {
        name: 'an Integer and a Double give a Double',
        cite: `${CONVERSION}: Integer is converted to Double when combined with a Double`,
        apex: `Object result = 1 + 1.5d;
System.debug(result instanceof Double);
System.debug(result);`,
        debug: ['true', '2.5']
    },
    {
        name: 'an Integer assigned to a Decimal variable becomes a Decimal',
        cite: `${CONVERSION}: "a variable of a lower numeric type can be assigned to a variable of a higher type"`,
        apex: `Decimal d = 5;
Object o = d;
System.debug(o instanceof Decimal);
Long l = 7;
Object ol = l;
System.debug(ol instanceof Long);`,
        debug: ['true', 'true']
    },
    {
        name: 'String concatenation reads left to right',
        cite: `${OPERATORS}, +: "If x is a String and y is a String or any other type of non-null argument, concatenates y to the end of x"`,
        apex: `System.debug('a' + 1 + 2);
System.debug(1 + 2 + 'a');`,
        debug: ['a12', '3a']
    },
    {
        name: 'multiplication binds tighter than addition',
        cite: 'Apex Developer Guide, Expression Operators / Operator Precedence: multiplicative operators before additive ones',
        apex: `System.debug(2 + 3 * 4);
System.debug((2 + 3) * 4);
System.debug(10 - 4 - 3);`,
        debug: ['14', '20', '3']
    },
    {
        name: '== on Strings ignores case, equals() does not',
        cite: `${OPERATORS}, ==: "If x and y are Strings, ... the comparison is case-insensitive"; String Class, equals: "case-sensitive"`,
        apex: `String a = 'Hello';
String b = 'HELLO';
System.debug(a == b);
System.debug(a.equals(b));
System.debug(a.equalsIgnoreCase(b));
System.debug(a != b);`,
        debug: ['true', 'false', 'true', 'false']
    },
    {
        name: '< and > on Strings ignore case',
        cite: `${OPERATORS}, <: "The comparison of two strings is ... case-insensitive"`,
        apex: `System.debug('apple' < 'Banana');
System.debug('B' > 'a');
System.debug('abc' <= 'ABC');`,
        debug: ['true', 'true', 'true']
    },
    {
        name: 'compareTo on Strings is case-sensitive',
        cite: 'Apex Reference, String Class, compareTo(secondString): "Compares two strings lexicographically, based on the Unicode value of each character"',
        apex: `System.debug('a'.compareTo('B') > 0);
System.debug('a'.compareTo('a'));`,
        debug: ['true', '0']
    },
    {
        name: 'comparison with a null number is false',
        cite: `${OPERATORS}, <: "If x or y equal null and are Integers, Doubles, Dates, or Datetimes, the expression is false"`,
        apex: `Integer n = null;
System.debug(n < 5);
System.debug(n > 5);
System.debug(5 >= n);`,
        debug: ['false', 'false', 'false']
    },
    {
        name: 'a non-null String is greater than null',
        cite: `${OPERATORS}, <: "A non-null String or ID value is always greater than a null value"`,
        apex: `String s = null;
System.debug('a' > s);
System.debug(s < 'a');`,
        debug: ['true', 'true']
    },
    {
        name: '&& and || short-circuit',
        cite: `${OPERATORS}, &&: "If x is false, y isn't evaluated"; ||: "If x is true, y isn't evaluated"`,
        apex: `Integer zero = 0;
System.debug(false && (1 / zero == 0));
System.debug(true || (1 / zero == 0));`,
        debug: ['false', 'true']
    },
    {
        name: 'the ternary operator picks one branch',
        cite: `${OPERATORS}, ?: "If x, a Boolean, is true, y is the result. Otherwise z is the result"`,
        apex: `Integer a = 5;
System.debug(a > 3 ? 'big' : 'small');
System.debug(a > 10 ? 'big' : 'small');`,
        debug: ['big', 'small']
    },
    {
        name: 'prefix and postfix increment',
        cite: `${OPERATORS}, ++: "x++ ... the value of x is returned and then incremented"; "++x ... incremented first"`,
        apex: `Integer x = 5;
Integer a = x++;
Integer b = ++x;
System.debug(a);
System.debug(b);
System.debug(x);
x--;
System.debug(x);`,
        debug: ['5', '7', '7', '6']
    },
    {
        name: 'compound assignment operators',
        cite: `${OPERATORS}: +=, -=, *=, /= reassign the result to x`,
        apex: `Integer x = 10;
x += 5;
System.debug(x);
x -= 3;
System.debug(x);
x *= 2;
System.debug(x);
x /= 5;
System.debug(x);
String s = 'a';
s += 'b';
System.debug(s);`,
        debug: ['15', '12', '24', '4', 'ab']
    },
    {
        name: 'bitwise AND, OR and XOR on Integers',
        cite: `${OPERATORS}, &, |, ^: bitwise operations on Integers and Longs`,
        apex: `System.debug(12 & 10);
System.debug(12 | 10);
System.debug(12 ^ 10);`,
        debug: ['8', '14', '6']
    },
    {
        name: 'shift operators keep or drop the sign',
        cite: `${OPERATORS}, << (shift left), >> (signed shift right), >>> (unsigned shift right)`,
        apex: `System.debug(1 << 4);
System.debug(-16 >> 2);
System.debug(-16 >>> 28);`,
        debug: ['16', '-4', '15']
    },
    {
        name: 'unary minus of the smallest Integer wraps',
        cite: `${PRIMITIVES}, Integer: "a minimum value of -2,147,483,648"; negating it overflows back to itself`,
        apex: `Integer min = -2147483648;
System.debug(-min);`,
        debug: ['-2147483648']
    },
    {
        name: 'instanceof tests the runtime type',
        cite: 'Apex Developer Guide, Using the instanceof Keyword: "to verify at run time whether an object is actually an instance of a particular class"',
        apex: `Object o = 5;
System.debug(o instanceof Integer);
System.debug(o instanceof Long);
System.debug(o instanceof String);
Object s = 'x';
System.debug(s instanceof String);`,
        debug: ['true', 'false', 'false', 'true']
    },
    {
        name: 'an invalid cast throws TypeException',
        cite: 'Apex Reference, Exception Class and Built-In Exceptions: TypeException, "Any problem with type conversions"',
        apex: `Object o = 'not a number';
Integer i = (Integer) o;`,
        throws: { type: 'System.TypeException', message: 'Invalid conversion from runtime type String to Integer' }
    },
    {
        name: 'safe navigation returns null instead of throwing',
        cite: `${OPERATORS}, Safe Navigation Operator ?.: "If the left-hand-side of the chain expression evaluates to null, the right-hand-side isn't evaluated"`,
        apex: `String s = null;
System.debug(s?.length());
Account a = null;
System.debug(a?.Name);
String t = 'abc';
System.debug(t?.length());`,
        debug: ['null', 'null', '3']
    },
    {
        name: 'safe navigation short-circuits the rest of the chain',
        cite: `${OPERATORS}, Safe Navigation Operator: a?.b.c evaluates to null when a is null, without dereferencing b`,
        apex: `Account a = null;
System.debug(a?.Name.length());`,
        debug: ['null']
    },
    {
        name: 'the null coalescing operator',
        cite: `${OPERATORS}, Null Coalescing Operator ??: "returns its left-hand operand if it isn't null. Otherwise, it returns the right-hand operand"`,
        apex: `String a = null;
System.debug(a ?? 'fallback');
String b = 'value';
System.debug(b ?? 'fallback');`,
        debug: ['fallback', 'value']
    },
    {
        name: 'adding an Integer to a Date adds days',
        cite: `${OPERATORS}, +: "If x is a Date and y is an Integer, returns a new Date that is incremented by the specified number of days"`,
        apex: `Date d = Date.newInstance(2024, 2, 27);
System.debug(String.valueOf(d + 3));
System.debug(String.valueOf(d - 27));`,
        debug: ['2024-03-01', '2024-01-31']
    },
    {
        name: 'Boolean negation',
        cite: `${OPERATORS}, !: "Inverts the value of a Boolean"`,
        apex: `Boolean b = true;
System.debug(!b);
System.debug(!!b);`,
        debug: ['false', 'true']
    },
    {
        name: 'exact equality compares references for objects',
        cite: `${OPERATORS}, ===: "If x and y reference the exact same location in memory, the expression evaluates to true"`,
        apex: `List<Integer> a = new List<Integer>{1};
List<Integer> b = new List<Integer>{1};
List<Integer> c = a;
System.debug(a == b);
System.debug(a === b);
System.debug(a === c);
System.debug(a !== b);`,
        debug: ['true', 'false', 'true', 'true']
    }
];
