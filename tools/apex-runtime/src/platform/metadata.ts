/**
 * Metadata.Operations.enqueueDeployment on the in-memory org (docs/metadata.md). The Metadata namespace's data
 * classes are Apex (metadataSource.ts); this module gives enqueueDeployment its native body:
 *
 * - in a test it throws: the platform does not deploy metadata from Apex tests ("You can't actually test how the
 *   org looks after the deployment", Trailhead "Test Your Metadata Deployment"; the Apex Developer Guide's
 *   "Testing Metadata Deployments" has tests check the DeployContainer and call the DeployCallback themselves);
 * - otherwise the container is copied when queued, and after the queuing transaction commits the custom metadata
 *   records are validated and applied to the org's copy of the records, all or nothing, and the callback's
 *   handleResult runs as asynchronous Apex with the DeployResult.
 */
import type { EnumValue, RClass } from '../compile/model';
import type { Program } from '../compile/program';
import { requireRuntime } from '../runtime/active';
import { queueMetadataDeployment, runDeployCallback, serialized } from '../runtime/async';
import { apexError } from '../runtime/errors';
import type { Runtime } from '../runtime/runtime';
import type { CustomMetadataStore } from '../schema/customMetadata';
import type { SObjectFieldInfo, SObjectInfo } from '../schema/schema';
import { ApexList } from '../values/collections';
import { ApexDatetime } from '../values/dates';
import { ApexId, makeId } from '../values/id';
import { ApexDecimal, ApexDouble } from '../values/numeric';
import { ApexObject, UnsupportedError } from '../values/objects';

/**
 * The exception a test gets. The documentation says only that a deployment cannot be tested; the type and
 * message are the ones reported from orgs (jongpie/CustomMetadataSaver#6: "Apex will not let you run
 * Metadata.Operations.enqueueDeployment(deployment, callback); in a test context").
 */
export const DEPLOY_IN_TEST_TYPE = 'System.AsyncException';
export const DEPLOY_IN_TEST_MESSAGE = 'Metadata cannot be deployed from within a test';

/** DeployRequest Ids start with 0Af (Metadata API, DeployResult.id, e.g. "0Af5B000005S1PISA0"). */
const DEPLOY_REQUEST_PREFIX = '0Af';
/** The callback runs as an async Apex job: its Id is an AsyncApexJob Id (707). */
const ASYNC_JOB_PREFIX = '707';

const MAX_NAME_LENGTH = 40;
const MAX_LABEL_LENGTH = 40;

/** A component as it was when queued: later changes to the caller's objects do not reach the deployment. */
interface QueuedRecord {
    fullName: string | null;
    label: string | null;
    values: Array<{ field: string | null; value: unknown }>;
}

interface MessageData {
    fullName: string;
    success: boolean;
    created: boolean;
    problem: string | null;
}

let deploymentCounter = 0;
let callbackJobCounter = 0;

/** Gives Metadata.Operations.enqueueDeployment its native body, once the platform classes are compiled. */
export function installMetadataNatives(program: Program): void {
    const metadata = program.platformClasses.get('metadata');
    const operations = metadata?.inner.get('operations');
    const enqueue = operations?.methods.get('enqueuedeployment')?.[0];
    if (!metadata || !enqueue) {
        return;
    }
    enqueue.native = (_self, [container, callback]) =>
        enqueueDeployment(requireRuntime(), metadata, container as ApexObject | null, callback as ApexObject | null);
}

