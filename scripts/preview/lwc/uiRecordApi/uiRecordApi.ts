/**
 * `lightning/uiRecordApi` for the preview: `getRecord` (wire), `getFieldValue`, `getFieldDisplayValue`,
 * `updateRecord` and `notifyRecordUpdateAvailable`, answered by the preview server through Apex as the chosen
 * user. Records have the UI API's shape (`fields.Name.value`); `displayValue` is always null here.
 */
import { post } from '../session/session';

type FieldRef = string | { objectApiName: string; fieldApiName: string };

export interface RecordRepresentation {
    apiName: string;
    id: string | null;
    fields: Record<string, { value: unknown; displayValue: string | null }>;
}

interface GetRecordConfig {
    recordId?: string;
    fields?: FieldRef | FieldRef[];
    optionalFields?: FieldRef | FieldRef[];
}

type DataCallback = (value: { data?: RecordRepresentation; error?: unknown }) => void;

function fieldName(field: FieldRef): string {
    return typeof field === 'string' ? field : `${field.objectApiName}.${field.fieldApiName}`;
}

function fieldNames(fields: FieldRef | FieldRef[] | undefined): string[] {
    return fields === undefined ? [] : (Array.isArray(fields) ? fields : [fields]).map(fieldName);
}

/** Every connected getRecord adapter, so an update can refresh the ones showing that record. */
const adapters = new Set<GetRecord>();

export class GetRecord {
    private config?: GetRecordConfig;

    constructor(private readonly callback: DataCallback) {}

    connect(): void {
        adapters.add(this);
    }

    disconnect(): void {
        adapters.delete(this);
    }

    update(config: GetRecordConfig): void {
        this.config = config;
        void this.load();
    }

    get recordId(): string | undefined {
        return this.config?.recordId;
    }

    async load(): Promise<void> {
        const config = this.config;
        if (!config?.recordId) {
            return;
        }
        try {
            const data = (await post('/ui/record', {
                recordId: config.recordId,
                fields: fieldNames(config.fields),
                optionalFields: fieldNames(config.optionalFields)
            })) as RecordRepresentation;
            this.callback({ data, error: undefined });
        } catch (error) {
            this.callback({ data: undefined, error });
        }
    }
}

export const getRecord = GetRecord;

function fieldOf(
    record: RecordRepresentation | undefined,
    field: FieldRef
): { value: unknown; displayValue: string | null } | undefined {
    const path = fieldName(field).split('.').slice(1);
    let current: RecordRepresentation | undefined = record;
    let found: { value: unknown; displayValue: string | null } | undefined;
    for (const name of path) {
        found = current?.fields[name];
        current = found?.value as RecordRepresentation | undefined;
    }
    return found;
}

export function getFieldValue(record: RecordRepresentation | undefined, field: FieldRef): unknown {
    return fieldOf(record, field)?.value;
}

export function getFieldDisplayValue(
    record: RecordRepresentation | undefined,
    field: FieldRef
): string | null | undefined {
    return fieldOf(record, field)?.displayValue;
}

export async function notifyRecordUpdateAvailable(items: { recordId: string }[]): Promise<void> {
    const ids = new Set(items.map((item) => item.recordId));
    await Promise.all(
        [...adapters].filter((adapter) => ids.has(adapter.recordId ?? '')).map((adapter) => adapter.load())
    );
}

export async function updateRecord(recordInput: { fields: Record<string, unknown> }): Promise<RecordRepresentation> {
    const record = (await post('/ui/record/update', { fields: recordInput.fields })) as RecordRepresentation;
    await notifyRecordUpdateAvailable([{ recordId: String(recordInput.fields.Id) }]);
    return record;
}
