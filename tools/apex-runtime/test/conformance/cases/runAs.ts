/**
 * System.runAs: identity, nesting, restoring the caller, and the DML statement it costs. Cases that run as a user
 * with fewer permissions are in usermodeSoql.ts.
 */
import type { ConformanceCase } from '../case';

const RUNAS =
    'Apex Developer Guide, Using the runAs Method (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_testing_tools_runas.htm)';
const USERINFO = 'Apex Reference, UserInfo Class';

/** A User with every field the platform requires on insert. */
const newUser = (alias: string, extra = ''): string =>
    `new User(Alias = '${alias}', Email = '${alias}@access.test', EmailEncodingKey = 'UTF-8', LastName = '${alias}', LanguageLocaleKey = 'en_US', LocaleSidKey = 'en_US', ProfileId = UserInfo.getProfileId(), TimeZoneSidKey = 'America/Los_Angeles', Username = '${alias}@access.test'${extra})`;

export const cases: ConformanceCase[] = [
    {
        name: 'code inside runAs sees the other user in UserInfo',
        cite: `${RUNAS}: "With the System method runAs, you can write test methods that change the user context to an existing user or a new user"; ${USERINFO}, getUserName()`,
        apex: `User u = ${newUser('ras1')};
System.runAs(u) {
    System.debug(UserInfo.getUserName());
    System.debug(UserInfo.getLastName());
}`,
        debug: ['ras1@access.test', 'ras1']
    },
    {
        name: 'the original user is back after the block',
        cite: `${RUNAS}: "The original system context is started again after all runAs test methods complete."`,
        apex: `String before = UserInfo.getUserName();
System.runAs(${newUser('ras2')}) {
    System.debug(UserInfo.getUserName() == before);
}
System.debug(UserInfo.getUserName() == before);`,
        debug: ['false', 'true']
    },
    {
        name: 'runAs blocks nest',
        cite: `${RUNAS}: "You can nest more than one runAs method."`,
        apex: `System.runAs(${newUser('outer')}) {
    System.debug(UserInfo.getLastName());
    System.runAs(${newUser('inner')}) {
        System.debug(UserInfo.getLastName());
    }
    System.debug(UserInfo.getLastName());
}`,
        debug: ['outer', 'inner', 'outer']
    },
    {
        name: 'an inserted user keeps its Id inside the block',
        cite: `${RUNAS}: runAs changes "the user context to an existing user or a new user"; ${USERINFO}, getUserId(): "Returns the context user's ID"`,
        apex: `User u = ${newUser('ras3')};
insert u;
System.runAs(u) {
    System.debug(UserInfo.getUserId() == u.Id);
}
System.debug(UserInfo.getUserId() == u.Id);`,
        debug: ['true', 'false']
    },
    {
        name: 'a user that was never inserted can be used',
        cite: `${RUNAS}: "The runAs method ignores user license limits. You can create users with runAs even if your organization has no additional user licenses."`,
        apex: `User u = ${newUser('ras4')};
System.runAs(u) {
    System.debug(UserInfo.getUserEmail());
    System.debug(UserInfo.getProfileId() == u.ProfileId);
}`,
        debug: ['ras4@access.test', 'true']
    },
    {
        name: "a user that was never inserted has its own identity and its profile's access, not the caller's",
        cite: `${RUNAS}: runAs changes "the user context to an existing user or a new user"; Apex Reference, DescribeSObjectResult.isCreateable() and isAccessible() answer for the current user`,
        apex: `Profile standard = [SELECT Id FROM Profile WHERE Name = 'Standard User'];
User u = new User(Alias = 'ras9', Email = 'ras9@access.test', EmailEncodingKey = 'UTF-8', LastName = 'ras9', LanguageLocaleKey = 'en_US', LocaleSidKey = 'en_US', ProfileId = standard.Id, TimeZoneSidKey = 'America/Los_Angeles', Username = 'ras9@access.test');
Id caller = UserInfo.getUserId();
System.runAs(u) {
    System.debug(UserInfo.getUserId() == caller);
    System.debug(Schema.sObjectType.Account.isCreateable());
    System.debug(Schema.sObjectType.AccessWidget__c.isAccessible());
}`,
        debug: ['false', 'true', 'false']
    },
    {
        name: 'each runAs counts as a DML statement',
        cite: `${RUNAS}: "Every call to runAs counts against the total number of DML statements issued in the process."`,
        apex: `System.debug(Limits.getDmlStatements());
System.runAs(${newUser('ras5')}) {
    System.debug(Limits.getDmlStatements());
}
System.runAs(${newUser('ras6')}) {
}
System.debug(Limits.getDmlStatements());`,
        debug: ['0', '1', '2']
    },
    {
        name: 'an exception leaving the block restores the caller',
        cite: `${RUNAS}: the runAs block scopes the user context; Apex Developer Guide, Exception Statements: a thrown exception leaves the block it was thrown in`,
        apex: `String before = UserInfo.getUserName();
try {
    System.runAs(${newUser('ras7')}) {
        throw new IllegalArgumentException('inside');
    }
} catch (IllegalArgumentException e) {
    System.debug(e.getMessage());
}
System.debug(UserInfo.getUserName() == before);`,
        debug: ['inside', 'true']
    },
    {
        name: 'default-mode DML inside runAs runs in system mode',
        cite: `Apex Developer Guide, Enforce User Mode for Database Operations (API 60-65 docs, https://developer.salesforce.com/docs/atlas.en-us.260.0.apexcode.meta/apexcode/apex_classes_enforce_usermode.htm): "Apex code runs in system mode by default"; object and field permissions apply only in user mode`,
        apex: `System.runAs(${newUser('ras8')}) {
    AccessWidget__c w = new AccessWidget__c(Name = 'w', Code__c = 'c', Secret__c = 's');
    insert w;
    System.debug(w.Id != null);
}`,
        debug: ['true']
    }
];
