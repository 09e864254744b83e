import { before, describe, test } from 'node:test';
import type { CheckOutcome } from '../../lib/problems';
import { typescriptCheck } from '../typescript';
import { assertClean, assertProblem, assertProblemCount, fixture } from './fixtures';

test('typescript: well-typed sources and test helpers have no problems', async () => {
    const root = fixture('typescript', 'clean');
    assertClean(await typescriptCheck.run(root), root);
});

describe('typescript: planted errors', () => {
    const root = fixture('typescript', 'planted');
    let outcome: CheckOutcome;
    before(async () => {
        outcome = await typescriptCheck.run(root);
    });

    test('a type error in a component source (covered by both tsconfigs, reported once)', () => {
        assertProblem(outcome, root, {
            file: 'force-app/main/lwc/price/price.ts',
            line: 3,
            message: "Type 'string' is not assignable to type 'number'",
            rule: 'TS2322'
        });
    });

    test('a type error in a Jest helper, which only tsconfig.test.json covers', () => {
        assertProblem(outcome, root, {
            file: 'jest/fixtures.ts',
            line: 3,
            message: "Argument of type 'string' is not assignable to parameter of type 'number'",
            rule: 'TS2345'
        });
    });

    test('nothing but the planted errors is reported', () => {
        assertProblemCount(outcome, root, 2);
    });
});
