import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as prettier from 'prettier';
import { fromRoot, repoRoot } from '../../lib/paths';
import { sourceDirs } from '../../lib/metadata';
import { MetadataModel, isCustomObjectName, readXmlRoot, children, text } from '../../check/metadata-model';
import { StandardObjectCatalog } from '../../check/standard-objects';
import { DERIVED_FIELDS } from '../../metadata/personas';
import { ARCHETYPES } from '../archetypes';
import {
    PLAN_FILE,
    POST_LOAD_FILE,
    TREE_FILE_LIMIT,
    USERS_FILE,
    fieldsOf,
    formatDay,
    parseDay,
    readDataset,
    referenceOf,
    type LoadedDataset,
    type TreeRecord
} from '../dataset';
import { DEFAULT_AS_OF, generateDataset, writeDataset, type SampleUser } from '../generate';
import { HISTORY_SOBJECT, ReplayClock, isHistoryFile } from '../history';
import { hashString, mulberry32 } from '../random';
import { jsonFromDebug, loadSampleOrg, runNightly, type SampleOrg } from '../../preview/org';

const committedDir = fromRoot('dev', 'data');

const tempDirs: string[] = [];

function tempDir(label: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lodestar-sample-${label}-`));
    tempDirs.push(dir);
    return dir;
}

after(() => {
    for (const dir of tempDirs) {
        fs.rmSync(dir, { recursive: true, force: true });
    }
});

/** One default generation in a temporary folder, shared by the tests that only read it. */
const generatedDir = tempDir('default');
const generated = generateDataset();
writeDataset(generated, generatedDir);
const dataset: LoadedDataset = readDataset(generatedDir);
const users = (JSON.parse(fs.readFileSync(path.join(generatedDir, USERS_FILE), 'utf8')) as { users: SampleUser[] })
    .users;
const postLoad = JSON.parse(fs.readFileSync(path.join(generatedDir, POST_LOAD_FILE), 'utf8')) as {
    executiveSponsors: { account: string; contact: string }[];
};
const model = new MetadataModel(sourceDirs(repoRoot), new StandardObjectCatalog());

function filesOf(dir: string): Map<string, Buffer> {
    return new Map(
        fs
            .readdirSync(dir)
            .filter((file) => file.endsWith('.json'))
            .sort()
            .map((file) => [file, fs.readFileSync(path.join(dir, file))])
    );
}

function recordsOf(sobject: string): TreeRecord[] {
    return dataset.records.get(sobject) ?? [];
}

const dayOf = (value: unknown): number => parseDay(String(value).slice(0, 10));

/** `HealthSnapshot__c-2.json` before `HealthSnapshot__c-10.json`, as the plan lists them. */
const byPart = (a: string, b: string): number =>
    Number(/-(\d+)\.json$/.exec(a)?.[1]) - Number(/-(\d+)\.json$/.exec(b)?.[1]);

// --- determinism ---------------------------------------------------------------------------------------------

test('mulberry32 is a fixed sequence: the same seed gives the same numbers', () => {
    const first = mulberry32(hashString('lodestar'));
    const second = mulberry32(hashString('lodestar'));
    const a = Array.from({ length: 5 }, () => first());
    const b = Array.from({ length: 5 }, () => second());
    assert.deepEqual(a, b);
    assert.ok(a.every((value) => value >= 0 && value < 1));
    assert.notDeepEqual(a, Array.from({ length: 5 }, mulberry32(hashString('other'))));
});

test('two runs with the same options write byte-identical files', () => {
    const again = tempDir('again');
    writeDataset(generateDataset({ asOf: DEFAULT_AS_OF }), again);
    const first = filesOf(generatedDir);
    const second = filesOf(again);
    assert.deepEqual([...second.keys()], [...first.keys()]);
    for (const [file, contents] of first) {
        assert.ok(contents.equals(second.get(file) ?? Buffer.alloc(0)), `${file} differs between runs`);
    }
});

test('the committed dev/data is what the generator writes (run npm run sample-data after changing it)', () => {
    // The health history is replayed by the scoring engine after generation: its files and plan entry are checked
    // against the engine below ("the committed snapshots are what the engine gives").
    const committed = filesOf(committedDir);
    const fresh = filesOf(generatedDir);
    const history = [...committed.keys()].filter(isHistoryFile);
    assert.ok(history.length > 0, 'dev/data holds the replayed health history');
    assert.deepEqual(
        [...committed.keys()].filter((file) => !isHistoryFile(file)),
        [...fresh.keys()]
    );
    for (const [file, contents] of fresh) {
        if (file === PLAN_FILE) {
            continue;
        }
        assert.ok(contents.equals(committed.get(file) ?? Buffer.alloc(0)), `dev/data/${file} is out of date`);
    }
    const plan = JSON.parse(fs.readFileSync(path.join(committedDir, PLAN_FILE), 'utf8')) as LoadedDataset['plan'];
    const last = plan[plan.length - 1];
    assert.deepEqual(plan.slice(0, -1), dataset.plan, `dev/data/${PLAN_FILE} is out of date`);
    assert.deepEqual(last, {
        sobject: HISTORY_SOBJECT,
        saveRefs: false,
        resolveRefs: true,
        files: history.sort(byPart)
    });
});

test('the seed and the as-of date drive the output', () => {
    const otherSeed = generateDataset({ seed: 7 });
    assert.notEqual(otherSeed.files.get('Account-1.json'), generated.files.get('Account-1.json'));
    const later = generateDataset({ asOf: '2027-02-20' });
    const accounts = JSON.parse(later.files.get('Account-1.json') ?? '{}') as { records: TreeRecord[] };
    const original = JSON.parse(generated.files.get('Account-1.json') ?? '{}') as { records: TreeRecord[] };
    const since = (records: TreeRecord[]): number => dayOf(records[0].CustomerSince__c as string);
    assert.equal(since(accounts.records) - since(original.records), 92, 'dates move with the as-of date');
});

// --- the tree-import format ----------------------------------------------------------------------------------

test('the plan lists every data file once, parents first, and no file exceeds the API limit', () => {
    const planned = dataset.plan.flatMap((entry) => entry.files);
    const onDisk = [...filesOf(generatedDir).keys()].filter(
        (file) => ![PLAN_FILE, USERS_FILE, POST_LOAD_FILE].includes(file)
    );
    assert.deepEqual([...planned].sort(), onDisk);
    assert.equal(new Set(planned).size, planned.length);
    for (const file of dataset.files) {
        assert.ok(file.records.length > 0, `${file.file} is empty`);
        assert.ok(file.records.length <= TREE_FILE_LIMIT, `${file.file} has ${file.records.length} records`);
        for (const record of file.records) {
            assert.equal(record.attributes.type, file.sobject, `${record.attributes.referenceId} in ${file.file}`);
        }
    }
    assert.deepEqual(
        dataset.plan.map((entry) => entry.sobject).slice(0, 2),
        ['Account', 'Contact'],
        'Accounts load first, then Contacts'
    );
});

test('every @reference resolves to a record of an earlier plan entry, of the type the lookup expects', () => {
    const known = new Map<string, { sobject: string; entry: number }>();
    const referenced = new Set<number>();
    const standardTargets: Record<string, string[]> = {
        AccountId: ['Account'],
        ContactId: ['Contact'],
        WhatId: ['Account', 'Opportunity', 'SuccessPlan__c', 'BusinessReview__c'],
        WhoId: ['Contact']
    };
    dataset.plan.forEach((entry, entryIndex) => {
        const ownRefs: string[] = [];
        for (const file of dataset.files.filter((candidate) => entry.files.includes(candidate.file))) {
            for (const record of file.records) {
                for (const [field, value] of Object.entries(fieldsOf(record))) {
                    const target = referenceOf(value);
                    if (!target) {
                        assert.ok(
                            !String(value).startsWith('@'),
                            `${record.attributes.referenceId}.${field}: ${value}`
                        );
                        continue;
                    }
                    const found = known.get(target);
                    assert.ok(found, `${record.attributes.referenceId}.${field} → ${target}: not in an earlier entry`);
                    referenced.add(found.entry);
                    const expected =
                        model.customField(entry.sobject, field)?.referenceTo?.split(',') ?? standardTargets[field];
                    assert.ok(expected, `${entry.sobject}.${field} is not a known lookup`);
                    assert.ok(
                        expected.includes(found.sobject),
                        `${entry.sobject}.${field} → ${found.sobject}, expected ${expected.join(' or ')}`
                    );
                    assert.ok(entry.resolveRefs, `${entry.sobject} has references but resolveRefs is false`);
                }
                ownRefs.push(record.attributes.referenceId);
            }
        }
        for (const referenceId of ownRefs) {
            assert.ok(!known.has(referenceId), `referenceId ${referenceId} used twice`);
            known.set(referenceId, { sobject: entry.sobject, entry: entryIndex });
        }
    });
    dataset.plan.forEach((entry, entryIndex) => {
        if (referenced.has(entryIndex)) {
            assert.ok(entry.saveRefs, `${entry.sobject} is referenced later but saveRefs is false`);
        }
    });
});

test('the Salesforce CLI import code loads the plan (first 40 accounts, against a mocked org connection)', (context) => {
    const importer = path.join(repoRoot, 'node_modules/@salesforce/plugin-data/lib/api/data/tree/importPlan.js');
    if (!fs.existsSync(importer)) {
        context.skip('@salesforce/plugin-data is not installed');
        return;
    }
    // The CLI is ESM: run its importFromPlan in a child process, with a connection that answers like the
    // sObject Tree API and records what it was sent.
    const script = `
        import { importFromPlan } from ${JSON.stringify(importer)};
        let id = 0; const problems = []; let requests = 0;
        const conn = {
            request: async ({ url, body }) => {
                requests++;
                const { records } = JSON.parse(body);
                if (records.length > 200) problems.push(url + ': ' + records.length + ' records');
                for (const record of records) {
                    for (const [field, value] of Object.entries(record)) {
                        if (typeof value === 'string' && value.startsWith('@')) problems.push('unresolved ' + field + ' ' + value);
                    }
                }
                return { hasErrors: false, results: records.map((r) => ({ referenceId: r.attributes.referenceId, id: 'id' + ++id })) };
            },
            singleRecordQuery: async () => { throw new Error('unexpected query'); }
        };
        const { results } = await importFromPlan(conn, process.argv[1]);
        console.log(JSON.stringify({ inserted: results.length, requests, problems }));
    `;
    // A subset: the CLI's reference replacement is quadratic (the full plan takes minutes of CPU).
    const subsetDir = tempDir('subset');
    const subset = generateDataset({ limit: 40 });
    writeDataset(subset, subsetDir);
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, path.join(subsetDir, PLAN_FILE)], {
        encoding: 'utf8'
    });
    assert.equal(run.status, 0, run.stderr);
    const outcome = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as {
        inserted: number;
        problems: string[];
    };
    const total = [...subset.counts.values()].reduce((sum, count) => sum + count, 0);
    assert.deepEqual(outcome.problems, []);
    assert.equal(outcome.inserted, total);
    assert.ok(total > 1000, `${total} records in the subset`);
    // The subset is a prefix of the full dataset: the same first account, byte for byte.
    const firstAccount = (files: Map<string, string>): unknown =>
        (JSON.parse(files.get('Account-1.json') ?? '{}') as { records: TreeRecord[] }).records[0];
    assert.deepEqual(firstAccount(subset.files), firstAccount(generated.files));
});

test('the JSON is already formatted as prettier would format it', async () => {
    const sample = [PLAN_FILE, USERS_FILE, POST_LOAD_FILE, ...dataset.plan.map((entry) => entry.files[0])];
    for (const file of sample) {
        const target = path.join(committedDir, file);
        const source = fs.readFileSync(path.join(generatedDir, file), 'utf8');
        const options = (await prettier.resolveConfig(target)) ?? {};
        assert.equal(
            await prettier.format(source, { ...options, filepath: target }),
            source,
            `${file} not prettier-formatted`
        );
    }
});

test('the dataset stays small enough for the local runtime (under 30,000 records with the history)', () => {
    // The runtime loads dev/data at every preview start and in these tests: 25,923 records (3,693 of them
    // snapshots) loaded in 4 to 5 s (measured), about 0.2 ms a record, so 30,000 stays near 6 s.
    const committed = readDataset(committedDir);
    const total = [...committed.records.values()].reduce((sum, records) => sum + records.length, 0);
    assert.ok(total < 30_000, `${total} records`);
    const generatedTotal = [...generated.counts.values()].reduce((sum, count) => sum + count, 0);
    assert.ok(generatedTotal > 10_000, `${generatedTotal} records: too thin to be realistic`);
});

// --- the metadata ----------------------------------------------------------------------------------------------

/** Values of the standard picklists used, as a new org has them (Object Reference defaults). */
const STANDARD_PICKLISTS: Record<string, string[]> = {
    'Account.Industry': [
        'Agriculture',
        'Apparel',
        'Banking',
        'Biotechnology',
        'Chemicals',
        'Communications',
        'Construction',
        'Consulting',
        'Education',
        'Electronics',
        'Energy',
        'Engineering',
        'Entertainment',
        'Environmental',
        'Finance',
        'Food & Beverage',
        'Government',
        'Healthcare',
        'Hospitality',
        'Insurance',
        'Machinery',
        'Manufacturing',
        'Media',
        'Not For Profit',
        'Other',
        'Recreation',
        'Retail',
        'Shipping',
        'Technology',
        'Telecommunications',
        'Transportation',
        'Utilities'
    ],
    'Opportunity.StageName': [
        'Prospecting',
        'Qualification',
        'Needs Analysis',
        'Value Proposition',
        'Id. Decision Makers',
        'Perception Analysis',
        'Proposal/Price Quote',
        'Negotiation/Review',
        'Closed Won',
        'Closed Lost'
    ],
    'Case.Status': ['New', 'Working', 'Escalated', 'Closed'],
    'Case.Priority': ['High', 'Medium', 'Low'],
    'Case.Origin': ['Phone', 'Email', 'Web'],
    'Task.Status': ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'],
    'Task.Priority': ['High', 'Normal', 'Low'],
    'Task.Type': ['Call', 'Email', 'Meeting', 'Other'],
    'Event.Type': ['Call', 'Email', 'Meeting', 'Other']
};

/** Fields the platform sets: never in an import. */
const SYSTEM_FIELDS = ['Id', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp'];

test('every field exists in the metadata, has a value of its type, and is not derived', () => {
    for (const [sobject, records] of dataset.records) {
        assert.ok(model.objectName(sobject), `${sobject} is not an object in the metadata`);
        const derived = new Set(DERIVED_FIELDS[sobject] ?? []);
        for (const record of records) {
            const where = `${sobject} ${record.attributes.referenceId}`;
            for (const [field, value] of Object.entries(fieldsOf(record))) {
                assert.ok(model.hasField(sobject, field), `${where}: no field ${sobject}.${field}`);
                assert.ok(!SYSTEM_FIELDS.includes(field), `${where}: ${field} is set by the platform`);
                assert.ok(!derived.has('*') && !derived.has(field), `${where}: ${field} is derived by Lodestar`);
                const custom = model.customField(sobject, field);
                if (!custom) {
                    continue;
                }
                assert.ok(!custom.computed, `${where}: ${field} is a formula`);
                switch (custom.type) {
                    case 'Date':
                        assert.match(String(value), /^\d{4}-\d{2}-\d{2}$/, `${where}.${field}`);
                        parseDay(String(value));
                        break;
                    case 'Number':
                    case 'Currency':
                    case 'Percent': {
                        assert.equal(typeof value, 'number', `${where}.${field}`);
                        const scale = custom.scale ?? 0;
                        const digits = (String(value).split('.')[1] ?? '').length;
                        assert.ok(digits <= scale, `${where}.${field} = ${value}: more than ${scale} decimals`);
                        if (custom.precision !== undefined) {
                            assert.ok(Math.abs(Number(value)) < 10 ** (custom.precision - scale), `${where}.${field}`);
                        }
                        break;
                    }
                    case 'Checkbox':
                        assert.equal(typeof value, 'boolean', `${where}.${field}`);
                        break;
                    case 'Text':
                    case 'TextArea':
                    case 'LongTextArea':
                        assert.equal(typeof value, 'string', `${where}.${field}`);
                        assert.ok(
                            String(value).length <= (custom.length ?? (custom.type === 'TextArea' ? 255 : 32_768)),
                            `${where}.${field} too long`
                        );
                        break;
                    default:
                        break;
                }
            }
        }
    }
});

test('every picklist value is allowed, and dependent values match their controlling value', () => {
    for (const [sobject, records] of dataset.records) {
        for (const record of records) {
            const fields = fieldsOf(record);
            for (const [field, value] of Object.entries(fields)) {
                const where = `${sobject} ${record.attributes.referenceId}.${field} = ${String(value)}`;
                const standard = STANDARD_PICKLISTS[`${sobject}.${field}`];
                if (standard) {
                    assert.ok(standard.includes(String(value)), where);
                    continue;
                }
                const custom = model.customField(sobject, field);
                if (custom?.type !== 'Picklist') {
                    continue;
                }
                const allowed = model.picklistValues(custom);
                assert.ok(allowed, `${sobject}.${field}: no values in the metadata`);
                assert.ok(allowed.includes(String(value)), where);
                if (custom.controllingField) {
                    const controlling = fields[custom.controllingField];
                    assert.ok(controlling !== undefined, `${where}: ${custom.controllingField} is blank`);
                    const setting = custom.valueSettings.find((candidate) => candidate.valueName === value);
                    assert.ok(
                        setting?.controllingFieldValues.includes(String(controlling)),
                        `${where} under ${controlling}`
                    );
                }
            }
        }
    }
});

test('required fields are present: master-details, required custom fields, name fields, standard required', () => {
    const standardRequired: Record<string, string[]> = {
        Account: ['Name'],
        Contact: ['LastName'],
        Opportunity: ['Name', 'StageName', 'CloseDate'],
        Case: [],
        Task: ['Subject', 'Status', 'Priority'],
        Event: ['ActivityDateTime', 'DurationInMinutes']
    };
    for (const [sobject, records] of dataset.records) {
        const required = [...(standardRequired[sobject] ?? [])];
        const info = model.objects.get(sobject.toLowerCase());
        for (const field of info?.fields.values() ?? []) {
            if (field.required || field.type === 'MasterDetail') {
                required.push(field.name);
            }
        }
        if (isCustomObjectName(sobject) && info?.file) {
            const nameField = children(readXmlRoot(info.file), 'nameField')[0];
            if (text(nameField, 'type') === 'Text') {
                required.push('Name');
            }
        }
        assert.ok(required.length > 0 || sobject === 'Case', `${sobject}: nothing required?`);
        for (const record of records) {
            for (const field of required) {
                assert.ok(record[field] !== undefined, `${sobject} ${record.attributes.referenceId}: ${field} missing`);
            }
        }
    }
    assert.ok(recordsOf('ProductUsage__c').every((record) => record.PeriodStart__c && record.PeriodEnd__c));
});

// --- realistic values ------------------------------------------------------------------------------------------

test('NPS scores are 0–10 and CSAT scores 1–5, whole numbers, answered on or before the as-of date', () => {
    const asOf = parseDay(DEFAULT_AS_OF);
    const surveys = recordsOf('SurveyResponse__c');
    const nps = surveys.filter((record) => record.SurveyType__c === 'NPS');
    const csat = surveys.filter((record) => record.SurveyType__c === 'CSAT');
    assert.ok(nps.length > 200 && csat.length > 200, `${nps.length} NPS, ${csat.length} CSAT`);
    for (const record of nps) {
        assert.ok(Number.isInteger(record.Score__c) && Number(record.Score__c) >= 0 && Number(record.Score__c) <= 10);
    }
    for (const record of csat) {
        assert.ok(Number.isInteger(record.Score__c) && Number(record.Score__c) >= 1 && Number(record.Score__c) <= 5);
    }
    assert.ok(surveys.every((record) => dayOf(record.RespondedOn__c) < asOf));
    for (const bucket of [
        [0, 6],
        [7, 8],
        [9, 10]
    ]) {
        assert.ok(
            nps.some((record) => Number(record.Score__c) >= bucket[0] && Number(record.Score__c) <= bucket[1]),
            `no NPS answers in ${bucket.join('–')}`
        );
    }
});

test('usage: 13+ monthly periods for established active accounts, consistent numbers, unique external ids', () => {
    const asOf = parseDay(DEFAULT_AS_OF);
    const usage = recordsOf('ProductUsage__c');
    const ids = usage.map((record) => record.ExternalId__c);
    assert.equal(new Set(ids).size, ids.length, 'ExternalId__c is unique');
    const periodsByAccount = new Map<string, number>();
    for (const record of usage) {
        const where = record.attributes.referenceId;
        assert.ok(dayOf(record.PeriodStart__c) <= dayOf(record.PeriodEnd__c), where);
        assert.ok(dayOf(record.PeriodEnd__c) < asOf, `${where} ends after the as-of date`);
        assert.ok(Number(record.ActiveUsers__c) <= Number(record.LicensedSeats__c), where);
        assert.ok(Number(record.DailyActiveUsers__c) <= Number(record.MonthlyActiveUsers__c), where);
        assert.ok(Number(record.FeaturesUsed__c) <= Number(record.FeaturesAvailable__c), where);
        assert.ok(Number(record.TopUserActivityShare__c) > 0 && Number(record.TopUserActivityShare__c) <= 100, where);
        const account = String(record.Account__c);
        periodsByAccount.set(account, (periodsByAccount.get(account) ?? 0) + 1);
    }
    for (const account of recordsOf('Account')) {
        const since = dayOf(account.CustomerSince__c);
        const periods = periodsByAccount.get(`@${account.attributes.referenceId}`) ?? 0;
        if (account.LifecycleStage__c !== 'Churned' && asOf - since > 420) {
            assert.ok(periods >= 13, `${account.Name}: ${periods} usage periods`);
        }
        if (account.LifecycleStage__c === 'Onboarding') {
            assert.ok(periods >= 1 && asOf - since <= 90, `${account.Name} is onboarding`);
        }
    }
});

test('churned accounts carry a churn date, a category, a reason, a lost renewal and a logo churn event', () => {
    const churned = recordsOf('Account').filter((account) => account.LifecycleStage__c === 'Churned');
    assert.ok(churned.length >= 20, `${churned.length} churned accounts`);
    const events = recordsOf('ChurnEvent__c');
    const lost = recordsOf('Opportunity').filter(
        (opportunity) => opportunity.DealType__c === 'Renewal' && opportunity.StageName === 'Closed Lost'
    );
    for (const account of churned) {
        const reference = `@${account.attributes.referenceId}`;
        assert.ok(account.ChurnedOn__c && account.ChurnCategory__c && account.ChurnReason__c, String(account.Name));
        const event = events.find(
            (candidate) => candidate.Account__c === reference && candidate.ChurnType__c === 'Logo churn'
        );
        assert.ok(event, `${account.Name}: no logo churn event`);
        assert.equal(event.Reason__c, account.ChurnReason__c);
        assert.ok(Number(event.ArrLost__c) > 0);
        const renewal = lost.find((opportunity) => opportunity.AccountId === reference);
        assert.ok(renewal?.ChurnReason__c, `${account.Name}: no lost renewal with a reason`);
    }
    for (const record of [...events, ...churned, ...lost]) {
        const reason = record.Reason__c ?? record.ChurnReason__c;
        if (reason === 'Other') {
            assert.ok(
                record.Comment__c ?? record.ChurnComment__c,
                `${record.attributes.referenceId}: Other needs a comment`
            );
        }
    }
    const reasons = new Set(
        events.filter((event) => event.ChurnType__c === 'Logo churn').map((event) => event.Reason__c)
    );
    const allReasons = model.picklistValues(model.customField('ChurnEvent__c', 'Reason__c')!) ?? [];
    assert.deepEqual([...reasons].sort(), [...allReasons].sort(), 'every churn reason is used, Other included');
    assert.ok(
        events.some((event) => event.ChurnType__c === 'Contraction'),
        'some contraction (revenue churn)'
    );
});

test('renewals sit at various distances, and some cases are open and escalated', () => {
    const asOf = parseDay(DEFAULT_AS_OF);
    const open = recordsOf('Opportunity').filter(
        (opportunity) => opportunity.DealType__c === 'Renewal' && !String(opportunity.StageName).startsWith('Closed')
    );
    const distances = open.map((opportunity) => dayOf(opportunity.CloseDate) - asOf);
    for (const [low, high] of [
        [0, 60],
        [61, 120],
        [121, 240],
        [241, 366]
    ]) {
        assert.ok(
            distances.filter((days) => days >= low && days <= high).length >= 10,
            `renewals ${low}–${high} days out`
        );
    }
    const cases = recordsOf('Case');
    assert.ok(cases.some((record) => record.IsEscalated === true && record.Status !== 'Closed'));
    assert.ok(cases.filter((record) => record.Status !== 'Closed').length >= 50);
    const tasks = recordsOf('Task').filter((task) => task.Status === 'Completed');
    assert.ok(
        tasks.every((task) => dayOf(task.ActivityDate) < asOf),
        'completed tasks are in the past'
    );
    assert.ok(
        recordsOf('Event').every((event) => dayOf(event.ActivityDateTime) < asOf),
        'events are in the past'
    );
});

// --- users and post-load links -------------------------------------------------------------------------------

test('users.json: every account has exactly one CSM and one owner, with a persona permission set', () => {
    const accounts = recordsOf('Account').map((account) => account.attributes.referenceId);
    const csmOf = users.flatMap((user) => user.csmOf);
    const ownerOf = users.flatMap((user) => user.ownerOf);
    assert.deepEqual([...csmOf].sort(), [...accounts].sort());
    assert.deepEqual([...ownerOf].sort(), [...accounts].sort());
    const personas = new Set(['Lodestar_CSM', 'Lodestar_Sales', 'Lodestar_CS_Leader', 'Lodestar_Admin']);
    assert.deepEqual(new Set(users.map((user) => user.permissionSet)), personas);
    for (const persona of personas) {
        assert.ok(
            fs.existsSync(
                fromRoot('force-app', 'main', 'common', 'permissionsets', `${persona}.permissionset-meta.xml`)
            ),
            `${persona} permission set`
        );
    }
    for (const user of users) {
        assert.ok(user.alias.length > 0 && user.alias.length <= 8, user.key);
        assert.ok(user.csmOf.length === 0 || user.permissionSet === 'Lodestar_CSM', `${user.key} manages accounts`);
    }
    assert.equal(new Set(users.map((user) => user.alias)).size, users.length);
    assert.equal(new Set(users.map((user) => user.email)).size, users.length);
    assert.equal(new Set(users.map((user) => user.key)).size, users.length);
});

test('post-load.json names, for each account, its current executive sponsor contact', () => {
    const contacts = new Map(recordsOf('Contact').map((contact) => [contact.attributes.referenceId, contact]));
    const sponsored = new Set<string>();
    for (const link of postLoad.executiveSponsors) {
        const contact = contacts.get(link.contact);
        assert.ok(contact, link.contact);
        assert.equal(contact.AccountId, `@${link.account}`);
        assert.equal(contact.StakeholderRole__c, 'Executive Sponsor');
        assert.notEqual(contact.HasLeftCompany__c, true);
        assert.ok(!sponsored.has(link.account), `${link.account} has two sponsors`);
        sponsored.add(link.account);
    }
    for (const contact of contacts.values()) {
        if (contact.StakeholderRole__c === 'Executive Sponsor' && contact.HasLeftCompany__c !== true) {
            assert.ok(
                sponsored.has(String(contact.AccountId).slice(1)),
                `${contact.attributes.referenceId} not linked`
            );
        }
    }
    assert.ok(sponsored.size > 200, `${sponsored.size} accounts with a sponsor`);
    assert.ok(sponsored.size < recordsOf('Account').length, 'some accounts have no sponsor');
});

test('with a namespace, custom objects and fields are prefixed and everything else is not', () => {
    const namespaced = generateDataset({ namespace: 'lodestar' });
    const plan = JSON.parse(namespaced.files.get(PLAN_FILE) ?? '[]') as { sobject: string; files: string[] }[];
    assert.ok(plan.some((entry) => entry.sobject === 'lodestar__ProductUsage__c'));
    assert.ok(plan.some((entry) => entry.sobject === 'Account'));
    const usage = JSON.parse(namespaced.files.get('lodestar__ProductUsage__c-1.json') ?? '{}') as {
        records: TreeRecord[];
    };
    const record = usage.records[0];
    assert.equal(record.attributes.type, 'lodestar__ProductUsage__c');
    assert.ok(record.lodestar__PeriodStart__c && record.lodestar__Account__c === '@AccountRef1');
    const accounts = JSON.parse(namespaced.files.get('Account-1.json') ?? '{}') as { records: TreeRecord[] };
    assert.ok(accounts.records[0].Name && accounts.records[0].lodestar__Segment__c);
    assert.equal(
        Object.keys(accounts.records[0]).filter((field) => /__c$/.test(field) && !field.startsWith('lodestar__'))
            .length,
        0
    );
});

// --- the spread the app sees: the real engine on the committed dev/data ---------------------------------------

interface ScoredAccount {
    Id: string;
    Name: string;
    HealthBand__c?: string;
    HealthState__c?: string;
    HealthModel__c?: string;
    LifecycleStage__c?: string;
}

interface AppState {
    org: SampleOrg;
    clock: ReplayClock;
    asOfDay: number;
    accounts: ScoredAccount[];
    /** Account Id → archetype key, from the generator's account list (by referenceId). */
    archetypeOf: Map<string, string>;
    activeAccounts: ScoredAccount[];
}

let appState: AppState | undefined;

/**
 * The committed dev/data loaded into the local runtime's in-memory org, then scored and scanned for expansion
 * signals as the preview does at start-up (scripts/preview/org.ts), on the dataset's as-of date. Loaded once, on
 * first use, for the tests that read it.
 */
function app(): AppState {
    if (appState) {
        return appState;
    }
    const clock = new ReplayClock();
    let asOfDay = 0;
    const org = loadSampleOrg(repoRoot, path.join(committedDir, PLAN_FILE), (asOf) => {
        asOfDay = parseDay(asOf ?? DEFAULT_AS_OF);
        clock.set(asOfDay);
        return clock.now;
    });
    const notes = runNightly(org.gateway);
    assert.ok(
        notes.every((note) => !note.includes('FAILED')),
        notes.join('\n')
    );
    const accounts = jsonFromDebug(
        org.gateway,
        'System.debug(JSON.serialize([SELECT Id, Name, HealthBand__c, HealthState__c, HealthModel__c, LifecycleStage__c FROM Account ORDER BY Name]));'
    ) as ScoredAccount[];
    const archetypeOf = new Map<string, string>();
    for (const account of generated.accounts) {
        const id = org.references.get(account.ref);
        assert.ok(id, `${account.ref} loaded`);
        archetypeOf.set(String(id), account.archetype);
    }
    appState = {
        org,
        clock,
        asOfDay,
        accounts,
        archetypeOf,
        activeAccounts: accounts.filter((account) => account.LifecycleStage__c !== 'Churned')
    };
    return appState;
}

/** The band the card shows: Insufficient data when the engine could not score. */
const bandOf = (account: ScoredAccount): string =>
    account.HealthState__c === 'Insufficient data' ? 'Insufficient data' : (account.HealthBand__c ?? 'not scored');

/** An @AuraEnabled method called as the sample org's admin, as the admin page and the card call it. */
function callAsAdmin(className: string, methodName: string, params: Record<string, unknown>): unknown {
    const { org } = app();
    const admin = org.users.find((user) => user.permissionSet === 'Lodestar_Admin');
    assert.ok(admin, 'an admin user in users.json');
    const outcome = org.gateway.call(className, methodName, params, admin);
    if (!outcome.ok) {
        assert.fail(`${className}.${methodName}: ${JSON.stringify(outcome.body)}`);
    }
    return outcome.value;
}

test('archetypes: about 300 accounts across segments and lifecycle stages', () => {
    const accounts = recordsOf('Account');
    assert.equal(
        accounts.length,
        ARCHETYPES.reduce((sum, archetype) => sum + archetype.count, 0)
    );
    assert.ok(accounts.length >= 250 && accounts.length <= 350);
    for (const field of ['Segment__c', 'LifecycleStage__c'] as const) {
        const values = new Set(accounts.map((account) => account[field]));
        const allowed = model.picklistValues(model.customField('Account', field)!) ?? [];
        assert.deepEqual([...values].sort(), [...allowed].sort(), `every ${field} value is used`);
    }
});

test('the health bands spread out (the real scoring engine on the sample org)', () => {
    const { activeAccounts } = app();
    const share = (band: string): number =>
        (100 * activeAccounts.filter((account) => bandOf(account) === band).length) / activeAccounts.length;
    const [green, yellow, red, insufficient] = ['Green', 'Yellow', 'Red', 'Insufficient data'].map(share);
    const detail = `${activeAccounts.length} active accounts: Green ${green.toFixed(1)}%, Yellow ${yellow.toFixed(1)}%, Red ${red.toFixed(1)}%, Insufficient ${insufficient.toFixed(1)}%`;
    assert.equal(green + yellow + red + insufficient, 100, `every active account is scored: ${detail}`);
    assert.ok(green >= 20 && green <= 50, detail);
    assert.ok(yellow >= 25 && yellow <= 50, detail);
    assert.ok(red >= 15 && red <= 35, detail);
    assert.ok(insufficient > 0 && insufficient <= 8, detail);
    // Both models are in use: the Onboarding model for customers in their first 90 days.
    const models = new Set(activeAccounts.map((account) => account.HealthModel__c));
    assert.ok(models.has('Onboarding') && models.has('Default'), [...models].join(', '));
});

test('each archetype lands mostly in its intended band', () => {
    const { activeAccounts, archetypeOf } = app();
    for (const archetype of ARCHETYPES.filter((candidate) => candidate.majorityBand)) {
        const members = activeAccounts.filter((account) => archetypeOf.get(account.Id) === archetype.key);
        assert.equal(members.length, archetype.count, archetype.key);
        const bands = members.map(bandOf);
        const inBand = bands.filter((band) => band === archetype.majorityBand).length;
        assert.ok(
            inBand * 2 > members.length,
            `${archetype.key}: ${inBand} of ${members.length} ${archetype.majorityBand} (${bands.join(', ')})`
        );
    }
});

test('expansion signals fire for a few accounts, never for most', () => {
    const { org, activeAccounts } = app();
    const signals = jsonFromDebug(
        org.gateway,
        'System.debug(JSON.serialize([SELECT Account__c, SignalType__c FROM ExpansionSignal__c]));'
    ) as { Account__c: string; SignalType__c: string }[];
    const accountsBy = new Map<string, Set<string>>();
    for (const signal of signals) {
        accountsBy.set(
            signal.SignalType__c,
            (accountsBy.get(signal.SignalType__c) ?? new Set()).add(signal.Account__c)
        );
    }
    const withAny = new Set(signals.map((signal) => signal.Account__c));
    const detail = `${signals.length} signals on ${withAny.size} of ${activeAccounts.length} active accounts; by type: ${[
        ...accountsBy
    ]
        .map(([type, accounts]) => `${type} ${accounts.size}`)
        .join(', ')}`;
    const types = model.picklistValues(model.customField('ExpansionSignal__c', 'SignalType__c')!) ?? [];
    for (const type of types) {
        const accounts = accountsBy.get(type)?.size ?? 0;
        assert.ok(accounts >= 1, `no account with a ${type} signal: ${detail}`);
        // A few accounts: a sales rep follows up each signal, so no type fires for more than a fifth of them.
        assert.ok(accounts <= 0.2 * activeAccounts.length, `${type} fires for too many accounts: ${detail}`);
    }
    assert.ok(withAny.size <= 0.35 * activeAccounts.length, `most accounts have no signal: ${detail}`);
});

test("the admin page's backtest has enough outcomes, a plausible AUC, and churn concentrated in the lower bands", () => {
    const backtest = callAsAdmin('HealthModelAdminController', 'getBacktest', { daysBefore: null }) as {
        state: string;
        minimumOutcomes: number;
        accountsUsed: number;
        churned: number;
        renewed: number;
        auc: number;
        bands: { band: string; accounts: number; churned: number; churnRate: number | null }[];
    };
    const detail = JSON.stringify(backtest);
    assert.equal(backtest.state, 'Ready', detail);
    assert.ok(backtest.accountsUsed >= backtest.minimumOutcomes, detail);
    assert.ok(backtest.churned >= 20 && backtest.renewed >= 100, detail);
    assert.ok(backtest.auc > 0.6 && backtest.auc < 0.95, `AUC ${backtest.auc}: ${detail}`);
    const rate = (band: string): number => backtest.bands.find((candidate) => candidate.band === band)?.churnRate ?? 0;
    assert.ok(rate('Red') > rate('Yellow') && rate('Yellow') >= rate('Green'), detail);
});

test('the Account card has a 13-week trend and a 30-day change from the history', () => {
    const { org, activeAccounts } = app();
    const rows = jsonFromDebug(
        org.gateway,
        'System.debug(JSON.serialize([SELECT Id, HealthChange30d__c, HealthTrend__c FROM Account WHERE HealthScore__c != null]));'
    ) as { Id: string; HealthChange30d__c?: number; HealthTrend__c?: string }[];
    const withChange = rows.filter((row) => row.HealthChange30d__c !== undefined && row.HealthChange30d__c !== null);
    assert.ok(
        withChange.length >= 0.8 * rows.length,
        `${withChange.length} of ${rows.length} scored with a 30-day change`
    );
    const trends = new Set(withChange.map((row) => row.HealthTrend__c));
    assert.ok(trends.has('Stable') && trends.size >= 2, [...trends].join(', '));
    // The card's sparkline, for an established account: a point a week, this one included.
    const established = activeAccounts.find(
        (account) => account.HealthModel__c === 'Default' && bandOf(account) !== 'Insufficient data'
    );
    assert.ok(established, 'an established account');
    const view = callAsAdmin('AccountHealthController', 'getAccountHealth', { accountId: established.Id }) as {
        trendPoints: unknown[];
    };
    assert.equal(view.trendPoints.length, 13, `${established.Name}: ${JSON.stringify(view.trendPoints)}`);
});

test('the committed snapshots are what the engine gives (10 accounts re-scored four weeks back)', () => {
    const { org, clock, asOfDay } = app();
    const day = asOfDay - 28;
    const committed = (readDataset(committedDir).records.get(HISTORY_SOBJECT) ?? []).filter(
        (record) => record.SnapshotDate__c === formatDay(day)
    );
    assert.ok(committed.length > 200, `${committed.length} snapshots on ${formatDay(day)}`);
    const sample = committed.filter((_, index) => index % Math.floor(committed.length / 10) === 0).slice(0, 10);
    const ids = sample.map((record) => String(org.references.get(String(record.Account__c).slice(1))));
    clock.set(day);
    let rescored: Record<
        string,
        { score?: number; band?: string; state: string; coverage?: number; modelName: string }
    >;
    try {
        // Scored on demand, then rolled back, so the org the other tests read is as the preview left it.
        rescored = jsonFromDebug(
            org.gateway,
            [
                `Set<Id> ids = (Set<Id>) JSON.deserialize('${JSON.stringify(ids)}', Set<Id>.class);`,
                'System.Savepoint before = Database.setSavepoint();',
                'HealthScoringService.Outcome outcome = HealthScoringService.scoreAccounts(ids, System.AccessLevel.SYSTEM_MODE);',
                'Database.rollback(before);',
                'System.debug(JSON.serialize(outcome.results));'
            ].join('\n')
        ) as typeof rescored;
    } finally {
        clock.set(asOfDay);
    }
    sample.forEach((record, index) => {
        const result = rescored[ids[index]];
        const where = `${String(record.Account__c)} on ${formatDay(day)}`;
        assert.ok(result, `${where} not re-scored`);
        assert.deepEqual(
            {
                Score__c: result.score ?? null,
                Band__c: result.band ?? null,
                State__c: result.state,
                Coverage__c: result.coverage ?? null,
                Model__c: result.modelName
            },
            {
                Score__c: record.Score__c ?? null,
                Band__c: record.Band__c ?? null,
                State__c: record.State__c,
                Coverage__c: record.Coverage__c ?? null,
                Model__c: record.Model__c
            },
            where
        );
    });
});

test('the committed snapshots: one per account and date, each of a customer of the day, with the fields the app reads', () => {
    const committed = readDataset(committedDir);
    const snapshots = committed.records.get(HISTORY_SOBJECT) ?? [];
    const accounts = new Map(
        (committed.records.get('Account') ?? []).map((account) => [account.attributes.referenceId, account])
    );
    const asOf = parseDay(DEFAULT_AS_OF);
    const seen = new Set<string>();
    const weeks = new Set<string>();
    for (const snapshot of snapshots) {
        const reference = referenceOf(snapshot.Account__c);
        const account = reference ? accounts.get(reference) : undefined;
        const where = `${snapshot.attributes.referenceId} (${String(snapshot.Account__c)})`;
        assert.ok(account, `${where}: not an account of the dataset`);
        const day = parseDay(String(snapshot.SnapshotDate__c));
        assert.ok(day < asOf, `${where}: dated ${String(snapshot.SnapshotDate__c)}, not before the as-of date`);
        assert.ok(dayOf(account.CustomerSince__c) <= day, `${where}: before the account was a customer`);
        assert.ok(!account.ChurnedOn__c || day < dayOf(account.ChurnedOn__c), `${where}: after the account churned`);
        assert.ok(snapshot.State__c && snapshot.Model__c, where);
        const key = `${reference}:${String(snapshot.SnapshotDate__c)}`;
        assert.ok(!seen.has(key), `${key} twice`);
        seen.add(key);
        if ((asOf - day) % 7 === 0) {
            weeks.add(String(snapshot.SnapshotDate__c));
        }
        for (const field of Object.keys(fieldsOf(snapshot))) {
            assert.ok(model.hasField(HISTORY_SOBJECT, field), `${where}: no field ${field}`);
            assert.ok(!model.customField(HISTORY_SOBJECT, field)?.computed, `${where}: ${field} is a formula`);
        }
    }
    assert.ok(weeks.size >= 13, `${weeks.size} weekly dates`);
});
