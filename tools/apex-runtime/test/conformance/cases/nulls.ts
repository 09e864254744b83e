import type { ConformanceCase } from '../case';

const VARIABLES = 'Apex Developer Guide, Declaring Variables';
const NPE =
    'Apex Reference, Exception Class and Built-In Exceptions: NullPointerException, "Any problem with dereferencing null"';

export const cases: ConformanceCase[] = [
    {
        name: 'variables without an initial value are null',
        cite: `${VARIABLES}: "If you don't initialize a variable, it's assigned null" (all types, including Integer and Boolean)`,
        apex: `Integer i;
Boolean b;
String s;
Decimal d;
System.debug(i);
System.debug(b);
System.debug(s);
System.debug(d);`,
        debug: ['null', 'null', 'null', 'null']
    },
    {
        name: "concatenating null gives the text 'null'",
        cite: 'Apex Developer Guide, Expression Operators, +: a null operand is converted to the string "null" when concatenated',
        apex: `String s = null;
System.debug('a' + s);
System.debug(s + 'b');`,
        debug: ['anull', 'nullb']
    },
    {
        name: 'arithmetic on a null Integer throws NullPointerException',
        cite: NPE,
        apex: `Integer n = null;
Integer m = n + 1;`,
        throws: { type: 'System.NullPointerException', message: 'Attempt to de-reference a null object' }
    },
    {
        name: 'a method call on null throws NullPointerException',
        cite: `${NPE}; the documented example calls contains() on an uninitialised String`,
        apex: `String s;
Boolean b = s.contains('abc');`,
        throws: { type: 'System.NullPointerException', message: 'Attempt to de-reference a null object' }
    },
    {
        name: 'a null Boolean condition throws NullPointerException',
        cite: `${NPE}; Apex has no tri-state logic ("Expression Operators": the comparison of any two values can never result in null)`,
        apex: `Boolean flag = null;
if (flag) {
    System.debug('never');
}`,
        throws: { type: 'System.NullPointerException' }
    },
    {
        name: 'NullPointerException can be caught',
        cite: `${NPE}; Apex Developer Guide, Built-In Exceptions: "catch(NullPointerException npe)" example`,
        apex: `try {
    String s;
    Boolean b = s.contains('abc');
} catch (NullPointerException npe) {
    System.debug('The following exception has occurred: ' + npe.getMessage());
}`,
        debug: ['The following exception has occurred: Attempt to de-reference a null object']
    },
    {
        name: 'null equals null',
        cite: 'Apex Developer Guide, Expression Operators, ==: "If x and y are both null, the result is true"',
        apex: `String a = null;
Integer b = null;
System.debug(a == null);
System.debug(b == null);
System.debug(a != null);`,
        debug: ['true', 'true', 'false']
    },
    {
        name: 'null never equals a value',
        cite: 'Apex Developer Guide, Expression Operators, ==: the comparison of any two values can never result in null',
        apex: `String a = null;
System.debug(a == 'x');
System.debug('x' == a);`,
        debug: ['false', 'false']
    },
    {
        name: 'a missing Map key gives null',
        cite: 'Apex Reference, Map Class, get(key): "Returns the value to which the specified key is mapped, or null if the map contains no value for this key"',
        apex: `Map<String, Integer> m = new Map<String, Integer>{'a' => 1};
System.debug(m.get('b'));`,
        debug: ['null']
    },
    {
        name: 'String.isBlank and isEmpty accept null',
        cite: 'Apex Reference, String Class, isBlank(inputString): "Returns true if the specified String is white space, empty (\'\'), or null"',
        apex: `String s = null;
System.debug(String.isBlank(s));
System.debug(String.isEmpty(s));
System.debug(String.isNotBlank(s));`,
        debug: ['true', 'true', 'false']
    },
    {
        name: "String.valueOf(null) is 'null'",
        cite: 'Apex Reference, String Class, valueOf(toConvert): null converts to the string "null"',
        apex: `Object o = null;
System.debug(String.valueOf(o));`,
        debug: ['null']
    },
    {
        name: 'null is not an instance of anything',
        cite: 'Apex Developer Guide, Using the instanceof Keyword: instanceof of a null value is false',
        apex: `String s = null;
Object o = s;
System.debug(o instanceof String);`,
        debug: ['false']
    },
    {
        name: 'a List may hold nulls',
        cite: 'Apex Developer Guide, Lists: list elements can be of any data type, and an element can be null',
        apex: `List<String> l = new List<String>{'a', null, 'c'};
System.debug(l.size());
System.debug(l);
System.debug(l.contains(null));`,
        debug: ['3', '(a, null, c)', 'true']
    },
    {
        name: 'an array element starts as null',
        cite: 'Apex Developer Guide, Lists, "Using Array Notation": new Integer[3] creates a list of three null elements',
        apex: `Integer[] values = new Integer[3];
System.debug(values.size());
System.debug(values[0]);`,
        debug: ['3', 'null']
    },
    {
        name: 'the right side of ?? is not evaluated when the left is not null',
        cite: 'Apex Developer Guide, Expression Operators, Null Coalescing Operator: the right-hand operand is evaluated only when the left is null',
        apex: `Integer zero = 0;
Integer a = 5;
System.debug(a ?? (1 / zero));`,
        debug: ['5']
    },
    {
        name: 'throwing null throws NullPointerException',
        cite: `${NPE}: dereferencing a null exception reference in a throw statement`,
        apex: `Exception e = null;
throw e;`,
        throws: { type: 'System.NullPointerException' }
    }
];
