import type { ConformanceCase } from '../case';

const REL = 'SOQL and SOSL Reference, Relationship Queries';
const SETUP = `Account acme = new Account(Name = 'Acme', Industry = 'Tech');
Account beta = new Account(Name = 'Beta', Industry = 'Retail');
Account lone = new Account(Name = 'Lone');
insert new List<Account>{acme, beta, lone};
insert new List<Contact>{
    new Contact(LastName = 'Smith', AccountId = acme.Id),
    new Contact(LastName = 'Adams', AccountId = acme.Id),
    new Contact(LastName = 'Young', AccountId = beta.Id),
    new Contact(LastName = 'Orphan')
};
`;

export const cases: ConformanceCase[] = [
    {
        name: 'a child-to-parent path reads the parent field',
        cite: `${REL}, "Understanding Relationship Names": "SELECT Id, Name, Account.Name FROM Contact"`,
        apex: `${SETUP}Contact c = [SELECT Id, Account.Name FROM Contact WHERE LastName = 'Young'];
System.debug(c.Account.Name);`,
        debug: ['Beta']
    },
    {
        name: 'a parent with no value reads as a null relationship',
        cite: `${REL}: when the lookup field is empty the relationship is null (SELECT Account.Name FROM Contact)`,
        apex: `${SETUP}Contact c = [SELECT Account.Name FROM Contact WHERE LastName = 'Orphan'];
System.debug(c.Account);`,
        debug: ['null']
    },
    {
        name: 'filtering on a parent field',
        cite: `${REL}: "SELECT Id, Name, Account.Name FROM Contact WHERE Account.Industry = 'media'"`,
        apex: `${SETUP}System.debug([SELECT Id FROM Contact WHERE Account.Industry = 'TECH'].size());`,
        debug: ['2']
    },
    {
        name: 'a filter on a null parent is false, not an error',
        cite: `${REL}: rows whose parent is empty do not match a condition on a parent field`,
        apex: `${SETUP}System.debug([SELECT Id FROM Contact WHERE Account.Name != null].size());
System.debug([SELECT Id FROM Contact WHERE Account.Name = null].size());`,
        debug: ['3', '1']
    },
    {
        name: 'a two-level parent path',
        cite: `${REL}: "SELECT Id, Name, Account.Owner.Name FROM Contact" — up to five levels of parent relationships`,
        apex: `${SETUP}Account child = new Account(Name = 'Child', ParentId = acme.Id);
insert child;
insert new Contact(LastName = 'Deep', AccountId = child.Id);
Contact c = [SELECT Account.Parent.Name FROM Contact WHERE LastName = 'Deep'];
System.debug(c.Account.Parent.Name);`,
        debug: ['Acme']
    },
    {
        name: 'a custom lookup is traversed through its __r name',
        cite: `${REL}, "Understanding Relationship Names, Custom Objects, and Custom Fields": custom relationship names end in __r`,
        apex: `${SETUP}insert new SoqlItem__c(Name = 'I1', Account__c = beta.Id);
SoqlItem__c i = [SELECT Account__r.Name, Account__r.Industry FROM SoqlItem__c];
System.debug(i.Account__r.Name + ' ' + i.Account__r.Industry);`,
        debug: ['Beta Retail']
    },
    {
        name: 'a parent-to-child subquery returns the children as a list',
        cite: `${REL}: "SELECT Name, (SELECT LastName FROM Contacts) FROM Account"`,
        apex: `${SETUP}Account a = [SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName) FROM Account WHERE Id = :acme.Id];
System.debug(a.Contacts.size());
System.debug(a.Contacts[0].LastName);`,
        debug: ['2', 'Adams']
    },
    {
        name: 'a parent without children gets an empty list',
        cite: `${REL}: a relationship subquery returns an empty list for a parent with no child records`,
        apex: `${SETUP}Account a = [SELECT Name, (SELECT Id FROM Contacts) FROM Account WHERE Name = 'Lone'];
System.debug(a.Contacts.isEmpty());`,
        debug: ['true']
    },
    {
        name: 'a subquery filters, orders and limits per parent',
        cite: `${REL}: subqueries can have WHERE, ORDER BY and LIMIT ("SELECT Name, (SELECT LastName FROM Contacts WHERE ... LIMIT 1) FROM Account")`,
        apex: `${SETUP}for (Account a : [SELECT Name, (SELECT LastName FROM Contacts WHERE LastName != 'Young' ORDER BY LastName DESC LIMIT 1) FROM Account ORDER BY Name]) {
    System.debug(a.Name + ' ' + a.Contacts.size());
}
System.debug([SELECT (SELECT LastName FROM Contacts ORDER BY LastName DESC LIMIT 1) FROM Account WHERE Id = :acme.Id][0].Contacts[0].LastName);`,
        debug: ['Acme 1', 'Beta 0', 'Lone 0', 'Smith']
    },
    {
        name: 'a custom child relationship subquery',
        cite: `${REL}: custom child relationships are queried by their __r name ("SELECT Name, (SELECT Name FROM Line_Items__r) FROM Merchandise__c")`,
        apex: `${SETUP}insert new List<SoqlItem__c>{ new SoqlItem__c(Name = 'I1', Account__c = acme.Id), new SoqlItem__c(Name = 'I2', Account__c = acme.Id) };
Account a = [SELECT (SELECT Name FROM SoqlItems__r ORDER BY Name) FROM Account WHERE Id = :acme.Id];
System.debug(a.SoqlItems__r.size() + ' ' + a.SoqlItems__r[1].Name);`,
        debug: ['2 I2']
    },
    {
        name: 'semi-join: Id IN a subquery',
        cite: 'SOQL and SOSL Reference, Semi-Join and Anti-Join: "SELECT Id, Name FROM Account WHERE Id IN (SELECT AccountId FROM Opportunity ...)"',
        apex: `${SETUP}System.debug([SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Contact WHERE LastName LIKE 'S%')].size());
System.debug([SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Contact)].size());`,
        debug: ['1', '2']
    },
    {
        name: 'anti-join: Id NOT IN a subquery',
        cite: 'SOQL and SOSL Reference, Semi-Join and Anti-Join: "SELECT Id FROM Account WHERE Id NOT IN (SELECT AccountId FROM Opportunity ...)"',
        apex: `${SETUP}List<Account> r = [SELECT Name FROM Account WHERE Id NOT IN (SELECT AccountId FROM Contact)];
System.debug(r.size() + ' ' + r[0].Name);`,
        debug: ['1 Lone']
    },
    {
        name: 'semi-join on a lookup field',
        cite: 'SOQL and SOSL Reference, Semi-Join and Anti-Join: reference-field semi-joins ("WHERE AccountId IN (SELECT Id FROM Account WHERE ...)")',
        apex: `${SETUP}System.debug([SELECT Id FROM Contact WHERE AccountId IN (SELECT Id FROM Account WHERE Industry = 'Tech')].size());`,
        debug: ['2']
    },
    {
        name: 'reading a field that was not queried throws SObjectException',
        cite: 'Apex Developer Guide, Working with SOQL Query Results: "SObject row was retrieved via SOQL without querying the requested field"',
        apex: `${SETUP}Account a = [SELECT Id FROM Account WHERE Name = 'Acme'];
String s = a.Industry;`,
        throws: {
            type: 'System.SObjectException',
            message: 'SObject row was retrieved via SOQL without querying the requested field: Account.Industry'
        }
    },
    {
        name: 'Id is available without being selected',
        cite: "Apex Developer Guide, Working with SOQL Query Results: a queried record's Id can be read even when the query did not select it (Id is implicitly part of every SOQL result)",
        apex: `${SETUP}Account a = [SELECT Name FROM Account WHERE Name = 'Acme'];
System.debug(a.Id == acme.Id);`,
        debug: ['true']
    },
    {
        name: 'query results are copies, not the stored rows',
        cite: 'Apex Developer Guide, Working with SOQL Query Results: changing a queried sObject does not change the database until DML',
        apex: `${SETUP}Account a = [SELECT Name FROM Account WHERE Name = 'Acme'];
a.Name = 'Changed';
System.debug([SELECT Name FROM Account WHERE Id = :acme.Id][0].Name);`,
        debug: ['Acme']
    },
    {
        name: 'a single-row assignment with no rows throws',
        cite: 'Apex Developer Guide, SOQL Statements: assigning a query with no results to a single sObject throws QueryException "List has no rows for assignment to SObject"',
        apex: `Account a = [SELECT Id FROM Account WHERE Name = 'missing'];`,
        throws: { type: 'System.QueryException', message: 'List has no rows for assignment to SObject' }
    },
    {
        name: 'a single-row assignment with two rows throws',
        cite: 'Apex Developer Guide, SOQL Statements: "List has more than 1 row for assignment to SObject"',
        apex: `${SETUP}Account a = [SELECT Id FROM Account WHERE Name != 'Lone'];`,
        throws: { type: 'System.QueryException', message: 'List has more than 1 row for assignment to SObject' }
    },
    {
        name: 'an unknown relationship in inline SOQL throws QueryException',
        cite: `${REL}: a path through a name that is not a relationship fails with "Didn't understand relationship"`,
        apex: `List<Contact> r = Database.query('SELECT Nope__r.Name FROM Contact');`,
        throws: { type: 'System.QueryException' }
    }
];
