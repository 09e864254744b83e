import { test } from 'node:test';
import { labelsCheck } from '../labels';
import { assertClean, assertProblem, assertProblemCount, fixture } from './fixtures';

test('labels: escaped, typographic and component-only apostrophes, and apostrophes without placeholders, pass', async () => {
    const root = fixture('labels', 'clean');
    assertClean(await labelsCheck.run(root), root);
});

test('labels: a lone apostrophe in a label Apex formats is reported on its value line', async () => {
    const root = fixture('labels', 'planted');
    const outcome = await labelsCheck.run(root);
    assertProblem(outcome, root, {
        file: 'force-app/main/labels/CustomLabels.labels-meta.xml',
        line: 15,
        message: 'label GreetingTemplate is a String.format template with a lone apostrophe'
    });
    assertProblemCount(outcome, root, 1);
});
