/**
 * SObject instance methods, Id methods, and the Schema describe API: SObjectType and SObjectField tokens,
 * DescribeSObjectResult, DescribeFieldResult and PicklistEntry. Access checks (isAccessible, isCreateable...) are
 * answered for the running user by the in-memory org (org/access.ts); without an org every object and field is
 * accessible, and computed fields are never creatable or updatable.
 */
import type { CustomMetadataStore } from '../schema/customMetadata';
import { libType, T, type ApexType } from '../compile/types';
import { sobjectPut } from '../compile/dynamic';
import { apexError, nullPointer } from '../runtime/errors';
import type { Frame } from '../runtime/frame';
import { makeField, type PicklistEntryInfo, type SObjectFieldInfo, type SObjectInfo } from '../schema/schema';
import { ApexList, ApexMap } from '../values/collections';
import { ApexId } from '../values/id';
import { LibValue, SObjectFieldToken, SObjectTypeToken } from '../values/misc';
import { SObjectValue } from '../values/sobject';
import { stringHashCode } from '../values/equality';
import { cloneSObject } from './cloning';
import { defineLibType, method, property } from './registry';
import { orgAccessOf } from '../org/access';
import { isComputedField } from '../org/permissions';

const SObjectType = defineLibType('SObject');
const IdType = defineLibType('Id');
const Schema = defineLibType('Schema');
const SObjectTypeToken_ = defineLibType('Schema.SObjectType', 'SObjectType');
const SObjectFieldToken_ = defineLibType('Schema.SObjectField', 'SObjectField');
const DescribeSObject = defineLibType('Schema.DescribeSObjectResult', 'DescribeSObjectResult');
const DescribeField = defineLibType('Schema.DescribeFieldResult', 'DescribeFieldResult');
const PicklistEntryType = defineLibType('Schema.PicklistEntry', 'PicklistEntry');
const FieldsType = defineLibType('Schema.SObjectTypeFields');
const DisplayType = defineLibType('Schema.DisplayType', 'DisplayType');
DisplayType.enumValues = [
    'ADDRESS',
    'ANYTYPE',
    'BASE64',
    'BOOLEAN',
    'COMBOBOX',
    'CURRENCY',
    'DATACATEGORYGROUPREFERENCE',
    'DATE',
    'DATETIME',
    'DOUBLE',
    'EMAIL',
    'ENCRYPTEDSTRING',
    'ID',
    'INTEGER',
    'LOCATION',
    'LONG',
    'MULTIPICKLIST',
    'PERCENT',
    'PHONE',
    'PICKLIST',
    'REFERENCE',
    'STRING',
    'TEXTAREA',
    'TIME',
    'URL'
];

const SOBJECT_TYPE = libType('Schema.SObjectType');
const SOBJECT_FIELD = libType('Schema.SObjectField');

export class DescribeSObjectValue extends LibValue {
    readonly libTypeName = 'Schema.DescribeSObjectResult';
    constructor(readonly info: SObjectInfo) {
        super();
    }
}

export class DescribeFieldValue extends LibValue {
    readonly libTypeName = 'Schema.DescribeFieldResult';
    constructor(
        readonly object: SObjectInfo,
        readonly field: SObjectFieldInfo
    ) {
        super();
    }
}

class FieldsAccessor extends LibValue {
    readonly libTypeName = 'Schema.SObjectTypeFields';
    constructor(readonly info: SObjectInfo) {
        super();
    }
}

class PicklistEntryValue extends LibValue {
    readonly libTypeName = 'Schema.PicklistEntry';
    constructor(readonly entry: PicklistEntryInfo) {
        super();
    }
}

function schemaOf(f: Frame): import('../schema/schema').SchemaProvider {
    return f.rt.program.schema;
}

/** A field by name on an object; unknown names are accepted in part 1 (with a dynamic type). */
function fieldOf(info: SObjectInfo, name: string): SObjectFieldInfo {
    return info.fields.get(name.toLowerCase()) ?? makeField(name, 'Unknown', { type: T.unknown });
}

