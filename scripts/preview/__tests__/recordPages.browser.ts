/**
 * Browser tests of the record pages the preview lays out from the FlexiPages: the Account page (health card and
 * expansion panel) and the Opportunity page (expansion panel), as a sales rep and as a CSM, with the set-up of
 * browserHarness.ts. Each page must render with at most 3 Apex calls.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
    assertFewCalls,
    openPage,
    screenshot,
    skip,
    useBrowserPreview,
    userWith,
    type OpenedPage
} from './browserHarness';
import type { PreviewAccount, PreviewUser } from '../org';

/** The sample org's fixed example of issue 8: 47 of its 50 seats active in the latest period. */
const SHOWCASE_ACCOUNT = 'Cypress Energy';
const WAIT = { timeout: 30_000 };
const session = useBrowserPreview();

/** A page as `user`, with its problems and Apex calls collected. */
function openAs(urlPath: string, user: PreviewUser): Promise<OpenedPage> {
    return openPage(session, `${urlPath}?user=${user.key}`);
}

/** An open Opportunity of the account. */
function openOpportunityOf(account: PreviewAccount): string {
    const opportunity = session
        .preview!.org.record(account.Id)
        ?.opportunities?.find((candidate) => !candidate.IsClosed);
    assert.ok(opportunity, `${account.Name} has an open Opportunity`);
    return opportunity.Id;
}

/** A red account with an open Opportunity, the first by name. */
function redAccount(): PreviewAccount {
    const account = session
        .preview!.org.accounts()
        .find(
            (row) =>
                row.HealthBand__c === 'Red' &&
                session.preview!.org.record(row.Id)?.opportunities?.some((candidate) => !candidate.IsClosed)
        );
    assert.ok(account, 'the sample org has a red account with an open Opportunity');
    return account;
}

test(
    'the Account page mounts what its FlexiPage places: the health card and the expansion panel',
    { skip },
    async () => {
        const csm = userWith(session, 'Lodestar_CSM');
        const account = session.preview!.org.accounts().find((row) => row.Name === SHOWCASE_ACCOUNT);
        assert.ok(account, `the sample org has ${SHOWCASE_ACCOUNT}`);
        const { page, problems, apexCalls } = await openAs(`lightning/r/Account/${account.Id}/view`, csm);
        await page.locator('c-health-card [data-id="ring"]').waitFor(WAIT);
        const panel = page.locator('[data-region="sidebar"] c-expansion-panel');
        await panel.locator('[data-id="signals"]').waitFor(WAIT);
        // hideHealth = true on this page: the card already shows the health, so the panel leaves it out.
        assert.equal(await panel.locator('[data-id="health"]').count(), 0, 'the panel hides its health line');
        assert.equal(await page.locator('[data-id="record-name"]').innerText(), SHOWCASE_ACCOUNT);
        const related = page.locator('[data-id="related-opportunities"] a');
        assert.ok((await related.count()) >= 1, 'the account lists its Opportunities');
        await screenshot(page, 'account-record', csm.key, 'showcase');
        assertFewCalls(apexCalls());
        // An Opportunity link opens the Opportunity page, laid out from its own FlexiPage.
        await related.first().click();
        await page.locator('c-expansion-panel [data-id="signals"]').waitFor(WAIT);
        assert.match(page.url(), /\/lightning\/r\/Opportunity\/\w+\/view/);
        assert.equal(await page.locator('c-health-card').count(), 0, 'the Opportunity page has no health card');
        assert.deepEqual(problems, []);
        await page.close();
    }
);

test(
    'as a sales rep, an Opportunity on the 47-of-50 account shows the seat utilisation signal with its evidence',
    { skip },
    async () => {
        const rep = userWith(session, 'Lodestar_Sales');
        const account = session.preview!.org.accounts().find((row) => row.Name === SHOWCASE_ACCOUNT);
        assert.ok(account, `the sample org has ${SHOWCASE_ACCOUNT}`);
        const { page, problems, apexCalls } = await openAs(
            `lightning/r/Opportunity/${openOpportunityOf(account)}/view`,
            rep
        );
        const panel = page.locator('c-expansion-panel');
        await panel
            .locator('[data-id="signals"], [data-id="error"], [data-id="no-access"], [data-id="empty"]')
            .first()
            .waitFor(WAIT);
        await screenshot(page, 'opportunity-record', rep.key, 'expansion-signals');
        const evidence = await panel.locator('.evidence').allInnerTexts();
        assert.ok(
            evidence.some((text) => text.includes('47 of 50 seats active')),
            `a signal's evidence says 47 of 50 seats active, not: ${JSON.stringify(evidence)}\n${await panel.innerText()}`
        );
        const signal = panel.locator('.signal', { hasText: '47 of 50 seats active' });
        assert.match(await signal.locator('h3').innerText(), /seat utilisation/i, 'it is the seat utilisation signal');
        // hideHealth = false on the Opportunity page: the account's health is shown above the signals.
        assert.match(await panel.locator('[data-id="health"]').innerText(), /Green|Yellow/);
        assert.equal(await page.locator('[data-id="details"] a').innerText(), SHOWCASE_ACCOUNT);
        assertFewCalls(apexCalls());
        assert.ok(
            apexCalls().every((line) => line.includes(` as ${rep.key}:`)),
            'the calls ran as the sales rep'
        );
        assert.deepEqual(problems, []);
        await page.close();
    }
);

