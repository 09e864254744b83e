/**
 * The nightly scoring benchmark (not a test): the cost of one HealthScoringBatch execute at scope sizes 50, 200
 * and 2,000, with the packaged Default model and all its metrics, on the local runtime's in-memory org.
 *
 * It seeds 2,000 customer Accounts, each with a usage period, an NPS answer, a Case, a sponsor Task, an Event and a
 * success plan with two objectives (the shape HealthScoringBatchTest uses), in transactions of 200. The NPS answer is
 * a 6, a detractor, so every Account raises a risk alert: the worst case, a Task and an alert per Account. Then, for
 * each scope size, the alerts of the previous size are removed (a transaction of its own, not measured, so each size
 * raises its alerts anew) and one transaction runs what an execute runs (HealthScoringService.scoreNightly) and reads
 * its own limits. The query and DML counts must not depend on the scope size.
 *
 * Run: `npm run bench:scoring` (after `npm run build`).
 */
import { performance } from 'node:perf_hooks';
import { runAnonymous, type AnonymousResult } from '../../tools/apex-runtime/src/anonymous';
import { orgFor } from '../../tools/apex-runtime/src/index';
import { loadProject, programFor } from '../../tools/apex-runtime/src/project';
import { repoRoot } from '../lib/paths';

const ACCOUNTS = 2000;
const SEED_BATCH = 200;
const SCOPES = [50, 200, 2000];

const seedScript = (from: number): string => `Date today = System.today();
List<Account> accounts = new List<Account>();
for (Integer i = ${from}; i < ${from + SEED_BATCH}; i++) {
    accounts.add(new Account(Name = 'Bench ' + i, CustomerSince__c = today.addDays(-400), Arr__c = 1000 * (i + 1),
        CsmSentiment__c = '4', CsmSentimentUpdatedOn__c = today.addDays(-7)));
}
insert accounts;
List<Contact> sponsors = new List<Contact>();
for (Account a : accounts) {
    sponsors.add(new Contact(LastName = 'Sponsor ' + a.Name, AccountId = a.Id));
}
insert sponsors;
List<ProductUsage__c> periods = new List<ProductUsage__c>();
List<SurveyResponse__c> answers = new List<SurveyResponse__c>();
List<Case> cases = new List<Case>();
List<Task> tasks = new List<Task>();
List<Event> events = new List<Event>();
List<SuccessPlan__c> plans = new List<SuccessPlan__c>();
for (Integer i = 0; i < accounts.size(); i++) {
    Account a = accounts[i];
    a.ExecutiveSponsor__c = sponsors[i].Id;
    periods.add(new ProductUsage__c(Account__c = a.Id, PeriodStart__c = today.addDays(-59), PeriodEnd__c = today.addDays(-30),
        ActiveUsers__c = 41, LicensedSeats__c = 50, DailyActiveUsers__c = 10, MonthlyActiveUsers__c = 40,
        FeaturesUsed__c = 6, FeaturesAvailable__c = 12));
    answers.add(new SurveyResponse__c(Account__c = a.Id, SurveyType__c = 'NPS', Score__c = 6, RespondedOn__c = today.addDays(-20)));
    cases.add(new Case(AccountId = a.Id, Subject = 'Question', Status = 'New', IsEscalated = Math.mod(i, 2) == 0));
    tasks.add(new Task(WhatId = a.Id, WhoId = sponsors[i].Id, Subject = 'Exec call', Status = 'Completed', ActivityDate = today.addDays(-15)));
    events.add(new Event(WhatId = a.Id, Subject = 'Workshop', DurationInMinutes = 60,
        StartDateTime = Datetime.newInstance(today.addDays(-9), Time.newInstance(9, 0, 0, 0))));
    plans.add(new SuccessPlan__c(Name = 'Adoption', Account__c = a.Id, Status__c = 'Active'));
}
update accounts;
insert periods;
insert answers;
insert cases;
insert tasks;
insert events;
insert plans;
List<SuccessObjective__c> objectives = new List<SuccessObjective__c>();
for (SuccessPlan__c plan : plans) {
    objectives.add(new SuccessObjective__c(Name = 'Go live', SuccessPlan__c = plan.Id, Status__c = 'Achieved'));
    objectives.add(new SuccessObjective__c(Name = 'Adopt', SuccessPlan__c = plan.Id, Status__c = 'On track'));
}
insert objectives;`;

