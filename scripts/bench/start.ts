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
 * It runs the two commands `npm start` runs, so npm's own start-up (a fraction of a second) is not counted. The
 * machine's load is printed with the figures, and the CPU time each run took: on a shared machine, wall-clock times
 * grow with the load, CPU times much less.
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

/**
 * CPU seconds of this process's finished children (Linux's cutime and cstime), or undefined elsewhere. Unlike wall
 * time, it does not grow when other work shares the machine.
 */
function childCpuSeconds(): number | undefined {
    try {
        const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
        // Fields 16 and 17 of stat(5), counted from the state (field 3); in clock ticks of 1/100 s.
        return (Number(fields[16 - 3]) + Number(fields[17 - 3])) / 100;
    } catch {
        return undefined;
    }
}

interface StartRun {
    lines: Line[];
    /** Milliseconds from the start to the printed address. */
    total: number;
    cpuBuild?: number;
    cpuServer?: number;
}

/**
 * Runs what `npm start` runs (`node scripts/build.mjs`, then `node build/scripts/start.js` on a free port) until the
 * server prints its address, then stops it; every output line, timed from the start.
 */
async function timeStart(): Promise<StartRun> {
    const started = Date.now();
    const lines: Line[] = [];
    const cpuBefore = childCpuSeconds();
    const run = (args: string[], untilLine?: RegExp): Promise<number | undefined> =>
        new Promise((resolve, reject) => {
            const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, PORT: '0' } });
            let pending = '';
            let reached: number | undefined;
            const onData = (chunk: Buffer): void => {
                pending += chunk.toString('utf8');
                let end: number;
                while ((end = pending.indexOf('\n')) >= 0) {
                    const text = pending.slice(0, end).trimEnd();
                    pending = pending.slice(end + 1);
                    lines.push({ at: Date.now() - started, text });
                    if (reached === undefined && untilLine?.test(text)) {
                        reached = Date.now() - started;
                        child.kill('SIGTERM');
                    }
                }
            };
            child.stdout.on('data', onData);
            child.stderr.on('data', onData);
            child.on('error', reject);
            child.on('exit', (code) => {
                if (untilLine ? reached !== undefined : code === 0) {
                    resolve(reached);
                } else {
                    const output = lines.map((line) => line.text).join('\n');
                    reject(new Error(`node ${args.join(' ')} ended (exit ${code}) too early:\n${output}`));
                }
            });
        });
    await run([path.join('scripts', 'build.mjs')]);
    const cpuBuilt = childCpuSeconds();
    const total = await run([path.join('build', 'scripts', 'start.js')], /^Lodestar preview \(.*\): http/);
    const cpuAfter = childCpuSeconds();
    return {
        lines,
        total: total ?? Date.now() - started,
        cpuBuild: cpuBefore === undefined || cpuBuilt === undefined ? undefined : cpuBuilt - cpuBefore,
        cpuServer: cpuBuilt === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBuilt
    };
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
    rows.push(['server start-up (the build done to the printed address)', seconds(ready - buildEnd)]);
    note(/^org: compiled the project's Apex in (\d+) ms/, '  compiling the Apex', 'ms');
    note(/^org: Loaded .* in ([\d.]+) s$/, '  loading the sample dataset', 's');
    note(/^org: \d+ accounts: scored.* in (\d+) ms$/, '  scoring the accounts (nightly path)', 'ms');
    note(/^org: \d+ accounts: expansion signals.* in (\d+) ms$/, '  detecting expansion signals', 'ms');
    note(/^bundle: .* in (\d+) ms/, '  component bundle', 'ms');
    const cached = lines.some((line) => line.text.includes('(unchanged since the last start)'));
    if (cached) {
        rows[rows.length - 1][0] += ' (reused)';
    }
    rows.push(['total: the start to the printed address', seconds(total)]);
    return rows;
}

function print(title: string, result: StartRun): void {
    console.log(`\n${title}`);
    for (const [label, value] of phases(result.lines, result.total)) {
        console.log(`  ${label.padEnd(64)}${value}`);
    }
    if (result.cpuBuild !== undefined && result.cpuServer !== undefined) {
        const cpu = `CPU time: build ${result.cpuBuild.toFixed(1)} s, server ${result.cpuServer.toFixed(1)} s`;
        console.log(`  ${cpu}, ${(result.cpuBuild + result.cpuServer).toFixed(1)} s in all`);
    }
}

async function main(): Promise<void> {
    const warmOnly = process.argv.includes('--warm');
    const [one, five, fifteen] = os.loadavg().map((load) => load.toFixed(1));
    console.log(
        `npm start (its build, then the server) to the printed address, on ${os.cpus().length} CPU(s), ` +
            `load average ${one} ${five} ${fifteen}`
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