function enqueueDeployment(
    rt: Runtime,
    metadata: RClass,
    container: ApexObject | null,
    callback: ApexObject | null
): ApexId {
    if (rt.isTest) {
        throw apexError(DEPLOY_IN_TEST_TYPE, DEPLOY_IN_TEST_MESSAGE);
    }
    const { file, line } = rt.currentLocation();
    const store = orgMetadata(rt);
    if (!store) {
        throw new UnsupportedError(
            'Metadata.Operations.enqueueDeployment (deploying needs the in-memory org)',
            file,
            line
        );
    }
    if (container === null) {
        throw new UnsupportedError(
            'Metadata.Operations.enqueueDeployment of a null container (the platform error is not documented)',
            file,
            line
        );
    }
    const components = (get(container, 'components') as ApexList).items as Array<ApexObject | null>;
    if (components.length === 0) {
        // "A container must have one or more components before being deployed" (DeployContainer Class); what
        // the platform does otherwise is not documented.
        throw new UnsupportedError('Metadata.Operations.enqueueDeployment of an empty container', file, line);
    }
    const customMetadata = metadata.inner.get('custommetadata')!;
    const queued: QueuedRecord[] = components.map((component) => {
        if (component === null || component.cls !== customMetadata) {
            throw new UnsupportedError(
                `Metadata.Operations.enqueueDeployment of ${component === null ? 'a null component' : component.cls.fullName} (only Metadata.CustomMetadata is supported)`,
                file,
                line
            );
        }
        const values = (get(component, 'values') as ApexList | null)?.items ?? [];
        return {
            fullName: get(component, 'fullName') as string | null,
            label: get(component, 'label') as string | null,
            values: (values as Array<ApexObject | null>).map((v) => ({
                field: v === null ? null : (get(v, 'field') as string | null),
                value: v === null ? null : get(v, 'value')
            }))
        };
    });
    // The callback is serialized when queued, as queued jobs are: later changes to the caller's object do not reach it.
    const queuedCallback = callback === null ? null : serialized(callback);
    const deploymentId = makeId(DEPLOY_REQUEST_PREFIX, ++deploymentCounter);
    const createdDate = ApexDatetime.newInstance(rt.now());
    queueMetadataDeployment(rt, () => {
        const startDate = ApexDatetime.newInstance(rt.now());
        const messages = deploy(rt, store, queued);
        if (queuedCallback === null) {
            return;
        }
        const result = deployResult(rt, metadata, deploymentId, messages, queued.length, createdDate, startDate);
        const context = rt.construct(
            metadata.inner.get('deploycallbackcontext')!,
            metadata.inner.get('deploycallbackcontext')!.constructors[0],
            []
        );
        set(context, 'callbackJobId', makeId(ASYNC_JOB_PREFIX, 900_000_000 + ++callbackJobCounter));
        const handle = queuedCallback.cls.vtable.get(
            'handleresult(metadata.deployresult,metadata.deploycallbackcontext)'
        );
        if (!handle) {
            throw new Error(`${queuedCallback.cls.fullName} does not implement Metadata.DeployCallback`);
        }
        // A failing callback rolls its own work back; the deployment has happened all the same.
        runDeployCallback(rt, queuedCallback.cls, () => rt.invoke(handle, queuedCallback, [result, context]));
    });
    return deploymentId;
}

function orgMetadata(rt: Runtime): CustomMetadataStore | null {
    return (rt.db as { customMetadata?: CustomMetadataStore | null }).customMetadata ?? null;
}

// ------------------------------------------------------------------------------------------------ deploying

interface Checked {
    info: SObjectInfo;
    developerName: string;
    label: string | null;
    values: Array<{ field: string; value: string | null }>;
}

/** Validates every record, then applies them all, or none when one fails. */
function deploy(rt: Runtime, store: CustomMetadataStore, queued: QueuedRecord[]): MessageData[] {
    const namesInContainer = new Set(
        queued.map((q) => {
            const [type, name] = splitFullName(rt, q.fullName ?? '');
            return `${type.toLowerCase()}.${(name ?? '').toLowerCase()}`;
        })
    );
    const checked: Array<Checked | null> = [];
    const messages: MessageData[] = [];
    const seen = new Set<string>();
    for (const record of queued) {
        const fullName = record.fullName ?? '';
        const problem = (() => {
            const key = fullName.toLowerCase();
            if (seen.has(key)) {
                // "Avoid adding components ... that have the same Metadata.Metadata.fullName because it causes
                // deployment errors" (DeployContainer Class).
                return `Duplicate component ${fullName} in the deployment`;
            }
            seen.add(key);
            return null;
        })();
        const outcome = problem ? { problem } : checkRecord(rt, store, record, namesInContainer);
        if ('problem' in outcome) {
            checked.push(null);
            messages.push({ fullName, success: false, created: false, problem: outcome.problem });
        } else {
            checked.push(outcome);
            messages.push({
                fullName,
                success: true,
                created: !store.has(outcome.info.name, outcome.developerName),
                problem: null
            });
        }
    }
    if (messages.some((m) => !m.success)) {
        // All or nothing: nothing is applied, and the records that were valid are not reported as deployed.
        return messages.filter((m) => !m.success);
    }
    for (const record of checked as Checked[]) {
        store.upsert(record.info.name, record.developerName, record.label, record.values);
    }
    return messages;
}

/** `lodestar__Type__mdt.lodestar__Record` or `Type.Record` → the type's API name and the record's name. */
function splitFullName(rt: Runtime, fullName: string): [string, string | null] {
    const dot = fullName.indexOf('.');
    if (dot < 0) {
        return [fullName, null];
    }
    return [fullName.slice(0, dot), stripNamespace(rt, fullName.slice(dot + 1))];
}

/** The project's own namespace prefix (`lodestar__`) is optional, as in `lodestar.Foo`. */
function stripNamespace(rt: Runtime, name: string): string {
    const namespace = rt.program.namespace;
    const prefix = namespace ? `${namespace.toLowerCase()}__` : null;
    return prefix && name.toLowerCase().startsWith(prefix) ? name.slice(prefix.length) : name;
}

