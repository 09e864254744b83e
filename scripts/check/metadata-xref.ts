/**
 * `metadata-xref`: every object, field, value set and component that metadata names must exist, and every
 * Custom Metadata record must fit its type. A deploy would catch these one at a time against an org; here there is
 * no org, so they are checked against the source itself plus the standard objects apex-ls knows for API 65.
 *
 * Covered: object and field definitions (lookup targets, value sets, dependent picklists), permission sets, layouts,
 * list views, compact layouts, report types, tabs and Custom Metadata records. Each problem points at the line of
 * the offending element.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Check, CheckOutcome, Problem } from '../lib/problems';
import {
    children,
    isCustomObjectName,
    MetadataModel,
    readXmlRoot,
    text,
    texts,
    type FieldInfo,
    type XmlNode
} from './metadata-model';
import { StandardObjectCatalog, sobjectTypesJar } from './standard-objects';
import { lineOfNextTag, XmlLineFinder } from './support';
import { sourceDirs } from '../lib/metadata';

const rule = 'metadata-xref';

/** Collects the problems of one metadata file, each located at the line of the element it is about. */
class FileProblems {
    private readonly text: string;
    private readonly finder: XmlLineFinder;

    constructor(
        readonly file: string,
        private readonly problems: Problem[]
    ) {
        this.text = fs.readFileSync(file, 'utf8');
        this.finder = new XmlLineFinder(this.text);
    }

    at(tag: string, value: string, message: string): void {
        this.problems.push({ file: this.file, line: this.finder.line(tag, value), message, rule });
    }

    /** At the first `<followingTag>` after `<tag>value</tag>`: a CMDT record's `<value>` after its `<field>`. */
    after(tag: string, value: string, followingTag: string, message: string): void {
        const line = lineOfNextTag(this.text, followingTag, this.finder.line(tag, value));
        this.problems.push({ file: this.file, line, message, rule });
    }

    wholeFile(message: string): void {
        this.problems.push({ file: this.file, line: 0, message, rule });
    }
}

/**
 * Why `fieldPath` (Name, Owner.Alias, Account__r.Arr__c) does not resolve on `object`, or undefined when it does.
 * Relationships lead to other objects; a relationship whose target is not known here ends the check (accepted).
 */
function fieldPathError(model: MetadataModel, object: string, fieldPath: string): string | undefined {
    const segments = fieldPath.split('.');
    let current = object;
    for (const segment of segments.slice(0, -1)) {
        const target = model.relationshipTarget(current, segment);
        if (!target) {
            return `${current} has no relationship "${segment}"`;
        }
        const resolved = model.objectName(target);
        if (!resolved) {
            return `${current}.${segment} points to ${target}, which does not exist`;
        }
        current = resolved;
    }
    const field = segments[segments.length - 1];
    return model.hasField(current, field) ? undefined : `field ${current}.${field} does not exist`;
}

function objectMissing(name: string): string {
    return isCustomObjectName(name)
        ? `object ${name} does not exist (no objects/${name}/${name}.object-meta.xml)`
        : `object ${name} is neither defined here nor a standard object of API 65`;
}

function checkObjectsAndFields(model: MetadataModel, problems: Problem[]): void {
    for (const object of model.objects.values()) {
        const fields = [...object.fields.values()];
        if (model.objectName(object.name) === undefined) {
            // Once per object, at its first field: every field of it fails for the same reason.
            if (fields.length > 0) {
                new FileProblems(fields[0].file, problems).wholeFile(`fields of ${objectMissing(object.name)}`);
            }
            continue;
        }
        fields.forEach((field) => checkField(model, field, new FileProblems(field.file, problems)));
    }
}