// ----------------------------------------------------------------------------------------------------- SObject

function fieldName(v: unknown): string {
    if (v === null) {
        throw nullPointer();
    }
    if (v instanceof SObjectFieldToken) {
        return v.field.name;
    }
    return v as string;
}

method(SObjectType, 'Object get(Object)', (self: SObjectValue, [field]) => {
    const name = fieldName(field);
    if (name.includes('.')) {
        throw apexError('System.SObjectException', `Invalid field ${name} for ${self.info.name}`);
    }
    return self.get(name.toLowerCase());
});
method(SObjectType, 'Object put(Object, Object)', (self: SObjectValue, [field, value]) => {
    const lname = fieldName(field).toLowerCase();
    const previous = self.values.get(lname) ?? null;
    sobjectPut(self, fieldName(field), value);
    return previous;
});
method(SObjectType, 'SObject getSObject(Object)', (self: SObjectValue, [field]) =>
    self.get(fieldName(field).toLowerCase())
);
method(SObjectType, 'List<SObject> getSObjects(Object)', (self: SObjectValue, [field]) =>
    self.get(fieldName(field).toLowerCase())
);
method(SObjectType, 'SObject putSObject(Object, SObject)', (self: SObjectValue, [field, value]) => {
    const lname = fieldName(field).toLowerCase();
    const previous = self.values.get(lname) ?? null;
    self.set(lname, fieldName(field), value);
    return previous;
});
method(SObjectType, 'Schema.SObjectType getSObjectType()', (self: SObjectValue) => new SObjectTypeToken(self.info));
method(
    SObjectType,
    'Self clone(Boolean?, Boolean?, Boolean?, Boolean?)',
    (self: SObjectValue, [preserveId, deep, readonlyTimestamps, autonumber]) =>
        cloneSObject(self, {
            preserveId: preserveId !== false,
            deep: deep === true,
            preserveReadonlyTimestamps: readonlyTimestamps === true,
            preserveAutonumber: autonumber === true
        })
);
method(SObjectType, 'Map<String,Object> getPopulatedFieldsAsMap()', (self: SObjectValue) => {
    const map = new ApexMap(T.String, T.Object);
    for (const [lname, value] of self.values) {
        map.put(self.names.get(lname) ?? lname, value);
    }
    return map;
});
method(SObjectType, 'Boolean isSet(Object)', (self: SObjectValue, [field]) => self.has(fieldName(field).toLowerCase()));
method(SObjectType, 'void addError(Object)', (self: SObjectValue, [message]) => {
    self.errors.push(message === null ? 'null' : String(message));
    return null;
});
method(SObjectType, 'Boolean hasErrors()', (self: SObjectValue) => self.errors.length > 0);
method(
    SObjectType,
    'Boolean equals(Object)',
    (self: SObjectValue, [other]) => other instanceof SObjectValue && other === self
);
method(SObjectType, 'Integer hashCode()', (self: SObjectValue) => stringHashCode(self.info.name));

// -------------------------------------------------------------------------------------------- Custom Metadata

function metadataRecords(type: ApexType, f: Frame): SObjectValue[] {
    const info = type.k === 'sobject' && type.name ? schemaOf(f).getObject(type.name) : undefined;
    if (!info || !info.name.toLowerCase().endsWith('__mdt')) {
        throw apexError(
            'System.TypeException',
            'getAll() and getInstance() are only available on Custom Metadata types'
        );
    }
    // The in-memory org's copy holds what Metadata API deployments from Apex changed; otherwise the project's.
    const orgStore = (f.rt.db as { customMetadata?: CustomMetadataStore | null }).customMetadata;
    return (orgStore ?? f.rt.program.customMetadata)?.records(info) ?? [];
}

