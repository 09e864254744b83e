import type { ConformanceCase } from '../case';

const ORDER = 'SOQL and SOSL Reference, ORDER BY';
const LIMIT = 'SOQL and SOSL Reference, LIMIT';
const OFFSET = 'SOQL and SOSL Reference, OFFSET';
const ITEMS = `insert new List<SoqlItem__c>{
    new SoqlItem__c(Name = 'bravo', Amount__c = 2),
    new SoqlItem__c(Name = 'Alpha', Amount__c = 3),
    new SoqlItem__c(Name = 'charlie'),
    new SoqlItem__c(Name = 'Delta', Amount__c = 2)
};
String out = '';
`;

export const cases: ConformanceCase[] = [
    {
        name: 'ORDER BY ascending ignores case',
        cite: `${ORDER}: "Default order is ascending" and "Sorting is case insensitive"`,
        apex: `${ITEMS}for (SoqlItem__c i : [SELECT Name FROM SoqlItem__c ORDER BY Name]) { out += i.Name + ' '; }
System.debug(out.trim());`,
        debug: ['Alpha bravo charlie Delta']
    },
    {
        name: 'ORDER BY DESC',
        cite: `${ORDER}: "ASC or DESC Specifies whether the results are ordered in ascending (ASC) or descending (DESC) order"`,
        apex: `${ITEMS}for (SoqlItem__c i : [SELECT Name FROM SoqlItem__c ORDER BY Name DESC]) { out += i.Name + ' '; }
System.debug(out.trim());`,
        debug: ['Delta charlie bravo Alpha']
    },
    {
        name: 'nulls sort first by default',
        cite: `${ORDER}: "By default, null values are sorted first"`,
        apex: `${ITEMS}for (SoqlItem__c i : [SELECT Name FROM SoqlItem__c ORDER BY Amount__c, Name]) { out += i.Name + ' '; }
System.debug(out.trim());`,
        debug: ['charlie bravo Delta Alpha']
    },
    {
        name: 'NULLS LAST',
        cite: `${ORDER}: "NULLS FIRST or NULLS LAST Orders null records at the beginning (NULLS FIRST) or end (NULLS LAST) of the results"`,
        apex: `${ITEMS}for (SoqlItem__c i : [SELECT Name FROM SoqlItem__c ORDER BY Amount__c DESC NULLS LAST, Name]) { out += i.Name + ' '; }
System.debug(out.trim());`,
        debug: ['Alpha bravo Delta charlie']
    },
    {
        name: 'NULLS FIRST with DESC',
        cite: `${ORDER}: NULLS FIRST places nulls at the beginning whatever the direction`,
        apex: `${ITEMS}for (SoqlItem__c i : [SELECT Name FROM SoqlItem__c ORDER BY Amount__c DESC NULLS FIRST, Name DESC]) { out += i.Name + ' '; }
System.debug(out.trim());`,
        debug: ['charlie Alpha Delta bravo']
    },
    {
        name: 'multiple sort keys',
        cite: `${ORDER}: "Multiple column sorting is supported, by listing more than one fieldExpression clause"`,
        apex: `${ITEMS}for (SoqlItem__c i : [SELECT Name FROM SoqlItem__c WHERE Amount__c != null ORDER BY Amount__c ASC, Name DESC]) { out += i.Name + ' '; }
System.debug(out.trim());`,
        debug: ['Delta bravo Alpha']
    },
    {
        name: 'ORDER BY a parent field',
        cite: `${ORDER}: "ORDER BY is compatible with relationship query syntax"`,
        apex: `Account z = new Account(Name = 'Zed');
Account a = new Account(Name = 'Ann');
insert new List<Account>{z, a};
insert new List<Contact>{ new Contact(LastName = 'One', AccountId = z.Id), new Contact(LastName = 'Two', AccountId = a.Id) };
String out = '';
for (Contact c : [SELECT LastName FROM Contact ORDER BY Account.Name]) { out += c.LastName + ' '; }
System.debug(out.trim());`,
        debug: ['Two One']
    },
    {
        name: 'LIMIT caps the rows',
        cite: `${LIMIT}: "LIMIT is an optional clause ... to specify the maximum number of rows to return"`,
        apex: `${ITEMS}System.debug([SELECT Id FROM SoqlItem__c LIMIT 2].size());
System.debug([SELECT Id FROM SoqlItem__c LIMIT 10].size());`,
        debug: ['2', '4']
    },
    {
        name: 'LIMIT with a bind variable',
        cite: 'Apex Developer Guide, Using Apex Variables in SOQL: bind expressions can be used as "the numeric value in LIMIT and OFFSET clauses"',
        apex: `${ITEMS}Integer n = 3;
System.debug([SELECT Id FROM SoqlItem__c LIMIT :n].size());`,
        debug: ['3']
    },
    {
        name: 'OFFSET skips rows after ordering',
        cite: `${OFFSET}: "Use OFFSET to specify the starting row offset into the result set returned by your query"`,
        apex: `${ITEMS}for (SoqlItem__c i : [SELECT Name FROM SoqlItem__c ORDER BY Name LIMIT 2 OFFSET 1]) { out += i.Name + ' '; }
System.debug(out.trim());`,
        debug: ['bravo charlie']
    },
    {
        name: 'OFFSET past the end returns no rows',
        cite: `${OFFSET}: an offset larger than the number of rows returns an empty result`,
        apex: `${ITEMS}Integer skip = 10;
System.debug([SELECT Id FROM SoqlItem__c ORDER BY Name OFFSET :skip].size());`,
        debug: ['0']
    },
    {
        name: 'without ORDER BY rows come back in insertion order here',
        cite: `${ORDER}: "There's no guarantee of the order of results unless you use an ORDER BY clause" (the local org returns insertion order; cases only rely on ORDER BY)`,
        apex: `${ITEMS}System.debug([SELECT Id FROM SoqlItem__c].size());`,
        debug: ['4']
    },
    {
        name: 'ORDER BY Boolean and Date fields',
        cite: `${ORDER}: all data types other than multi-select picklists, rich text and long text areas can be sorted`,
        apex: `insert new List<SoqlItem__c>{
    new SoqlItem__c(Name = 'late', Day__c = Date.newInstance(2024, 5, 1), Active__c = true),
    new SoqlItem__c(Name = 'early', Day__c = Date.newInstance(2023, 1, 1), Active__c = false)
};
System.debug([SELECT Name FROM SoqlItem__c ORDER BY Day__c LIMIT 1][0].Name);
System.debug([SELECT Name FROM SoqlItem__c ORDER BY Active__c DESC LIMIT 1][0].Name);`,
        debug: ['early', 'late']
    },
    {
        name: 'ORDER BY a picklist follows the defined value order',
        cite: `${ORDER}, data type notes: picklist fields are sorted by the order of their values as defined in setup, not alphabetically`,
        apex: `insert new List<SoqlItem__c>{
    new SoqlItem__c(Name = 'd', Status__c = 'Done'),
    new SoqlItem__c(Name = 'n', Status__c = 'New'),
    new SoqlItem__c(Name = 'w', Status__c = 'Working')
};
String out = '';
for (SoqlItem__c i : [SELECT Status__c FROM SoqlItem__c ORDER BY Status__c]) { out += i.Status__c + ' '; }
System.debug(out.trim());`,
        debug: ['New Working Done']
    }
];
