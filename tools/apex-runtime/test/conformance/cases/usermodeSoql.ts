/**
 * Access cases that use SOQL (to find profiles and permission sets, and to run user-mode queries) and DML in user
 * mode (OrgAccess.checkDml).
 *
 * Setup DML (User, PermissionSetAssignment) comes first; data DML runs inside System.runAs as the current user,
 * the documented way to avoid MIXED_DML_OPERATION ("Mixed DML Operations in Test Methods").
 *
 * Fixture permission sets (fixtures/force-app/access/permissionsets): Access_Reader reads AccessWidget__c
 * (Public__c, Score__c, DoubleScore__c) and AccessNote__c (Body__c, Widget__c); Access_Editor creates and edits
 * AccessWidget__c (Public__c, Score__c editable; Secret__c read-only), no delete.
 */
import type { ConformanceCase } from '../case';

const USER_MODE =
    'Apex Developer Guide, Enforce User Mode for Database Operations (https://developer.salesforce.com/docs/atlas.en-us.260.0.apexcode.meta/apexcode/apex_classes_enforce_usermode.htm)';
const SECURITY_ENFORCED =
    'Apex Developer Guide, Filter SOQL Queries Using WITH SECURITY_ENFORCED (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_with_security_enforced.htm)';
const RUNAS =
    'Apex Developer Guide, Using the runAs Method (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_testing_tools_runas.htm)';
const STRIP =
    'Apex Developer Guide, Enforce Security with the stripInaccessible Method (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_with_security_stripInaccessible.htm)';
const FIELD_DESCRIBE = 'Apex Reference, DescribeFieldResult Class';

/** Apex that creates `variable`, a user with `profile` and the permission sets, plus one widget with a note. */
function setup(variable: string, profile: string, permissionSets: string[]): string {
    const alias = variable.slice(0, 8).toLowerCase();
    const assignments = permissionSets
        .map(
            (name, i) =>
                `PermissionSet ${variable}Set${i} = [SELECT Id FROM PermissionSet WHERE Name = '${name}'];
insert new PermissionSetAssignment(AssigneeId = ${variable}.Id, PermissionSetId = ${variable}Set${i}.Id);`
        )
        .join('\n');
    return `Profile ${variable}Profile = [SELECT Id FROM Profile WHERE Name = '${profile}'];
User ${variable} = new User(Alias = '${alias}', Email = '${alias}@access.test', EmailEncodingKey = 'UTF-8', LastName = '${variable}', LanguageLocaleKey = 'en_US', LocaleSidKey = 'en_US', ProfileId = ${variable}Profile.Id, TimeZoneSidKey = 'America/Los_Angeles', Username = '${alias}@access.test');
insert ${variable};
${assignments}
System.runAs(new User(Id = UserInfo.getUserId())) {
    AccessWidget__c seed = new AccessWidget__c(Name = 'w1', Code__c = 'c1', Public__c = 'pub', Secret__c = 'sec', Score__c = 3);
    insert seed;
    insert new AccessNote__c(Name = 'n1', Widget__c = seed.Id, Body__c = 'body', Private__c = 'priv');
}
`;
}