method(SObjectType, 'static Map<String,Self> getAll()', (type: ApexType, _args, f: Frame) => {
    const map = new ApexMap(T.String, type);
    for (const record of metadataRecords(type, f)) {
        map.put(record.get('developername'), record);
    }
    return map;
});
method(SObjectType, 'static Self getInstance(String)', (type: ApexType, [name], f: Frame) => {
    if (name === null) {
        throw nullPointer();
    }
    const key = String(name).toLowerCase();
    return (
        metadataRecords(type, f).find(
            (r) =>
                String(r.get('developername')).toLowerCase() === key ||
                String(r.get('id')).toLowerCase().startsWith(key.slice(0, 15))
        ) ?? null
    );
});

// --------------------------------------------------------------------------------------------------------- Id

method(IdType, 'static Id valueOf(String)', (_self, [text]) => {
    if (text === null) {
        throw nullPointer();
    }
    const id = ApexId.parse(text as string);
    if (!id) {
        throw apexError('System.StringException', `Invalid id: ${text as string}`);
    }
    return id;
});
method(IdType, 'Schema.SObjectType getSObjectType()', (self: ApexId, _args, f: Frame) => {
    const info = schemaOf(f).getObjectByKeyPrefix(self.keyPrefix);
    if (!info) {
        throw apexError('System.SObjectException', `Invalid id prefix: ${self.keyPrefix}`);
    }
    return new SObjectTypeToken(info);
});
method(IdType, 'String to15()', (self: ApexId) => self.value.slice(0, 15));
method(
    IdType,
    'Boolean equals(Object)',
    (self: ApexId, [other]) => other instanceof ApexId && other.value === self.value
);
method(IdType, 'Integer hashCode()', (self: ApexId) => stringHashCode(self.value));
method(IdType, 'String toString()', (self: ApexId) => self.value);

// ----------------------------------------------------------------------------------------------------- Schema

method(Schema, 'static Map<String,Schema.SObjectType> getGlobalDescribe()', (_self, _args, f: Frame) => {
    const map = new ApexMap(T.String, SOBJECT_TYPE);
    for (const info of schemaOf(f).allObjects()) {
        map.put(info.name.toLowerCase(), new SObjectTypeToken(info));
    }
    return map;
});
method(
    Schema,
    'static List<Schema.DescribeSObjectResult> describeSObjects(List<String>)',
    (_self, [names], f: Frame) => {
        const results = ((names as ApexList).items as string[]).map((name) => {
            const info = schemaOf(f).getObject(name);
            if (!info) {
                throw apexError(
                    'System.InvalidParameterValueException',
                    `In describeSObjects(), the type ${name} is not a valid sObject type`
                );
            }
            return new DescribeSObjectValue(info);
        });
        return new ApexList(results, libType('Schema.DescribeSObjectResult'));
    }
);

/** `Schema.SObjectType.Account` is Account's describe result. */
SObjectTypeToken_.dynamicStatic = (name, program) => {
    const info = program.schema.getObject(name);
    if (!info) {
        return undefined;
    }
    const describe = new DescribeSObjectValue(info);
    return { type: libType('Schema.DescribeSObjectResult'), get: () => describe };
};

// ---------------------------------------------------------------------------------------------- SObjectType

method(
    SObjectTypeToken_,
    'Schema.DescribeSObjectResult getDescribe(Object?)',
    (self: SObjectTypeToken) => new DescribeSObjectValue(self.info)
);
method(SObjectTypeToken_, 'SObject newSObject(Id?, Boolean?)', (self: SObjectTypeToken, [id]) => {
    const record = new SObjectValue(self.info);
    if (id !== undefined && id !== null) {
        record.set('id', 'Id', id);
    }
    return record;
});
method(
    SObjectTypeToken_,
    'Boolean equals(Object)',
    (self: SObjectTypeToken, [other]) => other instanceof SObjectTypeToken && other.info === self.info
);
method(SObjectTypeToken_, 'Integer hashCode()', (self: SObjectTypeToken) => stringHashCode(self.info.name));
method(SObjectTypeToken_, 'String toString()', (self: SObjectTypeToken) => self.info.name);
property(
    SObjectTypeToken_,
    false,
    'fields',
    'Schema.SObjectTypeFields',
    (self: SObjectTypeToken) => new FieldsAccessor(self.info)
);

