/**
 * The preview's HTTP server, on localhost only:
 *
 * - `GET /` and `GET /lightning/...`: the page shell, carrying the session (the chosen user, the users to switch
 *   between); the shell routes on the path, as Lightning URLs do: `/` the Home page, `/lightning/o/Account/home`
 *   the account picker, `/lightning/r/Account/<id>/view` a record page.
 * - `GET /app.js`: the component bundle; `GET /assets/...`: SLDS styles and icons.
 * - `POST /apex/<Class>.<method>`: the real controller method, as the chosen user (see apex.ts); logged with its
 *   duration and the limits it consumed.
 * - `POST /ui/record` and `/ui/record/update`: what `lightning/uiRecordApi` needs, through Apex as the user.
 * - `GET /preview/accounts`: the sample accounts, for the account picker.
 * - `GET /preview/record/<id>`: a record's name, details and related Opportunities, for the stand-ins of the
 *   platform's own record page components (highlights, details, related lists).
 *
 * The user is a cookie (`lodestarUser`, a users.json key), set by `?user=<key>` or by the header's switcher.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { formatCall, type ApexCallOutcome } from './apex';
import type { PreviewPage } from './flexipages';
import type { PreviewOrg, PreviewUser } from './org';
import { readRecord, updateRecord } from './records';

export interface ServerOptions {
    org: PreviewOrg;
    /** The record pages and the Home page, from the FlexiPages; the shell lays each page out from these. */
    pages: PreviewPage[];
    appJs: string;
    sldsDir: string;
    port: number;
    log: (line: string) => void;
}

const USER_COOKIE = 'lodestarUser';

const CONTENT_TYPES: Record<string, string> = {
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.js': 'text/javascript; charset=utf-8'
};

/** The CSM the preview opens as, unless the person chose someone else. */
function defaultUser(users: PreviewUser[]): PreviewUser | undefined {
    return users.find((user) => user.permissionSet === 'Lodestar_CSM') ?? users[0];
}

function cookieUser(request: http.IncomingMessage, users: PreviewUser[]): PreviewUser | undefined {
    const fromUrl = new URL(request.url ?? '/', 'http://localhost').searchParams.get('user');
    const fromCookie = /(?:^|;\s*)lodestarUser=([\w-]+)/.exec(request.headers.cookie ?? '')?.[1];
    const key = fromUrl ?? fromCookie;
    return users.find((user) => user.key === key) ?? defaultUser(users);
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
}

function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
    send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(request: http.IncomingMessage): Promise<unknown> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
            try {
                const text = Buffer.concat(chunks).toString('utf8');
                resolve(text ? JSON.parse(text) : {});
            } catch (error) {
                reject(error instanceof Error ? error : new Error(String(error)));
            }
        });
        request.on('error', reject);
    });
}

function escapeScript(json: string): string {
    return json.replace(/</g, '\\u003c');
}

function pageShell(user: PreviewUser | undefined, users: PreviewUser[], pages: PreviewPage[]): string {
    const session = {
        user: user && { key: user.key, id: user.id, name: user.name, title: user.title },
        users: users.map((candidate) => ({
            key: candidate.key,
            name: candidate.name,
            title: candidate.title,
            permissionSet: candidate.permissionSet
        })),
        pages
    };
    return [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<title>Lodestar preview</title>',
        '<link rel="stylesheet" href="/assets/styles/salesforce-lightning-design-system.min.css">',
        '<style>body { background: #f3f3f3; margin: 0; }</style>',
        `<script>window.lodestarPreview = ${escapeScript(JSON.stringify(session))};</script>`,
        '</head>',
        '<body class="slds-scope">',
        '<script src="/app.js"></script>',
        '</body>',
        '</html>'
    ].join('\n');
}

export function startServer(options: ServerOptions): Promise<http.Server> {
    const { org, log } = options;
    const handle = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const user = cookieUser(request, org.users);
        if (request.method === 'GET' && (url.pathname === '/' || url.pathname.startsWith('/lightning/'))) {
            if (user) {
                response.setHeader('set-cookie', `${USER_COOKIE}=${user.key}; Path=/; SameSite=Strict`);
            }
            send(response, 200, 'text/html; charset=utf-8', pageShell(user, org.users, options.pages));
            return;
        }
        if (request.method === 'GET' && url.pathname === '/favicon.ico') {
            response.writeHead(204).end();
            return;
        }
        if (request.method === 'GET' && url.pathname === '/app.js') {
            send(response, 200, CONTENT_TYPES['.js'], options.appJs);
            return;
        }
        if (request.method === 'GET' && url.pathname.startsWith('/assets/')) {
            const file = path.resolve(options.sldsDir, `.${decodeURIComponent(url.pathname.slice('/assets'.length))}`);
            if (!file.startsWith(options.sldsDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
                send(response, 404, 'text/plain', 'not found');
                return;
            }
            response.writeHead(200, {
                'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
                'cache-control': 'max-age=3600'
            });
            fs.createReadStream(file).pipe(response);
            return;
        }
        if (request.method === 'GET' && url.pathname === '/preview/accounts') {
            sendJson(response, 200, org.accounts());
            return;
        }
        const record = /^\/preview\/record\/(\w{15,18})$/.exec(url.pathname);
        if (request.method === 'GET' && record) {
            const summary = org.record(record[1]);
            sendJson(response, summary ? 200 : 404, summary ?? { message: `No record ${record[1]}` });
            return;
        }
        const apex = /^\/apex\/(\w+)\.(\w+)$/.exec(url.pathname);
        if (request.method === 'POST' && apex) {
            const body = (await readBody(request)) as { params?: Record<string, unknown> };
            const outcome: ApexCallOutcome = org.gateway.call(apex[1], apex[2], body.params ?? {}, user);
            log(formatCall(`${apex[1]}.${apex[2]}`, user?.key ?? 'default user', outcome));
            if (outcome.ok) {
                sendJson(response, 200, { value: outcome.value });
            } else {
                sendJson(response, outcome.status, outcome.body);
            }
            return;
        }
        if (request.method === 'POST' && url.pathname === '/ui/record') {
            const body = (await readBody(request)) as Parameters<typeof readRecord>[1];
            const outcome = readRecord(org.gateway, body, user);
            log(formatCall('uiRecordApi.getRecord', user?.key ?? 'default user', outcome));
            sendJson(response, outcome.ok ? 200 : outcome.status, outcome.ok ? outcome.value : outcome.body);
            return;
        }
        if (request.method === 'POST' && url.pathname === '/ui/record/update') {
            const body = (await readBody(request)) as Parameters<typeof updateRecord>[1];
            const outcome = updateRecord(org.gateway, body, user);
            log(formatCall('uiRecordApi.updateRecord', user?.key ?? 'default user', outcome));
            sendJson(response, outcome.ok ? 200 : outcome.status, outcome.ok ? outcome.value : outcome.body);
            return;
        }
        send(response, 404, 'text/plain', 'not found');
    };
    const server = http.createServer((request, response) => {
        handle(request, response).catch((error: unknown) => {
            log(`error ${request.method} ${request.url}: ${error instanceof Error ? error.stack : String(error)}`);
            if (!response.headersSent) {
                sendJson(response, 500, { message: error instanceof Error ? error.message : String(error) });
            }
        });
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, '127.0.0.1', () => resolve(server));
    });
}

export function addressOf(server: http.Server): string {
    return `http://localhost:${(server.address() as AddressInfo).port}/`;
}
