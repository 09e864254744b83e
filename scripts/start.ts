/**
 * `npm start`: the local preview of Lodestar on an embedded sample org. `npm run build` has compiled the
 * components; this bundles them, loads the sample org into the local Apex runtime and serves the pages on
 * localhost (port `PORT`, default 3000; `PORT=0` picks a free one).
 */
import * as path from 'node:path';
import { fromRoot, repoRoot } from './lib/paths';
import { startPreview } from './preview/preview';

async function main(): Promise<void> {
    const port = Number(process.env.PORT ?? 3000);
    const preview = await startPreview({
        projectRoot: repoRoot,
        plan: fromRoot('dev', 'data', 'sample-plan.json'),
        port,
        log: (line) => console.log(line)
    });
    console.log(`\nLodestar preview (${path.relative(process.cwd(), repoRoot) || '.'}): ${preview.address}`);
    console.log('Open it in a browser; Ctrl+C stops the server.');
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
});