function checkRecord(
    rt: Runtime,
    store: CustomMetadataStore,
    record: QueuedRecord,
    namesInContainer: Set<string>
): Checked | { problem: string } {
    const fullName = record.fullName ?? '';
    const [typeText, developerName] = splitFullName(rt, fullName);
    if (!fullName || developerName === null) {
        return { problem: `Invalid fullName ${fullName}: use <Type>__mdt.<RecordName>` };
    }
    let typeName = stripNamespace(rt, typeText);
    if (!typeName.toLowerCase().endsWith('__mdt')) {
        // The Metadata API names a custom metadata type without __mdt in a record's fullName.
        typeName = `${typeName}__mdt`;
    }
    const schema = rt.program.schema;
    const info = schema.isDeclared?.(typeName) === false ? undefined : schema.getObject(typeName);
    if (!info || !info.name.toLowerCase().endsWith('__mdt')) {
        return { problem: `Custom metadata type ${typeText} does not exist` };
    }
    if (!isApiName(developerName)) {
        return {
            problem: `Invalid record name ${developerName}: use up to ${MAX_NAME_LENGTH} letters, digits and single underscores, starting with a letter and not ending with an underscore`
        };
    }
    const exists = store.has(info.name, developerName);
    const label = record.label === null ? null : record.label.trim();
    if (!exists && !label) {
        return { problem: 'Required field is missing: label' };
    }
    if (label && label.length > MAX_LABEL_LENGTH) {
        return { problem: `Label is longer than ${MAX_LABEL_LENGTH} characters: ${label}` };
    }
    const values: Checked['values'] = [];
    const given = new Set<string>();
    for (const entry of record.values) {
        const fieldName = entry.field === null ? '' : stripNamespace(rt, entry.field);
        const field = info.fields.get(fieldName.toLowerCase());
        if (!field || !field.isCustom) {
            return { problem: `Field ${entry.field ?? 'null'} does not exist on ${info.name}` };
        }
        const text = valueText(rt, field, entry.value, namesInContainer, store);
        if (typeof text === 'object' && text !== null) {
            return text;
        }
        given.add(field.name.toLowerCase());
        values.push({ field: field.name, value: text });
    }
    for (const field of info.fields.values()) {
        // A record must have every required field: given in the deployment or, for an update, already set.
        const value = values.find((v) => v.field.toLowerCase() === field.name.toLowerCase());
        const missing = given.has(field.name.toLowerCase()) ? value?.value === null : !exists;
        if (field.isCustom && field.required && field.metadataType !== 'Checkbox' && missing) {
            return { problem: `Required field is missing: ${field.name}` };
        }
    }
    return { info, developerName, label, values };
}

/** A value in metadata-file text, checked against the field's type; or the problem. */
function valueText(
    rt: Runtime,
    field: SObjectFieldInfo,
    value: unknown,
    namesInContainer: Set<string>,
    store: CustomMetadataStore
): string | null | { problem: string } {
    if (value === null || value === undefined) {
        return null;
    }
    const bad = (): { problem: string } => ({
        problem: `Invalid value for ${field.name} (${field.metadataType}): ${describe(value)}`
    });
    switch (field.metadataType) {
        case 'Checkbox':
            if (typeof value === 'boolean') {
                return String(value);
            }
            return value === 'true' || value === 'false' ? value : bad();
        case 'Number':
        case 'Percent':
        case 'Currency': {
            const number = numberText(value);
            if (number === null) {
                return bad();
            }
            const integerDigits = (field.precision ?? 18) - (field.scale ?? 0);
            if (number.replace(/^[-+]/, '').split('.')[0].replace(/^0+/, '').length > integerDigits) {
                return { problem: `Value too large for ${field.name}: ${number}` };
            }
            return number;
        }
        case 'Text':
        case 'TextArea':
        case 'LongTextArea':
        case 'Email':
        case 'Phone':
        case 'Url':
        case 'Picklist': {
            if (typeof value !== 'string') {
                return bad();
            }
            const text = value.trim();
            if (field.length !== null && text.length > field.length) {
                return { problem: `Value too long for ${field.name} (max length ${field.length}): ${text}` };
            }
            if (field.metadataType === 'Picklist' && field.restricted && field.picklistValues.length > 0) {
                if (!field.picklistValues.includes(text)) {
                    return { problem: `Bad value for restricted picklist field ${field.name}: ${text}` };
                }
            }
            return text;
        }
        case 'MetadataRelationship': {
            if (typeof value !== 'string') {
                return bad();
            }
            const target = field.referenceTo[0] ?? '';
            const name = stripNamespace(rt, value.trim());
            // The related record may be in the same deployment ("Create a metadata record along with another one
            // that references it in the same transaction", Operations Class).
            if (!store.has(target, name) && !namesInContainer.has(`${target.toLowerCase()}.${name.toLowerCase()}`)) {
                return { problem: `${field.name}: no ${target} record named ${value}` };
            }
            return name;
        }
        default: {
            const { file, line } = rt.currentLocation();
            throw new UnsupportedError(
                `Metadata API deployment of a ${field.metadataType} custom metadata field (${field.name})`,
                file,
                line
            );
        }
    }
}

