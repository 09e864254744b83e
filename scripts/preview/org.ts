/**
 * The preview's org: the project's schema, Custom Metadata and permission sets, loaded once with the sample
 * dataset (`dev/data`) and its users, then scored once as the nightly job would, so the pages have health to show.
 * Every later change (an override, a recalculation) stays in this process's org until the server stops.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readApexSurface } from '../typegen/apex-signatures';
import { listFiles } from '../lib/paths';
import { sourceDirs } from '../lib/metadata';
import { ApexGateway, apexString } from './apex';
import { loadApexRuntime, type RunningUser } from './runtime';

export interface PreviewUser extends RunningUser {
    /** The stable key from users.json (`csm-maria-okafor`). */
    key: string;
    title: string;
    permissionSet: string;
}

export interface PreviewAccount {
    Id: string;
    Name: string;
    Segment__c?: string;
    HealthBand__c?: string;
    HealthScore__c?: number;
    Csm__r?: { Name: string };
}

export interface PreviewOrg {
    gateway: ApexGateway;
    users: PreviewUser[];
    /** Dataset load, scoring and timings, for the start-up log. */
    notes: string[];
    accounts(): PreviewAccount[];
}

interface UsersFile {
    asOf?: string;
    users: { key: string; title: string; permissionSet: string }[];
}

/** The preview's clock starts at noon (UTC) on the dataset's as-of date, so the sample data reads as designed. */
function clockFrom(asOf: string | undefined): () => number {
    if (!asOf) {
        return () => Date.now();
    }
    const start = Date.parse(`${asOf}T12:00:00Z`);
    const started = Date.now();
    return () => start + (Date.now() - started);
}

/** The records a debug line carries as JSON (`System.debug(JSON.serialize(...))`), or the script's failure. */
function jsonFromDebug(gateway: ApexGateway, source: string): unknown {
    const result = gateway.runAnonymous(source, undefined);
    if (result.exception) {
        throw new Error(`${result.exception.type}: ${result.exception.message} (${result.exception.stackTrace})`);
    }
    if (result.unsupported) {
        throw new Error(`Unsupported: ${result.unsupported.message}`);
    }
    return JSON.parse(result.debug[result.debug.length - 1]?.value ?? 'null');
}

export function loadPreviewOrg(projectRoot: string, planPath: string): PreviewOrg {
    const notes: string[] = [];
    const runtime = loadApexRuntime();
    runtime.setParseCacheDir(runtime.defaultParseCacheDir(projectRoot));

    let started = Date.now();
    const project = runtime.loadProject(projectRoot);
    const program = runtime.programFor(project);
    const surface = readApexSurface(sourceDirs(projectRoot).flatMap((dir) => listFiles(dir, ['.cls'])));
    notes.push(`compiled the project's Apex in ${Date.now() - started} ms`);

    const usersFile = path.join(path.dirname(planPath), 'users.json');
    const usersJson: UsersFile = fs.existsSync(usersFile)
        ? (JSON.parse(fs.readFileSync(usersFile, 'utf8')) as UsersFile)
        : { users: [] };
    const now = clockFrom(usersJson.asOf);
    const { org, report } = runtime.orgWithDataset(project, planPath, { now });
    notes.push(runtime.formatLoadReport(report));
    const gateway = new ApexGateway({ runtime, program, database: org, surface, now });

    const userIds = usersJson.users.map((user) => String(report.references.get(user.key) ?? ''));
    const rows = jsonFromDebug(
        gateway,
        `List<Id> ids = (List<Id>) JSON.deserialize(${apexString(JSON.stringify(userIds))}, List<Id>.class);\n` +
            'System.debug(JSON.serialize([SELECT Id, Username, Name, FirstName, LastName, Email, ProfileId FROM User WHERE Id IN :ids]));'
    ) as {
        Id: string;
        Username: string;
        Name: string;
        FirstName: string;
        LastName: string;
        Email: string;
        ProfileId: string;
    }[];
    const users: PreviewUser[] = usersJson.users.flatMap((entry, index) => {
        const row = rows.find((candidate) => candidate.Id.slice(0, 15) === userIds[index].slice(0, 15));
        return row
            ? [
                  {
                      key: entry.key,
                      title: entry.title,
                      permissionSet: entry.permissionSet,
                      id: row.Id,
                      username: row.Username,
                      name: row.Name,
                      firstName: row.FirstName,
                      lastName: row.LastName,
                      email: row.Email,
                      profileId: row.ProfileId
                  }
              ]
            : [];
    });

    // What the nightly job does, in chunks of 200 so each transaction stays within the governor limits.
    started = Date.now();
    const scoring = gateway.runAnonymous(
        [
            'List<Id> ids = new List<Id>(new Map<Id, Account>([SELECT Id FROM Account]).keySet());',
            'Integer failures = 0;',
            'for (Integer i = 0; i < ids.size(); i += 200) {',
            '    Set<Id> chunk = new Set<Id>();',
            '    for (Integer j = i; j < Math.min(i + 200, ids.size()); j++) { chunk.add(ids[j]); }',
            '    failures += HealthScoringService.scoreAccounts(chunk, System.AccessLevel.SYSTEM_MODE).failures.size();',
            '}',
            "System.debug(ids.size() + ' accounts, ' + failures + ' failures');"
        ].join('\n'),
        undefined,
        'preview-scoring.apex'
    );
    if (scoring.exception || scoring.unsupported) {
        const why = scoring.exception
            ? `${scoring.exception.type}: ${scoring.exception.message}\n${scoring.exception.stackTrace}`
            : `Unsupported: ${scoring.unsupported?.message}`;
        notes.push(`scoring the accounts FAILED, so the health cards show "not scored": ${why}`);
    } else {
        notes.push(`scored ${scoring.debug[scoring.debug.length - 1]?.value} in ${Date.now() - started} ms`);
    }

    return {
        gateway,
        users,
        notes,
        accounts: () =>
            jsonFromDebug(
                gateway,
                'System.debug(JSON.serialize([SELECT Id, Name, Segment__c, HealthBand__c, HealthScore__c, Csm__r.Name FROM Account ORDER BY Name]));'
            ) as PreviewAccount[]
    };
}
