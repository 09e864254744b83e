/**
 * Standard objects. Field names and Apex types come from apex-ls's sobject-types jar (a maintained source, see
 * sobjectJar.ts); the table below adds what the jar does not carry: real key prefixes, metadata types (Picklist,
 * Currency...) and relationship names of the objects a package commonly touches. The jar is authoritative for a
 * field's Apex type (Account.NumberOfEmployees is an Integer). Objects only the jar knows are built on demand by
 * `jarOnlyObject`, with a synthetic key prefix.
 */
import { T, type ApexType } from '../compile/types';
import { customKeyPrefix, makeField, type SObjectFieldInfo, type SObjectInfo } from './schema';
import { StandardObjectCatalog, type StandardObject } from './sobjectJar';

type FieldSpec = string; // "Name:Text", "AccountId:Lookup>Account/Account"

/** Fields every object has. */
const SYSTEM_FIELDS: FieldSpec[] = [
    'Id:Id',
    'IsDeleted:Checkbox',
    'CreatedDate:DateTime',
    'CreatedById:Lookup>User/CreatedBy',
    'LastModifiedDate:DateTime',
    'LastModifiedById:Lookup>User/LastModifiedBy',
    'SystemModstamp:DateTime'
];

const OWNED: FieldSpec[] = ['OwnerId:Lookup>User/Owner'];