test('an Opportunity on a red account shows the risk view and no signals', { skip }, async () => {
    const rep = userWith(session, 'Lodestar_Sales');
    const account = redAccount();
    const { page, problems, apexCalls } = await openAs(
        `lightning/r/Opportunity/${openOpportunityOf(account)}/view`,
        rep
    );
    const panel = page.locator('c-expansion-panel');
    await panel
        .locator('[data-id="risk"], [data-id="signals"], [data-id="error"], [data-id="no-access"], [data-id="empty"]')
        .first()
        .waitFor(WAIT);
    await screenshot(page, 'opportunity-record', rep.key, 'red-account');
    assert.equal(await panel.locator('[data-id="risk"]').count(), 1, `the risk view, not: ${await panel.innerText()}`);
    assert.equal(await panel.locator('[data-id="signals"]').count(), 0, 'no expansion pitch');
    assert.equal(await panel.locator('[data-action="convert"]').count(), 0, 'no Convert');
    assert.match(await panel.locator('[data-id="band"]').innerText(), /Red/);
    assertFewCalls(apexCalls());
    assert.deepEqual(problems, []);
    await page.close();
});

test('as a CSM, a red account: the factor table names its biggest drag', { skip }, async () => {
    const csm = userWith(session, 'Lodestar_CSM');
    const account = redAccount();
    const { page, problems, apexCalls } = await openAs(`lightning/r/Account/${account.Id}/view`, csm);
    const card = page.locator('c-health-card');
    await card
        .locator('[data-id="ring"], [data-id="error"], [data-id="no-access"], [data-id="not-scored"]')
        .first()
        .waitFor(WAIT);
    await screenshot(page, 'account-record', csm.key, 'red-factors');
    assert.match(await card.locator('[data-id="band"]').innerText(), /Red/);
    const topDrag = (await card.locator('[data-id="top-drag"]').innerText()).trim();
    assert.ok(topDrag.length > 0, 'the card names the top drag');
    // The table lists the biggest drag first.
    const firstFactor = (await card.locator('[data-id="factors"] tbody tr th').first().innerText()).trim();
    assert.equal(firstFactor, topDrag, 'the factor table starts with the biggest drag');
    assertFewCalls(apexCalls());
    assert.deepEqual(problems, []);
    await page.close();
});

test('as a CSM, an override with a reason and an expiry shows its badge, and a reload keeps it', { skip }, async () => {
    const csm = userWith(session, 'Lodestar_CSM');
    const account = session
        .preview!.org.accounts()
        .find((row) => row.HealthBand__c === 'Yellow' && row.Csm__r?.Name === csm.name);
    assert.ok(account, `${csm.name} manages a yellow account`);
    const { page, problems } = await openAs(`lightning/r/Account/${account.Id}/view`, csm);
    const card = page.locator('c-health-card');
    await card.locator('[data-id="ring"]').waitFor(WAIT);
    assert.equal(await card.locator('[data-id="override"]').count(), 0, 'no override yet');
    await card.locator('[data-id="set-override"]').click();
    const dialog = card.locator('[data-id="override-dialog"]');
    await dialog.waitFor(WAIT);
    await dialog.locator('[data-id="override-band"] [role="combobox"]').click();
    await dialog.locator('[data-id="override-band"] lightning-base-combobox-item[data-value="Red"]').click();
    await dialog.locator('[data-id="override-reason"] textarea').fill('Exec sponsor left last week; renewal at risk');
    // Two weeks after the dataset's as-of date (the preview's clock starts there).
    await dialog.locator('[data-id="override-expiry"] input').fill('Dec 4, 2026');
    await dialog.locator('[data-id="override-expiry"] input').blur();
    await dialog.locator('[data-id="override-save"]').click();
    const badge = card.locator('[data-id="override"]');
    await badge.waitFor(WAIT);
    assert.match(await badge.innerText(), /Exec sponsor left last week/);
    await screenshot(page, 'account-record', csm.key, 'override');
    await page.reload();
    await card.locator('[data-id="ring"]').waitFor(WAIT);
    await card.locator('[data-id="override"]').waitFor(WAIT);
    assert.match(await card.locator('[data-id="override"]').innerText(), /Exec sponsor left last week/);
    assert.match(await card.locator('[data-id="band"]').innerText(), /Red/);
    assert.deepEqual(problems, []);
    await page.close();
});

