/**
 * `npm run test:org`: runs Lodestar's Apex tests in a connected org (the default target org, or
 * `--target-org <alias>`), then writes JUnit and coverage reports to reports/apex-org with the same
 * @salesforce/apex-node reporters the local runtime uses, so the two runs can be diffed.
 */
import * as path from 'node:path';
import { AuthInfo, Connection, ConfigAggregator } from '@salesforce/core';
import { TestLevel, TestService } from '@salesforce/apex-node';
import type { ApexCodeCoverageAggregate, TestResult } from '@salesforce/apex-node';
import { fromRoot, listFiles, repoRoot } from '../lib/paths';
import { writeApexReports } from '../lib/apex-reports';

function argument(name: string): string | undefined {
    const index = process.argv.indexOf(name);
    return index >= 0 ? process.argv[index + 1] : undefined;
}

/** The package's @IsTest classes: every class under force-app/tests. */
function packageTestClasses(): string[] {
    return listFiles(fromRoot('force-app', 'tests'), ['.cls']).map((file) => path.basename(file, '.cls'));
}

async function connect(): Promise<Connection> {
    const config = await ConfigAggregator.create();
    const username = argument('--target-org') ?? (config.getPropertyValue('target-org') as string | undefined);
    if (!username) {
        throw new Error('No org: run `npm run org:up`, or pass --target-org <alias or username>.');
    }
    const authInfo = await AuthInfo.create({ username });
    return Connection.create({ authInfo });
}

async function main(): Promise<void> {
    const classNames = packageTestClasses();
    if (classNames.length === 0) {
        throw new Error('No Apex test classes found under force-app/tests.');
    }
    const connection = await connect();
    const testService = new TestService(connection);
    const result = (await testService.runTestAsynchronous(
        { testLevel: TestLevel.RunSpecifiedTests, classNames: classNames.join(',') },
        true
    )) as TestResult;

    const coverage = (await connection.tooling.query(
        'SELECT ApexClassOrTrigger.Id, ApexClassOrTrigger.Name, NumLinesCovered, NumLinesUncovered, Coverage FROM ApexCodeCoverageAggregate'
    )) as unknown as ApexCodeCoverageAggregate;

    const reportDir = fromRoot('reports', 'apex-org');
    writeApexReports({ result, coverage, reportDir, sourceDir: repoRoot });
    const { passing, failing, skipped, orgWideCoverage } = result.summary;
    console.log(`Reports in ${path.relative(repoRoot, reportDir)}; org-wide coverage ${orgWideCoverage ?? 'n/a'}`);
    console.log(`${passing} passed, ${failing} failed${skipped ? `, ${skipped} not run` : ''}`);
    process.exitCode = failing > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
});
