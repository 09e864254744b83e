/**
 * Describe access checks answer for the running user. The conformance runtime's user is the default user, a
 * System Administrator ("Modify All Data"); cases for users with fewer permissions need SOQL to find profiles and
 * permission sets, and live in ../pending/usermodeSoql.ts until the SOQL engine is merged.
 */
import type { ConformanceCase } from '../case';

const SOBJECT_DESCRIBE =
    'Apex Reference, DescribeSObjectResult Class (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_sobject_describe.htm)';
const FIELD_DESCRIBE =
    'Apex Reference, DescribeFieldResult Class (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_fields_describe.htm)';

export const cases: ConformanceCase[] = [
    {
        name: 'an administrator can read, create, update and delete a standard object',
        cite: `${SOBJECT_DESCRIBE}: isAccessible() "Returns true if the current user can see this object"; isCreateable() "Returns true if the object can be created by the current user"; isUpdateable(); isDeletable()`,
        apex: `Schema.DescribeSObjectResult d = Schema.sObjectType.Account;
System.debug(d.isAccessible());
System.debug(d.isCreateable());
System.debug(d.isUpdateable());
System.debug(d.isDeletable());`,
        debug: ['true', 'true', 'true', 'true']
    },
    {
        name: 'an administrator has full access to a custom object',
        cite: `${SOBJECT_DESCRIBE}: isAccessible(), isCreateable(), isUpdateable(), isDeletable(), isQueryable() answer for the current user; the System Administrator profile has "Modify All Data"`,
        apex: `Schema.DescribeSObjectResult d = AccessWidget__c.SObjectType.getDescribe();
System.debug(d.isAccessible() && d.isCreateable() && d.isUpdateable() && d.isDeletable());
System.debug(d.isQueryable());
System.debug(d.isSearchable());
System.debug(d.isUndeletable());`,
        debug: ['true', 'true', 'true', 'true']
    },
    {
        name: 'an administrator can read and edit a custom field',
        cite: `${FIELD_DESCRIBE}: isAccessible() "Returns true if the current user can see this field"; isCreateable() "Returns true if the field can be created by the current user"; isUpdateable() "Returns true if the field can be edited by the current user"`,
        apex: `Schema.DescribeFieldResult f = AccessWidget__c.Secret__c.getDescribe();
System.debug(f.isAccessible());
System.debug(f.isCreateable());
System.debug(f.isUpdateable());`,
        debug: ['true', 'true', 'true']
    },
    {
        name: 'a formula field is readable but never creatable or updatable',
        cite: `${FIELD_DESCRIBE}: isCalculated() "Returns true if the field is a custom formula field"; formula fields are read-only, so isCreateable() and isUpdateable() are false even for an administrator`,
        apex: `Schema.DescribeFieldResult f = Schema.SObjectType.AccessWidget__c.fields.DoubleScore__c;
System.debug(f.isCalculated());
System.debug(f.isAccessible());
System.debug(f.isCreateable());
System.debug(f.isUpdateable());`,
        debug: ['true', 'true', 'false', 'false']
    },
    {
        name: 'the Id field is neither creatable nor updatable',
        cite: `${FIELD_DESCRIBE}: isCreateable()/isUpdateable() report whether a value can be set on create/edit; the platform assigns Id, so "Id" cannot be set by anyone`,
        apex: `Schema.DescribeFieldResult f = Account.Id.getDescribe();
System.debug(f.isAccessible());
System.debug(f.isCreateable());
System.debug(f.isUpdateable());`,
        debug: ['true', 'false', 'false']
    },
    {
        name: 'audit fields are read-only',
        cite: `${FIELD_DESCRIBE}: isUpdateable() "Returns true if the field can be edited by the current user"; CreatedDate and LastModifiedById are system fields the platform sets (Object Reference, System Fields: "read-only")`,
        apex: `System.debug(Account.CreatedDate.getDescribe().isAccessible());
System.debug(Account.CreatedDate.getDescribe().isUpdateable());
System.debug(Account.LastModifiedById.getDescribe().isCreateable());`,
        debug: ['true', 'false', 'false']
    },
    {
        name: 'describe through the global describe map answers the same',
        cite: `Apex Reference, Schema Class, getGlobalDescribe(): "Returns a map of all sObject names (keys) to sObject tokens (values)"; ${SOBJECT_DESCRIBE}`,
        apex: `Schema.SObjectType t = Schema.getGlobalDescribe().get('accesswidget__c');
System.debug(t.getDescribe().isAccessible());
System.debug(t.getDescribe().fields.getMap().get('public__c').getDescribe().isUpdateable());`,
        debug: ['true', 'true']
    },
    {
        name: 'a required custom field is creatable for an administrator',
        cite: `${FIELD_DESCRIBE}: isNillable() is false for a required field; isCreateable() "Returns true if the field can be created by the current user"`,
        apex: `Schema.DescribeFieldResult f = AccessWidget__c.Code__c.getDescribe();
System.debug(f.isNillable());
System.debug(f.isCreateable());`,
        debug: ['false', 'true']
    },
    {
        name: 'describe inside runAs answers for the user the block runs as',
        cite: 'Apex Developer Guide, Using the runAs Method: "the user\'s sharing rules and object-level and field-level permissions are enforced within a runAs block"; a user with the System Administrator profile keeps full access',
        apex: `User u = new User(LastName = 'Admin', Username = 'admin2@access.test', ProfileId = UserInfo.getProfileId());
System.runAs(u) {
    System.debug(AccessWidget__c.Secret__c.getDescribe().isAccessible());
    System.debug(Schema.sObjectType.AccessNote__c.isDeletable());
}`,
        debug: ['true', 'true']
    }
];
