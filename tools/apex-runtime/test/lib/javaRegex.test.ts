import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
    JavaPattern,
    javaMatches,
    javaReplaceAll,
    javaReplaceFirst,
    javaSplit,
    PATTERN_FLAGS,
    quote,
    quoteReplacement,
    translateJavaRegex
} from '../../src/lib/javaRegex';
import { ApexLibraryError, ApexUnsupportedError } from '../../src/lib/errors';

const find = (regex: string, input: string) => {
    const m = JavaPattern.compile(regex).matcher(input);
    return m.find() ? m.group() : null;
};
const all = (regex: string, input: string) => {
    const m = JavaPattern.compile(regex).matcher(input);
    const out: string[] = [];
    while (m.find()) out.push(m.group() as string);
    return out;
};

function assertInvalid(regex: string, description: string) {
    assert.throws(
        () => JavaPattern.compile(regex),
        (e: unknown) =>
            e instanceof ApexLibraryError &&
            e.apexType === 'System.StringException' &&
            e.message.startsWith(`Invalid regex: ${description}`)
    );
}

describe('split follows Java String.split (docs examples)', () => {
    const s = 'boo:and:moo';
    const cases: Array<[string, number, string[]]> = [
        [':', 2, ['boo', 'and:moo']],
        [':', 5, ['boo', 'and', 'moo']],
        [':', -2, ['boo', 'and', 'moo']],
        ['o', 5, ['b', '', ':and:m', '', '']],
        ['o', -2, ['b', '', ':and:m', '', '']],
        ['o', 0, ['b', '', ':and:m']]
    ];
    for (const [re, limit, out] of cases)
        it(`split('${re}', ${limit})`, () => assert.deepEqual(javaSplit(s, re, limit), out));
    it('drops trailing empties only with limit 0', () => {
        assert.deepEqual(javaSplit('a,b,,', ','), ['a', 'b']);
        assert.deepEqual(javaSplit('a,b,,', ',', -1), ['a', 'b', '', '']);
        assert.deepEqual(javaSplit(',,', ','), []);
    });
    it('keeps a leading empty string for a non-zero-width match', () =>
        assert.deepEqual(javaSplit(',a', ','), ['', 'a']));
    it('no leading empty string for a zero-width match at the start (API 35+)', () => {
        assert.deepEqual(javaSplit('abc', ''), ['a', 'b', 'c']);
        assert.deepEqual(javaSplit('AbCd', '(?=[A-Z])'), ['Ab', 'Cd']);
    });
    it('no match returns the input; empty input gives one empty string', () => {
        assert.deepEqual(javaSplit('abc', ','), ['abc']);
        assert.deepEqual(javaSplit('', ','), ['']);
    });
    it('pipe must be escaped, backslash path splitting (docs)', () => {
        assert.deepEqual(javaSplit('a|b', '|'), ['a', '|', 'b']);
        assert.deepEqual(javaSplit('a|b', '\\|'), ['a', 'b']);
        assert.deepEqual(javaSplit('e:\\processed\\PPDSF100111.csv', '\\\\'), ['e:', 'processed', 'PPDSF100111.csv']);
    });
    it('limit 1 returns the whole input', () => assert.deepEqual(javaSplit('a,b', ',', 1), ['a,b']));
    it('surrogate pairs are one character', () =>
        assert.deepEqual(javaSplit('a\u{1F600}b', ''), ['a', '\u{1F600}', 'b']));
});

