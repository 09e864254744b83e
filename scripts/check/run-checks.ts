/**
 * The static checks, in the order `npm test` runs them (README, "What `npm test` runs").
 *
 * `node build/scripts/check/run-checks.js [name...]` (`npm run check -- <name>`) runs the named checks, or all,
 * prints each problem as `file:line:column: message [rule]`, and exits non-zero on any problem, or when a check
 * checked nothing.
 */
import { repoRoot } from '../lib/paths';
import { formatProblem, type Check } from '../lib/problems';
import { permissionSetsCheck } from '../metadata/permission-sets';
import { apexLsCheck } from './apex-ls';
import { eslintCheck } from './eslint';
import { labelsCheck } from './labels';
import { lwcCompileCheck } from './lwc-compile';
import { metadataXrefCheck } from './metadata-xref';
import { pmdCheck } from './pmd';
import { prettierCheck } from './prettier';
import { typescriptCheck } from './typescript';
import { xmlCheck } from './xml';

export const allChecks: Check[] = [
    xmlCheck,
    metadataXrefCheck,
    labelsCheck,
    permissionSetsCheck,
    apexLsCheck,
    pmdCheck,
    prettierCheck,
    typescriptCheck,
    eslintCheck,
    lwcCompileCheck
];

/** The checks named, in the order given; all of them when none is. Throws on a name that is not a check. */
export function selectChecks(names: string[]): Check[] {
    const unknown = names.filter((name) => !allChecks.some((check) => check.name === name));
    if (unknown.length > 0) {
        const valid = allChecks.map((check) => check.name).join(', ');
        throw new Error(`unknown check${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Valid names: ${valid}`);
    }
    return names.length === 0 ? allChecks : names.map((name) => allChecks.find((check) => check.name === name)!);
}

async function main(names: string[]): Promise<number> {
    let checks: Check[];
    try {
        checks = selectChecks(names);
    } catch (error) {
        console.error(error instanceof Error ? error.message : String(error));
        return 2;
    }
    let failed = 0;
    for (const check of checks) {
        const started = Date.now();
        const outcome = await check.run(repoRoot);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        outcome.problems.forEach((problem) => console.log(formatProblem(problem, repoRoot)));
        if (outcome.checked === 0) {
            failed++;
            console.log(`✖ ${check.name}: checked nothing, so it proves nothing (${seconds} s)`);
        } else if (outcome.problems.length > 0) {
            failed++;
            console.log(
                `✖ ${check.name}: ${outcome.problems.length} problem(s) in ${outcome.checked} checked (${seconds} s)`
            );
        } else {
            console.log(`✔ ${check.name}: ${outcome.checked} checked (${seconds} s)`);
        }
    }
    return failed > 0 ? 1 : 0;
}

if (require.main === module) {
    main(process.argv.slice(2)).then(
        (status) => {
            process.exitCode = status;
        },
        (error: unknown) => {
            console.error(error);
            process.exitCode = 1;
        }
    );
}