const STANDARD: Array<[string, string, FieldSpec[]]> = [
    [
        'Account',
        '001',
        [
            'Name:Text',
            ...OWNED,
            'ParentId:Lookup>Account/Parent',
            'Type:Picklist',
            'Industry:Picklist',
            'AnnualRevenue:Currency',
            'NumberOfEmployees:Number',
            'Phone:Phone',
            'Website:Url',
            'Description:TextArea',
            'BillingCity:Text',
            'BillingCountry:Text',
            'BillingState:Text',
            'BillingStreet:TextArea',
            'BillingPostalCode:Text',
            'AccountNumber:Text',
            'Rating:Picklist',
            'RecordTypeId:Lookup>RecordType/RecordType',
            'LastActivityDate:Date'
        ]
    ],
    [
        'Contact',
        '003',
        [
            'FirstName:Text',
            'LastName:Text',
            'Name:Text',
            ...OWNED,
            'AccountId:Lookup>Account/Account',
            'Email:Email',
            'Phone:Phone',
            'Title:Text',
            'Department:Text',
            'MailingCity:Text',
            'ReportsToId:Lookup>Contact/ReportsTo',
            'Birthdate:Date',
            'LastActivityDate:Date'
        ]
    ],
    [
        'Opportunity',
        '006',
        [
            'Name:Text',
            ...OWNED,
            'AccountId:Lookup>Account/Account',
            'StageName:Picklist',
            'CloseDate:Date',
            'Amount:Currency',
            'Probability:Percent',
            'Type:Picklist',
            'IsClosed:Checkbox',
            'IsWon:Checkbox',
            'ForecastCategoryName:Picklist',
            'Description:TextArea',
            'NextStep:Text',
            'LeadSource:Picklist',
            'Pricebook2Id:Lookup>Pricebook2/Pricebook2',
            'ExpectedRevenue:Currency',
            'TotalOpportunityQuantity:Number'
        ]
    ],
    [
        'Lead',
        '00Q',
        [
            'FirstName:Text',
            'LastName:Text',
            'Name:Text',
            ...OWNED,
            'Company:Text',
            'Email:Email',
            'Status:Picklist',
            'IsConverted:Checkbox',
            'ConvertedAccountId:Lookup>Account/ConvertedAccount',
            'ConvertedContactId:Lookup>Contact/ConvertedContact'
        ]
    ],
    [
        'Case',
        '500',
        [
            'CaseNumber:AutoNumber',
            'Subject:Text',
            'Description:TextArea',
            ...OWNED,
            'AccountId:Lookup>Account/Account',
            'ContactId:Lookup>Contact/Contact',
            'Status:Picklist',
            'Priority:Picklist',
            'Origin:Picklist',
            'Type:Picklist',
            'IsClosed:Checkbox',
            'IsEscalated:Checkbox',
            'ClosedDate:DateTime'
        ]
    ],
    [
        'User',
        '005',
        [
            'Username:Text',
            'FirstName:Text',
            'LastName:Text',
            'Name:Text',
            'Alias:Text',
            'Email:Email',
            'IsActive:Checkbox',
            'ProfileId:Lookup>Profile/Profile',
            'UserRoleId:Lookup>UserRole/UserRole',
            'ManagerId:Lookup>User/Manager',
            'TimeZoneSidKey:Picklist',
            'LocaleSidKey:Picklist',
            'LanguageLocaleKey:Picklist',
            'EmailEncodingKey:Picklist',
            'UserType:Picklist',
            'Title:Text',
            'Department:Text',
            'CommunityNickname:Text'
        ]
    ],
    [
        'Task',
        '00T',
        [
            'Subject:Text',
            ...OWNED,
            'WhatId:Lookup>Account/What',
            'WhoId:Lookup>Contact/Who',
            'ActivityDate:Date',
            'Status:Picklist',
            'Priority:Picklist',
            'IsClosed:Checkbox',
            'Description:TextArea',
            'TaskSubtype:Picklist',
            'Type:Picklist',
            'CompletedDateTime:DateTime'
        ]
    ],
    [
        'Event',
        '00U',
        [
            'Subject:Text',
            ...OWNED,
            'WhatId:Lookup>Account/What',
            'WhoId:Lookup>Contact/Who',
            'ActivityDate:Date',
            'ActivityDateTime:DateTime',
            'StartDateTime:DateTime',
            'EndDateTime:DateTime',
            'DurationInMinutes:Number',
            'Description:TextArea',
            'Type:Picklist'
        ]
    ],
    [
        'Contract',
        '800',
        [
            'ContractNumber:AutoNumber',
            ...OWNED,
            'AccountId:Lookup>Account/Account',
            'StartDate:Date',
            'EndDate:Date',
            'ContractTerm:Number',
            'Status:Picklist'
        ]
    ],
    [
        'Order',
        '801',
        [
            'OrderNumber:AutoNumber',
            ...OWNED,
            'AccountId:Lookup>Account/Account',
            'EffectiveDate:Date',
            'Status:Picklist',
            'TotalAmount:Currency'
        ]
    ],
    [
        'Product2',
        '01t',
        ['Name:Text', 'ProductCode:Text', 'IsActive:Checkbox', 'Family:Picklist', 'Description:TextArea']
    ],
    ['Pricebook2', '01s', ['Name:Text', 'IsActive:Checkbox', 'IsStandard:Checkbox']],
    [
        'PricebookEntry',
        '01u',
        [
            'Name:Text',
            'Pricebook2Id:Lookup>Pricebook2/Pricebook2',
            'Product2Id:Lookup>Product2/Product2',
            'UnitPrice:Currency',
            'IsActive:Checkbox'
        ]
    ],
    [
        'OpportunityLineItem',
        '00k',
        [
            'Name:Text',
            'OpportunityId:Lookup>Opportunity/Opportunity',
            'PricebookEntryId:Lookup>PricebookEntry/PricebookEntry',
            'Product2Id:Lookup>Product2/Product2',
            'Quantity:Number',
            'UnitPrice:Currency',
            'TotalPrice:Currency'
        ]
    ],
    [
        'OpportunityContactRole',
        '00K',
        [
            'OpportunityId:Lookup>Opportunity/Opportunity',
            'ContactId:Lookup>Contact/Contact',
            'Role:Picklist',
            'IsPrimary:Checkbox'
        ]
    ],
    [
        'AccountContactRelation',
        '07k',
        [
            'AccountId:Lookup>Account/Account',
            'ContactId:Lookup>Contact/Contact',
            'Roles:MultiselectPicklist',
            'IsDirect:Checkbox',
            'IsActive:Checkbox'
        ]
    ],
    [
        'Asset',
        '02i',
        [
            'Name:Text',
            ...OWNED,
            'AccountId:Lookup>Account/Account',
            'ContactId:Lookup>Contact/Contact',
            'Product2Id:Lookup>Product2/Product2',
            'Quantity:Number',
            'Status:Picklist',
            'UsageEndDate:Date'
        ]
    ],
    [
        'Campaign',
        '701',
        ['Name:Text', ...OWNED, 'IsActive:Checkbox', 'Status:Picklist', 'StartDate:Date', 'EndDate:Date']
    ],
    ['Profile', '00e', ['Name:Text', 'UserType:Picklist']],
    ['UserRole', '00E', ['Name:Text', 'ParentRoleId:Lookup>UserRole/ParentRole', 'DeveloperName:Text']],
    ['PermissionSet', '0PS', ['Name:Text', 'Label:Text', 'IsOwnedByProfile:Checkbox', 'NamespacePrefix:Text']],
    [
        'PermissionSetAssignment',
        '0Pa',
        ['AssigneeId:Lookup>User/Assignee', 'PermissionSetId:Lookup>PermissionSet/PermissionSet']
    ],
    ['PermissionSetGroup', '0PG', ['DeveloperName:Text', 'MasterLabel:Text', 'Status:Picklist']],
    ['Group', '00G', ['Name:Text', 'DeveloperName:Text', 'Type:Picklist']],
    ['GroupMember', '011', ['GroupId:Lookup>Group/Group', 'UserOrGroupId:Lookup>User/UserOrGroup']],
    [
        'RecordType',
        '012',
        ['Name:Text', 'DeveloperName:Text', 'SobjectType:Text', 'IsActive:Checkbox', 'NamespacePrefix:Text']
    ],
    [
        'Organization',
        '00D',
        ['Name:Text', 'IsSandbox:Checkbox', 'OrganizationType:Text', 'TimeZoneSidKey:Picklist', 'NamespacePrefix:Text']
    ],
    ['Note', '002', ['Title:Text', 'Body:TextArea', 'ParentId:Lookup>Account/Parent', ...OWNED]],
    ['Attachment', '00P', ['Name:Text', 'Body:Base64', 'ParentId:Lookup>Account/Parent', 'ContentType:Text']],
    [
        'ContentVersion',
        '068',
        [
            'Title:Text',
            'PathOnClient:Text',
            'VersionData:Base64',
            'ContentDocumentId:Lookup>ContentDocument/ContentDocument',
            'IsLatest:Checkbox',
            'FirstPublishLocationId:Lookup>Account/FirstPublishLocation'
        ]
    ],
    [
        'ContentDocument',
        '069',
        ['Title:Text', 'LatestPublishedVersionId:Lookup>ContentVersion/LatestPublishedVersion', 'FileType:Text']
    ],
    [
        'ContentDocumentLink',
        '06A',
        [
            'ContentDocumentId:Lookup>ContentDocument/ContentDocument',
            'LinkedEntityId:Lookup>Account/LinkedEntity',
            'ShareType:Picklist',
            'Visibility:Picklist'
        ]
    ],
    ['FeedItem', '0D5', ['Body:TextArea', 'ParentId:Lookup>Account/Parent', 'Type:Picklist', 'Title:Text']],
    [
        'EmailMessage',
        '02s',
        [
            'Subject:Text',
            'TextBody:LongTextArea',
            'HtmlBody:LongTextArea',
            'FromAddress:Email',
            'ToAddress:Text',
            'ParentId:Lookup>Case/Parent',
            'RelatedToId:Lookup>Account/RelatedTo',
            'Status:Picklist'
        ]
    ],
    [
        'EmailTemplate',
        '00X',
        ['Name:Text', 'DeveloperName:Text', 'Subject:Text', 'Body:TextArea', 'HtmlValue:TextArea']
    ],
    [
        'CronTrigger',
        '08e',
        [
            'CronExpression:Text',
            'State:Text',
            'NextFireTime:DateTime',
            'PreviousFireTime:DateTime',
            'StartTime:DateTime',
            'EndTime:DateTime',
            'TimesTriggered:Number',
            'TimeZoneSidKey:Text',
            'OwnerId:Lookup>User/Owner',
            'CronJobDetailId:Lookup>CronJobDetail/CronJobDetail'
        ]
    ],
    ['CronJobDetail', '08a', ['Name:Text', 'JobType:Text']],
    [
        'AsyncApexJob',
        '707',
        [
            'Status:Picklist',
            'JobType:Picklist',
            'NumberOfErrors:Number',
            'JobItemsProcessed:Number',
            'TotalJobItems:Number',
            'ExtendedStatus:Text',
            'CompletedDate:DateTime',
            'MethodName:Text',
            'ApexClassId:Lookup>ApexClass/ApexClass',
            'CronTriggerId:Lookup>CronTrigger/CronTrigger',
            'ParentJobId:Lookup>AsyncApexJob/ParentJob'
        ]
    ],
    ['ApexClass', '01p', ['Name:Text', 'NamespacePrefix:Text', 'Body:LongTextArea', 'Status:Picklist']],
    ['Entitlement', '550', ['Name:Text', 'AccountId:Lookup>Account/Account', 'StartDate:Date', 'EndDate:Date']],
    ['CaseComment', '00a', ['ParentId:Lookup>Case/Parent', 'CommentBody:TextArea', 'IsPublished:Checkbox']],
    ['Document', '015', ['Name:Text', 'Body:Base64', 'FolderId:Lookup>Folder/Folder', 'DeveloperName:Text']],
    ['Folder', '00l', ['Name:Text', 'DeveloperName:Text', 'Type:Picklist']],
    ['Report', '00O', ['Name:Text', 'DeveloperName:Text', 'FolderName:Text']],
    ['Dashboard', '01Z', ['Title:Text', 'DeveloperName:Text']],
    ['Territory2', '0MI', ['Name:Text', 'DeveloperName:Text']]
];