describe('replaceAll / replaceFirst', () => {
    it('docs examples', () => {
        assert.equal(javaReplaceAll('a b c 5 xyz', '[a-zA-Z]', '1'), '1 1 1 5 111');
        assert.equal(javaReplaceFirst('a b c 11 xyz', '[a-zA-Z]{2}', '2'), 'a b c 11 2z');
        assert.equal(javaReplaceAll('aabxyzaabxyzabxyzb', 'a*b', '-'), '-xyz-xyz-xyz-');
        assert.equal(javaReplaceFirst('zzzdogzzzdogzzz', 'dog', 'cat'), 'zzzcatzzzdogzzz');
    });
    it('empty matches', () => {
        assert.equal(javaReplaceAll('abc', 'x*', '-'), '-a-b-c-');
        assert.equal(javaReplaceAll('', '^', 'X'), 'X');
    });
    it('Java replacement syntax', () => {
        assert.equal(javaReplaceAll('John Smith', '(\\w+) (\\w+)', '$2, $1'), 'Smith, John');
        assert.equal(javaReplaceAll('2024-01-15', '(?<y>\\d{4})-(?<m>\\d\\d)-(\\d\\d)', '${m}/$3/${y}'), '01/15/2024');
        assert.equal(javaReplaceAll('a.b', '\\.', '\\$'), 'a$b');
        assert.equal(javaReplaceAll('ab', 'b', '\\\\'), 'a\\');
        assert.equal(javaReplaceAll('abc', '(a)', '$10'), 'a0bc');
        assert.equal(javaReplaceAll('abc', '(x)?a', '[$1]'), '[]bc');
    });
    it('bad replacements throw StringException', () => {
        const bad = (rep: string, message: string) =>
            assert.throws(
                () => javaReplaceAll('abc', 'b', rep),
                (e: unknown) =>
                    e instanceof ApexLibraryError && e.apexType === 'System.StringException' && e.message === message
            );
        bad('$', 'Illegal group reference: group index is missing');
        bad('$x', 'Illegal group reference');
        bad('$1', 'No group 1');
        bad('x\\', 'character to be escaped is missing');
        bad('${nope}', 'No group with name {nope}');
    });
    it('quoteReplacement and quote', () => {
        assert.equal(quoteReplacement('$1\\'), '\\$1\\\\');
        assert.equal(javaReplaceAll('x', 'x', quoteReplacement('$1')), '$1');
        assert.equal(quote('a.b'), '\\Qa.b\\E');
        assert.ok(javaMatches('a.b', quote('a.b')));
        assert.ok(!javaMatches('axb', quote('a.b')));
        assert.ok(javaMatches('a\\Eb', quote('a\\Eb')));
    });
});

describe('Matcher', () => {
    it('docs example: (a(b)?)+ on "aba"', () => {
        const m = JavaPattern.compile('(a(b)?)+').matcher('aba');
        assert.ok(m.matches() && m.hitEnd());
        assert.equal(m.groupCount(), 2);
        assert.equal(m.group(0), 'aba');
        assert.equal(m.group(1), 'a');
        assert.equal(m.end(), m.end(0));
        assert.deepEqual([m.end(), m.end(0), m.end(1)], [3, 3, 3]);
    });
    it('docs: Pattern.matches("a*b", "aaaaab")', () => assert.ok(JavaPattern.matches('a*b', 'aaaaab')));
    it('matches needs the whole input; find does not; lookingAt anchors the start', () => {
        const m = JavaPattern.compile('\\d+').matcher('ab12cd345');
        assert.ok(!m.matches());
        assert.ok(m.find());
        assert.equal(m.group(), '12');
        assert.deepEqual([m.start(), m.end()], [2, 4]);
        assert.ok(m.find());
        assert.equal(m.group(), '345');
        assert.ok(!m.find());
        assert.ok(!m.lookingAt());
        assert.ok(JavaPattern.compile('ab').matcher('abc').lookingAt());
    });
    it('group of an unmatched group is null with start/end -1', () => {
        const m = JavaPattern.compile('(a)|(b)').matcher('b');
        assert.ok(m.find());
        assert.equal(m.group(1), null);
        assert.equal(m.start(1), -1);
        assert.equal(m.end(1), -1);
        assert.equal(m.group(2), 'b');
    });
    it('group before a match is StringException "No match found"', () => {
        const m = JavaPattern.compile('a').matcher('b');
        assert.throws(
            () => m.group(),
            (e: unknown) => e instanceof ApexLibraryError && e.message === 'No match found'
        );
        assert.ok(!m.find());
        assert.throws(() => m.start(), ApexLibraryError);
        assert.throws(() => JavaPattern.compile('(a)').matcher('a').group(2), ApexLibraryError);
    });
    it('reset, reset(input), find(start), region', () => {
        const m = JavaPattern.compile('o').matcher('foo');
        assert.ok(m.find());
        assert.ok(m.find());
        assert.ok(!m.find());
        m.reset();
        assert.ok(m.find());
        assert.equal(m.start(), 1);
        m.reset('xo');
        assert.ok(m.find());
        assert.equal(m.start(), 1);
        assert.ok(m.findFrom(2) === false);
        const r = JavaPattern.compile('^o').matcher('foo').region(1, 3);
        assert.ok(r.find());
        assert.deepEqual([r.start(), r.regionStart(), r.regionEnd()], [1, 1, 3]);
    });
    it('empty matches advance by one', () => assert.deepEqual(all('a*', 'baa'), ['', 'aa', '']));
    it('named groups', () => {
        const m = JavaPattern.compile('(?<word>[a-z]+)-(?<num>\\d+)').matcher('abc-42');
        assert.ok(m.matches());
        assert.equal(m.group('num'), '42');
        assert.equal(m.group(1), 'abc');
    });
    it('usePattern keeps position', () => {
        const m = JavaPattern.compile('a').matcher('aXb');
        assert.ok(m.find());
        m.usePattern(JavaPattern.compile('b'));
        assert.ok(m.find());
        assert.equal(m.start(), 2);
        assert.equal(m.pattern().pattern(), 'b');
    });
    it('non-default bounds and requireEnd are unsupported', () => {
        const m = JavaPattern.compile('a').matcher('a');
        assert.throws(() => m.useTransparentBounds(true), ApexUnsupportedError);
        assert.throws(() => m.useAnchoringBounds(false), ApexUnsupportedError);
        assert.throws(() => m.requireEnd(), ApexUnsupportedError);
        assert.ok(m.hasAnchoringBounds() && !m.hasTransparentBounds());
    });
});

