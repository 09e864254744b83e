/**
 * Record Ids. An Id value is always held in its 18-character form: the 15-character case-sensitive Id plus a
 * 3-character suffix that encodes the case of the first 15, so the 18-character form is unique ignoring case.
 */
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID_PATTERN = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

export class ApexId {
    /** Use ApexId.parse; the constructor trusts its argument to be a valid 18-character Id. */
    constructor(readonly value: string) {}

    get keyPrefix(): string {
        return this.value.slice(0, 3);
    }

    toString(): string {
        return this.value;
    }

    /** The 18-character form of a 15- or 18-character Id, or null if `text` is not a valid Id. */
    static parse(text: string): ApexId | null {
        if (!ID_PATTERN.test(text)) {
            return null;
        }
        const base = text.slice(0, 15);
        const suffix = checksumSuffix(base);
        if (text.length === 18 && text.slice(15).toUpperCase() !== suffix) {
            return null;
        }
        return new ApexId(base + suffix);
    }
}

export function checksumSuffix(id15: string): string {
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk++) {
        let flags = 0;
        for (let i = 0; i < 5; i++) {
            const ch = id15.charCodeAt(chunk * 5 + i);
            if (ch >= 65 && ch <= 90) {
                flags |= 1 << i;
            }
        }
        suffix += SUFFIX_ALPHABET[flags];
    }
    return suffix;
}

/** Makes a well-formed Id from a key prefix and a counter, for records the in-memory org creates. */
export function makeId(keyPrefix: string, counter: number): ApexId {
    const base = keyPrefix.slice(0, 3) + counter.toString(36).toUpperCase().padStart(12, '0').slice(-12);
    return new ApexId(base + checksumSuffix(base));
}
