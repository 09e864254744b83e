import type { ConformanceCase } from '../case';

const STR = 'Apex Reference, String Class';
const PATTERN = 'Apex Reference, Pattern Class';
const MATCHER = 'Apex Reference, Matcher Class';

/** One-line cases: System.debug(<expression>) with `s` bound to a string. */
function expr(method: string, s: string, expression: string, expected: string, quote: string): ConformanceCase {
    return {
        name: `${method}: ${expression}`,
        cite: `${STR}, ${method}: ${quote}`,
        apex: `String s = '${s}';\nSystem.debug(${expression});`,
        debug: [expected]
    };
}

export const cases: ConformanceCase[] = [
    expr(
        'abbreviate(maxWidth)',
        'Hello Maximillian',
        's.abbreviate(8)',
        'Hello...',
        "example 'Hello Maximillian'.abbreviate(8) equals 'Hello...'"
    ),
    expr(
        'abbreviate(maxWidth, offset)',
        'Hello Maximillian',
        's.abbreviate(9, 6)',
        '...Max...',
        "example abbreviate(9,6) equals '...Max...'"
    ),
    expr('capitalize()', 'hello maximillian', 's.capitalize()', 'Hello maximillian', "example 'Hello maximillian'"),
    expr('center(size)', 'hello', "'[' + s.center(9) + ']'", '[  hello  ]', "example s.center(9) equals '  hello  '"),
    expr('center(size, paddingString)', 'hello', "s.center(9, '-')", '--hello--', "example '--hello--'"),
    {
        name: 'charAt and codePointAt on a surrogate pair',
        cite: `${STR}, charAt(index): "If the index points to the beginning of a surrogate pair ... returns only the high-surrogate code point"; examples 937, 55349 and 120074`,
        apex: String.raw`String str = 'Ω is Omega.';
System.debug(str.charAt(0));
String pair = '\uD835\uDD0A';
System.debug(pair.charAt(0));
System.debug(pair.codePointAt(0));`,
        debug: ['937', '55349', '120074']
    },
    {
        name: 'codePointAt / codePointBefore index units',
        cite: `${STR}, codePointAt(index) and codePointBefore(index): examples 937, 120074 at index 20, codePointBefore(22) = 120074`,
        apex: String.raw`String str = '\u03A9 is Ω (Omega), and \uD835\uDD0A ' + ' is Fraktur Capital G.';
System.debug(str.codePointAt(0));
System.debug(str.codePointAt(20));
System.debug(str.codePointBefore(1));
System.debug(str.codePointBefore(22));`,
        debug: ['937', '120074', '937', '120074']
    },
    expr('compareTo(secondString)', 'abcde', "s.compareTo('abcd')", '1', "example 'abcde'.compareTo('abcd') equals 1"),
    expr('contains(substring)', 'abcde', "s.contains('abcd')", 'true', 'example result true'),
    {
        name: 'containsAny',
        cite: `${STR}, containsAny(inputString): 'hello'.containsAny('hx') is true, containsAny('x') is false`,
        apex: String.raw`String s = 'hello';
System.debug(s.containsAny('hx'));
System.debug(s.containsAny('x'));`,
        debug: ['true', 'false']
    },
    expr('containsIgnoreCase(substring)', 'hello', "s.containsIgnoreCase('HE')", 'true', 'example true'),
    expr('containsNone(inputString)', 'abcde', "s.containsNone('fg')", 'true', "example 'abcde'.containsNone('fg')"),
    {
        name: 'containsOnly',
        cite: `${STR}, containsOnly(inputString): 'abba'.containsOnly('abcd') is true, 'abba xyz' is false`,
        apex: String.raw`System.debug('abba'.containsOnly('abcd'));
System.debug('abba xyz'.containsOnly('abcd'));`,
        debug: ['true', 'false']
    },
    {
        name: 'containsWhitespace',
        cite: `${STR}, containsWhitespace(): 'Hello Jane', 'HelloJane ', ' HelloJane' are true, 'HelloJane' is false`,
        apex: String.raw`System.debug('Hello Jane'.containsWhitespace());
System.debug('HelloJane '.containsWhitespace());
System.debug('HelloJane'.containsWhitespace());`,
        debug: ['true', 'true', 'false']
    },
    {
        name: 'countMatches is case-sensitive',
        cite: `${STR}, countMatches(substring): 'Hello Jane' -> 1, 'Hello Hello' -> 2, 'Hello hello' -> 1`,
        apex: String.raw`System.debug('Hello Jane'.countMatches('Hello'));
System.debug('Hello Hello'.countMatches('Hello'));
System.debug('Hello hello'.countMatches('Hello'));`,
        debug: ['1', '2', '1']
    },
    expr('deleteWhitespace()', ' Hello Jane ', 's.deleteWhitespace()', 'HelloJane', "example 'HelloJane'"),
    {
        name: 'difference',
        cite: `${STR}, difference(secondString): 'Hello Jane'.difference('Hello Max') is 'Max', difference('Goodbye') is 'Goodbye'`,
        apex: String.raw`String s = 'Hello Jane';
System.debug(s.difference('Hello Max'));
System.debug(s.difference('Goodbye'));`,
        debug: ['Max', 'Goodbye']
    },
    expr('endsWithIgnoreCase(suffix)', 'Hello Jason', "s.endsWithIgnoreCase('jason')", 'true', 'example true'),
    {
        name: 'equals is case-sensitive while == is not',
        cite: `${STR}, equals(secondString): "Use this method to perform case-sensitive comparisons. In contrast, the == operator performs case-insensitive string comparisons"`,
        apex: String.raw`String a = 'abcd';
String b = 'ABCD';
System.debug(a.equals(b));
System.debug(a == b);
System.debug(a.equalsIgnoreCase(b));`,
        debug: ['false', 'true', 'true']
    },
    expr('escapeCsv()', 'Max1, "Max2"', 's.escapeCsv()', '"Max1, ""Max2"""', 'example \'"Max1, ""Max2"""\''),
    {
        name: 'escapeEcmaScript',
        cite: `${STR}, escapeEcmaScript(): '"grade": 3.9/4.0' -> \\"grade\\": 3.9\\/4.0`,
        apex: String.raw`String s1 = '"grade": 3.9/4.0';
System.debug(s1.escapeEcmaScript());`,
        debug: ['\\"grade\\": 3.9\\/4.0']
    },
    {
        name: 'escapeJava',
        cite: `${STR}, escapeJava(): 'Company: "Salesforce.com"' -> 'Company: \\"Salesforce.com\\"'`,
        apex: String.raw`String s = 'Company: "Salesforce.com"';
System.debug(s.escapeJava());`,
        debug: ['Company: \\"Salesforce.com\\"']
    },
    {
        name: 'escapeSingleQuotes',
        cite: `${STR}, escapeSingleQuotes(stringToEscape): "Outputs \\'Hello Jason\\'"`,
        apex: String.raw`String s = '\'Hello Jason\'';
System.debug(s);
System.debug(String.escapeSingleQuotes(s));`,
        debug: ["'Hello Jason'", "\\'Hello Jason\\'"]
    },
    {
        name: 'escapeUnicode',
        cite: `${STR}, escapeUnicode(): 'De onde você é?' -> 'De onde voc\\u00EA \\u00E9?'`,
        apex: String.raw`String s = 'De onde você é?';
System.debug(s.escapeUnicode());`,
        debug: ['De onde voc\\u00EA \\u00E9?']
    },
    {
        name: 'escapeHtml4 / escapeXml / unescapeHtml4',
        cite: `${STR}, escapeHtml4(), escapeXml(), unescapeHtml4(): '"<Black&White>"' <-> '&quot;&lt;Black&amp;White&gt;&quot;'`,
        apex: String.raw`String s1 = '"<Black&White>"';
System.debug(s1.escapeHtml4());
System.debug(s1.escapeXml());
System.debug('&quot;&lt;Black&amp;White&gt;&quot;'.unescapeHtml4());`,
        debug: ['&quot;&lt;Black&amp;White&gt;&quot;', '&quot;&lt;Black&amp;White&gt;&quot;', '"<Black&White>"']
    },
    {
        name: 'fromCharArray and getChars',
        cite: `${STR}, fromCharArray(charArray): [74] -> 'J'; getChars(): 'Jane goes fishing.' first element 74`,
        apex: String.raw`List<Integer> charArr = new Integer[]{74};
System.debug(String.fromCharArray(charArr));
System.debug('Jane goes fishing.'.getChars()[0]);`,
        debug: ['J', '74']
    },
    {
        name: 'getCommonPrefix',
        cite: `${STR}, getCommonPrefix(strings): {'SFDCApex', 'SFDCVisualforce'} -> 'SFDC'`,
        apex: String.raw`List<String> ls = new List<String>{'SFDCApex', 'SFDCVisualforce'};
System.debug(String.getCommonPrefix(ls));`,
        debug: ['SFDC']
    },
    {
        name: 'getLevenshteinDistance with and without threshold',
        cite: `${STR}, getLevenshteinDistance: 'Hello Joe' vs 'Hello Max' is 3; 'Hello Jane' vs 'Hello Max' with threshold 2 is -1`,
        apex: String.raw`System.debug('Hello Joe'.getLevenshteinDistance('Hello Max'));
System.debug('Hello Jane'.getLevenshteinDistance('Hello Max', 2));`,
        debug: ['3', '-1']
    },
    {
        name: 'indexOf family',
        cite: `${STR}, indexOf: 'abcde'.indexOf('cd') = 2, 'abcdabcd'.indexOf('ab', 1) = 4; indexOfAny('xc') = 2; indexOfAnyBut('xc') = 0; indexOfDifference('abxc') = 2; indexOfIgnoreCase('BC', 0) = 1`,
        apex: String.raw`System.debug('abcde'.indexOf('cd'));
System.debug('abcdabcd'.indexOf('ab', 1));
System.debug('abcd'.indexOfAny('xc'));
System.debug('abcd'.indexOfAnyBut('xc'));
System.debug('abcd'.indexOfDifference('abxc'));
System.debug('abcd'.indexOfIgnoreCase('BC', 0));`,
        debug: ['2', '4', '2', '0', '2', '1']
    },
    {
        name: 'indexOfChar counts code units',
        cite: `${STR}, indexOfChar(character, startIndex): 'Ω and \\u03A9 and Ω' gives 0, 6 and 12`,
        apex: String.raw`String str = 'Ω and \u03A9 and Ω';
System.debug(str.indexOfChar(937));
System.debug(str.indexOfChar(937, 1));
System.debug(str.indexOfChar(937, 10));`,
        debug: ['0', '6', '12']
    },
    {
        name: 'lastIndexOf family',
        cite: `${STR}, lastIndexOf: 'abcdefgc'.lastIndexOf('c') = 7; 'abcdaacd'.lastIndexOf('c', 7) = 6, ('c', 3) = 2; lastIndexOfChar(937) on 'Ω and \\u03A9 and Ω' = 12, (937, 11) = 6, (937, 5) = 0; lastIndexOfIgnoreCase('DAAC') = 3`,
        apex: String.raw`System.debug('abcdefgc'.lastIndexOf('c'));
System.debug('abcdaacd'.lastIndexOf('c', 7));
System.debug('abcdaacd'.lastIndexOf('c', 3));
String str = 'Ω and \u03A9 and Ω';
System.debug(str.lastIndexOfChar(937));
System.debug(str.lastIndexOfChar(937, 11));
System.debug(str.lastIndexOfChar(937, 5));
System.debug('abcdaacd'.lastIndexOfIgnoreCase('DAAC'));`,
        debug: ['7', '6', '2', '12', '6', '0', '3']
    },
    {
        name: 'is* predicates',
        cite: `${STR}, isAllLowerCase('abcde'), isAllUpperCase('ABCDE'), isAlpha('abc') true and ('abc 21') false, isAlphaSpace('aA Bb') true, isAlphanumeric('abc021') true, isNumeric('1.2') false, isNumericSpace('1 2 3') true`,
        apex: String.raw`System.debug('abcde'.isAllLowerCase());
System.debug('ABCDE'.isAllUpperCase());
System.debug('abc'.isAlpha());
System.debug('abc 21'.isAlpha());
System.debug('aA Bb'.isAlphaSpace());
System.debug('abc021'.isAlphanumeric());
System.debug('1.2'.isNumeric());
System.debug('1 2 3'.isNumericSpace());`,
        debug: ['true', 'true', 'true', 'false', 'true', 'true', 'false', 'true']
    },
    {
        name: 'isWhitespace and isAsciiPrintable',
        cite: `${STR}, isWhitespace(): "Returns true if the current String contains only white space characters or is empty"; isAsciiPrintable('√') is false`,
        apex: String.raw`System.debug(' '.isWhitespace());
System.debug(''.isWhitespace());
System.debug('SIL80'.isWhitespace());
System.debug('√'.isAsciiPrintable());`,
        debug: ['true', 'true', 'false', 'false']
    },
    {
        name: 'static isBlank / isEmpty / isNotBlank / isNotEmpty accept null',
        cite: `${STR}, isBlank(inputString): "true if the specified String is white space, empty (''), or null"; isEmpty: "empty ('') or null"`,
        apex: String.raw`String nullString = null;
System.debug(String.isBlank(nullString));
System.debug(String.isBlank('  '));
System.debug(String.isEmpty('  '));
System.debug(String.isNotBlank(nullString));
System.debug(String.isNotEmpty('  '));`,
        debug: ['true', 'true', 'false', 'false', 'true']
    },
    {
        name: 'String.join',
        cite: `${STR}, join(iterableObj, separator): {10, 20, 30} joined by '/' is '10/20/30'`,
        apex: String.raw`List<Integer> li = new List<Integer>{10, 20, 30};
System.debug(String.join(li, '/'));`,
        debug: ['10/20/30']
    },
    {
        name: 'left, right, mid, length',
        cite: `${STR}, left(3) of 'abcdaacd' is 'abc'; right(3) of 'Hello Max' is 'Max'; mid(2, 3) of 'abcde' is 'cde'; length() of 'abcd' is 4`,
        apex: String.raw`System.debug('abcdaacd'.left(3));
System.debug('Hello Max'.right(3));
System.debug('abcde'.mid(2, 3));
System.debug('abcd'.length());`,
        debug: ['abc', 'Max', 'cde', '4']
    },
    {
        name: 'leftPad and rightPad',
        cite: `${STR}, leftPad(5) of 'abc' is '  abc', leftPad(7, 'xy') is 'xyxyabc'; rightPad(5) is 'abc  ', rightPad(7, 'xy') is 'abcxyxy'`,
        apex: String.raw`String s1 = 'abc';
System.debug('[' + s1.leftPad(5) + ']');
System.debug(s1.leftPad(7, 'xy'));
System.debug('[' + s1.rightPad(5) + ']');
System.debug(s1.rightPad(7, 'xy'));`,
        debug: ['[  abc]', 'xyxyabc', '[abc  ]', 'abcxyxy']
    },
    expr(
        'normalizeSpace()',
        'Salesforce \\t     force.com',
        's.normalizeSpace()',
        'Salesforce force.com',
        "example 'Salesforce force.com'"
    ),
    {
        name: 'offsetByCodePoints',
        cite: `${STR}, offsetByCodePoints(index, codePointOffset): 'A \\uD835\\uDD0A BC'.offsetByCodePoints(0,3) is 4`,
        apex: String.raw`String str = 'A \uD835\uDD0A BC';
System.debug(str.offsetByCodePoints(0, 3));`,
        debug: ['4']
    },
    {
        name: 'remove family',
        cite: `${STR}, remove('force') -> 'Sales and .com'; removeEnd('.com'); removeEndIgnoreCase('.COM'); removeStart('Sales'); removeStartIgnoreCase('SALES') on 'Salesforce and force.com'`,
        apex: String.raw`String s1 = 'Salesforce and force.com';
System.debug(s1.remove('force'));
System.debug(s1.removeEnd('.com'));
System.debug(s1.removeEndIgnoreCase('.COM'));
System.debug(s1.removeStart('Sales'));
System.debug(s1.removeStartIgnoreCase('SALES'));`,
        debug: [
            'Sales and .com',
            'Salesforce and force',
            'Salesforce and force',
            'force and force.com',
            'force and force.com'
        ]
    },
    {
        name: 'repeat',
        cite: `${STR}, repeat(2) of 'SFDC' is 'SFDCSFDC'; repeat('-', 2) is 'SFDC-SFDC'`,
        apex: String.raw`String s1 = 'SFDC';
System.debug(s1.repeat(2));
System.debug(s1.repeat('-', 2));`,
        debug: ['SFDCSFDC', 'SFDC-SFDC']
    },
    expr('replace(target, replacement)', 'abcdbca', "s.replace('bc', 'xy')", 'axydxya', "example 'axydxya'"),
    expr(
        'replaceAll(regExp, replacement)',
        'a b c 5 xyz',
        "s.replaceAll('[a-zA-Z]', '1')",
        '1 1 1 5 111',
        "example '1 1 1 5 111'"
    ),
    expr(
        'replaceFirst(regExp, replacement)',
        'a b c 11 xyz',
        "s.replaceFirst('[a-zA-Z]{2}', '2')",
        'a b c 11 2z',
        "example 'a b c 11 2z'"
    ),
    {
        name: 'replaceAll uses Java replacement syntax ($n)',
        cite: `${MATCHER}, replaceAll(replacementString): "Dollar signs may be treated as references to captured subsequences, and backslashes are used to escape literal characters"`,
        apex: String.raw`System.debug('John Smith'.replaceAll('(\\w+) (\\w+)', '$2, $1'));
System.debug('a.b'.replaceAll('\\.', '\\$'));`,
        debug: ['Smith, John', 'a$b']
    },
    {
        name: 'split with a limit (all documented results)',
        cite: `${STR}, split(regExp, limit): for 'boo:and:moo', split(':', 2) = {'boo', 'and:moo'}; (':', 5) and (':', -2) = {'boo', 'and', 'moo'}; ('o', 5) and ('o', -2) = {'b', '', ':and:m', '', ''}; ('o', 0) = {'b', '', ':and:m'}`,
        apex: String.raw`String s = 'boo:and:moo';
System.debug(s.split(':', 2));
System.debug(s.split(':', 5));
System.debug(s.split(':', -2));
System.debug(s.split('o', 5));
System.debug(s.split('o', -2));
System.debug(s.split('o', 0));`,
        debug: [
            '(boo, and:moo)',
            '(boo, and, moo)',
            '(boo, and, moo)',
            '(b, , :and:m, , )',
            '(b, , :and:m, , )',
            '(b, , :and:m)'
        ]
    },
    {
        name: 'split on a backslash',
        cite: `${STR}, split(regExp): splitPath example splits 'e:\\\\processed\\\\PPDSF100111.csv' on '\\\\\\\\' and keeps the last part 'PPDSF100111.csv'`,
        apex: String.raw`String filename = 'e:\\processed\\PPDSF100111.csv';
List<String> parts = filename.split('\\\\');
System.debug(parts.size());
System.debug(parts[parts.size() - 1]);`,
        debug: ['3', 'PPDSF100111.csv']
    },
    {
        name: 'split with no match returns the original string',
        cite: `${STR}, split(regExp): "If regExp does not match any part of the String, the resulting list has just one element containing the original String"`,
        apex: String.raw`List<String> parts = 'abc'.split(',');
System.debug(parts.size());
System.debug(parts[0]);`,
        debug: ['1', 'abc']
    },
    {
        name: 'a zero-width split does not produce a leading empty item',
        cite: `${STR}, split(regExp): "In API version 34.0 and earlier, a zero-width regExp value produces an empty list item at the beginning of the method's output" (later versions do not)`,
        apex: String.raw`System.debug('abc'.split(''));`,
        debug: ['(a, b, c)']
    },
    {
        name: 'splitByCharacterType and CamelCase',
        cite: `${STR}, splitByCharacterType(): 'Lightning.platform' writes (L, ightning, ., platform); splitByCharacterTypeCamelCase() writes (Lightning, ., platform)`,
        apex: String.raw`String s1 = 'Lightning.platform';
System.debug(s1.splitByCharacterType());
System.debug(s1.splitByCharacterTypeCamelCase());`,
        debug: ['(L, ightning, ., platform)', '(Lightning, ., platform)']
    },
    {
        name: 'startsWith and startsWithIgnoreCase',
        cite: `${STR}, startsWith('AE86') and startsWithIgnoreCase('ae86') of 'AE86 vs EK9' are true`,
        apex: String.raw`String s1 = 'AE86 vs EK9';
System.debug(s1.startsWith('AE86'));
System.debug(s1.startsWithIgnoreCase('ae86'));
System.debug(s1.startsWith('ae86'));`,
        debug: ['true', 'true', 'false']
    },
    {
        name: 'substring',
        cite: `${STR}, substring: 'hamburger'.substring(3) is 'burger', substring(4, 8) is 'urge', 'smiles'.substring(1, 5) is 'mile'`,
        apex: String.raw`System.debug('hamburger'.substring(3));
System.debug('hamburger'.substring(4, 8));
System.debug('smiles'.substring(1, 5));`,
        debug: ['burger', 'urge', 'mile']
    },
    {
        name: 'substring past the end throws StringException',
        cite: `${STR}, substring(startIndex): Java StringIndexOutOfBoundsException, surfaced as System.StringException (message "Starting position out of bounds: 10" is the runtime's)`,
        apex: String.raw`System.debug('abc'.substring(10));`,
        throws: { type: 'System.StringException', message: 'Starting position out of bounds: 10' }
    },
    {
        name: 'substringAfter / Before / Last',
        cite: `${STR}, substringAfter('.') of 'Salesforce.Lightning.platform' is 'Lightning.platform'; substringAfterLast is 'platform'; substringBefore is 'Salesforce'; substringBeforeLast is 'Salesforce.Lightning'`,
        apex: String.raw`String s1 = 'Salesforce.Lightning.platform';
System.debug(s1.substringAfter('.'));
System.debug(s1.substringAfterLast('.'));
System.debug(s1.substringBefore('.'));
System.debug(s1.substringBeforeLast('.'));`,
        debug: ['Lightning.platform', 'platform', 'Salesforce', 'Salesforce.Lightning']
    },
    {
        name: 'substringBetween',
        cite: `${STR}, substringBetween('tag') of 'tagYellowtag' is 'Yellow'; substringBetween('x','y') of 'xYellowy' is 'Yellow'`,
        apex: String.raw`System.debug('tagYellowtag'.substringBetween('tag'));
System.debug('xYellowy'.substringBetween('x', 'y'));`,
        debug: ['Yellow', 'Yellow']
    },
    {
        name: 'case conversions',
        cite: `${STR}, swapCase() of 'Force.com' is 'fORCE.COM'; toLowerCase() of 'ThIs iS hArD tO rEaD'; uncapitalize() of 'Hello max'`,
        apex: String.raw`System.debug('Force.com'.swapCase());
System.debug('ThIs iS hArD tO rEaD'.toLowerCase());
System.debug('abcd'.toUpperCase());
System.debug('Hello max'.uncapitalize());`,
        debug: ['fORCE.COM', 'this is hard to read', 'ABCD', 'hello max']
    },
    {
        name: 'locale-specific case conversion (Turkish)',
        cite: `${STR}, toLowerCase(locale): 'KIYMETLİ'.toLowerCase('tr') is 'kıymetli'; toUpperCase(locale): 'imkansız'.toUpperCase('tr') is 'İMKANSIZ'`,
        apex: String.raw`System.debug('KIYMETLİ'.toLowerCase('tr'));
System.debug('imkansız'.toUpperCase('tr'));`,
        debug: ['kıymetli', 'İMKANSIZ']
    },
    expr('trim()', '   Hello!   ', "'[' + s.trim() + ']'", '[Hello!]', "example '   Hello!   '.trim() equals 'Hello!'"),
    {
        name: 'unescape family',
        cite: `${STR}, unescapeCsv('"Max1, ""Max2"""') is 'Max1, "Max2"'; unescapeJava('Company: \\\\"Salesforce.com\\\\"') is 'Company: "Salesforce.com"'; unescapeEcmaScript; unescapeXml`,
        apex: String.raw`System.debug('"Max1, ""Max2"""'.unescapeCsv());
System.debug('Company: \\"Salesforce.com\\"'.unescapeJava());
System.debug('\"3.8\",\"3.9\"'.unescapeEcmaScript());
System.debug('&quot;&lt;Black&amp;White&gt;&quot;'.unescapeXml());`,
        debug: ['Max1, "Max2"', 'Company: "Salesforce.com"', '"3.8","3.9"', '"<Black&White>"']
    },
    {
        name: 'String.valueOf(List)',
        cite: `${STR}, valueOf(toConvert): a List<Integer> of 10 and 20 converts to '(10, 20)'`,
        apex: String.raw`List<Integer> ls = new List<Integer>();
ls.add(10);
ls.add(20);
System.debug(String.valueOf(ls));`,
        debug: ['(10, 20)']
    },
    {
        name: 'String.format with MessageFormat placeholders',
        cite: `${STR}, format(stringToFormat, formattingArguments): "The substitution and formatting are the same as apex:outputText and the Java MessageFormat class"`,
        apex: String.raw`String template = '{0} was last updated {1}';
List<Object> parameters = new List<Object>{'Universal Containers', 'yesterday'};
System.debug(String.format(template, parameters));`,
        debug: ['Universal Containers was last updated yesterday']
    },
    {
        name: 'String.format single quotes (API 51.0+)',
        cite: `${STR}, format(): "From version 51.0 and later, the format() method supports single quotes in the stringToFormat parameter" (MessageFormat: '' is a quote, quoted braces are literal)`,
        apex: String.raw`System.debug(String.format('It\'\'s {0}', new List<Object>{'ready'}));
System.debug(String.format('\'{0}\' is {0}', new List<Object>{'x'}));`,
        debug: ["It's ready", '{0} is x']
    },
    {
        name: 'String.format converts non-strings with toString',
        cite: `${STR}, format(): "Non-string types in the second argument's List are implicitly converted to strings"`,
        apex: String.raw`System.debug(String.format('{0} + {1}', new List<Object>{1, 2.50}));`,
        debug: ['1 + 2.50']
    },
    {
        name: 'Pattern.matches matches the whole input',
        cite: `${PATTERN}, matches(regExp, stringtoMatch) and Using Patterns and Matchers: Pattern.matches('a*b', 'aaaaab') is true`,
        apex: String.raw`System.debug(Pattern.matches('a*b', 'aaaaab'));
System.debug(Pattern.matches('a*b', 'aaaaabc'));`,
        debug: ['true', 'false']
    },
    {
        name: 'Matcher groups, hitEnd and end (Pattern and Matcher Example)',
        cite: "Apex Developer Guide, Pattern and Matcher Example: '(a(b)?)+' matching 'aba': matches() && hitEnd(), groupCount() == 2, group(0) == 'aba', group(1) == 'a', end() == end(0) == end(1) == 3",
        apex: String.raw`Pattern myPattern = Pattern.compile('(a(b)?)+');
Matcher myMatcher = myPattern.matcher('aba');
System.debug(myMatcher.matches() && myMatcher.hitEnd());
System.debug(myMatcher.groupCount());
System.debug(myMatcher.group(0));
System.debug(myMatcher.group(1));
System.debug(myMatcher.end());
System.debug(myMatcher.end(1));`,
        debug: ['true', '2', 'aba', 'a', '3', '3']
    },
    {
        name: 'Matcher.replaceAll and replaceFirst',
        cite: `${MATCHER}, replaceAll: 'a*b' on "aabxyzaabxyzabxyzb" with "-" yields "-xyz-xyz-xyz-"; replaceFirst: 'dog' on "zzzdogzzzdogzzz" with "cat" yields "zzzcatzzzdogzzz"`,
        apex: String.raw`System.debug(Pattern.compile('a*b').matcher('aabxyzaabxyzabxyzb').replaceAll('-'));
System.debug(Pattern.compile('dog').matcher('zzzdogzzzdogzzz').replaceFirst('cat'));`,
        debug: ['-xyz-xyz-xyz-', 'zzzcatzzzdogzzz']
    },
    {
        name: 'Matcher.find iterates matches with start and end',
        cite: `${MATCHER}, find(): "starts ... at the first character not matched by the previous match"; start(), end() "the position after the last matched character"`,
        apex: String.raw`Matcher m = Pattern.compile('\\d+').matcher('ab12cd345');
while (m.find()) {
    System.debug(m.group() + '@' + m.start() + '-' + m.end());
}`,
        debug: ['12@2-4', '345@6-9']
    },
    {
        name: 'group(n) of a group that did not participate is null',
        cite: `${MATCHER}, group(groupIndex): "If the match was successful but the specified group failed to match any part of the input sequence, null is returned"; end(groupIndex) returns -1 then`,
        apex: String.raw`Matcher m = Pattern.compile('(a)|(b)').matcher('b');
System.debug(m.find());
System.debug(m.group(1));
System.debug(m.end(1));
System.debug(m.group(2));`,
        debug: ['true', 'null', '-1', 'b']
    },
    {
        name: 'Pattern.quote makes metacharacters literal',
        cite: `${PATTERN}, quote(yourString): "Metacharacters (such as $ or ^) and escape sequences in the input string are treated as literal characters"`,
        apex: String.raw`System.debug(Pattern.matches(Pattern.quote('1+1=2?'), '1+1=2?'));
System.debug(Pattern.matches('1+1=2?', '1+1=2?'));`,
        debug: ['true', 'false']
    },
    {
        name: 'Pattern.split',
        cite: `${PATTERN}, split(regExp, limit): "If limit is zero, the pattern is applied as many times as possible, the list can have any length, and trailing empty strings are discarded"`,
        apex: String.raw`Pattern p = Pattern.compile(',');
System.debug(p.split('a,b,,'));
System.debug(p.split('a,b,,', -1));`,
        debug: ['(a, b)', '(a, b, , )']
    },
    {
        name: 'String.hashCode is Java String.hashCode',
        cite: `${STR}, hashCode(): "This value is based on the hash code computed by the Java String.hashCode counterpart method" ('hello' -> 99162322)`,
        apex: String.raw`System.debug('hello'.hashCode());
System.debug(''.hashCode());`,
        debug: ['99162322', '0']
    }
];
