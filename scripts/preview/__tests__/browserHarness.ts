/**
 * What every browser test file of the preview shares: the real app served by `startPreview` on a free port, and
 * Debian's Chromium driven by playwright-core (headless; no browser is ever downloaded). Without /usr/bin/chromium
 * the tests are reported as skipped ("not run"), never as passed. Screenshots go to `screenshots/` (ignored by git),
 * one or more of every page, named by page and user (see `screenshot`).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fromRoot, repoRoot } from '../../lib/paths';
import type { PreviewUser } from '../org';
import { startPreview, type RunningPreview } from '../preview';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = fromRoot('screenshots');
export const skip = fs.existsSync(CHROMIUM) ? false : `not run: no Chromium at ${CHROMIUM} (apt-get install chromium)`;

/** The headless flags TOOLCHAIN.md records for Debian's Chromium. */
const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
];

export interface BrowserSession {
    preview?: RunningPreview;
    browser?: Browser;
    /** Every line the server logged (one per Apex call), for assertions on what a page called. */
    serverLog: string[];
}

/** Starts the preview on the sample org and Chromium before the file's tests, and stops both after them. */
export function useBrowserPreview(): BrowserSession {
    const session: BrowserSession = { serverLog: [] };
    before(async () => {
        if (skip) {
            return;
        }
        session.preview = await startPreview({
            projectRoot: repoRoot,
            plan: fromRoot('dev', 'data', 'sample-plan.json'),
            port: 0,
            log: (line) => session.serverLog.push(line)
        });
        session.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
        fs.mkdirSync(SCREENSHOTS, { recursive: true });
    });
    after(async () => {
        await session.browser?.close();
        await session.preview?.close();
    });
    return session;
}

export interface OpenedPage {
    page: Page;
    /** The page's console errors, uncaught errors and failed requests, so a failure can say what went wrong. */
    problems: string[];
    /** The Apex calls the server logged since the page was opened, at the time of asking. */
    apexCalls: () => string[];
}

/**
 * Opens `urlPath` (relative to the preview's address, with its query, e.g. `lightning/n/Lodestar_Setup?user=...`)
 * in a new page of the given size, collecting its problems and the Apex calls it makes.
 */
export async function openPage(
    session: BrowserSession,
    urlPath: string,
    viewport = { width: 1280, height: 900 }
): Promise<OpenedPage> {
    const page = await session.browser!.newPage({ viewport });
    const problems: string[] = [];
    page.on('response', (response) => {
        if (response.status() >= 400) {
            problems.push(`${response.status()} ${response.url()}`);
        }
    });
    page.on('console', (message) => {
        // A failed request is reported above, with its address.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
            problems.push(`console: ${message.text()}`);
        }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    const logged = session.serverLog.length;
    await page.goto(`${session.preview!.address}${urlPath}`);
    return {
        page,
        problems,
        apexCalls: () => session.serverLog.slice(logged).filter((line) => line.startsWith('apex '))
    };
}

/** The sample org's first user with the persona permission set. */
export function userWith(session: BrowserSession, permissionSet: string): PreviewUser {
    const user = session.preview!.org.users.find((candidate) => candidate.permissionSet === permissionSet);
    assert.ok(user, `the sample data has a user with ${permissionSet}`);
    return user;
}

/** The performance rule of every page: it renders with at least one and at most 3 Apex calls. */
export function assertFewCalls(calls: string[]): void {
    assert.ok(
        calls.length >= 1 && calls.length <= 3,
        `no page makes more than 3 Apex calls to render:\n${calls.join('\n')}`
    );
}

/** The preview's pages, as screenshots name them. */
export type PreviewPageName = 'home' | 'account-picker' | 'account-record' | 'opportunity-record' | 'setup';

/**
 * Saves what `page` shows to `screenshots/<page>--<user key>[--<state>].png` (`account-record--csm-maria-okafor.png`,
 * `opportunity-record--ae-olivia-grant--red-account.png`), so each page can be looked at as each user saw it.
 */
export async function screenshot(
    page: Page,
    pageName: PreviewPageName,
    userKey: string,
    state?: string,
    fullPage = true
): Promise<string> {
    const file = path.join(SCREENSHOTS, `${[pageName, userKey, state].filter(Boolean).join('--')}.png`);
    await page.screenshot({ path: file, fullPage });
    return file;
}
