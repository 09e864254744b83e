import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage, parseMessagePattern } from '../../src/lib/messageFormat';
import { ApexLibraryError, ApexUnsupportedError } from '../../src/lib/errors';

describe('String.format (MessageFormat)', () => {
    it('substitutes by index, in any order and repeatedly', () => {
        assert.equal(formatMessage('{0} was last updated {1}', ['Acme', 'today']), 'Acme was last updated today');
        assert.equal(formatMessage('{1}-{0}-{1}', ['a', 'b']), 'b-a-b');
        assert.equal(formatMessage('no placeholders', []), 'no placeholders');
    });
    it('prints null arguments as null and leaves missing ones as {n}', () => {
        assert.equal(formatMessage('x={0}', [null]), 'x=null');
        assert.equal(formatMessage('{0} {1} {2}', ['a']), 'a {1} {2}');
    });
    it("handles quotes: '' is a quote, quoted braces are literal", () => {
        assert.equal(formatMessage("it''s {0}", ['ok']), "it's ok");
        assert.equal(formatMessage("'{0}' is {0}", ['x']), '{0} is x');
        assert.equal(formatMessage("it's {0}", ['x']), 'its {0}');
        assert.equal(formatMessage("'''{0}'''", ['x']), "'{0}'");
        assert.equal(formatMessage("a 'b", []), 'a b');
        assert.equal(formatMessage("''{0}''", ['x']), "'x'");
    });
    it('rejects unmatched braces and bad indexes', () => {
        const check = (p: string, message: string) =>
            assert.throws(
                () => formatMessage(p, ['a']),
                (e: unknown) =>
                    e instanceof ApexLibraryError && e.apexType === 'System.StringException' && e.message === message
            );
        check('{0', 'Unmatched braces in the pattern.');
        check('{x}', "can't parse argument number: x");
        check('{}', "can't parse argument number: ");
        check('{-1}', 'negative argument number: -1');
    });
    it('a closing brace alone is literal', () => assert.equal(formatMessage('a}b {0}', ['c']), 'a}b c'));
    it('typed elements are reported as unsupported', () => {
        assert.throws(() => formatMessage('{0,number,#.##}', ['1.5']), ApexUnsupportedError);
        assert.equal(formatMessage('{3,number}', ['1']), '{3}');
    });
    it('parses segments', () => {
        assert.deepEqual(parseMessagePattern('a{0}b'), ['a', { index: 0, formatType: '' }, 'b']);
    });
});