function checkField(model: MetadataModel, field: FieldInfo, report: FileProblems): void {
    if (field.referenceTo && !model.objectName(field.referenceTo)) {
        report.at(
            'referenceTo',
            field.referenceTo,
            `${field.object}.${field.name} looks up ${objectMissing(field.referenceTo)}`
        );
    }
    if (field.valueSetName && !model.globalValueSets.has(field.valueSetName)) {
        report.at(
            'valueSetName',
            field.valueSetName,
            `global value set ${field.valueSetName} does not exist (no globalValueSets/${field.valueSetName}.globalValueSet-meta.xml)`
        );
    }
    if (/^(Picklist|MultiselectPicklist)$/.test(field.type) && !field.valueSetName && field.values.length === 0) {
        report.at('type', field.type, `picklist ${field.object}.${field.name} has no values and no global value set`);
    }
    if (!field.controllingField) {
        return;
    }
    const controlling = field.controllingField;
    if (!model.hasField(field.object, controlling)) {
        report.at('controllingField', controlling, `controlling field ${field.object}.${controlling} does not exist`);
        return;
    }
    const controllingDefinition = model.customField(field.object, controlling);
    const controllingValues = controllingDefinition ? model.picklistValues(controllingDefinition) : undefined;
    const ownValues = model.picklistValues(field);
    for (const setting of field.valueSettings) {
        if (ownValues && !ownValues.includes(setting.valueName)) {
            report.at(
                'valueName',
                setting.valueName,
                `"${setting.valueName}" is not a value of ${field.object}.${field.name}`
            );
        }
        for (const value of setting.controllingFieldValues) {
            if (controllingValues && !controllingValues.includes(value)) {
                report.at(
                    'controllingFieldValue',
                    value,
                    `"${value}" is not a value of the controlling field ${field.object}.${controlling}`
                );
            }
        }
    }
}

function checkPermissionSet(model: MetadataModel, file: string, problems: Problem[]): void {
    const permissionSet = readXmlRoot(file);
    const report = new FileProblems(file, problems);
    for (const grant of children(permissionSet, 'fieldPermissions')) {
        const name = text(grant, 'field') ?? '';
        const [object, field] = name.split('.');
        if (!field) {
            report.at('field', name, `field permission "${name}" is not Object.Field`);
            continue;
        }
        const canonical = model.objectName(object);
        if (!canonical) {
            report.at('field', name, `field permission names ${objectMissing(object)}`);
            continue;
        }
        const error = fieldPathError(model, canonical, field);
        if (error) {
            report.at('field', name, `field permission names ${name}: ${error}`);
            continue;
        }
        const definition = model.customField(canonical, field);
        if (definition && (definition.required || definition.type === 'MasterDetail')) {
            report.at(
                'field',
                name,
                `${name} is required or master-detail: the platform rejects field permissions on it`
            );
        } else if (definition?.computed && text(grant, 'editable') === 'true') {
            report.at('field', name, `${name} is computed (formula, roll-up or auto number) and cannot be editable`);
        }
    }
    for (const grant of children(permissionSet, 'objectPermissions')) {
        const object = text(grant, 'object') ?? '';
        if (!model.objectName(object)) {
            report.at('object', object, `object permission names ${objectMissing(object)}`);
        }
    }
    for (const tab of children(permissionSet, 'tabSettings').map((setting) => text(setting, 'tab') ?? '')) {
        // standard-<Object> tabs belong to the platform; custom tabs are defined in tabs/.
        if (!tab.startsWith('standard-') && !model.tabs.has(tab)) {
            report.at('tab', tab, `tab ${tab} does not exist (no tabs/${tab}.tab-meta.xml)`);
        }
    }
    for (const className of children(permissionSet, 'classAccesses').map((access) => text(access, 'apexClass') ?? '')) {
        if (!model.classes.has(className)) {
            report.at('apexClass', className, `Apex class ${className} does not exist`);
        }
    }
    for (const type of children(permissionSet, 'customMetadataTypeAccesses').map(
        (access) => text(access, 'name') ?? ''
    )) {
        if (!/__mdt$/.test(type) || !model.objectName(type)) {
            report.at('name', type, `Custom Metadata type ${type} does not exist`);
        }
    }
    for (const app of children(permissionSet, 'applicationVisibilities').map(
        (visibility) => text(visibility, 'application') ?? ''
    )) {
        if (!app.startsWith('standard__') && !model.applications.has(app)) {
            report.at('application', app, `app ${app} does not exist (no applications/${app}.app-meta.xml)`);
        }
    }
    for (const recordType of children(permissionSet, 'recordTypeVisibilities').map(
        (visibility) => text(visibility, 'recordType') ?? ''
    )) {
        const [object, name] = recordType.split('.');
        const info = model.objects.get((object ?? '').toLowerCase());
        if (!info || !info.recordTypes.has(name ?? '')) {
            report.at('recordType', recordType, `record type ${recordType} does not exist`);
        }
    }
}

