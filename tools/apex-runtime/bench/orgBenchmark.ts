/**
 * The in-memory org's bulk benchmark (not a test). On the fixture project in `bench/fixture` it
 * 1. inserts 10,000 Accounts in five transactions of 2,000; an after-insert trigger creates one usage record each;
 * 2. runs a stateful batch over all Accounts (scope 200) that sums usage with one aggregate query per chunk and
 *    updates the chunk;
 * and prints the governor-limit figures of every transaction as the transaction itself reads them (Limits.*), plus
 * the statements executed (the runtime's deterministic CPU proxy) and wall time.
 *
 * Run: `npm run bench:org` (or `node build/tools/apex-runtime/bench/orgBenchmark.js`).
 */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runAnonymous, type AnonymousResult } from '../src/anonymous';
import { orgFor } from '../src/index';
import { loadProject, programFor } from '../src/project';
import { setParseCacheDir } from '../src/parse/parse';

const FIXTURE = path.resolve(__dirname, '../../../../tools/apex-runtime/bench/fixture');
const TRANSACTIONS = 5;
const ACCOUNTS_PER_TRANSACTION = 2000;

const insertScript = (batch: number): string => `List<Account> accounts = new List<Account>();
for (Integer i = 0; i < ${ACCOUNTS_PER_TRANSACTION}; i++) {
    accounts.add(new Account(Name = 'Bench ${batch}-' + i, NumberOfEmployees = Math.mod(i, 50) + 1));
}
insert accounts;
System.debug(LoggingLevel.INFO, BenchLimits.line('insert ${batch}'));`;

const BATCH_SCRIPT = `Database.executeBatch(new BenchUsageBatch(), 200);`;

interface TransactionFigures {
    label: string;
    queries: number;
    queryRows: number;
    dmlStatements: number;
    dmlRows: number;
    cpuProxy: number;
}

function limitLines(result: AnonymousResult): TransactionFigures[] {
    return result.debug
        .filter((d) => d.value.startsWith('LIMITS|'))
        .map((d) => {
            const [, label, queries, queryRows, dmlStatements, dmlRows, cpu] = d.value.split('|');
            return {
                label,
                queries: Number(queries),
                queryRows: Number(queryRows),
                dmlStatements: Number(dmlStatements),
                dmlRows: Number(dmlRows),
                cpuProxy: Number(cpu)
            };
        });
}

function check(result: AnonymousResult, what: string): void {
    if (result.exception || result.unsupported) {
        throw new Error(
            `${what} failed: ${result.exception?.type ?? ''} ${result.exception?.message ?? result.unsupported?.message}`
        );
    }
}

function main(): void {
    setParseCacheDir(null);
    const project = loadProject(FIXTURE);
    const program = programFor(project);
    const org = orgFor(project);
    const rows: Array<TransactionFigures & { statements?: number; ms?: number }> = [];

    for (let batch = 1; batch <= TRANSACTIONS; batch++) {
        const started = performance.now();
        const result = runAnonymous(program, insertScript(batch), `insert-${batch}.apex`, { database: org });
        check(result, `insert transaction ${batch}`);
        rows.push(
            ...limitLines(result).map((r) => ({ ...r, statements: result.statements, ms: performance.now() - started }))
        );
    }
    const batchStarted = performance.now();
    const batchRun = runAnonymous(program, BATCH_SCRIPT, 'batch.apex', { database: org });
    check(batchRun, 'batch');
    const batchMs = performance.now() - batchStarted;
    const executes = limitLines(batchRun);

    console.log(
        `In-memory org: ${org.store.count('Account')} Accounts, ${org.store.count('BenchUsage__c')} usage records`
    );
    console.log('transaction        SOQL  query rows  DML  DML rows  CPU proxy  statements     ms');
    for (const r of rows) {
        console.log(
            `${r.label.padEnd(18)} ${String(r.queries).padStart(4)} ${String(r.queryRows).padStart(11)} ${String(r.dmlStatements).padStart(4)} ${String(r.dmlRows).padStart(9)} ${String(r.cpuProxy).padStart(10)} ${String(r.statements).padStart(11)} ${Math.round(
                r.ms ?? 0
            )
                .toString()
                .padStart(6)}`
        );
    }
    const max = (key: keyof TransactionFigures): number => Math.max(...executes.map((e) => Number(e[key])));
    console.log(
        `batch: ${executes.length} execute transactions of 200; per transaction at most ${max('queries')} SOQL, ${max('queryRows')} query rows, ${max('dmlStatements')} DML statements, ${max('dmlRows')} DML rows, CPU proxy ${max('cpuProxy')}; whole job ${Math.round(batchMs)} ms, ${batchRun.statements.toLocaleString('en-US')} statements`
    );
}

main();
