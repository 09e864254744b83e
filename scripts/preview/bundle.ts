/**
 * Bundles the real Lightning web components for the browser: rollup with `@lwc/rollup-plugin`, the npm
 * `lightning-base-components`, and local stand-ins for the platform's `@salesforce/*` modules and the three
 * `lightning/*` modules that need a server (navigation, toast, record data).
 *
 * - `c/<name>`: every component under the package directories, from the `.js` that tsc wrote beside each `.ts`.
 * - `preview/<name>`: the preview's own shell and adapters, under `scripts/preview/lwc` (compiled the same way).
 * - `preview/registry`: generated; the `c/*` components the record pages (FlexiPages) place, by name, so the shell
 *   can mount each page's components.
 * - `@salesforce/apex/Class.method`: a client that POSTs to the preview server, callable and usable with @wire.
 * - `@salesforce/label/c.Name`: the Custom Label's value; `@salesforce/schema/Object.Field`: a field reference.
 * - `@salesforce/user/Id` and friends: the chosen user, from the page the server renders.
 * - other `@salesforce/*` modules the base components import: the stand-ins lightning-base-components ships.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Plugin } from 'rollup';
import { listFiles } from '../lib/paths';
import { loadLabels, sourceDirs } from '../lib/metadata';
import type { AuraMethod } from '../typegen/apex-signatures';
import type { PreviewPage } from './flexipages';

const VIRTUAL = '\0preview:';
const ENTRY = `${VIRTUAL}entry`;

/** Module records (absolute paths, as the resolver needs) for each component folder with a compiled `.js`. */
function componentRecords(dirs: string[], namespace: string): { name: string; path: string }[] {
    return dirs
        .flatMap((dir) => listFiles(dir, ['.js']))
        .filter((file) => path.basename(file, '.js') === path.basename(path.dirname(file)))
        .filter((file) => path.basename(path.dirname(path.dirname(file))) === 'lwc')
        .map((file) => ({ name: `${namespace}/${path.basename(file, '.js')}`, path: path.resolve(file) }));
}

/**
 * Feature gates of the base components that the preview keeps closed. The npm package's stand-in opens every gate,
 * but element internals (`attachInternals`) throw under synthetic shadow, which Lightning Experience and this
 * preview run, so the combobox would render nothing.
 */
const CLOSED_GATES = new Set(['bc.260.enableComboboxElementInternals']);

/** `@salesforce/user/<name>`: the modules this preview answers, from the session the page carries. */
const USER_FIELDS: Record<string, string> = { Id: 'id' };

interface ModuleInputs {
    labels: Map<string, string>;
    methods: AuraMethod[];
    /** The `c/*` modules the record pages place. */
    placed: string[];
}

function moduleSource(id: string, { labels, methods, placed }: ModuleInputs): string | undefined {
    if (id === 'entry') {
        return [
            // Synthetic shadow first, so SLDS's global styles reach into the components, as in Lightning.
            "import '@lwc/synthetic-shadow';",
            "import { createElement } from 'lwc';",
            "import App from 'preview/app';",
            "document.body.appendChild(createElement('preview-app', { is: App }));"
        ].join('\n');
    }
    if (id === 'preview/registry') {
        return [
            ...placed.map((module, index) => `import component${index} from '${module}';`),
            `export default { ${placed.map((module, index) => `${JSON.stringify(module)}: component${index}`).join(', ')} };`
        ].join('\n');
    }
    if (id === '@salesforce/apex') {
        return "export { refreshApex, getSObjectValue } from 'preview/apex';";
    }
    const apex = /^@salesforce\/apex\/(\w+)\.(\w+)$/.exec(id);
    if (apex) {
        const method = methods.find(
            (candidate) =>
                candidate.className.toLowerCase() === apex[1].toLowerCase() &&
                candidate.name.toLowerCase() === apex[2].toLowerCase()
        );
        // An unknown method fails when called, as in an org where the class was deleted after the bundle.
        return [
            "import { apexMethod } from 'preview/apex';",
            `export default apexMethod(${JSON.stringify(apex[1])}, ${JSON.stringify(apex[2])}, ${method?.cacheable === true});`
        ].join('\n');
    }
    const label = /^@salesforce\/label\/c\.(\w+)$/.exec(id);
    if (label) {
        const value = labels.get(label[1]);
        return `export default ${JSON.stringify(value ?? `[missing label: ${label[1]}]`)};`;
    }
    const schema = /^@salesforce\/schema\/(\w+)(?:\.([\w.]+))?$/.exec(id);
    if (schema) {
        return schema[2]
            ? `export default ${JSON.stringify({ objectApiName: schema[1], fieldApiName: schema[2] })};`
            : `export default ${JSON.stringify({ objectApiName: schema[1] })};`;
    }
    const gate = /^@salesforce\/gate\/(.+)$/.exec(id);
    if (gate && CLOSED_GATES.has(gate[1])) {
        return 'export default { isOpen: () => false };';
    }
    const user = /^@salesforce\/user\/(\w+)$/.exec(id);
    if (user && USER_FIELDS[user[1]]) {
        return `export default window.lodestarPreview.user.${USER_FIELDS[user[1]]};`;
    }
    return undefined;
}

