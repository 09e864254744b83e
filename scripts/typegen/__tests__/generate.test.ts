import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ts from 'typescript';
import { repoRoot } from '../../lib/paths';
import { generate } from '../generate';

const fixture = path.join(repoRoot, 'scripts', 'typegen', '__fixtures__', 'project');
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestar-typegen-'));
const { unknownTypes } = generate(fixture, outDir);
const generated = (name: string): string => fs.readFileSync(path.join(outDir, name), 'utf8');

/** Type-checks a component snippet against the generated declarations, as tsconfig.json does. */
function typeErrors(source: string): string[] {
    const component = path.join(outDir, 'component.ts');
    fs.writeFileSync(component, source);
    const program = ts.createProgram(
        [component, path.join(outDir, 'apex.d.ts'), path.join(outDir, 'schema.d.ts'), path.join(outDir, 'labels.d.ts')],
        {
            strict: true,
            noEmit: true,
            target: ts.ScriptTarget.ESNext,
            module: ts.ModuleKind.ESNext,
            moduleResolution: ts.ModuleResolutionKind.Bundler,
            types: [],
            typeRoots: [path.join(repoRoot, 'node_modules', '@types')],
            baseUrl: repoRoot,
            paths: { lwc: [path.join(repoRoot, 'node_modules', 'lwc')] }
        }
    );
    return ts
        .getPreEmitDiagnostics(program)
        .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

test('each @AuraEnabled static method becomes an @salesforce/apex module; other methods do not', () => {
    const apex = generated('apex.d.ts');
    assert.match(apex, /declare module '@salesforce\/apex\/WidgetController\.getSummary'/);
    assert.match(apex, /declare module '@salesforce\/apex\/WidgetController\.saveParts'/);
    assert.match(apex, /declare module '@salesforce\/apex\/WidgetController\.listWidgets'/);
    assert.doesNotMatch(apex, /notExposed/);
});

test('Apex types map to what Lightning serialisation delivers', () => {
    const apex = generated('apex.d.ts');
    assert.match(
        apex,
        /getSummary: LodestarApex\.Method<\{ widgetId: string \| null; limitTo: number \| null \}, LodestarApex\.WidgetController_Summary>/
    );
    assert.match(
        apex,
        /parts\?: LodestarApex\.WidgetController_Part\[\] \| null;/,
        'an inner class resolves from its outer class'
    );
    assert.match(apex, /totals\?: Record<string, number> \| null;/);
    assert.match(apex, /dueOn\?: string \| null;/, 'a Date arrives as an ISO string');
    assert.match(apex, /size\?: 'SMALL' \| 'LARGE' \| null;/, 'an enum arrives as its value names');
    assert.match(apex, /record\?: LodestarSchema\.Record<'Widget__c'> \| null;/);
    assert.doesNotMatch(apex, /hidden/, 'members without @AuraEnabled are not sent');
    assert.match(
        apex,
        /saveParts: LodestarApex\.Method<\{ parts: LodestarApex\.WidgetController_Part\[\] \| null \}, void>/
    );
    assert.deepEqual(unknownTypes, ['Schema.DescribeFieldResult'], 'a system type is typed unknown, and reported');
});

test('schema, label and component path declarations come from the metadata', () => {
    assert.match(generated('schema.d.ts'), /declare module '@salesforce\/schema\/Widget__c\.Weight__c'/);
    assert.match(generated('schema.d.ts'), /declare module '@salesforce\/schema\/Widget__c'/);
    assert.match(generated('labels.d.ts'), /declare module '@salesforce\/label\/c\.WidgetTitle'/);
    const paths = JSON.parse(generated('lwc-paths.json')) as { compilerOptions: { paths: Record<string, string[]> } };
    const target = paths.compilerOptions.paths['c/widgetCard'][0];
    assert.equal(path.resolve(outDir, target), path.join(fixture, 'force-app/main/demo/lwc/widgetCard/widgetCard.ts'));
});

test('a component using the generated names type-checks', () => {
    const errors = typeErrors(`
        import getSummary from '@salesforce/apex/WidgetController.getSummary';
        import WEIGHT from '@salesforce/schema/Widget__c.Weight__c';
        import TITLE from '@salesforce/label/c.WidgetTitle';
        export async function load(): Promise<string> {
            const summary = await getSummary({ widgetId: 'a00000000000001', limitTo: 5 });
            return TITLE + WEIGHT.fieldApiName + (summary.parts?.[0]?.label ?? '');
        }
    `);
    assert.deepEqual(errors, []);
});

test('a renamed field, label or method, or a wrong parameter, breaks the type-check', () => {
    const errors = typeErrors(`
        import getSummary from '@salesforce/apex/WidgetController.getSummaryRenamed';
        import WEIGHT from '@salesforce/schema/Widget__c.Mass__c';
        import TITLE from '@salesforce/label/c.WidgetHeading';
        import listWidgets from '@salesforce/apex/WidgetController.getSummary';
        export const used = [getSummary, WEIGHT, TITLE, listWidgets({ widgetId: 7, limitTo: 1 })];
    `);
    assert.ok(
        errors.some((error) => error.includes("'@salesforce/apex/WidgetController.getSummaryRenamed'")),
        errors.join('\n')
    );
    assert.ok(
        errors.some((error) => error.includes("'@salesforce/schema/Widget__c.Mass__c'")),
        errors.join('\n')
    );
    assert.ok(
        errors.some((error) => error.includes("'@salesforce/label/c.WidgetHeading'")),
        errors.join('\n')
    );
    assert.ok(
        errors.some((error) => error.includes("'number' is not assignable to type 'string'")),
        errors.join('\n')
    );
});