test('as a sales rep, the health card offers no override', { skip }, async () => {
    const rep = userWith(session, 'Lodestar_Sales');
    const account = session.preview!.org.accounts().find((row) => row.Name === SHOWCASE_ACCOUNT);
    assert.ok(account, `the sample org has ${SHOWCASE_ACCOUNT}`);
    const { page, problems, apexCalls } = await openAs(`lightning/r/Account/${account.Id}/view`, rep);
    const card = page.locator('c-health-card');
    await card.locator('[data-id="ring"], [data-id="error"], [data-id="no-access"]').first().waitFor(WAIT);
    await screenshot(page, 'account-record', rep.key);
    assert.equal(
        await card.locator('[data-id="ring"]').count(),
        1,
        `the rep sees the score: ${await card.innerText()}`
    );
    assert.equal(await card.locator('[data-id="set-override"]').count(), 0, 'no Set override for a sales rep');
    assertFewCalls(apexCalls());
    assert.deepEqual(problems, []);
    await page.close();
});

test('as a CSM, Recalculate scores the account again and the card shows the fresh score', { skip }, async () => {
    const csm = userWith(session, 'Lodestar_CSM');
    const account = session
        .preview!.org.accounts()
        .find((row) => row.HealthBand__c === 'Green' && row.Csm__r?.Name === csm.name);
    assert.ok(account, `${csm.name} manages a green account`);
    const { page, problems, apexCalls } = await openAs(`lightning/r/Account/${account.Id}/view`, csm);
    const card = page.locator('c-health-card');
    await card.locator('[data-id="ring"]').waitFor(WAIT);
    const before = apexCalls().length;
    await card.locator('[data-id="recalculate"]').click();
    await page.locator('.slds-notify_toast.slds-theme_success').waitFor(WAIT);
    const after = apexCalls().slice(before);
    assert.match(after[0] ?? '', new RegExp(`^apex AccountHealthController\\.recalculate as ${csm.key}: .* ok$`));
    assert.ok(
        after.slice(1).some((line) => line.startsWith(`apex AccountHealthController.getAccountHealth as ${csm.key}:`)),
        `the card fetched its health again after recalculating:\n${after.join('\n')}`
    );
    const score = Number((await card.locator('[data-id="ring"] text').textContent())?.trim());
    assert.ok(score >= 0 && score <= 100, `a score from 0 to 100, got ${score}`);
    assert.deepEqual(problems, []);
    await page.close();
});

// Last in this file: converting adds an Opportunity to the preview's org.
test('as a sales rep, Convert to Opportunity shows a toast that links the new Opportunity', { skip }, async () => {
    const rep = userWith(session, 'Lodestar_Sales');
    // A signal converts only when its account has no open expansion deal: the first green account with such a signal.
    const candidates = session
        .preview!.org.accounts()
        .filter(
            (row) =>
                row.HealthBand__c === 'Green' &&
                !session
                    .preview!.org.record(row.Id)
                    ?.opportunities?.some((opportunity) => !opportunity.IsClosed && /expansion/i.test(opportunity.Name))
        )
        .slice(0, 8);
    let opened: OpenedPage | undefined;
    let account: PreviewAccount | undefined;
    for (const candidate of candidates) {
        const attempt = await openAs(`lightning/r/Account/${candidate.Id}/view`, rep);
        const panel = attempt.page.locator('c-expansion-panel');
        await panel.locator('[data-id="signals"], [data-id="empty"], [data-id="error"]').first().waitFor(WAIT);
        if ((await panel.locator('lightning-button[data-action="convert"]').count()) > 0) {
            opened = attempt;
            account = candidate;
            break;
        }
        await attempt.page.close();
    }
    assert.ok(opened && account, `a green account with a signal to convert among ${candidates.length}`);
    const { page, problems, apexCalls } = opened;
    const panel = page.locator('c-expansion-panel');
    await panel.locator('lightning-button[data-action="convert"] button').first().click();
    const toast = page.locator('.slds-notify_toast.slds-theme_success');
    await toast.waitFor(WAIT);
    await screenshot(page, 'account-record', rep.key, 'converted');

    const converted = apexCalls().find((line) => line.startsWith('apex ExpansionSignalController.convertSignal'));
    assert.match(converted ?? '', / ok$/, `the convert ran: ${apexCalls().join('\n')}`);
    assert.equal((await toast.locator('h2').innerText()).trim(), 'Expansion Opportunity created');
    assert.equal(
        (await toast.locator('[data-id="toast-message"]').innerText()).trim(),
        'Open the new Opportunity to work the deal.',
        'the message reads with its link in place of {0}'
    );
    const link = toast.getByRole('link', { name: 'the new Opportunity' });
    const href = (await link.getAttribute('href')) ?? '';
    const created = /^\/lightning\/r\/Opportunity\/(\w{18})\/view$/.exec(href)?.[1];
    assert.ok(created, `the link opens an Opportunity's record page: ${href}`);
    const opportunity = session.preview!.org.record(account.Id)?.opportunities?.find((row) => row.Id === created);
    assert.ok(opportunity, `the link's Opportunity is the new one, on ${account.Name}`);
    assert.equal(opportunity.IsClosed, false, 'an open deal');

    await link.click();
    await page.waitForURL(`**${href}*`, WAIT);
    await page.locator('[data-id="record-name"]', { hasText: opportunity.Name }).waitFor(WAIT);
    assert.deepEqual(problems, []);
    await page.close();
});
