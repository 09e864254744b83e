/**
 * A small seeded pseudo-random generator for the sample data: mulberry32 (a 32-bit state, period 2^32), seeded from
 * a string hash so that each account gets its own independent stream. Same seed, same numbers, on every machine:
 * only 32-bit integer arithmetic (Math.imul, >>>) and one division, which IEEE 754 defines exactly.
 */

/** FNV-1a, 32 bits: a stable hash of a string, used to derive per-account seeds. */
export function hashString(text: string): number {
    let hash = 0x811c9dc5;
    for (let index = 0; index < text.length; index++) {
        hash ^= text.charCodeAt(index);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash >>> 0;
}

/** mulberry32: returns a function giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export type Range = readonly [number, number];

export class Rng {
    private readonly next: () => number;

    constructor(seed: number | string) {
        this.next = mulberry32(typeof seed === 'number' ? seed : hashString(seed));
    }

    /** A float in [0, 1). */
    float(): number {
        return this.next();
    }

    /** A float in [min, max). */
    between(range: Range): number {
        return range[0] + (range[1] - range[0]) * this.next();
    }

    /** An integer in [min, max], both included. */
    int(range: Range): number {
        return range[0] + Math.floor((range[1] - range[0] + 1) * this.next());
    }

    chance(probability: number): boolean {
        return this.next() < probability;
    }

    pick<T>(items: readonly T[]): T {
        if (items.length === 0) {
            throw new Error('pick from an empty list');
        }
        return items[Math.floor(items.length * this.next())];
    }

    /** One item, by weight: `[[item, weight], ...]`. */
    weighted<T>(choices: readonly (readonly [T, number])[]): T {
        const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
        let roll = this.next() * total;
        for (const [item, weight] of choices) {
            roll -= weight;
            if (roll < 0) {
                return item;
            }
        }
        return choices[choices.length - 1][0];
    }

    /** A shuffled copy (Fisher-Yates). */
    shuffle<T>(items: readonly T[]): T[] {
        const copy = [...items];
        for (let index = copy.length - 1; index > 0; index--) {
            const other = Math.floor((index + 1) * this.next());
            [copy[index], copy[other]] = [copy[other], copy[index]];
        }
        return copy;
    }
}
