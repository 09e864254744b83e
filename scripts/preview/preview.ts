/**
 * Starts the preview: the sample org and the component bundle (built side by side, the bundle on a worker thread
 * when it must be built), then the server.
 * Used by `npm start` and by the browser tests, which start it on a free port.
 */
import type * as http from 'node:http';
import * as path from 'node:path';
import { sourceDirs } from '../lib/metadata';
import { bundleAppAside } from './bundle';
import { loadPages } from './flexipages';
import { loadPreviewOrg, projectSurface, type PreviewOrg } from './org';
import { addressOf, startServer } from './server';

export interface PreviewOptions {
    projectRoot: string;
    plan: string;
    /** 0 picks a free port. */
    port: number;
    log: (line: string) => void;
}

export interface RunningPreview {
    address: string;
    org: PreviewOrg;
    server: http.Server;
    close(): Promise<void>;
}

export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
    const { log } = options;
    const started = Date.now();
    const surface = projectSurface(options.projectRoot);
    const pages = loadPages(sourceDirs(options.projectRoot));
    // A bundle to build is built on a worker thread while the org loads here.
    const bundling = bundleAppAside(options.projectRoot, surface.methods, pages);
    // If the org fails to load, the bundle's outcome no longer matters.
    bundling.catch(() => undefined);
    const org = loadPreviewOrg(options.projectRoot, options.plan, surface);
    org.notes.forEach((note) => log(`org: ${note}`));
    log(`org: ${org.users.length} users to switch between (${org.users.map((user) => user.key).join(', ')})`);
    log(
        `pages: ${pages.map((page) => `${page.objectApiName || page.type} (${page.name}: ${page.regions.flatMap((region) => region.items.filter((item) => item.tag).map((item) => item.tag)).join(', ')})`).join('; ')}`
    );
    const bundle = await bundling;
    log(
        `bundle: ${bundle.components} Lodestar component(s), ${Math.round(bundle.code.length / 1024)} KB in ${bundle.millis} ms${bundle.cached ? ' (unchanged since the last start)' : ''}`
    );
    const sldsDir = path.join(
        path.dirname(require.resolve('@salesforce-ux/design-system/package.json', { paths: [options.projectRoot] })),
        'assets'
    );
    const server = await startServer({ org, pages, appJs: bundle.code, sldsDir, port: options.port, log });
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return {
        address: addressOf(server),
        org,
        server,
        close: () =>
            new Promise((resolve, reject) => {
                server.close((error) => (error ? reject(error) : resolve()));
                server.closeAllConnections();
            })
    };
}
