import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as S from '../../src/lib/strings';
import { ApexLibraryError } from '../../src/lib/errors';

function assertStringException(fn: () => unknown, message?: string) {
    assert.throws(fn, (e: unknown) => {
        assert.ok(e instanceof ApexLibraryError);
        assert.equal(e.apexType, 'System.StringException');
        if (message !== undefined) assert.equal(e.message, message);
        return true;
    });
}

describe('documented String examples', () => {
    it('abbreviate', () => {
        assert.equal(S.abbreviate('Hello Maximillian', 8), 'Hello...');
        assert.equal(S.abbreviate('Hello Maximillian', 9, 6), '...Max...');
        assert.equal(S.abbreviate('short', 8), 'short');
        assertStringException(() => S.abbreviate('Hello Maximillian', 3), 'Minimum abbreviation width is 4');
        assertStringException(
            () => S.abbreviate('Hello Maximillian', 6, 10),
            'Minimum abbreviation width with offset is 7'
        );
    });
    it('capitalize / uncapitalize', () => {
        assert.equal(S.capitalize('hello maximillian'), 'Hello maximillian');
        assert.equal(S.uncapitalize('Hello max'), 'hello max');
        assert.equal(S.capitalize('ǆemal'), 'ǅemal');
        assert.equal(S.capitalize('ßa'), 'ßa');
        assert.equal(S.capitalize(''), '');
    });
    it('center', () => {
        assert.equal(S.center('hello', 9), '  hello  ');
        assert.equal(S.center('hello', 9, '-'), '--hello--');
        assert.equal(S.center('hello', 8, '-'), '-hello--');
        assert.equal(S.center('hello', 3), 'hello');
        assert.equal(S.center('a', 5, 'xy'), 'xyaxy');
    });
    it('charAt / codePointAt / codePointBefore / codePointCount / offsetByCodePoints', () => {
        assert.equal(S.charAt('Ω is Omega.', 0), 937);
        assert.equal(S.charAt('\uD835\uDD0A', 0), 55349);
        assert.equal(S.codePointAt('\uD835\uDD0A', 0), 120074);
        const str = '\u03A9 is Ω (Omega), and \uD835\uDD0A  is Fraktur Capital G.';
        assert.equal(S.codePointAt(str, 20), 120074);
        assert.equal(S.codePointBefore(str, 1), 937);
        assert.equal(S.codePointBefore(str, 22), 120074);
        assert.equal(S.codePointCount('\u03A9 and \uD835\uDD0A characters.', 6, 8), 1);
        assert.equal(S.offsetByCodePoints('A \uD835\uDD0A BC', 0, 3), 4);
        assertStringException(() => S.charAt('abc', 3));
    });
    it('compareTo, equals, equalsIgnoreCase, hashCode', () => {
        assert.equal(S.compareTo('abcde', 'abcd'), 1);
        assert.equal(S.compareTo('a', 'b'), -1);
        assert.equal(S.compareTo('B', 'a'), -31);
        assert.ok(!S.equals('abcde', 'abcd'));
        assert.ok(!S.equals('a', 'A'));
        assert.ok(!S.equals('a', null));
        assert.ok(S.equalsIgnoreCase('abcd', 'ABCD'));
        assert.ok(!S.equalsIgnoreCase('abcd', null));
        assert.equal(S.hashCode('hello'), 99162322);
        assert.equal(S.hashCode(''), 0);
        assert.equal(S.hashCode('polygenelubricants'), -2147483648);
    });
    it('contains family', () => {
        assert.ok(S.contains('abcde', 'abcd'));
        assert.ok(S.containsAny('hello', 'hx'));
        assert.ok(!S.containsAny('hello', 'x'));
        assert.ok(S.containsIgnoreCase('hello', 'HE'));
        assert.ok(S.containsNone('abcde', 'fg'));
        assert.ok(S.containsNone('', 'a') && S.containsNone('a', ''));
        assert.ok(S.containsOnly('abba', 'abcd'));
        assert.ok(!S.containsOnly('abba xyz', 'abcd'));
        assert.ok(
            S.containsWhitespace('Hello Jane') &&
                S.containsWhitespace('HelloJane ') &&
                S.containsWhitespace(' HelloJane')
        );
        assert.ok(!S.containsWhitespace('HelloJane'));
    });
    it('countMatches, deleteWhitespace, difference', () => {
        assert.equal(S.countMatches('Hello Jane', 'Hello'), 1);
        assert.equal(S.countMatches('Hello Hello', 'Hello'), 2);
        assert.equal(S.countMatches('Hello hello', 'Hello'), 1);
        assert.equal(S.countMatches('aaaa', 'aa'), 2);
        assert.equal(S.countMatches('abc', ''), 0);
        assert.equal(S.deleteWhitespace(' Hello Jane '), 'HelloJane');
        assert.equal(S.difference('Hello Jane', 'Hello Max'), 'Max');
        assert.equal(S.difference('Hello Jane', 'Goodbye'), 'Goodbye');
        assert.equal(S.difference('abc', ''), '');
        assert.equal(S.difference('abc', 'abc'), '');
    });
    it('startsWith / endsWith (+IgnoreCase)', () => {
        assert.ok(S.endsWith('Hello Jason', 'Jason'));
        assert.ok(S.endsWithIgnoreCase('Hello Jason', 'jason'));
        assert.ok(S.startsWith('AE86 vs EK9', 'AE86'));
        assert.ok(S.startsWithIgnoreCase('AE86 vs EK9', 'ae86'));
        assert.ok(!S.endsWithIgnoreCase('a', 'ba'));
    });
    it('escape / unescape', () => {
        assert.equal(S.escapeCsv('Max1, "Max2"'), '"Max1, ""Max2"""');
        assert.equal(S.escapeCsv('plain'), 'plain');
        assert.equal(S.unescapeCsv('"Max1, ""Max2"""'), 'Max1, "Max2"');
        assert.equal(S.unescapeCsv('"plain"'), '"plain"');
        assert.equal(S.escapeEcmaScript('"grade": 3.9/4.0'), '\\"grade\\": 3.9\\/4.0');
        assert.equal(S.unescapeEcmaScript('\\"3.8\\",\\"3.9\\"'), '"3.8","3.9"');
        assert.equal(S.escapeJava('Company: "Salesforce.com"'), 'Company: \\"Salesforce.com\\"');
        assert.equal(S.escapeJava('tab\there\\ é\u0001'), 'tab\\there\\\\ \\u00E9\\u0001');
        assert.equal(S.unescapeJava('Company: \\"Salesforce.com\\"'), 'Company: "Salesforce.com"');
        assert.equal(S.unescapeJava('a\\tb\\u0041\\101\\q\\'), 'a\tbAAq\\');
        assert.equal(S.escapeSingleQuotes("'Hello Jason'"), "\\'Hello Jason\\'");
        assert.equal(S.escapeSingleQuotes('a\\b'), 'a\\\\b');
        assert.equal(S.escapeUnicode('De onde você é?'), 'De onde voc\\u00EA \\u00E9?');
        assert.equal(S.unescapeUnicode('De onde voc\\u00EA \\u00E9?'), 'De onde você é?');
        assert.equal(S.escapeHtml4('"<Black&White>"'), '&quot;&lt;Black&amp;White&gt;&quot;');
        assert.equal(S.escapeHtml4('é € ©'), '&eacute; &euro; &copy;');
        assert.equal(S.escapeHtml3('é € ©'), '&eacute; € &copy;');
        assert.equal(
            S.unescapeHtml4('&quot;&lt;Black&amp;White&gt;&quot; &eacute;&#65;&#x42;&bogus;'),
            '"<Black&White>" éAB&bogus;'
        );
        assert.equal(S.unescapeHtml3('&euro;&copy;'), '&euro;©');
        assert.equal(S.escapeXml('"<Black&White>" \'é\''), '&quot;&lt;Black&amp;White&gt;&quot; &apos;é&apos;');
        assert.equal(S.unescapeXml('&quot;&lt;Black&amp;White&gt;&quot;&apos;&eacute;'), '"<Black&White>"\'&eacute;');
        assertStringException(() => S.unescapeJava('\\u12'));
    });
    it('getChars / fromCharArray', () => {
        assert.equal(S.getChars('Jane goes fishing.')[0], 74);
        assert.equal(S.fromCharArray([74]), 'J');
        assert.equal(S.fromCharArray(S.getChars('\uD835\uDD0A')), '\uD835\uDD0A');
        assert.equal(S.fromCharArray([120074]), '\uD835\uDD0A');
    });
    it('getCommonPrefix and getLevenshteinDistance', () => {
        assert.equal(S.getCommonPrefix(['SFDCApex', 'SFDCVisualforce']), 'SFDC');
        assert.equal(S.getCommonPrefix([]), '');
        assert.equal(S.getCommonPrefix(['abc', null]), '');
        assert.equal(S.getLevenshteinDistance('Hello Joe', 'Hello Max'), 3);
        assert.equal(S.getLevenshteinDistance('Hello Jane', 'Hello Max', 2), -1);
        assert.equal(S.getLevenshteinDistance('kitten', 'sitting', 3), 3);
    });
    it('indexOf family', () => {
        assert.equal(S.indexOf('abcde', 'cd'), 2);
        assert.equal(S.indexOf('abcdabcd', 'ab', 1), 4);
        assert.equal(S.indexOf('abc', 'a', -5), 0);
        assert.equal(S.indexOf('abc', '', 10), 3);
        assert.equal(S.indexOfAny('abcd', 'xc'), 2);
        assert.equal(S.indexOfAnyBut('abcd', 'xc'), 0);
        assert.equal(S.indexOfAnyBut('aaa', 'a'), -1);
        assert.equal(S.indexOfChar('\u03A9 is Ω (Omega)', 937), 0);
        const str = 'Ω and \u03A9 and Ω';
        assert.deepEqual([S.indexOfChar(str, 937, 1), S.indexOfChar(str, 937, 10)], [6, 12]);
        assert.equal(S.indexOfDifference('abcd', 'abxc'), 2);
        assert.equal(S.indexOfDifference('abc', 'abc'), -1);
        assert.equal(S.indexOfDifference('ab', 'abc'), 2);
        assert.equal(S.indexOfIgnoreCase('abcd', 'BC', 0), 1);
        assert.equal(S.indexOfIgnoreCase('abcd', 'BC', 2), -1);
        assert.equal(S.lastIndexOf('abcdefgc', 'c'), 7);
        assert.equal(S.lastIndexOf('abcdaacd', 'c', 7), 6);
        assert.equal(S.lastIndexOf('abcdaacd', 'c', 3), 2);
        assert.equal(S.lastIndexOf('abc', 'a', -1), -1);
        assert.equal(S.lastIndexOfChar('\u03A9 is Ω (Omega)', 937), 5);
        assert.deepEqual(
            [S.lastIndexOfChar(str, 937), S.lastIndexOfChar(str, 937, 11), S.lastIndexOfChar(str, 937, 5)],
            [12, 6, 0]
        );
        assert.equal(S.lastIndexOfIgnoreCase('abcdaacd', 'DAAC'), 3);
        assert.equal(S.lastIndexOfIgnoreCase('abcdaacd', 'C', 7), 6);
    });
    it('is* predicates (Commons Lang 3 semantics for empty strings)', () => {
        assert.ok(S.isAllLowerCase('abcde') && !S.isAllLowerCase('') && !S.isAllLowerCase('abC'));
        assert.ok(S.isAllUpperCase('ABCDE') && !S.isAllUpperCase('AB C'));
        assert.ok(S.isAlpha('abc') && !S.isAlpha('abc 21') && !S.isAlpha('') && S.isAlpha('éß'));
        assert.ok(
            S.isAlphaSpace('aA Bb') && !S.isAlphaSpace('ab 12') && !S.isAlphaSpace('aA$Bb') && S.isAlphaSpace('')
        );
        assert.ok(S.isAlphanumeric('abc021') && !S.isAlphanumeric('Ⅻ') && !S.isAlphanumeric(''));
        assert.ok(S.isAlphanumericSpace('AE 86') && !S.isAlphanumericSpace('aA$12'));
        assert.ok(
            S.isAsciiPrintable('abcd1234!@#$%^&*()`~-_+={[}]|:.?') && !S.isAsciiPrintable('√') && S.isAsciiPrintable('')
        );
        assert.ok(
            S.isNumeric('1234567890') &&
                !S.isNumeric('R32') &&
                !S.isNumeric('1.2') &&
                !S.isNumeric('') &&
                !S.isNumeric('-1')
        );
        assert.ok(S.isNumeric('١٢٣'));
        assert.ok(S.isNumericSpace('1 2 3') && !S.isNumericSpace('FD3S FC3S'));
        assert.ok(
            S.isWhitespace(' ') && S.isWhitespace('') && !S.isWhitespace('SIL80') && S.isWhitespace('\t\n\u2003')
        );
        assert.ok(!S.isWhitespace('\u00a0'));
    });
    it('static null-accepting helpers', () => {
        assert.ok(S.isBlank('') && S.isBlank(null) && S.isBlank('  ') && !S.isBlank('Hello'));
        assert.ok(S.isEmpty('') && S.isEmpty(null) && !S.isEmpty('  ') && !S.isEmpty('Hello'));
        assert.ok(S.isNotBlank('Hello world!') && !S.isNotBlank('') && !S.isNotBlank(null) && !S.isNotBlank('  '));
        assert.ok(S.isNotEmpty('  ') && S.isNotEmpty('Hello world!') && !S.isNotEmpty('') && !S.isNotEmpty(null));
        assert.equal(S.join(['10', '20', '30'], '/'), '10/20/30');
        assert.equal(S.join(['a', null], ','), 'a,null');
        assert.equal(S.join([], ','), '');
    });
    it('left / right / mid / pads', () => {
        assert.equal(S.left('abcdaacd', 3), 'abc');
        assert.equal(S.left('abc', 10), 'abc');
        assert.equal(S.left('abc', -1), '');
        assert.equal(S.right('Hello Max', 3), 'Max');
        assert.equal(S.right('abc', 10), 'abc');
        assert.equal(S.mid('abcde', 2, 3), 'cde');
        assert.equal(S.mid('abcde', -1, 2), 'ab');
        assert.equal(S.mid('abcde', 1, 0), '');
        assert.equal(S.mid('abcde', 9, 2), '');
        assert.equal(S.leftPad('abc', 5), '  abc');
        assert.equal(S.leftPad('abc', 7, 'xy'), 'xyxyabc');
        assert.equal(S.leftPad('abc', 5, null), '  abc');
        assert.equal(S.leftPad('abc', 5, ''), '  abc');
        assert.equal(S.leftPad('abc', 2), 'abc');
        assert.equal(S.rightPad('abc', 5), 'abc  ');
        assert.equal(S.rightPad('abc', 7, 'xy'), 'abcxyxy');
        assert.equal(S.length('abcd'), 4);
    });
    it('normalizeSpace', () => {
        assert.equal(S.normalizeSpace('Salesforce \t     force.com'), 'Salesforce force.com');
        assert.equal(S.normalizeSpace('  a \n\r\f b  '), 'a b');
        assert.equal(S.normalizeSpace('a\u00a0\u00a0b'), 'a  b');
        assert.equal(S.normalizeSpace('   '), '');
    });
    it('remove family', () => {
        assert.equal(S.remove('Salesforce and force.com', 'force'), 'Sales and .com');
        assert.equal(S.removeEnd('Salesforce and force.com', '.com'), 'Salesforce and force');
        assert.equal(S.removeEndIgnoreCase('Salesforce and force.com', '.COM'), 'Salesforce and force');
        assert.equal(S.removeStart('Salesforce and force.com', 'Sales'), 'force and force.com');
        assert.equal(S.removeStartIgnoreCase('Salesforce and force.com', 'SALES'), 'force and force.com');
        assert.equal(S.removeEnd('abc', 'x'), 'abc');
    });
    it('repeat, replace, reverse', () => {
        assert.equal(S.repeat('SFDC', 2), 'SFDCSFDC');
        assert.equal(S.repeat('SFDC', '-', 2), 'SFDC-SFDC');
        assert.equal(S.repeat('x', 0), '');
        assert.equal(S.repeat('x', '-', 1), 'x');
        assert.equal(S.replace('abcdbca', 'bc', 'xy'), 'axydxya');
        assert.equal(S.replace('abc', '', '-'), '-a-b-c-');
        assert.equal(S.replace('a.b', '.', '$1'), 'a$1b');
        assert.equal(S.reverse('abc\uD835\uDD0A'), '\uD835\uDD0Acba');
    });
    it('regex wrappers', () => {
        assert.deepEqual(S.split('a,b,,', ','), ['a', 'b']);
        assert.equal(S.replaceAll('a b c 5 xyz', '[a-zA-Z]', '1'), '1 1 1 5 111');
        assert.equal(S.replaceFirst('a b c 11 xyz', '[a-zA-Z]{2}', '2'), 'a b c 11 2z');
        assert.ok(S.matches('abc123', '[a-z]+\\d+'));
    });
    it('splitByCharacterType(CamelCase)', () => {
        assert.deepEqual(S.splitByCharacterType('Lightning.platform'), ['L', 'ightning', '.', 'platform']);
        assert.deepEqual(S.splitByCharacterTypeCamelCase('Lightning.platform'), ['Lightning', '.', 'platform']);
        assert.deepEqual(S.splitByCharacterTypeCamelCase('ASFRules'), ['ASF', 'Rules']);
        assert.deepEqual(S.splitByCharacterType('ab   de fg'), ['ab', '   ', 'de', ' ', 'fg']);
        assert.deepEqual(S.splitByCharacterType('number5'), ['number', '5']);
        assert.deepEqual(S.splitByCharacterType(''), []);
    });
    it('stripHtmlTags', () => {
        assert.equal(S.stripHtmlTags('<b>hello world</b>'), 'hello world');
        assert.equal(S.stripHtmlTags('a<script>x()</script>b<!-- c -->d<br/>'), 'abd');
    });
    it('substring and its exceptions', () => {
        assert.equal(S.substring('hamburger', 3), 'burger');
        assert.equal(S.substring('hamburger', 4, 8), 'urge');
        assert.equal(S.substring('smiles', 1, 5), 'mile');
        assert.equal(S.substring('abc', 3), '');
        assertStringException(() => S.substring('abc', 4), 'Starting position out of bounds: 4');
        assertStringException(() => S.substring('abc', -1), 'Starting position out of bounds: -1');
        assertStringException(() => S.substring('abc', 0, 5), 'Ending position out of bounds: 5');
        assertStringException(() => S.substring('abc', 2, 1), 'Ending position out of bounds: 1');
    });
    it('substringAfter/Before/Between', () => {
        const s = 'Salesforce.Lightning.platform';
        assert.equal(S.substringAfter(s, '.'), 'Lightning.platform');
        assert.equal(S.substringAfterLast(s, '.'), 'platform');
        assert.equal(S.substringBefore(s, '.'), 'Salesforce');
        assert.equal(S.substringBeforeLast(s, '.'), 'Salesforce.Lightning');
        assert.equal(S.substringAfter('abc', 'x'), '');
        assert.equal(S.substringBefore('abc', 'x'), 'abc');
        assert.equal(S.substringAfter('abc', ''), 'abc');
        assert.equal(S.substringBefore('abc', ''), '');
        assert.equal(S.substringAfterLast('abc.', '.'), '');
        assert.equal(S.substringBetween('tagYellowtag', 'tag'), 'Yellow');
        assert.equal(S.substringBetween('xYellowy', 'x', 'y'), 'Yellow');
        assert.equal(S.substringBetween('abc', 'x', 'y'), null);
    });
    it('case conversion', () => {
        assert.equal(S.swapCase('Force.com'), 'fORCE.COM');
        assert.equal(S.toLowerCase('ThIs iS hArD tO rEaD'), 'this is hard to read');
        assert.equal(S.toUpperCase('abcd'), 'ABCD');
        assert.equal(S.toUpperCase('straße'), 'STRASSE');
        assert.equal(S.toLowerCase('KIYMETLİ', 'tr'), 'kıymetli');
        assert.equal(S.toUpperCase('imkansız', 'tr'), 'İMKANSIZ');
    });
    it('trim removes control characters but not Unicode spaces', () => {
        assert.equal(S.trim('   Hello!   '), 'Hello!');
        assert.equal(S.trim('\t\n x \r'), 'x');
        assert.equal(S.trim('\u2003x'), '\u2003x');
    });
    it('format and template', () => {
        assert.equal(
            S.format('{0} was last updated {1}', ['Universal Containers', '2018-11-15 08:00:00']),
            'Universal Containers was last updated 2018-11-15 08:00:00'
        );
        assert.equal(
            S.template(
                '${name} was last updated ${date}',
                new Map([
                    ['name', 'My class'],
                    ['date', 'x']
                ])
            ),
            'My class was last updated x'
        );
        assert.equal(
            S.template('Escaped: $${hello} Unescaped: ${hello}', new Map([['hello', 'hi']])),
            'Escaped: ${hello} Unescaped: hi'
        );
        assertStringException(() => S.template('${missing}', new Map()));
    });
    it('binding tables cover every documented method name in lower case', () => {
        for (const name of [
            'abbreviate',
            'substringbetween',
            'splitbycharactertypecamelcase',
            'unescapexml',
            'tolowercase'
        ]) {
            assert.equal(typeof S.STRING_INSTANCE_METHODS[name], 'function', name);
        }
        for (const name of ['isblank', 'join', 'format', 'escapesinglequotes', 'fromchararray']) {
            assert.equal(typeof S.STRING_STATIC_METHODS[name], 'function', name);
        }
        const abbreviate = S.STRING_INSTANCE_METHODS.abbreviate as unknown as (
            s: string,
            w: number,
            o?: number
        ) => string;
        assert.equal(abbreviate('Hello Maximillian', 9, 6), '...Max...');
    });
});
