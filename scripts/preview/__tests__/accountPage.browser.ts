/**
 * Browser tests of the preview's CSM home, account picker and health card, with the set-up of browserHarness.ts
 * (the real app on a free port, Debian's Chromium, skipped as "not run" without it).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { assertFewCalls, openPage, screenshot, skip, useBrowserPreview, userWith } from './browserHarness';

const session = useBrowserPreview();

const VIEWPORT = { width: 1280, height: 800 };

function csm(): { key: string; accountId: string } {
    const user = userWith(session, 'Lodestar_CSM');
    const account = session
        .preview!.org.accounts()
        .find((row) => row.Csm__r?.Name === user.name && typeof row.HealthScore__c === 'number');
    assert.ok(
        account,
        `${user.name} manages a scored account (${session.serverLog.filter((line) => line.includes('scor')).join('; ')})`
    );
    return { key: user.key, accountId: account.Id };
}

test('the account picker lists the sample accounts', { skip }, async () => {
    const { page, problems } = await openPage(session, 'lightning/o/Account/home?user=admin-ravi-menon', VIEWPORT);
    const rows = page.locator('[data-id="accounts"] tbody tr');
    await rows.first().waitFor({ timeout: 20_000 });
    assert.ok((await rows.count()) >= 100, 'the picker lists the sample accounts');
    // The picker's first screen: the list runs to hundreds of rows.
    await screenshot(page, 'account-picker', 'admin-ravi-menon', undefined, false);
    assert.deepEqual(problems, []);
    await page.close();
});

test('a CSM sees the health card on an Account page: score and band', { skip }, async () => {
    const { key, accountId } = csm();
    const { page, problems, apexCalls } = await openPage(
        session,
        `lightning/r/Account/${accountId}/view?user=${key}`,
        VIEWPORT
    );
    const card = page.locator('c-health-card');
    const outcome = card.locator('[data-id="ring"], [data-id="error"], [data-id="not-scored"], [data-id="no-access"]');
    await outcome.first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'account-record', key);
    const ring = card.locator('[data-id="ring"]');
    assert.equal(
        await ring.count(),
        1,
        `the card shows a score, not: ${await card.innerText()}\n${problems.join('\n')}`
    );
    const score = Number((await ring.locator('text').textContent())?.trim());
    assert.ok(score >= 0 && score <= 100, `a score from 0 to 100, got ${score}`);
    // The band badge is a component of its own: its rendered text, not the host's light DOM text.
    const band = (await card.locator('[data-id="band"]').innerText()).trim();
    assert.match(band, /^(Red|Yellow|Green)$/);
    assert.ok(
        session.serverLog.some((line) => line.startsWith('apex AccountHealthController.getAccountHealth as ' + key)),
        'the server logged the Apex call'
    );
    assertFewCalls(apexCalls());
    assert.deepEqual(problems, []);
    await page.close();
});

test('the header switches user, and the Apex calls then run as that user', { skip }, async () => {
    const { key, accountId } = csm();
    const rep = userWith(session, 'Lodestar_Sales');
    const { page, problems } = await openPage(session, `lightning/r/Account/${accountId}/view?user=${key}`, VIEWPORT);
    const switcher = page.locator('[data-id="user-switch"]');
    await switcher.waitFor({ timeout: 20_000 });
    await Promise.all([page.waitForEvent('load'), switcher.selectOption(rep.key)]);
    await page
        .locator('c-health-card [data-id="ring"], c-health-card [data-id="no-access"]')
        .first()
        .waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('[data-id="user-switch"]').inputValue(), rep.key);
    assert.ok(
        session.serverLog.some((line) =>
            line.startsWith(`apex AccountHealthController.getAccountHealth as ${rep.key}:`)
        ),
        `the card's Apex call ran as ${rep.key}`
    );
    await screenshot(page, 'account-record', rep.key, 'switched-from-csm');
    assert.deepEqual(problems, []);
    await page.close();
});

test('Open the CSM home as a CSM: the ranked accounts show, with bands', { skip }, async () => {
    const { key } = csm();
    const user = session.preview!.org.users.find((candidate) => candidate.key === key)!;
    const book = new Map(
        session
            .preview!.org.accounts()
            // The home ranks the live book; churned accounts are listed only under the Churned stage.
            .filter((row) => row.Csm__r?.Name === user.name && row.LifecycleStage__c !== 'Churned')
            .map((row) => [row.Name, row])
    );
    const { page, problems, apexCalls } = await openPage(session, `?user=${key}`, VIEWPORT);
    const portfolio = page.locator('c-csm-portfolio');
    await portfolio
        .locator('[data-id="account-row"], [data-id="error"], [data-id="no-access"], [data-id="empty-book"]')
        .first()
        .waitFor({ timeout: 20_000 });
    await screenshot(page, 'home', key);
    const rows = portfolio.locator('[data-id="account-row"]');
    assert.ok(
        (await rows.count()) > 0,
        `the home lists ${user.name}'s accounts, not: ${await portfolio.innerText()}\n${problems.join('\n')}`
    );
    assert.equal(await rows.count(), Math.min(book.size, 25), `the first page of ${user.name}'s ${book.size} accounts`);
    // The band badge is a component of its own: its text as rendered, its colour from the pill in its shadow root
    // (CSS locators pierce open shadow roots).
    const shown: { name: string; band: string; bandClass: string }[] = [];
    for (const row of await rows.all()) {
        const badge = row.locator('c-band-badge');
        shown.push({
            name: (await row.locator('th a').innerText()).trim(),
            band: (await badge.innerText()).trim(),
            bandClass: (await badge.locator('.band-badge').getAttribute('class')) ?? ''
        });
    }
    for (const row of shown) {
        assert.ok(book.has(row.name), `${row.name} is one of ${user.name}'s accounts`);
        assert.match(row.bandClass, /band-badge_(red|yellow|green|none)/, `${row.name} has a band badge`);
        assert.ok(row.band.length > 0, `${row.name}'s badge names its band`);
    }
    const bands = shown.map((row) => /band-badge_(\w+)/.exec(row.bandClass)?.[1]);
    const lastRed = bands.lastIndexOf('red');
    const firstGreen = bands.indexOf('green');
    assert.ok(lastRed >= 0, `the sample CSM has a Red account on the first page: ${bands.join(', ')}`);
    assert.ok(firstGreen < 0 || lastRed < firstGreen, `Red accounts come before Green ones: ${bands.join(', ')}`);
    const renderCalls = apexCalls();
    assert.ok(
        renderCalls.some((line) => line.startsWith(`apex PortfolioController.getPortfolio as ${key}:`)),
        `the portfolio's Apex call ran as ${key}:\n${renderCalls.join('\n')}`
    );
    assertFewCalls(renderCalls);
    assert.deepEqual(problems, []);

    // The same call brings the QBRs due: the CSM's own accounts, each with when its review is due.
    const reviews = portfolio.locator('[data-id="review-due"]');
    assert.ok(
        (await reviews.count()) > 0,
        `${user.name} has QBRs due in the sample data, not: ${await portfolio.locator('[data-id="reviews"]').innerText()}`
    );
    const due = await reviews.evaluateAll((items) =>
        items.map((item) => ({
            name: item.querySelector('a')?.textContent?.trim() ?? '',
            when: item.querySelector('p')?.textContent?.trim() ?? ''
        }))
    );
    for (const review of due) {
        assert.ok(book.has(review.name), `${review.name} is one of ${user.name}'s accounts`);
        assert.match(
            review.when,
            /^(Due |Overdue since |(QBR|EBR|Monthly) planned for )/,
            `${review.name}: ${review.when}`
        );
    }
    const meter = portfolio.locator('[data-id="capacity-meter"]');
    assert.equal(await meter.getAttribute('aria-label'), 'Book ARR against the ARR one CSM can carry');
    assert.equal(
        (await portfolio.locator('[data-id="capacity-accounts"]').textContent())?.trim(),
        String(book.size),
        'the capacity counts the whole book'
    );

    // lightning/navigation from the portfolio lands on the preview's Account page.
    const first = book.get(shown[0].name)!;
    await rows.first().locator('th a').click();
    await page.waitForURL(`**/lightning/r/Account/${first.Id}/view`);
    await page
        .locator('c-health-card [data-id="ring"], c-health-card [data-id="not-scored"]')
        .first()
        .waitFor({ timeout: 20_000 });
    assert.equal((await page.locator('[data-id="record-name"]').textContent())?.trim(), first.Name);
    assert.deepEqual(problems, []);
    await page.close();
});