method(
    SObjectFieldToken_,
    'Schema.DescribeFieldResult getDescribe()',
    (self: SObjectFieldToken) => new DescribeFieldValue(self.object, self.field)
);
method(
    SObjectFieldToken_,
    'Boolean equals(Object)',
    (self: SObjectFieldToken, [other]) => other instanceof SObjectFieldToken && other.field === self.field
);
method(SObjectFieldToken_, 'String toString()', (self: SObjectFieldToken) => self.field.name);

// ----------------------------------------------------------------------------------------- describe results

/** Each object access check and the object permission that answers it for the running user. */
const describeFlags = {
    isAccessible: 'read',
    isCreateable: 'create',
    isUpdateable: 'edit',
    isDeletable: 'delete',
    isQueryable: 'read',
    isSearchable: 'read',
    isUndeletable: 'delete'
} as const;
for (const [flag, permission] of Object.entries(describeFlags)) {
    method(DescribeSObject, `Boolean ${flag}()`, (self: DescribeSObjectValue, _args, f: Frame) => {
        const access = orgAccessOf(f.rt);
        return access ? access.describeObject(f.rt, self.info)[permission] : true;
    });
}
method(DescribeSObject, 'String getName()', (self: DescribeSObjectValue) => self.info.name);
method(DescribeSObject, 'String getLocalName()', (self: DescribeSObjectValue) => self.info.name);
method(DescribeSObject, 'String getLabel()', (self: DescribeSObjectValue) => self.info.label);
method(DescribeSObject, 'String getLabelPlural()', (self: DescribeSObjectValue) => `${self.info.label}s`);
method(DescribeSObject, 'String getKeyPrefix()', (self: DescribeSObjectValue) => self.info.keyPrefix);
method(DescribeSObject, 'Boolean isCustom()', (self: DescribeSObjectValue) => self.info.isCustom);
method(DescribeSObject, 'Boolean isCustomSetting()', () => false);
method(
    DescribeSObject,
    'Schema.SObjectType getSObjectType()',
    (self: DescribeSObjectValue) => new SObjectTypeToken(self.info)
);
property(
    DescribeSObject,
    false,
    'fields',
    'Schema.SObjectTypeFields',
    (self: DescribeSObjectValue) => new FieldsAccessor(self.info)
);

method(FieldsType, 'Map<String,Schema.SObjectField> getMap()', (self: FieldsAccessor) => {
    const map = new ApexMap(T.String, SOBJECT_FIELD);
    for (const field of self.info.fields.values()) {
        map.put(field.name.toLowerCase(), new SObjectFieldToken(self.info, field));
    }
    return map;
});
/** `describe.fields.Name` is the field's describe result; `Account.SObjectType.fields.Name` is its token. */
FieldsType.dynamicInstance = (name) => ({
    type: libType('Schema.DescribeFieldResult'),
    get: (self: FieldsAccessor) => new DescribeFieldValue(self.info, fieldOf(self.info, name))
});

