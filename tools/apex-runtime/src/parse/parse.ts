/**
 * Parses Apex source into the runtime's compact tree, through a cache keyed by a hash of the text: in memory for
 * the life of the process, and on disk (optional) so a second run skips ANTLR entirely.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';
import type { AnonymousUnit, ClassUnit, TriggerUnit } from './ast';
import { Lowerer } from './lower';

/** Bump when the shape of ast.ts or the lowering changes, so stale disk caches are ignored. */
const LOWERING_VERSION = '1';

export interface SyntaxProblem {
    line: number;
    column: number;
    message: string;
}

/** Apex that does not parse. Carries every syntax error the parser reported. */
export class ApexSyntaxError extends Error {
    constructor(
        readonly file: string,
        readonly problems: SyntaxProblem[]
    ) {
        super(problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    }
}

class CollectingListener extends ApexErrorListener {
    readonly problems: SyntaxProblem[] = [];
    apexSyntaxError(line: number, column: number, message: string): void {
        this.problems.push({ line, column, message });
    }
}

type UnitKind = 'class' | 'anonymous' | 'trigger';
type AnyUnit = ClassUnit | AnonymousUnit | TriggerUnit;
type Unit<K extends UnitKind> = K extends 'class' ? ClassUnit : K extends 'trigger' ? TriggerUnit : AnonymousUnit;

const memoryCache = new Map<string, AnyUnit>();
let diskCacheDir: string | null = null;

/** Turns on the disk cache in `dir` (created if needed); null turns it off. */
export function setParseCacheDir(dir: string | null): void {
    diskCacheDir = dir;
}

export function contentHash(kind: UnitKind, source: string): string {
    return createHash('sha256').update(`${LOWERING_VERSION}\0${kind}\0${source}`).digest('hex');
}

function readDisk(hash: string): AnyUnit | undefined {
    if (!diskCacheDir) {
        return undefined;
    }
    try {
        return JSON.parse(fs.readFileSync(path.join(diskCacheDir, `${hash}.json`), 'utf8')) as ClassUnit;
    } catch {
        return undefined;
    }
}

function writeDisk(hash: string, unit: AnyUnit): void {
    if (!diskCacheDir) {
        return;
    }
    try {
        fs.mkdirSync(diskCacheDir, { recursive: true });
        const file = path.join(diskCacheDir, `${hash}.json`);
        // Write then rename, so a concurrent reader never sees half a file.
        const temp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temp, JSON.stringify(unit));
        fs.renameSync(temp, file);
    } catch {
        // The cache is an optimisation; a read-only disk must not break a run.
    }
}

function parseUncached<K extends UnitKind>(kind: K, source: string, file: string): Unit<K> {
    const listener = new CollectingListener();
    const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
    const tree =
        kind === 'class'
            ? parser.compilationUnit()
            : kind === 'trigger'
              ? parser.triggerUnit()
              : parser.anonymousUnit();
    if (listener.problems.length > 0) {
        throw new ApexSyntaxError(file, listener.problems);
    }
    const lowerer = new Lowerer(source);
    return (
        kind === 'class'
            ? lowerer.compilationUnit(tree as ReturnType<typeof parser.compilationUnit>)
            : kind === 'trigger'
              ? lowerer.triggerUnit(tree as ReturnType<typeof parser.triggerUnit>)
              : lowerer.anonymousUnit(tree as ReturnType<typeof parser.anonymousUnit>)
    ) as Unit<K>;
}

/** Parses (or fetches from the cache) one source text. `file` is only used in error messages. */
export function parseApex<K extends UnitKind>(kind: K, source: string, file: string): Unit<K> {
    const hash = contentHash(kind, source);
    const cached = memoryCache.get(hash) ?? readDisk(hash);
    if (cached) {
        memoryCache.set(hash, cached);
        return cached as Unit<K>;
    }
    const unit = parseUncached(kind, source, file);
    memoryCache.set(hash, unit);
    writeDisk(hash, unit);
    return unit;
}

export function parseClass(source: string, file: string): ClassUnit {
    return parseApex('class', source, file);
}

export function parseAnonymous(source: string, file: string): AnonymousUnit {
    return parseApex('anonymous', source, file);
}

export function parseTrigger(source: string, file: string): TriggerUnit {
    return parseApex('trigger', source, file);
}
