/**
 * Browser tests of the preview's setup page (`/lightning/n/Lodestar_Setup`, the Lodestar_Setup FlexiPage behind its
 * tab), with the set-up of browserHarness.ts: an admin edits a factor weight and sees the what-if's draft distribution
 * move; a CSM, whose permission set does not show the tab, is refused.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openPage, screenshot, skip, useBrowserPreview, userWith } from './browserHarness';

const session = useBrowserPreview();

/** The setup page is wide: the editor beside the job monitor and the backtest. */
const VIEWPORT = { width: 1440, height: 900 };

function userKeyWith(permissionSet: string): string {
    return userWith(session, permissionSet).key;
}

interface BucketCounts {
    bucket: string;
    stored: number;
    draft: number;
}

/** The what-if's distribution table, as the page shows it. */
async function distribution(page: Page): Promise<BucketCounts[]> {
    return page.locator('c-health-model-editor [data-id="distribution"] tbody tr').evaluateAll((rows) =>
        rows.map((row) => ({
            bucket: row.getAttribute('data-bucket') ?? '',
            stored: Number(row.querySelector('[data-id="stored-count"]')?.textContent?.trim()),
            draft: Number(row.querySelector('[data-id="draft-count"]')?.textContent?.trim())
        }))
    );
}

/** How far the factor table reaches past the editor: 0 or less when every column and button shows without scrolling. */
async function factorTableOverflow(page: Page): Promise<number> {
    const editor = page.locator('c-health-model-editor');
    const table = editor.locator('[data-id="factors"]');
    const scrolled = await table.evaluate((element) => element.scrollWidth - element.clientWidth);
    const [tableBox, editorBox] = await Promise.all([table.boundingBox(), editor.boundingBox()]);
    assert.ok(tableBox && editorBox, 'the editor shows its factor table');
    return Math.max(scrolled, tableBox.x + tableBox.width - (editorBox.x + editorBox.width));
}

function total(counts: BucketCounts[], side: 'stored' | 'draft'): number {
    return counts.reduce((sum, count) => sum + count[side], 0);
}

