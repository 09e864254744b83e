/**
 * Runs the Java tools that ship inside @salesforce/code-analyzer-pmd-engine (apex-ls and PMD 7). A missing Java is
 * reported as a failure with the fix, never as a silent pass.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fromRoot } from '../lib/paths';

export const javaLibDir = fromRoot('node_modules', '@salesforce', 'code-analyzer-pmd-engine', 'dist', 'java-lib');

export interface JavaRun {
    status: number;
    stdout: string;
    stderr: string;
}

/** Why the Java tools cannot run, or undefined when they can be started. */
export function javaUnavailable(): string | undefined {
    if (!fs.existsSync(javaLibDir)) {
        return `the Java tools are missing (${javaLibDir}); run npm ci`;
    }
    return undefined;
}

export const javaMissingMessage =
    'Java 17+ is not on the PATH, so this check cannot run: install it (apt-get install default-jre-headless)';

/** `java -cp <java-lib>/* <mainClass> <args>`, collecting output; rejects with javaMissingMessage when there is no java. */
export function runJava(mainClass: string, args: string[], cwd: string): Promise<JavaRun> {
    return new Promise((resolve, reject) => {
        const child = spawn('java', ['-cp', path.join(javaLibDir, '*'), mainClass, ...args], { cwd });
        const stdout: Buffer[] = [];
        const stderr: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
        child.on('error', (error: NodeJS.ErrnoException) =>
            reject(error.code === 'ENOENT' ? new Error(javaMissingMessage) : error)
        );
        child.on('close', (status) =>
            resolve({
                status: status ?? 1,
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8')
            })
        );
    });
}

/** The last lines of a tool's output, for a problem message when it failed in an unexpected way. */
export function outputTail(run: JavaRun, lines = 8): string {
    return `${run.stderr}\n${run.stdout}`.trim().split('\n').slice(-lines).join('\n');
}
