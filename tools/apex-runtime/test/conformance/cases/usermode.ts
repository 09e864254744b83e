/**
 * User mode and system mode for DML, as the default user (a System Administrator, who has every permission, so
 * user mode succeeds). Refusals for users with fewer permissions need SOQL and the validating DML, and live in
 * ../pending/usermodeSoql.ts.
 */
import type { ConformanceCase } from '../case';

const USER_MODE =
    'Apex Developer Guide, Enforce User Mode for Database Operations (https://developer.salesforce.com/docs/atlas.en-us.260.0.apexcode.meta/apexcode/apex_classes_enforce_usermode.htm)';
const ACCESS_LEVEL =
    'Apex Reference, AccessLevel Class (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_AccessLevel.htm)';

export const cases: ConformanceCase[] = [
    {
        name: 'insert as user succeeds for a user with create access',
        cite: `${USER_MODE}: "Database operations can specify user or system mode. This example inserts a new account in user mode. Account acc = new Account(Name='test'); insert as user acc;"`,
        apex: `AccessWidget__c w = new AccessWidget__c(Name = 'w', Code__c = 'c', Secret__c = 's');
insert as user w;
System.debug(w.Id != null);`,
        debug: ['true']
    },
    {
        name: 'insert as system succeeds regardless of permissions',
        cite: `${ACCESS_LEVEL}: "In system mode, the object and field-level permissions of the current user are ignored"`,
        apex: `Account a = new Account(Name = 'sys');
insert as system a;
System.debug(a.Id != null);`,
        debug: ['true']
    },
    {
        name: 'Database.insert with AccessLevel.USER_MODE returns a successful SaveResult for an administrator',
        cite: `${ACCESS_LEVEL}: "If the user running this Apex code doesn't have write access to the Account object, the Database.insert() method returns an error." — List<Database.SaveResult> sr = Database.insert(toInsert, AccessLevel.USER_MODE);`,
        apex: `List<Account> toInsert = new List<Account>{ new Account(Name = 'Exciting New Account') };
List<Database.SaveResult> sr = Database.insert(toInsert, AccessLevel.USER_MODE);
System.debug(sr[0].isSuccess());`,
        debug: ['true']
    },
    {
        name: 'Database.insert with AccessLevel.SYSTEM_MODE',
        cite: `${ACCESS_LEVEL}: "The success of the insert doesn't depend on whether the user running the Apex code has create access to the Account object." — Database.insert(toInsert, AccessLevel.SYSTEM_MODE)`,
        apex: `List<Account> toInsert = new List<Account>{ new Account(Name = 'Exciting New Account') };
System.debug(Database.insert(toInsert, AccessLevel.SYSTEM_MODE)[0].isSuccess());`,
        debug: ['true']
    },
    {
        name: 'update as user of a field the administrator can edit',
        cite: `${USER_MODE}: "Field-level security (FLS) and object permissions of the running user are respected in user mode"; the System Administrator can edit every field`,
        apex: `AccessWidget__c w = new AccessWidget__c(Name = 'w', Code__c = 'c');
insert w;
w.Secret__c = 'changed';
update as user w;
System.debug(w.Secret__c);`,
        debug: ['changed']
    },
    {
        name: 'delete as user by an administrator',
        cite: `${USER_MODE}: DML statements take "as user" or "as system" between the operator and the record; the System Administrator can delete every object`,
        apex: `Account a = new Account(Name = 'gone');
insert a;
delete as user a;
System.debug(a.Id != null);`,
        debug: ['true']
    },
    {
        name: 'user-mode DML inside runAs of an administrator-profile user',
        cite: `Apex Developer Guide, Using the runAs Method: object-level and field-level permissions of the runAs user apply; ${USER_MODE}`,
        apex: `User u = new User(LastName = 'Admin2', Username = 'admin2@access.test', ProfileId = UserInfo.getProfileId());
System.runAs(u) {
    AccessWidget__c w = new AccessWidget__c(Name = 'w', Code__c = 'c', Secret__c = 's');
    insert as user w;
    System.debug(w.Id != null);
}`,
        debug: ['true']
    }
];