/** The preview's own answers to platform modules; runs before the LWC plugin so it wins. */
function platformModules(inputs: ModuleInputs, scopedImports: string): Plugin {
    const localAdapters: Record<string, string> = {
        'lightning/navigation': 'preview/navigation',
        'lightning/platformShowToastEvent': 'preview/toast',
        'lightning/uiRecordApi': 'preview/uiRecordApi'
    };
    return {
        name: 'lodestar-preview-platform',
        async resolveId(source, importer) {
            if (source === ENTRY) {
                return ENTRY;
            }
            const adapter = localAdapters[source];
            if (adapter) {
                return this.resolve(adapter, importer, { skipSelf: true });
            }
            if (moduleSource(source, inputs) !== undefined) {
                return `${VIRTUAL}${source}`;
            }
            if (source.startsWith('@salesforce/')) {
                // lightning-base-components ships stand-ins for the i18n, label and client modules it imports.
                const file = path.join(scopedImports, `${source.replace(/\//g, '-')}.js`);
                if (fs.existsSync(file)) {
                    return file;
                }
            }
            return null;
        },
        load(id) {
            return id.startsWith(VIRTUAL) ? moduleSource(id.slice(VIRTUAL.length), inputs) : null;
        }
    };
}

/** The values the platform's build sets: a browser build, not SSR. */
function browserConstants(): Plugin {
    return {
        name: 'lodestar-preview-constants',
        transform(code) {
            if (!code.includes('import.meta.env.SSR') && !code.includes('process.env.NODE_ENV')) {
                return null;
            }
            return {
                code: code
                    .replace(/import\.meta\.env\.SSR/g, 'false')
                    .replace(/process\.env\.NODE_ENV/g, JSON.stringify('production')),
                map: null
            };
        }
    };
}

export interface BundleResult {
    code: string;
    components: number;
    millis: number;
    /** true when an earlier start's bundle of the same inputs was reused. */
    cached: boolean;
}

/**
 * A digest of everything the bundle is made from: component sources, labels, Apex method signatures, the
 * installed packages and this bundler. The same digest means the same bundle, so a warm start skips rollup.
 */
function inputsDigest(projectRoot: string, dirs: string[], methods: AuraMethod[], placed: string[]): string {
    const hash = crypto.createHash('sha256');
    const files = [
        ...[...dirs, path.join(projectRoot, 'scripts', 'preview', 'lwc')].flatMap((dir) =>
            listFiles(dir, ['.js', '.html', '.css', '.labels-meta.xml']).filter(
                (file) => file.includes(`${path.sep}lwc${path.sep}`) || file.endsWith('.labels-meta.xml')
            )
        ),
        path.join(projectRoot, 'package-lock.json'),
        __filename
    ];
    for (const file of files) {
        hash.update(file).update('\0').update(fs.readFileSync(file)).update('\0');
    }
    hash.update(JSON.stringify(methods.map((method) => [method.className, method.name, method.cacheable])));
    hash.update(JSON.stringify(placed));
    return hash.digest('hex').slice(0, 16);
}

interface BundlePlan {
    dirs: string[];
    placed: string[];
    cacheDir: string;
    cacheFile: string;
}