test('an admin changes a factor weight, runs the what-if, and sees the draft distribution move', { skip }, async () => {
    const admin = userKeyWith('Lodestar_Admin');
    const { page, problems, apexCalls } = await openPage(session, `lightning/n/Lodestar_Setup?user=${admin}`, VIEWPORT);
    const editor = page.locator('c-health-model-editor');
    await editor.locator('[data-id="form"], [data-id="error"], [data-id="empty"]').first().waitFor({ timeout: 30_000 });
    assert.equal(
        await editor.locator('[data-id="form"]').count(),
        1,
        `the editor shows a model, not: ${await editor.innerText()}\n${problems.join('\n')}`
    );
    assert.equal(
        (await page.locator('[data-id="nav-Lodestar_Setup"]').textContent())?.trim(),
        'Lodestar Setup',
        'the header links the tab the admin may see'
    );
    // The sidebar: the nightly job as the sample org's night left it, and the backtest over its history.
    const monitor = page.locator('c-health-job-monitor');
    await monitor.locator('[data-id="last-run"], [data-id="never-run"], [data-id="error"]').first().waitFor({
        timeout: 30_000
    });
    assert.equal(await monitor.locator('[data-id="last-run"]').count(), 1, await monitor.innerText());
    assert.match(await monitor.locator('[data-id="last-run"]').innerText(), /Completed/);
    assert.equal(
        await monitor.locator('[data-id="schedule-toggle"] input').isChecked(),
        true,
        'scheduled, as the install handler leaves it'
    );
    const backtest = page.locator('c-health-backtest');
    await backtest.locator('[data-id="figures"], [data-id="not-enough"], [data-id="error"]').first().waitFor({
        timeout: 30_000
    });
    assert.equal(await backtest.locator('[data-id="figures"]').count(), 1, await backtest.innerText());
    const auc = Number((await backtest.locator('[data-id="auc"]').innerText()).trim());
    assert.ok(auc > 0.5 && auc < 1, `the score predicts churn better than chance: AUC ${auc}`);

    const renderCalls = apexCalls();
    assert.deepEqual(
        renderCalls.map((line) => /^apex (\S+) as/.exec(line)?.[1]).sort(),
        [
            'HealthJobAdminController.getJobStatus',
            'HealthModelAdminController.getBacktest',
            'HealthModelAdminController.getModelSetup'
        ],
        `one Apex call per component renders the page, three in all:\n${renderCalls.join('\n')}`
    );

    // The what-if of the model as saved: the baseline.
    const run = editor.getByRole('button', { name: 'Run what-if' });
    await run.click();
    await editor.locator('[data-id="distribution"]').waitFor({ timeout: 60_000 });
    const before = await distribution(page);
    const sampled = Number(/\d+/.exec((await editor.locator('[data-id="sampled"]').textContent()) ?? '')?.[0]);
    assert.ok(sampled > 0, `the what-if sampled accounts: ${sampled}`);
    assert.equal(total(before, 'draft'), sampled, `every sampled account is in one bucket: ${JSON.stringify(before)}`);
    assert.equal(total(before, 'stored'), sampled, 'and counted once as stored');

    // One factor outweighs all the others: the score becomes that factor's, so accounts change band.
    const factor = ((await editor.locator('[data-id="factor-name"]').first().textContent()) ?? '').trim();
    const weight = editor.getByLabel(`Weight of ${factor}`, { exact: true });
    const oldWeight = Number(await weight.inputValue());
    await weight.fill(String(oldWeight * 1000));
    await editor.locator('[data-id="what-if-stale"]').waitFor({ timeout: 10_000 });
    await editor.locator('[data-id="no-problems"], [data-id="problems"]').first().waitFor({ timeout: 20_000 });
    assert.equal(
        await editor.locator('[data-id="problems"]').count(),
        0,
        `the heavier weight is valid: ${await editor.locator('[data-id="checks"]').innerText()}`
    );
    await run.click();
    await editor.locator('[data-id="what-if-stale"]').waitFor({ state: 'detached', timeout: 60_000 });
    const after = await distribution(page);
    await screenshot(page, 'setup', admin, 'what-if');
    // The factor table fits the main column, a heavy weight included, from 1440 px down to 1280 px.
    assert.ok(
        (await factorTableOverflow(page)) <= 0,
        `the factor table fits at 1440 px: ${await factorTableOverflow(page)}`
    );
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.ok(
        (await factorTableOverflow(page)) <= 0,
        `the factor table fits at 1280 px: ${await factorTableOverflow(page)}`
    );
    await screenshot(page, 'setup', admin, 'what-if-1280');
    await page.setViewportSize(VIEWPORT);

    assert.equal(total(after, 'draft'), sampled, 'the same sample');
    assert.deepEqual(
        after.map(({ bucket, stored }) => ({ bucket, stored })),
        before.map(({ bucket, stored }) => ({ bucket, stored })),
        'the stored distribution does not change: nothing was saved'
    );
    const draftBefore = new Map(before.map((count) => [count.bucket, count.draft]));
    const moved = after.filter((count) => count.draft !== (draftBefore.get(count.bucket) ?? 0));
    assert.ok(
        moved.length > 0,
        `weighting ${factor} ×1000 moves the draft distribution: before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`
    );
    const chartLabel = (await editor.locator('[data-id="chart"]').getAttribute('aria-label')) ?? '';
    for (const count of after) {
        assert.ok(chartLabel.includes(`${count.draft} with the draft`), `the chart reads out ${count.bucket}`);
    }
    assert.ok(
        session.serverLog.some((line) => line.startsWith(`apex HealthModelAdminController.previewModel as ${admin}:`)),
        'the what-if ran as the admin'
    );
    assert.deepEqual(problems, []);
    await page.close();
});

test('a CSM opening the setup page is refused, with no Apex call and no link to it', { skip }, async () => {
    const csm = userKeyWith('Lodestar_CSM');
    const { page, problems, apexCalls } = await openPage(session, `lightning/n/Lodestar_Setup?user=${csm}`, VIEWPORT);
    const refusal = page.locator('[data-id="no-access"]');
    await refusal.waitFor({ timeout: 20_000 });
    await screenshot(page, 'setup', csm, 'refused');

    assert.match(await refusal.innerText(), /No access to Lodestar Setup/);
    assert.match(await refusal.innerText(), /Admin/, 'the refusal says who may open it');
    assert.equal(await page.locator('c-health-model-editor').count(), 0, 'no editor');
    assert.equal(await page.locator('[data-id="nav-Lodestar_Setup"]').count(), 0, 'no link in the header');
    assert.ok(
        !apexCalls().some((line) => line.startsWith('apex HealthModelAdminController.')),
        'no setup call was made'
    );
    assert.deepEqual(problems, []);
    await page.close();
});
