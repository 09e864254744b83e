import { before, describe, test } from 'node:test';
import type { CheckOutcome } from '../../lib/problems';
import { eslintCheck } from '../eslint';
import { assertClean, assertProblem, assertProblemCount, fixture } from './fixtures';

test('eslint: clean component and Jest helper sources, under the repository config, have no problems', async () => {
    const root = fixture('eslint', 'clean');
    assertClean(await eslintCheck.run(root), root);
});

describe('eslint: planted errors', () => {
    const root = fixture('eslint', 'planted');
    let outcome: CheckOutcome;
    before(async () => {
        outcome = await eslintCheck.run(root);
    });

    test('an error in a component', () => {
        assertProblem(outcome, root, {
            file: 'force-app/main/lwc/counter/counter.ts',
            line: 8,
            message: "Expected '===' and instead saw '=='",
            rule: 'eqeqeq'
        });
    });

    test('a warning is a problem too (--max-warnings 0)', () => {
        assertProblem(outcome, root, {
            file: 'jest/helpers.ts',
            line: 1,
            message: 'warning: Tests should not be skipped',
            rule: 'jest/no-disabled-tests'
        });
    });

    test('nothing but the planted errors is reported', () => {
        assertProblemCount(outcome, root, 2);
    });
});