for (const flag of ['isFilterable', 'isSortable', 'isGroupable']) {
    method(DescribeField, `Boolean ${flag}()`, () => true);
}
method(DescribeField, 'Boolean isAccessible()', (self: DescribeFieldValue, _args, f: Frame) => {
    const access = orgAccessOf(f.rt);
    return access ? access.describeField(f.rt, self.object, self.field).readable : true;
});
for (const flag of ['isCreateable', 'isUpdateable']) {
    method(DescribeField, `Boolean ${flag}()`, (self: DescribeFieldValue, _args, f: Frame) => {
        const access = orgAccessOf(f.rt);
        return access ? access.describeField(f.rt, self.object, self.field).writable : !isComputedField(self.field);
    });
}
method(DescribeField, 'String getName()', (self: DescribeFieldValue) => self.field.name);
method(DescribeField, 'String getLocalName()', (self: DescribeFieldValue) => self.field.name);
method(DescribeField, 'String getLabel()', (self: DescribeFieldValue) => self.field.label);
method(DescribeField, 'Integer getLength()', (self: DescribeFieldValue) => self.field.length ?? 0);
method(DescribeField, 'Integer getScale()', (self: DescribeFieldValue) => self.field.scale ?? 0);
method(DescribeField, 'Integer getPrecision()', (self: DescribeFieldValue) => self.field.precision ?? 0);
method(DescribeField, 'Boolean isCustom()', (self: DescribeFieldValue) => self.field.isCustom);
method(DescribeField, 'Boolean isNillable()', (self: DescribeFieldValue) => !self.field.required);
method(DescribeField, 'Boolean isExternalId()', (self: DescribeFieldValue) => self.field.isExternalId);
method(DescribeField, 'Boolean isUnique()', (self: DescribeFieldValue) => self.field.isUnique);
method(DescribeField, 'Boolean isCalculated()', (self: DescribeFieldValue) => self.field.formula !== null);
method(DescribeField, 'String getRelationshipName()', (self: DescribeFieldValue) => self.field.relationshipName);
method(
    DescribeField,
    'Schema.SObjectField getSObjectField()',
    (self: DescribeFieldValue) => new SObjectFieldToken(self.object, self.field)
);
method(
    DescribeField,
    'List<Schema.SObjectType> getReferenceTo()',
    (self: DescribeFieldValue, _args, f: Frame) =>
        new ApexList(
            self.field.referenceTo
                .map((name) => schemaOf(f).getObject(name))
                .filter((i): i is SObjectInfo => !!i)
                .map((i) => new SObjectTypeToken(i)),
            SOBJECT_TYPE
        )
);
method(
    DescribeField,
    'List<Schema.PicklistEntry> getPicklistValues()',
    (self: DescribeFieldValue) =>
        new ApexList(
            // Fields whose values are known without their metadata (standard picklists) carry no entries.
            (self.field.picklistEntries.length > 0
                ? self.field.picklistEntries
                : self.field.picklistValues.map((value) => ({ value, label: value, isDefault: false }))
            ).map((entry) => new PicklistEntryValue(entry)),
            libType('Schema.PicklistEntry')
        )
);
method(DescribeField, 'Schema.DisplayType getType()', (self: DescribeFieldValue) => displayTypeOf(self.field));

method(PicklistEntryType, 'String getValue()', (self: PicklistEntryValue) => self.entry.value);
method(PicklistEntryType, 'String getLabel()', (self: PicklistEntryValue) => self.entry.label);
method(PicklistEntryType, 'Boolean isActive()', () => true);
method(PicklistEntryType, 'Boolean isDefaultValue()', (self: PicklistEntryValue) => self.entry.isDefault);

import { libEnumValue } from '../compile/dynamic';

function displayTypeOf(field: SObjectFieldInfo): unknown {
    const byMetadata: Record<string, string> = {
        text: 'STRING',
        textarea: 'TEXTAREA',
        longtextarea: 'TEXTAREA',
        html: 'TEXTAREA',
        email: 'EMAIL',
        phone: 'PHONE',
        url: 'URL',
        picklist: 'PICKLIST',
        multiselectpicklist: 'MULTIPICKLIST',
        number: 'DOUBLE',
        currency: 'CURRENCY',
        percent: 'PERCENT',
        checkbox: 'BOOLEAN',
        date: 'DATE',
        datetime: 'DATETIME',
        time: 'TIME',
        lookup: 'REFERENCE',
        masterdetail: 'REFERENCE',
        id: 'ID',
        autonumber: 'STRING',
        location: 'LOCATION'
    };
    return libEnumValue(DisplayType, byMetadata[field.metadataType.toLowerCase()] ?? 'ANYTYPE');
}