/** `Account-Account Layout.layout-meta.xml` → Account. */
function layoutObject(file: string): string {
    return path.basename(file, '.layout-meta.xml').split('-')[0];
}

function checkLayout(model: MetadataModel, file: string, problems: Problem[]): void {
    const report = new FileProblems(file, problems);
    const object = model.objectName(layoutObject(file));
    if (!object) {
        report.wholeFile(`layout is for ${objectMissing(layoutObject(file))}`);
        return;
    }
    const layout = readXmlRoot(file);
    const items = children(layout, 'layoutSections')
        .flatMap((section) => children(section, 'layoutColumns'))
        .flatMap((column) => children(column, 'layoutItems'));
    for (const field of items.flatMap((item) => texts(item, 'field'))) {
        const error = fieldPathError(model, object, field);
        if (error) {
            report.at('field', field, `layout field ${field}: ${error}`);
        }
    }
    for (const relatedList of children(layout, 'relatedLists')) {
        const name = text(relatedList, 'relatedList') ?? '';
        // Custom related lists are `<ChildObject>.<LookupField>`; standard ones (RelatedNoteList...) are platform names.
        const [child, lookup] = name.split('.');
        if (!lookup) {
            continue;
        }
        const childObject = model.objectName(child);
        if (!childObject) {
            report.at('relatedList', name, `related list ${name} names ${objectMissing(child)}`);
            continue;
        }
        if (!model.hasField(childObject, lookup)) {
            report.at('relatedList', name, `related list ${name}: field ${childObject}.${lookup} does not exist`);
            continue;
        }
        // Related list columns of custom fields are API names; standard columns use platform tokens (NAME).
        for (const column of texts(relatedList, 'fields').filter((field) => /__c$/i.test(field))) {
            if (!model.hasField(childObject, column)) {
                report.at(
                    'fields',
                    column,
                    `related list ${name} column: field ${childObject}.${column} does not exist`
                );
            }
        }
    }
}

/**
 * List view columns and filters name custom fields by API name (Status__c) and standard fields by platform
 * tokens (NAME, ACCOUNT.NAME, CORE.USERS.ALIAS) that no API describes; those tokens are accepted as written.
 */
function listViewFieldError(model: MetadataModel, object: string, column: string): string | undefined {
    if (/__c$/i.test(column)) {
        const field = column.split('.').pop() ?? column;
        return model.hasField(object, field) ? undefined : `field ${object}.${field} does not exist`;
    }
    if (/^[A-Z0-9_.]+$/.test(column)) {
        return undefined;
    }
    return fieldPathError(model, object, column);
}

function checkObjectComponents(model: MetadataModel, problems: Problem[]): void {
    for (const object of model.objects.values()) {
        const listViews = listFilesIn(path.join(object.folder, 'listViews'), '.listView-meta.xml');
        const compactLayouts = listFilesIn(path.join(object.folder, 'compactLayouts'), '.compactLayout-meta.xml');
        const canonical = model.objectName(object.name);
        for (const file of [...listViews, ...compactLayouts]) {
            if (!canonical) {
                new FileProblems(file, problems).wholeFile(objectMissing(object.name));
                continue;
            }
            model.readable(file, () =>
                file.endsWith('.listView-meta.xml')
                    ? checkListView(model, canonical, file, problems)
                    : checkCompactLayout(model, canonical, file, problems)
            );
        }
    }
}

function checkListView(model: MetadataModel, object: string, file: string, problems: Problem[]): void {
    const report = new FileProblems(file, problems);
    const listView = readXmlRoot(file);
    for (const column of texts(listView, 'columns')) {
        const error = listViewFieldError(model, object, column);
        if (error) {
            report.at('columns', column, `list view column ${column}: ${error}`);
        }
    }
    for (const filter of children(listView, 'filters')) {
        const field = text(filter, 'field') ?? '';
        const error = listViewFieldError(model, object, field);
        if (error) {
            report.at('field', field, `list view filter ${field}: ${error}`);
        }
    }
}

