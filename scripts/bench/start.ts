/**
 * The start-up benchmark (not a test): how long `npm start` takes until the server prints its address, cold (empty
 * build/, no component bundle, no generated types or LWC output, as after a fresh clone and `npm ci`) and warm (the
 * same again, nothing changed), with each phase: the build steps, then the server's own (loading the org, scoring
 * it, the bundle).
 *
 * Run: `npm run bench:start` (`-- --warm` skips the cold start). It deletes build/, .preview/, types/generated/ and
 * the `.js` tsc writes beside each LWC `.ts`, all of them generated and ignored by git. The runtime's parse cache
 * (node_modules/.cache/apex-runtime) is kept: `npm ci` does not create it, so a first start after a fresh clone
 * parses the Apex once more than the cold start here.
 *
 * The machine's load is printed with the figures: on a shared machine, wall-clock times grow with it.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fromRoot, listFiles, repoRoot } from '../lib/paths';

interface Line {
    at: number;
    text: string;
}

/** Everything the build and the start-up generate, so the next start is a first start. */
function makeCold(): void {
    for (const dir of ['build', '.preview', path.join('types', 'generated')]) {
        fs.rmSync(fromRoot(dir), { recursive: true, force: true });
    }
    for (const dir of [fromRoot('force-app'), fromRoot('scripts', 'preview', 'lwc')]) {
        for (const source of listFiles(dir, ['.ts'])) {
            const output = source.replace(/\.ts$/, '.js');
            const generated =
                !source.endsWith('.d.ts') &&
                source.includes(`${path.sep}lwc${path.sep}`) &&
                !/[\\/]__(tests|mocks)__[\\/]/.test(source);
            if (generated && fs.existsSync(output)) {
                fs.rmSync(output);
            }
        }
    }
}

/** Runs `npm start` on a free port until it prints the address, then stops it; every output line, timed. */
function timeStart(): Promise<{ lines: Line[]; total: number }> {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const started = Date.now();
    const child = spawn(npm, ['start'], {
        cwd: repoRoot,
        env: { ...process.env, PORT: '0' },
        // Its own process group, so stopping it stops the server npm started too.
        detached: true
    });
    const lines: Line[] = [];
    return new Promise((resolve, reject) => {
        let pending = '';
        let done = false;
        const onData = (chunk: Buffer): void => {
            pending += chunk.toString('utf8');
            let end: number;
            while ((end = pending.indexOf('\n')) >= 0) {
                const text = pending.slice(0, end).trimEnd();
                pending = pending.slice(end + 1);
                lines.push({ at: Date.now() - started, text });
                if (!done && /^Lodestar preview \(.*\): http/.test(text)) {
                    done = true;
                    process.kill(-(child.pid as number), 'SIGTERM');
                    resolve({ lines, total: Date.now() - started });
                }
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('error', reject);
        child.on('exit', (code) => {
            if (!done) {
                reject(
                    new Error(
                        `npm start ended (exit ${code}) before printing its address:\n${lines.map((line) => line.text).join('\n')}`
                    )
                );
            }
        });
    });
}

const seconds = (millis: number): string => `${(millis / 1000).toFixed(1)} s`.padStart(8);

/** The phases, from the lines the build and the server print. */
function phases(lines: Line[], total: number): [string, string][] {
    const rows: [string, string][] = [];
    let previous = 0;
    for (const line of lines) {
        const step = /^build: (.+) \((\d+\.\d) s\)$/.exec(line.text);
        if (step) {
            rows.push([`build: ${step[1]}`, seconds(Number(step[2]) * 1000)]);
            previous = line.at;
        }
    }
    const buildEnd = previous;
    const note = (pattern: RegExp, label: string, unit: 'ms' | 's'): void => {
        const found = lines.map((line) => pattern.exec(line.text)).find(Boolean);
        if (found) {
            rows.push([label, seconds(Number(found[1].replace(/,/g, '')) * (unit === 's' ? 1000 : 1))]);
        }
    };
    const ready = lines.find((line) => line.text.startsWith('Lodestar preview ('))?.at ?? total;
    rows.push(['server start-up (npm start to the address, after the build)', seconds(ready - buildEnd)]);
    note(/^org: compiled the project's Apex in (\d+) ms/, '  compiling the Apex', 'ms');
    note(/^org: Loaded .* in ([\d.]+) s$/, '  loading the sample dataset', 's');
    note(/^org: \d+ accounts: scored.* in (\d+) ms$/, '  scoring the accounts (nightly path)', 'ms');
    note(/^org: \d+ accounts: expansion signals.* in (\d+) ms$/, '  detecting expansion signals', 'ms');
    note(/^bundle: .* in (\d+) ms/, '  component bundle', 'ms');
    const cached = lines.some((line) => line.text.includes('(unchanged since the last start)'));
    if (cached) {
        rows[rows.length - 1][0] += ' (reused)';
    }
    rows.push(['total: npm start to the printed address', seconds(total)]);
    return rows;
}

function print(title: string, result: { lines: Line[]; total: number }): void {
    console.log(`\n${title}`);
    for (const [label, value] of phases(result.lines, result.total)) {
        console.log(`  ${label.padEnd(64)}${value}`);
    }
}

async function main(): Promise<void> {
    const warmOnly = process.argv.includes('--warm');
    const [one, five, fifteen] = os.loadavg().map((load) => load.toFixed(1));
    console.log(
        `npm start, to the printed address, on ${os.cpus().length} CPU(s), load average ${one} ${five} ${fifteen}`
    );
    if (!warmOnly) {
        makeCold();
        print('Cold start (empty build/, no bundle, no generated types or LWC output):', await timeStart());
    }
    print('Warm start (nothing changed):', await timeStart());
    print('Warm start, again:', await timeStart());
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
});
