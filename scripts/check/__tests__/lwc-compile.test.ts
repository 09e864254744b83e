import { before, describe, test } from 'node:test';
import type { CheckOutcome } from '../../lib/problems';
import { lwcCompileCheck } from '../lwc-compile';
import { assertClean, assertProblem, assertProblemCount, fixture } from './fixtures';

const lwc = 'src/main/lwc';

test('lwc-compile: a built bundle with a valid template has no problems', async () => {
    const root = fixture('lwc-compile', 'clean');
    assertClean(await lwcCompileCheck.run(root), root);
});

describe('lwc-compile: planted errors', () => {
    const root = fixture('lwc-compile', 'planted');
    let outcome: CheckOutcome;
    before(async () => {
        outcome = await lwcCompileCheck.run(root);
    });

    test('a template error', () => {
        assertProblem(outcome, root, {
            file: `${lwc}/widgetCard/widgetCard.html`,
            line: 5,
            message: 'LWC1071: Missing key for element <li> inside of iterator'
        });
    });

    test('Aura ($A) in a component', () => {
        assertProblem(outcome, root, { file: `${lwc}/refresher/refresher.js`, line: 4, message: 'Do not use $A' });
    });

    test('a TypeScript component that was never built', () => {
        assertProblem(outcome, root, { file: `${lwc}/unbuilt/unbuilt.ts`, line: 0, message: 'run npm run build' });
    });

    test('nothing but the planted errors is reported', () => {
        assertProblemCount(outcome, root, 3);
    });
});