function planBundle(projectRoot: string, methods: AuraMethod[], pages: PreviewPage[]): BundlePlan {
    const dirs = sourceDirs(projectRoot);
    const placed = [
        ...new Set(
            pages.flatMap((page) => page.regions.flatMap((region) => region.items.flatMap((item) => item.module ?? [])))
        )
    ].sort();
    const cacheDir = path.join(projectRoot, '.preview');
    const cacheFile = path.join(cacheDir, `app.${inputsDigest(projectRoot, dirs, methods, placed)}.js`);
    return { dirs, placed, cacheDir, cacheFile };
}

export async function bundleApp(
    projectRoot: string,
    methods: AuraMethod[],
    pages: PreviewPage[]
): Promise<BundleResult> {
    const started = Date.now();
    const { dirs, placed, cacheDir, cacheFile } = planBundle(projectRoot, methods, pages);
    const components = componentRecords(dirs, 'c').length;
    if (fs.existsSync(cacheFile)) {
        return { code: fs.readFileSync(cacheFile, 'utf8'), components, millis: Date.now() - started, cached: true };
    }
    const records = [
        ...componentRecords(dirs, 'c'),
        ...componentRecords([path.join(projectRoot, 'scripts', 'preview', 'lwc')], 'preview')
    ];
    const labels = new Map(loadLabels(dirs).map((label) => [label.name, label.value]));
    const lbc = path.dirname(require.resolve('lightning-base-components/package.json', { paths: [projectRoot] }));
    // Loaded only when the bundle must be built: rollup and the LWC compiler take seconds to load.
    const { rollup } = await import('rollup');
    const { default: lwc } = await import('@lwc/rollup-plugin');
    const bundle = await rollup({
        input: ENTRY,
        plugins: [
            platformModules({ labels, methods, placed }, path.join(lbc, 'scopedImports')),
            browserConstants(),
            lwc({
                rootDir: projectRoot,
                modules: [...records, { npm: 'lightning-base-components' }],
                enableDynamicComponents: false
            })
        ],
        onwarn(warning, warn) {
            // The base components' own templates and helpers trip warnings (duplicate slots in exclusive branches,
            // circular imports) that are theirs, not ours.
            if (
                !(warning.id ?? '').includes(`${path.sep}lightning-base-components${path.sep}`) &&
                warning.code !== 'CIRCULAR_DEPENDENCY'
            ) {
                warn(warning);
            }
        }
    });
    const { output } = await bundle.generate({ format: 'iife', inlineDynamicImports: true, sourcemap: false });
    await bundle.close();
    fs.rmSync(cacheDir, { recursive: true, force: true });
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.writeFileSync(cacheFile, output[0].code);
    return { code: output[0].code, components, millis: Date.now() - started, cached: false };
}

/**
 * The bundle, built on a worker thread when it must be built (rollup and the LWC compiler take tens of seconds on a
 * first start), so the caller can load the org meanwhile; an unchanged bundle is read here, without a worker.
 */
export function bundleAppAside(
    projectRoot: string,
    methods: AuraMethod[],
    pages: PreviewPage[]
): Promise<BundleResult> {
    const started = Date.now();
    const { dirs, cacheFile } = planBundle(projectRoot, methods, pages);
    if (fs.existsSync(cacheFile)) {
        const components = componentRecords(dirs, 'c').length;
        return Promise.resolve({
            code: fs.readFileSync(cacheFile, 'utf8'),
            components,
            millis: Date.now() - started,
            cached: true
        });
    }
    return new Promise((resolve, reject) => {
        const worker = new Worker(__filename, { workerData: { lodestarBundle: { projectRoot, methods, pages } } });
        worker.once('message', (message: { result?: BundleResult; error?: string }) =>
            message.result ? resolve(message.result) : reject(new Error(message.error))
        );
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the bundle's worker stopped (exit ${code})`)));
    });
}

interface BundleJob {
    projectRoot: string;
    methods: AuraMethod[];
    pages: PreviewPage[];
}

const job = isMainThread ? undefined : (workerData as { lodestarBundle?: BundleJob } | undefined)?.lodestarBundle;
if (job) {
    bundleApp(job.projectRoot, job.methods, job.pages).then(
        (result) => parentPort?.postMessage({ result }),
        (error: unknown) =>
            parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
    );
}