/** Removes the alerts and their Tasks, so the next execute raises one per Account again (de-duplication would not). */
const resetAlertsScript = `delete [SELECT Id FROM RiskAlert__c];
delete [SELECT Id FROM Task WHERE Status = 'Not Started'];`;

/** One execute's work, measured from inside the transaction (the scope's own query is not counted). */
const executeScript = (
    scope: number
): string => `Set<Id> ids = new Map<Id, Account>([SELECT Id FROM Account WHERE CustomerSince__c != null LIMIT ${scope}]).keySet();
Integer queries = Limits.getQueries();
Integer rows = Limits.getQueryRows();
Integer dml = Limits.getDmlStatements();
Integer dmlRows = Limits.getDmlRows();
Long cpu = Limits.getCpuTime();
HealthScoringService.Outcome outcome = HealthScoringService.scoreNightly(ids, null, HealthSettings.getInstance());
System.debug('FIGURES|' + ids.size() + '|' + (Limits.getQueries() - queries) + '|' + (Limits.getQueryRows() - rows) + '|'
    + (Limits.getDmlStatements() - dml) + '|' + (Limits.getDmlRows() - dmlRows) + '|' + (Limits.getCpuTime() - cpu) + '|'
    + outcome.scoredCount() + '|' + outcome.failures.size() + '|' + [SELECT COUNT() FROM RiskAlert__c WHERE Account__c IN :ids]);`;

function check(result: AnonymousResult, what: string): void {
    if (result.exception || result.unsupported) {
        const detail = result.exception
            ? `${result.exception.type}: ${result.exception.message} at ${result.exception.file}:${result.exception.line}`
            : result.unsupported?.message;
        throw new Error(`${what} failed: ${detail}`);
    }
}

function main(): void {
    const project = loadProject(repoRoot);
    const program = programFor(project);
    const org = orgFor(project);
    const seeded = performance.now();
    for (let from = 0; from < ACCOUNTS; from += SEED_BATCH) {
        check(runAnonymous(program, seedScript(from), `seed-${from}.apex`, { database: org }), `seeding from ${from}`);
    }
    console.log(
        `Seeded ${org.store.count('Account')} customer Accounts in ${Math.round(performance.now() - seeded)} ms`
    );
    console.log('scope  SOQL  query rows  DML  DML rows  statements executed   scored  failed  alerts      ms');
    for (const scope of SCOPES) {
        check(runAnonymous(program, resetAlertsScript, 'reset-alerts.apex', { database: org }), 'removing the alerts');
        const started = performance.now();
        const result = runAnonymous(program, executeScript(scope), `execute-${scope}.apex`, { database: org });
        check(result, `execute of ${scope}`);
        const ms = performance.now() - started;
        const line = result.debug.find((d) => d.value.startsWith('FIGURES|'));
        if (!line) {
            throw new Error(`execute of ${scope} printed no figures`);
        }
        const [, size, queries, queryRows, dml, dmlRows, , scored, failed, alerts] = line.value.split('|');
        console.log(
            `${size.padStart(5)} ${queries.padStart(5)} ${queryRows.padStart(11)} ${dml.padStart(4)} ${dmlRows.padStart(9)} ${result.statements.toLocaleString('en-US').padStart(20)} ${scored.padStart(8)} ${failed.padStart(7)} ${alerts.padStart(7)} ${Math.round(ms).toString().padStart(7)}`
        );
    }
}

main();
