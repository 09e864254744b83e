import { before, describe, test } from 'node:test';
import type { CheckOutcome } from '../../lib/problems';
import { pmdCheck } from '../pmd';
import { assertClean, assertProblem, assertProblemCount, fixture } from './fixtures';

const classes = 'force-app/main/classes';

describe('pmd (with the committed config/pmd-ruleset.xml)', () => {
    const cleanRoot = fixture('pmd', 'clean');
    const plantedRoot = fixture('pmd', 'planted');
    const brokenRoot = fixture('pmd', 'broken-ruleset');
    let clean: CheckOutcome;
    let planted: CheckOutcome;
    let broken: CheckOutcome;
    // One JVM start per project (about 3 s each), run side by side.
    before(async () => {
        [clean, planted, broken] = await Promise.all([
            pmdCheck.run(cleanRoot),
            pmdCheck.run(plantedRoot),
            pmdCheck.run(brokenRoot)
        ]);
    });

    test('a user-mode query in a with-sharing class has no problems', () => {
        assertClean(clean, cleanRoot);
    });

    test('SOQL injection', () => {
        assertProblem(planted, plantedRoot, {
            file: `${classes}/AccountSearch.cls`,
            line: 4,
            message: 'Avoid untrusted/unescaped variables',
            rule: 'ApexSOQLInjection'
        });
    });

    test('a hard-coded Id', () => {
        assertProblem(planted, plantedRoot, {
            file: `${classes}/AccountSearch.cls`,
            line: 8,
            message: 'Hardcoding Ids',
            rule: 'AvoidHardcodingId'
        });
    });

    test('a test without assertions', () => {
        assertProblem(planted, plantedRoot, {
            file: `${classes}/AccountSearchTest.cls`,
            line: 4,
            message: 'should System.assert()',
            rule: 'ApexUnitTestClassShouldHaveAsserts'
        });
    });

    test('nothing but the planted errors is reported', () => {
        assertProblemCount(planted, plantedRoot, 3);
    });

    test('a ruleset PMD cannot read is a failure, not a silent pass', () => {
        assertProblem(broken, brokenRoot, { file: 'config/pmd-ruleset.xml', line: 0, message: 'PMD ran no rules' });
        assertProblemCount(broken, brokenRoot, 1);
    });
});
