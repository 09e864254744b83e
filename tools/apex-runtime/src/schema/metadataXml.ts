/**
 * Reads single values out of source-format metadata XML. The files are machine-written and flat where these are
 * used (a field, a Custom Metadata record), so the first `<name>` element's text is enough; well-formedness is
 * the project's xml check's job, not the runtime's.
 */

/** The trimmed, entity-decoded text of the first `<name>` element, or null when there is none. */
export function tag(xml: string, name: string): string | null {
    const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
    return match ? decodeXml(match[1].trim()) : null;
}

/** Decodes the five predefined XML entities (`&amp;` last, so `&amp;lt;` stays `&lt;`). */
export function decodeXml(text: string): string {
    return text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
}
