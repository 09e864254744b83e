/**
 * `labels`: a Custom Label that Apex names and that has `{0}`-style placeholders is a String.format template.
 * String.format follows Java's MessageFormat, where a single apostrophe starts a quoted section: the apostrophe
 * disappears and the placeholders after it stay unfilled ("That page can't be shown ... {0}" comes out as "That page
 * cant be shown ... {0}"). Apex tests that build the expected message with the same String.format cannot see it, so
 * the label text is checked here. Labels only LWCs use are filled by c/formatting's formatLabel, which has no quoting.
 */
import * as fs from 'node:fs';
import type { Check, CheckOutcome, Problem } from '../lib/problems';
import { loadLabels, sourceDirs } from '../lib/metadata';
import { listFiles } from '../lib/paths';
import { XmlLineFinder } from './support';

const name = 'labels';
const PLACEHOLDER = /\{\d+\}/;
/** An apostrophe that is not part of a doubled '' (MessageFormat's escaped apostrophe). */
const LONE_APOSTROPHE = /(^|[^'])'(?!')/;
const APEX_LABEL_REFERENCE = /\bLabel\s*\.\s*([A-Za-z][A-Za-z0-9_]*)/g;

/** The names of the labels Apex refers to (`System.Label.X` or `Label.X`), lower-cased, as Apex ignores case. */
function labelsNamedInApex(dirs: string[]): Set<string> {
    const names = new Set<string>();
    for (const file of dirs.flatMap((dir) => listFiles(dir, ['.cls']))) {
        for (const match of fs.readFileSync(file, 'utf8').matchAll(APEX_LABEL_REFERENCE)) {
            names.add(match[1].toLowerCase());
        }
    }
    return names;
}

export const labelsCheck: Check = {
    name,
    description: 'Custom Labels that Apex formats with String.format have no lone apostrophe',
    run(projectRoot: string): Promise<CheckOutcome> {
        const dirs = sourceDirs(projectRoot);
        const labels = loadLabels(dirs);
        const namedInApex = labelsNamedInApex(dirs);
        const finders = new Map<string, XmlLineFinder>();
        const problems: Problem[] = [];
        for (const label of labels) {
            if (!namedInApex.has(label.name.toLowerCase()) || !PLACEHOLDER.test(label.value)) {
                continue;
            }
            if (LONE_APOSTROPHE.test(label.value)) {
                let finder = finders.get(label.file);
                if (!finder) {
                    finder = new XmlLineFinder(fs.readFileSync(label.file, 'utf8'));
                    finders.set(label.file, finder);
                }
                problems.push({
                    file: label.file,
                    line: finder.line('value', label.value),
                    message:
                        `label ${label.name} is a String.format template with a lone apostrophe, which ` +
                        `String.format drops along with every placeholder after it; write ’ or reword`,
                    rule: name
                });
            }
        }
        return Promise.resolve({ name, problems, checked: labels.length });
    }
};