function parseSpec(spec: FieldSpec): SObjectFieldInfo {
    const [name, rest] = spec.split(':');
    const [metadataType, ref] = rest.split('>');
    if (!ref) {
        return makeField(name, metadataType, { isCustom: false });
    }
    const [referenceTo, relationshipName] = ref.split('/');
    return makeField(name, metadataType, { isCustom: false, referenceTo: [referenceTo], relationshipName });
}

let catalog: StandardObjectCatalog | null | undefined;

/** The jar's catalog, or null when the jar is not installed (the hand table then stands alone). */
export function standardCatalog(): StandardObjectCatalog | null {
    if (catalog === undefined) {
        try {
            catalog = new StandardObjectCatalog();
        } catch {
            catalog = null;
        }
    }
    return catalog;
}

const JAR_TYPES: Record<string, { metadataType: string; type: ApexType }> = {
    String: { metadataType: 'Text', type: T.String },
    Id: { metadataType: 'Id', type: T.Id },
    Boolean: { metadataType: 'Checkbox', type: T.Boolean },
    Date: { metadataType: 'Date', type: T.Date },
    Datetime: { metadataType: 'DateTime', type: T.Datetime },
    Time: { metadataType: 'Time', type: T.Time },
    Integer: { metadataType: 'Number', type: T.Integer },
    Decimal: { metadataType: 'Number', type: T.Decimal },
    Double: { metadataType: 'Number', type: T.Double },
    Blob: { metadataType: 'Base64', type: T.Blob }
};

