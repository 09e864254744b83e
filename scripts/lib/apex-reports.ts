import * as fs from 'node:fs';
import * as path from 'node:path';
import { CoverageReporter, JUnitReporter } from '@salesforce/apex-node';
import type { ApexCodeCoverageAggregate, TestResult } from '@salesforce/apex-node';

/**
 * Writes Apex test reports with @salesforce/apex-node's own reporters, so a run in an org (`npm run test:org`)
 * and a run in the local Apex runtime produce the same files:
 * - `junit.xml`: JUnit, per test method
 * - `test-result.json`: the TestResult itself
 * - `coverage/`: lcov, cobertura and a JSON summary, per class
 */
export function writeApexReports(options: {
    result: TestResult;
    coverage?: ApexCodeCoverageAggregate;
    reportDir: string;
    sourceDir: string;
    /** Adjusts the JUnit XML: the local runtime marks its not-run tests `<skipped>`, which apex-node omits. */
    adjustJUnit?: (xml: string, result: TestResult) => string;
}): string[] {
    const { result, coverage, reportDir, sourceDir, adjustJUnit } = options;
    fs.mkdirSync(reportDir, { recursive: true });
    const written: string[] = [];

    const junitFile = path.join(reportDir, 'junit.xml');
    const junit = new JUnitReporter().format(result);
    fs.writeFileSync(junitFile, adjustJUnit ? adjustJUnit(junit, result) : junit);
    written.push(junitFile);

    const resultFile = path.join(reportDir, 'test-result.json');
    fs.writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
    written.push(resultFile);

    if (coverage && coverage.records.length > 0) {
        const coverageDir = path.join(reportDir, 'coverage');
        // CoverageReporter needs its output folder to exist and its report options passed in full.
        fs.mkdirSync(coverageDir, { recursive: true });
        new CoverageReporter(coverage, coverageDir, sourceDir, {
            reportFormats: ['lcovonly', 'cobertura', 'json-summary', 'text-summary'],
            reportOptions: {
                lcovonly: { file: 'lcov.info', projectRoot: sourceDir },
                cobertura: { file: 'cobertura.xml', projectRoot: sourceDir },
                'json-summary': { file: 'coverage-summary.json' },
                'text-summary': { file: 'coverage-summary.txt' }
            }
        }).generateReports();
        written.push(coverageDir);
    }
    return written;
}
