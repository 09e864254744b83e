/**
 * Small helpers shared by the static checks: how to turn a value found by a parser back into a line of the raw
 * file (parsers that understand the structure do not keep positions).
 */

/** 1-based line of a character offset in `text`. */
export function lineAtOffset(text: string, offset: number): number {
    let line = 1;
    for (let index = 0; index < offset && index < text.length; index++) {
        if (text.charCodeAt(index) === 10) {
            line++;
        }
    }
    return line;
}

const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of an XML element as a parser reports it: entities decoded, surrounding whitespace trimmed. */
export function decodeXmlText(raw: string): string {
    return raw
        .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (entity: string, name: string) => {
            if (name.startsWith('#x')) {
                return String.fromCodePoint(parseInt(name.slice(2), 16));
            }
            if (name.startsWith('#')) {
                return String.fromCodePoint(parseInt(name.slice(1), 10));
            }
            return xmlEntities[name] ?? entity;
        })
        .trim();
}

/**
 * Finds the line of `<tag>value</tag>` in one XML file. Repeated lookups of the same tag and value return
 * successive occurrences, so a caller walking the parsed document in order gets each element's own line.
 */
export class XmlLineFinder {
    private readonly used = new Map<string, number>();

    constructor(private readonly text: string) {}

    /** Line of the next unused `<tag>value</tag>`, else of the first `<tag>`, else 0 (the whole file). */
    line(tag: string, value: string): number {
        const key = `${tag}\u0000${value}`;
        const skip = this.used.get(key) ?? 0;
        const element = new RegExp(`<${escapeRegExp(tag)}(?:\\s[^>]*)?>([^<]*)</${escapeRegExp(tag)}>`, 'g');
        let seen = 0;
        for (const match of this.text.matchAll(element)) {
            if (decodeXmlText(match[1]) === value) {
                if (seen === skip) {
                    this.used.set(key, skip + 1);
                    return lineAtOffset(this.text, match.index ?? 0);
                }
                seen++;
            }
        }
        const anyElement = new RegExp(`<${escapeRegExp(tag)}[\\s>]`).exec(this.text);
        return anyElement ? lineAtOffset(this.text, anyElement.index) : 0;
    }
}

/** Line of the first `<tag` at or after the start of `fromLine` (1-based), or `fromLine` when there is none. */
export function lineOfNextTag(text: string, tag: string, fromLine: number): number {
    let offset = 0;
    for (let line = 1; line < fromLine && offset >= 0; line++) {
        offset = text.indexOf('\n', offset) + 1;
    }
    const found = text.slice(offset).search(new RegExp(`<${escapeRegExp(tag)}[\\s/>]`));
    return found < 0 ? fromLine : lineAtOffset(text, offset + found);
}

/** ANTLR syntax errors list every token the parser would have accepted: hundreds, no help to a reader. */
export function shortenExpectedTokens(message: string): string {
    return message.replace(/expecting \{[^}]{80,}\}/g, 'expecting {…}');
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first line where two texts differ (1-based), for pointing at the start of a formatting difference. */
export function firstDifferentLine(actual: string, expected: string): number {
    const actualLines = actual.split('\n');
    const expectedLines = expected.split('\n');
    const index = actualLines.findIndex((line, position) => line !== expectedLines[position]);
    // No differing line means one text is the other plus trailing lines: point at the end of the file.
    return index < 0 ? actualLines.length : index + 1;
}