function checkCompactLayout(model: MetadataModel, object: string, file: string, problems: Problem[]): void {
    const report = new FileProblems(file, problems);
    for (const field of texts(readXmlRoot(file), 'fields')) {
        const error = fieldPathError(model, object, field);
        if (error) {
            report.at('fields', field, `compact layout field ${field}: ${error}`);
        }
    }
}

function listFilesIn(dir: string, suffix: string): string[] {
    return fs.existsSync(dir)
        ? fs
              .readdirSync(dir)
              .filter((name) => name.endsWith(suffix))
              .sort()
              .map((name) => path.join(dir, name))
        : [];
}

/** Report types: the base object, each join's child relationship, and every section column (`table` + `field`). */
function checkReportType(model: MetadataModel, file: string, problems: Problem[]): void {
    const report = new FileProblems(file, problems);
    const reportType = readXmlRoot(file);
    const baseName = text(reportType, 'baseObject') ?? '';
    const base = model.objectName(baseName);
    if (!base) {
        report.at('baseObject', baseName, `report type base ${objectMissing(baseName)}`);
        return;
    }
    // Table paths are the base object followed by child relationship names: Account.HealthSnapshots__r.
    const tables = new Map<string, string>([[base.toLowerCase(), base]]);
    let parent = base;
    let tablePath = base;
    for (let join = children(reportType, 'join')[0]; join; join = children(join, 'join')[0]) {
        const relationship = text(join, 'relationship') ?? '';
        const child = model.childRelationshipTarget(parent, relationship);
        const childObject = child ? model.objectName(child) : undefined;
        if (!childObject) {
            report.at('relationship', relationship, `${parent} has no child relationship "${relationship}"`);
            break;
        }
        tablePath = `${tablePath}.${relationship}`;
        tables.set(tablePath.toLowerCase(), childObject);
        parent = childObject;
    }
    for (const column of children(reportType, 'sections').flatMap((section) => children(section, 'columns'))) {
        const table = text(column, 'table') ?? '';
        const field = text(column, 'field') ?? '';
        const object = tables.get(table.toLowerCase());
        if (!object) {
            report.at('table', table, `report type column table ${table} is not the base object or one of its joins`);
            continue;
        }
        const error = fieldPathError(model, object, field);
        if (error) {
            report.at('field', field, `report type column ${table}.${field}: ${error}`);
        }
    }
}

function checkTab(model: MetadataModel, file: string, problems: Problem[]): void {
    const report = new FileProblems(file, problems);
    const tab = readXmlRoot(file);
    const name = path.basename(file, '.tab-meta.xml');
    if (text(tab, 'customObject') === 'true' && !model.objectName(name)) {
        report.at('customObject', 'true', `object tab for ${objectMissing(name)}`);
    }
    const component = text(tab, 'lwcComponent');
    if (component && !model.lwcBundles.has(component)) {
        report.at('lwcComponent', component, `Lightning web component ${component} does not exist`);
    }
    const flexipage = text(tab, 'flexiPage');
    if (flexipage && !model.flexipages.has(flexipage)) {
        report.at('flexiPage', flexipage, `Lightning page ${flexipage} does not exist`);
    }
}

/** Why `value` does not fit a Custom Metadata field, or undefined when it does. */
function customMetadataValueError(model: MetadataModel, field: FieldInfo, value: string): string | undefined {
    const number = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
    switch (field.type) {
        case 'Number':
        case 'Percent':
        case 'Currency': {
            if (!number.test(value)) {
                return `"${value}" is not a number`;
            }
            const integerDigits = value.replace(/^[-+]/, '').split('.')[0].replace(/^0+/, '').length;
            const allowed = (field.precision ?? 18) - (field.scale ?? 0);
            return integerDigits > allowed
                ? `${value} has more than ${allowed} digits before the decimal point`
                : undefined;
        }
        case 'Checkbox':
            return /^(true|false)$/.test(value) ? undefined : `"${value}" is not true or false`;
        case 'Date':
            return /^\d{4}-\d{2}-\d{2}$/.test(value) ? undefined : `"${value}" is not a date (yyyy-mm-dd)`;
        case 'DateTime':
            return Number.isNaN(Date.parse(value)) ? `"${value}" is not a date/time` : undefined;
        case 'Picklist': {
            const values = model.picklistValues(field);
            return values && !values.includes(value)
                ? `"${value}" is not one of the picklist values: ${values.join(', ')}`
                : undefined;
        }
        case 'Text':
        case 'TextArea':
        case 'LongTextArea': {
            const limit = field.length ?? 255;
            return value.length > limit
                ? `the value is ${value.length} characters, longer than the field's ${limit}`
                : undefined;
        }
        case 'MetadataRelationship': {
            const target = field.referenceTo ?? '';
            if (target === 'EntityDefinition') {
                return model.objectName(value) ? undefined : objectMissing(value);
            }
            if (!/__mdt$/.test(target)) {
                return undefined; // FieldDefinition and the like name org components, not records
            }
            const record = `${target.replace(/__mdt$/, '')}.${value}`;
            return model.customMetadataRecords.has(record)
                ? undefined
                : `no ${target} record "${value}" (customMetadata/${record}.md-meta.xml)`;
        }
        default:
            return undefined;
    }
}

