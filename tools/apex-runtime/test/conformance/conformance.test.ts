/**
 * The conformance suite: every case in ./cases runs as anonymous Apex on a fresh runtime, one node:test test per
 * case, and must print exactly the documented debug output or throw the documented exception.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { ConformanceCase } from './case';
import { runCase } from './harness';

const casesDir = path.join(__dirname, 'cases');
const files = fs
    .readdirSync(casesDir)
    .filter((f) => f.endsWith('.js'))
    .sort();

for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { cases } = require(path.join(casesDir, file)) as { cases: ConformanceCase[] };
    describe(file.replace(/\.js$/, ''), () => {
        for (const c of cases) {
            test(c.name, () => {
                assert.ok(c.cite.trim().length > 0, 'every case cites the documented behaviour it encodes');
                assert.ok(c.debug !== undefined || c.throws !== undefined, 'every case states its expected outcome');
                const outcome = runCase(c);
                if (outcome.result.unsupported) {
                    assert.fail(outcome.result.unsupported.message);
                }
                if (c.throws) {
                    assert.ok(
                        outcome.thrown,
                        `expected ${c.throws.type} to be thrown; debug output: ${JSON.stringify(outcome.debug)}`
                    );
                    assert.equal(outcome.thrown.type, c.throws.type);
                    if (c.throws.message !== undefined) {
                        assert.equal(outcome.thrown.message, c.throws.message);
                    }
                } else {
                    assert.equal(
                        outcome.thrown,
                        null,
                        `unexpected ${outcome.thrown?.type}: ${outcome.thrown?.message}`
                    );
                }
                if (c.debug) {
                    assert.deepEqual(outcome.debug, c.debug);
                }
            });
        }
    });
}