function numberText(value: unknown): string | null {
    if (value instanceof ApexDecimal) {
        return value.toPlainString();
    }
    if (typeof value === 'number' || typeof value === 'bigint') {
        return String(value);
    }
    if (value instanceof ApexDouble) {
        return Number.isFinite(value.v) ? String(value.v) : null;
    }
    if (typeof value === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/.test(value)) {
        return value.trim();
    }
    return null;
}

function describe(value: unknown): string {
    return typeof value === 'string' ? value : value instanceof ApexObject ? value.cls.fullName : String(value);
}

function isApiName(name: string): boolean {
    return (
        name.length <= MAX_NAME_LENGTH &&
        /^[A-Za-z][A-Za-z0-9_]*$/.test(name) &&
        !name.includes('__') &&
        !name.endsWith('_')
    );
}

// ------------------------------------------------------------------------------------------------ results

function deployResult(
    rt: Runtime,
    metadata: RClass,
    deploymentId: ApexId,
    messages: MessageData[],
    total: number,
    createdDate: ApexDatetime,
    startDate: ApexDatetime
): ApexObject {
    // Component problems are reported per component (details); errorMessage stays null, as it is for errors of
    // the deployment as a whole.
    const failures = messages.filter((m) => !m.success);
    const successes = messages.filter((m) => m.success);
    const succeeded = failures.length === 0;
    const now = ApexDatetime.newInstance(rt.now());
    const result = construct(rt, metadata, 'deployresult');
    const details = construct(rt, metadata, 'deploydetails');
    const messageType = { k: 'class', cls: metadata.inner.get('deploymessage')! } as const;
    set(
        details,
        'componentFailures',
        new ApexList(
            failures.map((m) => message(rt, metadata, m, now)),
            messageType
        )
    );
    set(
        details,
        'componentSuccesses',
        new ApexList(
            successes.map((m) => message(rt, metadata, m, now)),
            messageType
        )
    );
    const fields: Record<string, unknown> = {
        id: deploymentId.value,
        status: enumValue(metadata, 'deploystatus', succeeded ? 'Succeeded' : 'Failed'),
        success: succeeded,
        done: true,
        checkOnly: false,
        ignoreWarnings: false,
        rollbackOnError: true,
        runTestsEnabled: false,
        createdBy: rt.user.id,
        createdByName: rt.user.name,
        createdDate,
        startDate,
        completedDate: now,
        lastModifiedDate: now,
        numberComponentsTotal: total,
        numberComponentsDeployed: successes.length,
        numberComponentErrors: failures.length,
        numberTestsTotal: 0,
        numberTestsCompleted: 0,
        numberTestErrors: 0,
        details
    };
    for (const [name, value] of Object.entries(fields)) {
        set(result, name, value);
    }
    return result;
}

function message(rt: Runtime, metadata: RClass, data: MessageData, now: ApexDatetime): ApexObject {
    const msg = construct(rt, metadata, 'deploymessage');
    const [type, name] = data.fullName.includes('.') ? data.fullName.split('.', 2) : [data.fullName, ''];
    const values: Record<string, unknown> = {
        fullName: data.fullName,
        componentType: 'CustomMetadata',
        fileName: `customMetadata/${type.replace(/__mdt$/i, '')}.${name}.md`,
        success: data.success,
        created: data.success && data.created,
        changed: data.success,
        deleted: false,
        createdDate: now,
        problem: data.problem,
        problemType: data.success ? null : enumValue(metadata, 'deployproblemtype', 'Error')
    };
    for (const [field, value] of Object.entries(values)) {
        set(msg, field, value);
    }
    return msg;
}

function construct(rt: Runtime, metadata: RClass, name: string): ApexObject {
    const cls = metadata.inner.get(name)!;
    return rt.construct(cls, cls.constructors[0], []);
}

function enumValue(metadata: RClass, enumName: string, name: string): EnumValue {
    return metadata.inner.get(enumName)!.enumValues.find((v) => v.name === name)!;
}

function get(obj: ApexObject, name: string): unknown {
    return obj.fields[obj.cls.findField(name.toLowerCase())!.slot];
}

function set(obj: ApexObject, name: string, value: unknown): void {
    obj.fields[obj.cls.findField(name.toLowerCase())!.slot] = value;
}