export const cases: ConformanceCase[] = [
    {
        name: 'WITH USER_MODE returns rows when every field is readable',
        cite: `${USER_MODE}: "Field-level security (FLS) and object permissions of the running user are respected in user mode"`,
        apex: `${setup('reader', 'Standard User', ['Access_Reader'])}
System.runAs(reader) {
    List<AccessWidget__c> ws = [SELECT Name, Public__c, Score__c FROM AccessWidget__c WITH USER_MODE];
    System.debug(ws.size());
    System.debug(ws[0].Public__c);
}`,
        debug: ['1', 'pub']
    },
    {
        name: 'WITH USER_MODE throws QueryException for a field the user cannot read',
        cite: `${USER_MODE}: user mode "finds all FLS errors in your SOQL query"; a field without read access fails the query with System.QueryException`,
        apex: `${setup('reader', 'Standard User', ['Access_Reader'])}
System.runAs(reader) {
    List<AccessWidget__c> ws = [SELECT Name, Secret__c FROM AccessWidget__c WITH USER_MODE];
}`,
        throws: { type: 'System.QueryException' }
    },
    {
        name: 'getInaccessibleFields lists every inaccessible field, by object',
        cite: `${USER_MODE}: "in user mode, you can use the getInaccessibleFields() method on QueryException to examine the full set of access errors"`,
        apex: `${setup('reader', 'Standard User', ['Access_Reader'])}
System.runAs(reader) {
    try {
        List<AccessNote__c> ns = [SELECT Body__c, Private__c, Widget__r.Secret__c FROM AccessNote__c WITH USER_MODE];
    } catch (QueryException e) {
        System.debug(e.getInaccessibleFields().get('AccessNote__c'));
        System.debug(e.getInaccessibleFields().get('AccessWidget__c'));
        System.debug(e.getInaccessibleFields().size());
    }
}`,
        debug: ['{Private__c}', '{Secret__c}', '2']
    },
    {
        name: 'WITH USER_MODE throws when the user cannot read the object',
        cite: `${USER_MODE}: object permissions of the running user are respected in user mode; a Standard User has no access to a custom object no permission set grants`,
        apex: `${setup('plain', 'Standard User', [])}
System.runAs(plain) {
    List<AccessWidget__c> ws = [SELECT Id FROM AccessWidget__c WITH USER_MODE];
}`,
        throws: { type: 'System.QueryException' }
    },
    {
        name: 'WITH USER_MODE checks the WHERE clause too',
        cite: `${USER_MODE}: "WITH USER_MODE processes all clauses in the SOQL SELECT statement including the WHERE clause"`,
        apex: `${setup('reader', 'Standard User', ['Access_Reader'])}
System.runAs(reader) {
    List<AccessWidget__c> ws = [SELECT Name FROM AccessWidget__c WHERE Secret__c = 'sec' WITH USER_MODE];
}`,
        throws: { type: 'System.QueryException' }
    },
    {
        name: 'a default-mode query inside runAs still runs in system mode',
        cite: `${USER_MODE}: "Apex code runs in system mode by default"; ${RUNAS}: runAs changes the user, while object and field permissions are enforced by user-mode operations`,
        apex: `${setup('reader', 'Standard User', ['Access_Reader'])}
System.runAs(reader) {
    System.debug([SELECT Secret__c FROM AccessWidget__c][0].Secret__c);
}`,
        debug: ['sec']
    },
    {
        name: 'WITH SYSTEM_MODE ignores the user’s field permissions',
        cite: `Apex Reference, AccessLevel Class: "In system mode, the object and field-level permissions of the current user are ignored"; ${USER_MODE}: "WITH USER_MODE or WITH SYSTEM_MODE in your SOQL"`,
        apex: `${setup('reader', 'Standard User', ['Access_Reader'])}
System.runAs(reader) {
    System.debug([SELECT Secret__c FROM AccessWidget__c WITH SYSTEM_MODE][0].Secret__c);
}`,
        debug: ['sec']
    },
    {
        name: 'WITH SECURITY_ENFORCED throws for an inaccessible selected field',
        cite: `${SECURITY_ENFORCED}: "If fields or objects referenced in the SELECT clause using WITH SECURITY_ENFORCED are inaccessible to the user, an exception is thrown" (System.QueryException: Insufficient permissions: secure query included inaccessible field)`,
        apex: `${setup('reader', 'Standard User', ['Access_Reader'])}
System.runAs(reader) {
    List<AccessWidget__c> ws = [SELECT Name, Secret__c FROM AccessWidget__c WITH SECURITY_ENFORCED];
}`,
        throws: {
            type: 'System.QueryException',
            message: 'Insufficient permissions: secure query included inaccessible field'
        }
    },
    {
        name: 'WITH SECURITY_ENFORCED does not check the WHERE clause',
        cite: `${SECURITY_ENFORCED}: "WITH SECURITY_ENFORCED applies field and object level security checks only to fields and objects referenced in SELECT or FROM SOQL clauses and not clauses like WHERE or ORDER BY"`,
        apex: `${setup('reader', 'Standard User', ['Access_Reader'])}
System.runAs(reader) {
    System.debug([SELECT Name FROM AccessWidget__c WHERE Secret__c = 'sec' WITH SECURITY_ENFORCED].size());
}`,
        debug: ['1']
    },
    {
        name: 'Database.query with AccessLevel.USER_MODE enforces field permissions',
        cite: 'Apex Reference, Database Class, query(queryString, accessLevel): "accessLevel … whether the query runs in system or user mode"; Apex Reference, AccessLevel Class',
        apex: `${setup('reader', 'Standard User', ['Access_Reader'])}
System.runAs(reader) {
    List<SObject> rows = Database.query('SELECT Secret__c FROM AccessWidget__c', AccessLevel.USER_MODE);
}`,
        throws: { type: 'System.QueryException' }
    },
    {
        name: 'a Standard User reads Accounts in user mode',
        cite: `${USER_MODE}; the Standard User profile has read access to Accounts`,
        apex: `${setup('plain', 'Standard User', [])}
System.runAs(new User(Id = UserInfo.getUserId())) {
    insert new Account(Name = 'Acme');
}
System.runAs(plain) {
    System.debug([SELECT Name FROM Account WITH USER_MODE][0].Name);
}`,
        debug: ['Acme']
    },
    {
        name: 'insert as user without create access throws',
        cite: `Apex Reference, AccessLevel Class: "If the user running this Apex code doesn't have write access to the Account object, the Database.insert() method returns an error"; reported platform message: "System.SecurityException: DML operation INSERT not allowed on …"`,
        apex: `${setup('reader', 'Standard User', ['Access_Reader'])}
System.runAs(reader) {
    insert as user new AccessWidget__c(Name = 'x', Code__c = 'x');
}`,
        throws: { type: 'System.SecurityException', message: 'DML operation INSERT not allowed on AccessWidget__c' }
    },
    {
        name: 'insert as user setting a field the user cannot edit throws DmlException',
        cite: `${USER_MODE}: "If you run DML operations in user mode, you can use the DMLException method getFieldNames() to obtain the fields that violated FLS"`,
        apex: `${setup('editor', 'Standard User', ['Access_Editor'])}
System.runAs(editor) {
    try {
        insert as user new AccessWidget__c(Name = 'x', Code__c = 'x', Secret__c = 'nope');
    } catch (DmlException e) {
        System.debug(e.getDmlFieldNames(0));
    }
}`,
        debug: ['(Secret__c)']
    },
    {
        name: 'insert as user with only editable fields succeeds',
        cite: `${USER_MODE}; Access_Editor grants create on AccessWidget__c and edit on Public__c and Score__c`,
        apex: `${setup('editor', 'Standard User', ['Access_Editor'])}
System.runAs(editor) {
    AccessWidget__c w = new AccessWidget__c(Name = 'x', Code__c = 'x', Public__c = 'p', Score__c = 1);
    insert as user w;
    System.debug(w.Id != null);
}`,
        debug: ['true']
    },
    {
        name: 'delete as user without delete access throws',
        cite: `${USER_MODE}: object permissions are respected in user mode; Access_Editor does not allow delete`,
        apex: `${setup('editor', 'Standard User', ['Access_Editor'])}
System.runAs(editor) {
    delete as user [SELECT Id FROM AccessWidget__c];
}`,
        throws: { type: 'System.SecurityException', message: 'DML operation DELETE not allowed on AccessWidget__c' }
    },
    {
        name: 'default-mode DML inside runAs ignores the user’s permissions',
        cite: `${USER_MODE}: "Apex code runs in system mode by default"`,
        apex: `${setup('reader', 'Standard User', ['Access_Reader'])}
System.runAs(reader) {
    AccessWidget__c w = new AccessWidget__c(Name = 'x', Code__c = 'x', Secret__c = 'ok');
    insert w;
    System.debug(w.Id != null);
}`,
        debug: ['true']
    },
    {
        name: 'describe answers for a user with a permission set',
        cite: `${FIELD_DESCRIBE}: isAccessible() "Returns true if the current user can see this field"; isUpdateable() "Returns true if the field can be edited by the current user"; ${RUNAS}`,
        apex: `${setup('reader', 'Standard User', ['Access_Reader'])}
System.runAs(reader) {
    System.debug(Schema.sObjectType.AccessWidget__c.isAccessible());
    System.debug(Schema.sObjectType.AccessWidget__c.isCreateable());
    System.debug(AccessWidget__c.Public__c.getDescribe().isAccessible());
    System.debug(AccessWidget__c.Secret__c.getDescribe().isAccessible());
    System.debug(AccessWidget__c.Public__c.getDescribe().isUpdateable());
}`,
        debug: ['true', 'false', 'true', 'false', 'false']
    },
    {
        name: 'describe for an editor: a read-only field is accessible but not updatable',
        cite: `${FIELD_DESCRIBE}; Access_Editor: Secret__c readable, not editable`,
        apex: `${setup('editor', 'Standard User', ['Access_Editor'])}
System.runAs(editor) {
    System.debug(AccessWidget__c.Secret__c.getDescribe().isAccessible());
    System.debug(AccessWidget__c.Secret__c.getDescribe().isUpdateable());
    System.debug(Schema.sObjectType.AccessWidget__c.isDeletable());
}`,
        debug: ['true', 'false', 'false']
    },
    {
        name: 'stripInaccessible removes fields the runAs user cannot read from query results',
        cite: `${STRIP}: "strip the fields and relationship fields from query and subquery results that the user can't access"`,
        apex: `${setup('reader', 'Standard User', ['Access_Reader'])}
List<AccessWidget__c> ws = [SELECT Name, Public__c, Secret__c, (SELECT Body__c, Private__c FROM AccessNotes__r) FROM AccessWidget__c];
System.runAs(reader) {
    SObjectAccessDecision d = Security.stripInaccessible(AccessType.READABLE, ws);
    System.debug(d.getRemovedFields().get('AccessWidget__c'));
    System.debug(d.getRemovedFields().get('AccessNote__c'));
    AccessWidget__c w = (AccessWidget__c) d.getRecords()[0];
    System.debug(w.isSet('Secret__c'));
    System.debug(w.AccessNotes__r[0].Body__c);
}`,
        debug: ['{Secret__c}', '{Private__c}', 'false', 'body']
    },
    {
        name: 'stripInaccessible throws NoAccessException when the user cannot perform the operation on the object',
        cite: 'Apex Reference, Security Class, stripInaccessible: enforceRootObjectCRUD "Indicates whether an object-level access check is performed. If set to true and the access check fails, this method throws an exception."',
        apex: `${setup('reader', 'Standard User', ['Access_Reader'])}
System.runAs(reader) {
    Security.stripInaccessible(AccessType.CREATABLE, new List<AccessWidget__c>{ new AccessWidget__c(Name = 'x') });
}`,
        throws: { type: 'System.NoAccessException' }
    },
    {
        name: 'after the runAs block the administrator reads every field in user mode again',
        cite: `${RUNAS}: "The original system context is started again"; ${USER_MODE}`,
        apex: `${setup('reader', 'Standard User', ['Access_Reader'])}
System.runAs(reader) {
    System.debug(AccessWidget__c.Secret__c.getDescribe().isAccessible());
}
System.debug([SELECT Secret__c FROM AccessWidget__c WITH USER_MODE][0].Secret__c);`,
        debug: ['false', 'sec']
    },
    {
        name: 'a Read Only user cannot update in user mode',
        cite: `${USER_MODE}: object permissions are respected in user mode; the Read Only profile has read but not edit access`,
        apex: `${setup('viewer', 'Read Only', [])}
Account a;
System.runAs(new User(Id = UserInfo.getUserId())) {
    a = new Account(Name = 'Acme');
    insert a;
}
System.runAs(viewer) {
    a.Name = 'Changed';
    update as user a;
}`,
        throws: { type: 'System.SecurityException', message: 'DML operation UPDATE not allowed on Account' }
    }
];
