/**
 * `xml`: every metadata XML file is well-formed. The Salesforce CLI silently repairs malformed XML (and drops
 * what it cannot read) when it converts or deploys, so a broken file would otherwise ship half-empty.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { listFiles } from '../lib/paths';
import type { Check, CheckOutcome, Problem } from '../lib/problems';
import { lineAtOffset } from './support';
import { sourceDirs } from '../lib/metadata';

/** Folders outside the source folders that hold XML the platform reads (scratch org config, manifests). */
const extraXmlDirs = ['config', 'manifest'];

const orderedParser = new XMLParser({ preserveOrder: true, ignoreAttributes: true, commentPropName: '#comment' });

/**
 * The well-formedness errors XMLValidator lets through: "--" inside a comment (PMD then silently loads no rules
 * from its ruleset), undefined entities, and more than one root element.
 */
function strictnessProblems(file: string, text: string): Problem[] {
    const problems: Problem[] = [];
    for (const comment of text.matchAll(/<!--([\s\S]*?)-->/g)) {
        const inner = comment[1].indexOf('--');
        if (inner >= 0 || comment[1].endsWith('-')) {
            const offset = (comment.index ?? 0) + 4 + (inner >= 0 ? inner : comment[1].length - 1);
            problems.push({
                file,
                line: lineAtOffset(text, offset),
                message: 'a comment may not contain "--"',
                rule: 'xml'
            });
        }
    }
    // Comments and CDATA may hold any text; blank them out (keeping offsets) before looking for entities.
    const markup = text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (hidden) => hidden.replace(/[^\n]/g, ' '));
    for (const match of markup.matchAll(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)[^\s;<]*;?/g)) {
        problems.push({
            file,
            line: lineAtOffset(text, match.index ?? 0),
            message: `undefined entity or unescaped "&" (${match[0]}): write &amp;`,
            rule: 'xml'
        });
    }
    const topLevel = (orderedParser.parse(text) as Record<string, unknown>[]).filter((node) => {
        const [name] = Object.keys(node).filter((key) => key !== ':@');
        return name !== '?xml' && name !== '#comment' && name !== '#text';
    });
    if (topLevel.length > 1) {
        const second = Object.keys(topLevel[1]).find((key) => key !== ':@') ?? '';
        const offset = text.lastIndexOf(`<${second}`);
        problems.push({
            file,
            line: offset < 0 ? 0 : lineAtOffset(text, offset),
            message: `more than one root element (a second <${second}>)`,
            rule: 'xml'
        });
    }
    return problems;
}

export function checkXmlFile(file: string): Problem[] {
    const text = fs.readFileSync(file, 'utf8');
    const result = XMLValidator.validate(text);
    if (result !== true) {
        // An unclosed tag is detected at the next closing tag; the fix belongs where the tag was opened.
        const opened = /opened in line (\d+), col (\d+)/.exec(result.err.msg);
        const line = opened ? Number(opened[1]) : result.err.line;
        const column = opened ? Number(opened[2]) : result.err.col;
        return [{ file, line, column, message: result.err.msg, rule: 'xml' }];
    }
    return strictnessProblems(file, text);
}

export const xmlCheck: Check = {
    name: 'xml',
    description: 'Every metadata XML file is well-formed.',
    async run(projectRoot: string): Promise<CheckOutcome> {
        const dirs = [...sourceDirs(projectRoot), ...extraXmlDirs.map((dir) => path.join(projectRoot, dir))];
        const files = dirs.flatMap((dir) => listFiles(dir, ['.xml']));
        return { name: 'xml', problems: files.flatMap(checkXmlFile), checked: files.length };
    }
};
