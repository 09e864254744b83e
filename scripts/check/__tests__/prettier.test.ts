import { before, describe, test } from 'node:test';
import type { CheckOutcome } from '../../lib/problems';
import { prettierCheck } from '../prettier';
import { assertClean, assertProblem, assertProblemCount, fixture } from './fixtures';

const classes = 'force-app/main/classes';

test('prettier: formatted files, with the repository config and plugins, have no problems', async () => {
    const root = fixture('prettier', 'clean');
    assertClean(await prettierCheck.run(root), root);
});

describe('prettier: planted errors', () => {
    const root = fixture('prettier', 'planted');
    let outcome: CheckOutcome;
    before(async () => {
        outcome = await prettierCheck.run(root);
    });

    test('an unformatted file, at its first unformatted line', () => {
        assertProblem(outcome, root, { file: `${classes}/Farewell.cls`, line: 3, message: 'not formatted' });
    });

    test('an Apex syntax error, at the line the Apex parser stops', () => {
        assertProblem(outcome, root, {
            file: `${classes}/Broken.cls`,
            line: 3,
            message: "does not parse: Unexpected token ';'"
        });
    });

    test('files .prettierignore excludes are not checked, and nothing else is reported', () => {
        assertProblemCount(outcome, root, 2);
    });
});
