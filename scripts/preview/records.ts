/**
 * The server half of the preview's `lightning/uiRecordApi`: reads and updates one record through Apex, as the
 * chosen user, so field-level security follows the user's permission sets as the UI API's does. Reads drop the
 * optional fields the user cannot read and fail on required ones; updates run in user mode.
 * Simplified: `displayValue` is always null (the UI API formats dates, numbers and picklists for the user).
 */
import { apexString, type ApexCallOutcome, type ApexGateway, type RunningUser } from './apex';

export interface UiRecord {
    apiName: string;
    id: string | null;
    fields: Record<string, { value: unknown; displayValue: string | null }>;
}

/** `Account.Owner.Name` -> object `Account`, path `Owner.Name`. */
function splitField(field: string): { object: string; path: string } {
    const dot = field.indexOf('.');
    return { object: field.slice(0, dot), path: field.slice(dot + 1) };
}

function isName(text: string): boolean {
    return /^\w+(\.\w+)*$/.test(text);
}

/** A serialised SObject in the UI API's shape: every field `{ value, displayValue }`, parents nested likewise. */
export function uiRecord(row: Record<string, unknown>): UiRecord {
    const attributes = (row.attributes ?? {}) as { type?: string };
    const fields: UiRecord['fields'] = {};
    for (const [name, value] of Object.entries(row)) {
        if (name === 'attributes') {
            continue;
        }
        const parent = value !== null && typeof value === 'object' && 'attributes' in value;
        fields[name] = { value: parent ? uiRecord(value as Record<string, unknown>) : value, displayValue: null };
    }
    return { apiName: attributes.type ?? '', id: typeof row.Id === 'string' ? row.Id : null, fields };
}

function failure(status: number, message: string): ApexCallOutcome {
    return { ok: false, status, body: { message }, limits: null, millis: 0 };
}

/** Runs `source`, whose last debug line is the answer as JSON; failures as the UI API reports them. */
function run(gateway: ApexGateway, source: string, user: RunningUser | undefined, file: string): ApexCallOutcome {
    const started = Date.now();
    const result = gateway.runAnonymous(source, user, file);
    const millis = Date.now() - started;
    if (result.unsupported) {
        return failure(501, `The local Apex runtime does not support ${result.unsupported.message}`);
    }
    if (result.exception) {
        return {
            ok: false,
            status: 400,
            body: { message: result.exception.message ?? result.exception.type },
            limits: null,
            millis
        };
    }
    const text = result.debug[result.debug.length - 1]?.value ?? 'null';
    return {
        ok: true,
        value: JSON.parse(text),
        limits: { soql: 0, queryRows: 0, dml: 0, dmlRows: 0, statements: result.statements },
        millis
    };
}

export function readRecord(
    gateway: ApexGateway,
    request: { recordId?: string; fields?: string[]; optionalFields?: string[] },
    user: RunningUser | undefined
): ApexCallOutcome {
    const required = request.fields ?? [];
    const optional = request.optionalFields ?? [];
    const all = [...required, ...optional].filter((field) => field.includes('.'));
    if (!request.recordId || all.length === 0 || ![request.recordId, ...all].every(isName)) {
        return failure(400, 'getRecord needs a recordId and fields such as Account.Name');
    }
    const object = splitField(all[0]).object;
    const paths = [...new Set(['Id', ...all.map((field) => splitField(field).path)])];
    const requiredPaths = required.map((field) => splitField(field).path);
    const outcome = run(
        gateway,
        [
            `Id recordId = ${apexString(request.recordId)};`,
            `List<SObject> rows = Database.query('SELECT ${paths.join(', ')} FROM ${object} WHERE Id = :recordId');`,
            "if (rows.isEmpty()) { throw new System.QueryException('The requested resource does not exist'); }",
            'SObjectAccessDecision decision = Security.stripInaccessible(System.AccessType.READABLE, rows);',
            `Set<String> removed = decision.getRemovedFields().get(${apexString(object)});`,
            `for (String field : new List<String>{ ${requiredPaths.map(apexString).join(', ')} }) {`,
            "    if (removed != null && removed.contains(field.substringBefore('.'))) {",
            "        throw new System.NoAccessException('No access to field ' + field);",
            '    }',
            '}',
            'System.debug(JSON.serialize(decision.getRecords()[0]));'
        ].join('\n'),
        user,
        'uiRecordApi.getRecord'
    );
    return outcome.ok ? { ...outcome, value: uiRecord(outcome.value as Record<string, unknown>) } : outcome;
}

export function updateRecord(
    gateway: ApexGateway,
    request: { fields?: Record<string, unknown> },
    user: RunningUser | undefined
): ApexCallOutcome {
    const fields = request.fields ?? {};
    const id = fields.Id;
    if (typeof id !== 'string' || !isName(id) || !Object.keys(fields).every(isName)) {
        return failure(400, 'updateRecord needs fields with an Id');
    }
    const outcome = run(
        gateway,
        [
            `Id recordId = ${apexString(id)};`,
            'Type sobjectType = Type.forName(String.valueOf(recordId.getSObjectType()));',
            `SObject row = (SObject) JSON.deserialize(${apexString(JSON.stringify(fields))}, sobjectType);`,
            'Database.update(row, System.AccessLevel.USER_MODE);',
            "String soql = 'SELECT ' + String.join(new List<String>(row.getPopulatedFieldsAsMap().keySet()), ', ') + ' FROM ' + recordId.getSObjectType() + ' WHERE Id = :recordId';",
            'System.debug(JSON.serialize(Database.query(soql)[0]));'
        ].join('\n'),
        user,
        'uiRecordApi.updateRecord'
    );
    return outcome.ok ? { ...outcome, value: uiRecord(outcome.value as Record<string, unknown>) } : outcome;
}