/** A field as the jar declares it: a lookup when a relationship of the same name without `Id` exists. */
function jarField(jar: StandardObject, lower: string): SObjectFieldInfo {
    const name = jar.fields.get(lower) ?? lower;
    const known = JAR_TYPES[jar.fieldTypes.get(lower) ?? ''] ?? { metadataType: 'Text', type: T.unknown };
    const relationship = lower.endsWith('id') ? lower.slice(0, -2) : null;
    const target = relationship ? jar.relationships.get(relationship) : undefined;
    if (target && known.type === T.Id) {
        return makeField(name, 'Lookup', {
            isCustom: false,
            referenceTo: [target],
            relationshipName: name.slice(0, -2)
        });
    }
    return { ...makeField(name, known.metadataType, { isCustom: false }), type: known.type };
}

/** Adds the jar's fields to a hand-table object, and lets the jar's Apex type win over the table's. */
function withJarFields(object: SObjectInfo, jar: StandardObject | undefined): SObjectInfo {
    if (!jar) {
        return object;
    }
    for (const lower of jar.fields.keys()) {
        const declared = object.fields.get(lower);
        const fromJar = jarField(jar, lower);
        if (!declared) {
            object.fields.set(lower, fromJar);
        } else if (fromJar.type !== T.unknown && fromJar.type !== declared.type && declared.type !== T.Id) {
            object.fields.set(lower, { ...declared, type: fromJar.type });
        }
    }
    return object;
}

/** Fresh copies of the standard objects, so a provider can add fields from metadata without sharing state. */
export function standardObjects(): SObjectInfo[] {
    const jar = standardCatalog();
    return STANDARD.map(([name, keyPrefix, specs]) => {
        const fields = new Map<string, SObjectFieldInfo>();
        for (const spec of [...SYSTEM_FIELDS, ...specs]) {
            const field = parseSpec(spec);
            fields.set(field.name.toLowerCase(), field);
        }
        return withJarFields({ name, label: name, keyPrefix, isCustom: false, fields }, jar?.get(name));
    });
}

/** A standard object the table does not list, from the jar alone; undefined when the jar does not know it. */
export function jarOnlyObject(name: string): SObjectInfo | undefined {
    const jar = standardCatalog()?.get(name);
    if (!jar) {
        return undefined;
    }
    const object: SObjectInfo = {
        name: jar.name,
        label: jar.name,
        keyPrefix: customKeyPrefix(`standard:${jar.name}`),
        isCustom: false,
        fields: new Map()
    };
    return withJarFields(object, jar);
}
