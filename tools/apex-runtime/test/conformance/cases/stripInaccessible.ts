/**
 * Security.stripInaccessible and SObjectAccessDecision, as the default user (a System Administrator). Computed
 * fields are never creatable or updatable, so they are stripped even for an administrator; records deserialized
 * from JSON (the "untrusted source" case the docs name) can carry them. Cases for users with partial access need
 * SOQL and live in ../pending/usermodeSoql.ts.
 */
import type { ConformanceCase } from '../case';

const SECURITY =
    'Apex Reference, Security Class, stripInaccessible (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_Security.htm)';
const DECISION =
    'Apex Reference, SObjectAccessDecision Class (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_SObjectAccessDecision.htm)';
const GUIDE =
    'Apex Developer Guide, Enforce Security with the stripInaccessible Method (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_with_security_stripInaccessible.htm)';

export const cases: ConformanceCase[] = [
    {
        name: 'nothing is stripped when every field is readable',
        cite: `${DECISION}: getRemovedFields() "Returns a map of sObject types to their corresponding inaccessible fields"; getModifiedIndexes() "Returns the indexes of sObjects that are modified"`,
        apex: `List<AccessWidget__c> ws = new List<AccessWidget__c>{ new AccessWidget__c(Name = 'a', Secret__c = 's') };
SObjectAccessDecision d = Security.stripInaccessible(AccessType.READABLE, ws);
System.debug(d.getRecords());
System.debug(d.getRemovedFields());
System.debug(d.getModifiedIndexes());`,
        debug: ['(AccessWidget__c:{Name=a, Secret__c=s})', '{}', '{}']
    },
    {
        name: 'getRecords returns new records, not the source ones',
        cite: `${DECISION}, getRecords(): "Returns a list of new sObjects that are identical to the source records, except that they are stripped of fields that fail the field-level security check"`,
        apex: `List<AccessWidget__c> ws = new List<AccessWidget__c>{ new AccessWidget__c(Name = 'a') };
List<AccessWidget__c> stripped = Security.stripInaccessible(AccessType.READABLE, ws).getRecords();
stripped[0].Name = 'changed';
System.debug(ws[0].Name);
System.debug(stripped[0] === ws[0]);`,
        debug: ['a', 'false']
    },
    {
        name: 'records keep the order of the source list',
        cite: `${DECISION}: "The sObjects returned by the getRecords method contain records in the same order as the sObjects in the sourceRecords parameter" (${GUIDE})`,
        apex: `List<Account> accounts = new List<Account>{ new Account(Name = 'one'), new Account(Name = 'two'), new Account(Name = 'three') };
for (SObject a : Security.stripInaccessible(AccessType.UPDATABLE, accounts).getRecords()) {
    System.debug(a.get('Name'));
}`,
        debug: ['one', 'two', 'three']
    },
    {
        name: 'a formula field from an untrusted source is stripped for CREATABLE',
        cite: `${GUIDE}: the method can "sanitize sObjects that have been deserialized from an untrusted source"; the access check is "in the context of the specified operation—create, read, update, or upsert", and a formula field cannot be created`,
        apex: `AccessWidget__c w = (AccessWidget__c) JSON.deserialize('{"attributes":{"type":"AccessWidget__c"},"Name":"w","DoubleScore__c":4}', AccessWidget__c.class);
SObjectAccessDecision d = Security.stripInaccessible(AccessType.CREATABLE, new List<AccessWidget__c>{ w });
System.debug(d.getRemovedFields());
System.debug(d.getModifiedIndexes());
System.debug(d.getRecords()[0].isSet('DoubleScore__c'));
System.debug(d.getRecords()[0].get('Name'));`,
        debug: ['{AccessWidget__c={DoubleScore__c}}', '{0}', 'false', 'w']
    },
    {
        name: 'a formula field stays for READABLE',
        cite: `${GUIDE}: READABLE checks field-level read access; formula fields are readable`,
        apex: `AccessWidget__c w = (AccessWidget__c) JSON.deserialize('{"attributes":{"type":"AccessWidget__c"},"Name":"w","DoubleScore__c":4}', AccessWidget__c.class);
SObjectAccessDecision d = Security.stripInaccessible(AccessType.READABLE, new List<AccessWidget__c>{ w });
System.debug(d.getRemovedFields());
System.debug(d.getRecords()[0].get('DoubleScore__c'));`,
        debug: ['{}', '4']
    },
    {
        name: 'the Id field is never stripped',
        cite: `${GUIDE}: "The ID field is never stripped by the stripInaccessible method to avoid issues when performing DML on the result."`,
        apex: `AccessWidget__c saved = new AccessWidget__c(Name = 'w', Code__c = 'c');
insert saved;
AccessWidget__c w = (AccessWidget__c) JSON.deserialize('{"attributes":{"type":"AccessWidget__c"},"Id":"' + saved.Id + '","Name":"w","CreatedDate":"2024-01-01T00:00:00.000+0000"}', AccessWidget__c.class);
SObjectAccessDecision d = Security.stripInaccessible(AccessType.UPDATABLE, new List<AccessWidget__c>{ w });
System.debug(d.getRemovedFields());
System.debug(d.getRecords()[0].Id == w.Id);`,
        debug: ['{AccessWidget__c={CreatedDate}}', 'true']
    },
    {
        name: 'UPSERTABLE strips what cannot be both created and updated',
        cite: `${SECURITY}: accessCheckType "Uses values from the AccessType enum" (CREATABLE, READABLE, UPDATABLE, UPSERTABLE); a formula field is neither creatable nor updatable`,
        apex: `AccessWidget__c w = (AccessWidget__c) JSON.deserialize('{"attributes":{"type":"AccessWidget__c"},"Name":"w","Public__c":"p","DoubleScore__c":2}', AccessWidget__c.class);
SObjectAccessDecision d = Security.stripInaccessible(AccessType.UPSERTABLE, new List<AccessWidget__c>{ w });
System.debug(d.getRemovedFields().get('AccessWidget__c'));
System.debug(d.getRecords()[0].get('Public__c'));`,
        debug: ['{DoubleScore__c}', 'p']
    },
    {
        name: 'fields of a related parent record are stripped too, under the parent object',
        cite: `${GUIDE}: the method strips "the fields and relationship fields from query and subquery results that the user can't access"; getRemovedFields() keys are "a string representation of the sObject type"`,
        apex: `AccessNote__c n = (AccessNote__c) JSON.deserialize('{"attributes":{"type":"AccessNote__c"},"Body__c":"b","Widget__r":{"attributes":{"type":"AccessWidget__c"},"Name":"w","DoubleScore__c":4}}', AccessNote__c.class);
SObjectAccessDecision d = Security.stripInaccessible(AccessType.CREATABLE, new List<AccessNote__c>{ n });
System.debug(d.getRemovedFields());
System.debug(d.getModifiedIndexes());
AccessNote__c stripped = (AccessNote__c) d.getRecords()[0];
System.debug(stripped.Body__c);
System.debug(stripped.Widget__r.Name);
System.debug(stripped.Widget__r.isSet('DoubleScore__c'));`,
        debug: ['{AccessWidget__c={DoubleScore__c}}', '{0}', 'b', 'w', 'false']
    },
    {
        name: 'child records of a subquery relationship are stripped too',
        cite: `${GUIDE}: "Use the stripInaccessible method to enforce field-level and object-level data protection by stripping fields and relationship fields from query and subquery results that the user can't access"`,
        apex: `AccessWidget__c w = (AccessWidget__c) JSON.deserialize('{"attributes":{"type":"AccessWidget__c"},"Name":"w","AccessNotes__r":{"totalSize":1,"done":true,"records":[{"attributes":{"type":"AccessNote__c"},"Body__c":"x","CreatedDate":"2024-01-01T00:00:00.000+0000"}]}}', AccessWidget__c.class);
SObjectAccessDecision d = Security.stripInaccessible(AccessType.UPDATABLE, new List<AccessWidget__c>{ w });
System.debug(d.getRemovedFields());
AccessWidget__c stripped = (AccessWidget__c) d.getRecords()[0];
System.debug(stripped.AccessNotes__r.size());
System.debug(stripped.AccessNotes__r[0].Body__c);`,
        debug: ['{AccessNote__c={CreatedDate}}', '1', 'x']
    },
    {
        name: 'only the modified rows are in getModifiedIndexes',
        cite: `${DECISION}, getModifiedIndexes(): "A set of unsigned integers that represent the row indexes of the modified sObjects"`,
        apex: `List<AccessWidget__c> ws = (List<AccessWidget__c>) JSON.deserialize('[{"attributes":{"type":"AccessWidget__c"},"Name":"a"},{"attributes":{"type":"AccessWidget__c"},"Name":"b","DoubleScore__c":2},{"attributes":{"type":"AccessWidget__c"},"Name":"c"}]', List<AccessWidget__c>.class);
System.debug(Security.stripInaccessible(AccessType.CREATABLE, ws).getModifiedIndexes());`,
        debug: ['{1}']
    },
    {
        name: 'enforceRootObjectCRUD false still strips fields',
        cite: `${SECURITY}: enforceRootObjectCRUD "Indicates whether an object-level access check is performed. If set to true and the access check fails, this method throws an exception. This optional parameter defaults to true."`,
        apex: `AccessWidget__c w = (AccessWidget__c) JSON.deserialize('{"attributes":{"type":"AccessWidget__c"},"Name":"w","DoubleScore__c":4}', AccessWidget__c.class);
System.debug(Security.stripInaccessible(AccessType.UPDATABLE, new List<AccessWidget__c>{ w }, false).getRemovedFields());`,
        debug: ['{AccessWidget__c={DoubleScore__c}}']
    },
    {
        name: 'fields never set are simply absent, not an error',
        cite: `${GUIDE}: "Fields that aren't queried are null in the return list, without causing an exception."`,
        apex: `List<AccessWidget__c> ws = new List<AccessWidget__c>{ new AccessWidget__c(Name = 'a') };
AccessWidget__c w = (AccessWidget__c) Security.stripInaccessible(AccessType.READABLE, ws).getRecords()[0];
System.debug(w.Secret__c);
System.debug(w.isSet('Secret__c'));`,
        debug: ['null', 'false']
    }
];
