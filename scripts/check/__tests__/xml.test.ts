import { before, describe, test } from 'node:test';
import type { CheckOutcome } from '../../lib/problems';
import { xmlCheck } from '../xml';
import { assertClean, assertProblem, assertProblemCount, fixture } from './fixtures';

const objectFile = 'force-app/main/objects/Widget__c/Widget__c.object-meta.xml';

test('xml: well-formed metadata and config XML has no problems', async () => {
    const root = fixture('xml', 'clean');
    assertClean(await xmlCheck.run(root), root);
});

describe('xml: planted errors', () => {
    const root = fixture('xml', 'planted');
    let outcome: CheckOutcome;
    before(async () => {
        outcome = await xmlCheck.run(root);
    });

    test('a malformed object XML is reported where the unclosed tag opens', () => {
        assertProblem(outcome, root, { file: objectFile, line: 5, message: "Expected closing tag 'label'" });
    });

    test('an unescaped & is reported on its line', () => {
        assertProblem(outcome, root, {
            file: 'force-app/main/objects/Widget__c/fields/Size__c.field-meta.xml',
            line: 4,
            message: "char '&' is not expected"
        });
    });

    test('an undefined entity is reported, which the validator alone accepts', () => {
        assertProblem(outcome, root, {
            file: 'force-app/main/objects/Widget__c/fields/Colour__c.field-meta.xml',
            line: 5,
            message: 'undefined entity'
        });
    });

    test('a second root element is reported', () => {
        assertProblem(outcome, root, {
            file: 'force-app/main/objects/Widget__c/fields/Weight__c.field-meta.xml',
            line: 6,
            message: 'more than one root element'
        });
    });

    test('"--" inside a comment is reported in XML under config/ too', () => {
        assertProblem(outcome, root, { file: 'config/rules.xml', line: 3, message: 'may not contain "--"' });
    });

    test('nothing but the planted errors is reported', () => {
        assertProblemCount(outcome, root, 5);
    });
});