/** `customMetadata/HealthModel.Default.md-meta.xml`: the type must exist, and each value must fit its field. */
function checkCustomMetadataRecord(model: MetadataModel, file: string, problems: Problem[]): void {
    const report = new FileProblems(file, problems);
    const [typeName, recordName] = path.basename(file, '.md-meta.xml').split('.');
    const type = `${typeName}__mdt`;
    if (!recordName || !/^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*$/.test(recordName) || recordName.endsWith('_')) {
        report.wholeFile(`"${recordName ?? ''}" is not a valid record name (letters, digits, single underscores)`);
    }
    if (!model.objectName(type)) {
        report.wholeFile(
            `record of Custom Metadata type ${type}, which does not exist (no objects/${type}/${type}.object-meta.xml)`
        );
        return;
    }
    for (const entry of children(readXmlRoot(file), 'values')) {
        const fieldName = text(entry, 'field') ?? '';
        const field = model.customField(type, fieldName);
        if (!field) {
            report.at('field', fieldName, `${type} has no field ${fieldName}`);
            continue;
        }
        const valueNode = children(entry, 'value')[0] as XmlNode | undefined;
        if (valueNode?.['@xsi:nil'] === 'true' || texts(entry, 'value').length === 0) {
            continue;
        }
        const error = customMetadataValueError(model, field, text(entry, 'value') ?? '');
        if (error) {
            report.after('field', fieldName, 'value', `${type}.${fieldName} (${field.type}): ${error}`);
        }
    }
}

/** A check of one kind of metadata file, adding what it finds to `problems`. */
type FileCheck = (model: MetadataModel, file: string, problems: Problem[]) => void;

/** Read once per process: the jar is 6 MB, and every run needs the same standard objects. */
let standardObjects: StandardObjectCatalog | undefined;

export const metadataXrefCheck: Check = {
    name: 'metadata-xref',
    description:
        'Every field, object, value set and component that metadata names exists; CMDT records fit their types.',
    async run(projectRoot: string): Promise<CheckOutcome> {
        const name = 'metadata-xref';
        if (!fs.existsSync(sobjectTypesJar)) {
            const message = `standard object definitions not found (${sobjectTypesJar}): run npm ci`;
            return { name, problems: [{ file: sobjectTypesJar, line: 0, message, rule }], checked: 1 };
        }
        standardObjects ??= new StandardObjectCatalog();
        const model = new MetadataModel(sourceDirs(projectRoot), standardObjects);
        const problems: Problem[] = [];
        checkObjectsAndFields(model, problems);
        checkObjectComponents(model, problems);
        const fileChecks: [suffix: string, check: FileCheck][] = [
            ['.permissionset-meta.xml', checkPermissionSet],
            ['.layout-meta.xml', checkLayout],
            ['.reportType-meta.xml', checkReportType],
            ['.tab-meta.xml', checkTab],
            ['.md-meta.xml', checkCustomMetadataRecord]
        ];
        for (const [suffix, checkFile] of fileChecks) {
            for (const file of model.files.filter((candidate) => candidate.endsWith(suffix))) {
                model.readable(file, () => checkFile(model, file, problems));
            }
        }
        for (const { file, message } of model.unreadable) {
            problems.push({ file, line: 0, message: `not cross-checked: ${message}`, rule });
        }
        return { name, problems, checked: model.files.filter((file) => file.endsWith('-meta.xml')).length };
    }
};