describe('Java syntax and semantics that differ from JS', () => {
    it('. excludes Java line terminators including U+0085, unless DOTALL', () => {
        assert.equal(find('a.b', 'a\u0085b'), null);
        assert.equal(find('a.b', 'a\rb'), null);
        assert.equal(find('(?s)a.b', 'a\nb'), 'a\nb');
        assert.equal(find('(?d)a.b', 'a\rb'), 'a\rb');
    });
    it('$ matches before a final line terminator', () => {
        assert.equal(find('ab$', 'ab\n'), 'ab');
        assert.equal(find('ab$', 'ab\r\n'), 'ab');
        assert.equal(find('ab$', 'ab\nc'), null);
        assert.ok(!javaMatches('ab\n', 'ab$'));
        assert.equal(find('ab\\z', 'ab\n'), null);
        assert.equal(find('ab\\Z', 'ab\n'), 'ab');
    });
    it('MULTILINE ^ and $', () => {
        assert.deepEqual(all('(?m)^\\w', 'a\nb\r\nc'), ['a', 'b', 'c']);
        assert.deepEqual(all('(?m)\\w$', 'a\nb\r\nc'), ['a', 'b', 'c']);
        assert.deepEqual(all('(?m)^', 'a\n'), ['']);
        assert.deepEqual(all('^\\w', 'a\nb'), ['a']);
    });
    it('\\s is ASCII whitespace only; \\h and \\v are Java 8 classes', () => {
        assert.equal(find('\\s', '\u00a0'), null);
        assert.equal(find('\\s', '\u000b'), '\u000b');
        assert.equal(find('\\h', '\u00a0'), '\u00a0');
        assert.equal(find('\\v', '\n'), '\n');
        assert.equal(find('\\R', 'a\r\nb'), '\r\n');
        assert.equal(find('(?U)\\s', '\u00a0'), '\u00a0');
    });
    it('(?i) is ASCII-only unless (?u)', () => {
        assert.ok(javaMatches('HeLLo', '(?i)hello'));
        assert.ok(!javaMatches('É', '(?i)é'));
        assert.ok(javaMatches('É', '(?iu)é'));
        assert.ok(javaMatches('Q', '(?i)[p-r]'));
        assert.ok(!javaMatches('A', '(?i)[^a]'));
        assert.ok(javaMatches('aB', 'a(?i)b'));
        assert.ok(!javaMatches('AB', 'a(?i)b'));
        assert.ok(javaMatches('aBc', 'a(?i:b)c'));
        assert.ok(!javaMatches('aBC', 'a(?i:b)c'));
    });
    it('inline flags end with their group', () => {
        assert.ok(javaMatches('Ab', '(?:(?i)a)b'));
        assert.ok(!javaMatches('AB', '(?:(?i)a)b'));
    });
    it('COMMENTS mode ignores whitespace and # comments', () => {
        assert.ok(javaMatches('abc', '(?x) a b # comment\n c'));
        assert.ok(javaMatches('ab', '(?x)[ a b ]+'));
    });
    it('character class unions, intersections and subtraction', () => {
        assert.ok(javaMatches('bcd', '[a-z&&[^aeiou]]+'));
        assert.ok(!javaMatches('bad', '[a-z&&[^aeiou]]+'));
        assert.ok(javaMatches('an', '[a-d[m-p]]+'));
        assert.ok(javaMatches(']', '[]a]'));
        assert.ok(javaMatches('-', '[a-]'));
        assert.ok(javaMatches('e', '[^a&&b]'));
        assert.ok(javaMatches('a.b', '[\\w.]+'));
    });
    it('POSIX and Unicode properties', () => {
        assert.ok(javaMatches('abc', '\\p{Lower}+'));
        assert.ok(!javaMatches('é', '\\p{Alpha}'));
        assert.ok(javaMatches('é', '\\p{L}'));
        assert.ok(javaMatches('é', '\\p{IsLatin}'));
        assert.ok(javaMatches('Ω', '\\p{IsGreek}'));
        assert.ok(javaMatches('$', '\\p{Sc}'));
        assert.ok(javaMatches('A', '\\pL'));
        assert.ok(javaMatches('1', '\\P{L}'));
        assert.ok(javaMatches('ǅ', '\\p{javaTitleCase}'));
        assert.ok(javaMatches('!', '\\p{Punct}'));
        assert.throws(() => JavaPattern.compile('\\p{InGreek}'), ApexUnsupportedError);
        assertInvalid('\\p{Bogus}', 'Unknown character property name {Bogus}');
    });
    it('atomic groups and possessive quantifiers do not backtrack', () => {
        assert.ok(!javaMatches('aaa', 'a++a'));
        assert.ok(javaMatches('aaa', 'a+a'));
        assert.ok(!javaMatches('aaab', '(?>a+)ab'));
        assert.ok(javaMatches('aaab', '(?>a+)b'));
        const m = JavaPattern.compile('(?>(x))(y)').matcher('xy');
        assert.ok(m.matches());
        assert.deepEqual([m.group(1), m.group(2)], ['x', 'y']);
    });
    it('escapes', () => {
        assert.ok(javaMatches('\t', '\\t'));
        assert.ok(javaMatches('A', '\\x41'));
        assert.ok(javaMatches('A', '\\u0041'));
        assert.ok(javaMatches('A', '\\0101'));
        assert.ok(javaMatches('\u{1F600}', '\\x{1F600}'));
        assert.ok(javaMatches('\u{1F600}', '\\uD83D\\uDE00'));
        assert.ok(javaMatches('\u001b', '\\e'));
        assert.ok(javaMatches('\u0001', '\\cA'));
        assert.ok(javaMatches('a.b*', '\\Qa.b*\\E'));
        assert.ok(javaMatches('a.b*c', '\\Qa.b*\\Ec'));
        assert.ok(javaMatches('/', '\\/'));
        assertInvalid('\\y', 'Illegal/unsupported escape sequence');
    });
    it('back references, including to later or missing groups', () => {
        assert.ok(javaMatches('abab', '(ab)\\1'));
        assert.ok(javaMatches('aa', '(?<x>a)\\k<x>'));
        assert.ok(!javaMatches('a', 'a\\2'));
        const t = translateJavaRegex('(a)\\11');
        assert.equal(t.groupCount, 1);
        assert.ok(javaMatches('aa1', '(a)\\11'));
        assert.throws(() => JavaPattern.compile('(?i)(a)\\1'), ApexUnsupportedError);
    });
    it('quantifiers', () => {
        assert.ok(javaMatches('aaa', 'a{3}'));
        assert.ok(javaMatches('aaaa', 'a{2,}'));
        assert.ok(!javaMatches('aaaa', 'a{1,3}'));
        assert.equal(find('a+?', 'aaa'), 'a');
        assert.equal(find('a{2,3}?', 'aaaa'), 'aa');
        assert.ok(javaMatches('', '^*'));
    });
    it('LITERAL flag and Java constructs that cannot be emulated', () => {
        assert.ok(JavaPattern.compile('a.b', PATTERN_FLAGS.LITERAL).matcher('a.b').matches());
        assert.throws(() => JavaPattern.compile('\\Ga'), ApexUnsupportedError);
        assert.throws(() => JavaPattern.compile('\\X'), ApexUnsupportedError);
        assert.throws(() => JavaPattern.compile('a', PATTERN_FLAGS.CANON_EQ), ApexUnsupportedError);
    });
    it('syntax errors are StringException "Invalid regex: ..."', () => {
        assertInvalid('(', 'Unclosed group');
        assertInvalid('[a', 'Unclosed character class');
        assertInvalid('*a', "Dangling meta character '*'");
        assertInvalid('a**', "Dangling meta character '*'");
        assertInvalid('a{', 'Illegal repetition');
        assertInvalid('{1}', 'Illegal repetition');
        assertInvalid('a{3,1}', 'Illegal repetition range');
        assertInvalid('a)', "Unmatched closing ')'");
        assertInvalid('[z-a]', 'Illegal character range');
        assertInvalid('(?<a>x)(?<a>y)', 'Named capturing group <a> is already defined');
        assertInvalid('(?q)', 'Unknown inline modifier');
        assertInvalid('\\k<nope>', 'named capturing group <nope> does not exist');
    });
    it('a lone ] or } is a literal, as in Java', () => {
        assert.ok(javaMatches(']', ']'));
        assert.ok(javaMatches('}', '}'));
    });
});
