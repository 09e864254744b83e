import type { ConformanceCase } from '../case';

const AGG = 'SOQL and SOSL Reference, Aggregate Functions';
const APEX_AGG = 'Apex Developer Guide, Working with SOQL Aggregate Functions';
const GROUP = 'SOQL and SOSL Reference, GROUP BY';
const COUNT = 'SOQL and SOSL Reference, COUNT() and COUNT(fieldName)';
/** Amount__c has scale 2: saved values take the field's scale, so sums and averages print with two places. */
const SCALE =
    'Apex Developer Guide, Decimal.scale(): "If the Decimal is created as part of a query, the scale is based on the scale of the field returned from the query"';
const ITEMS = `insert new List<SoqlItem__c>{
    new SoqlItem__c(Name = 'a', Amount__c = 10, Tags__c = 'Red'),
    new SoqlItem__c(Name = 'b', Amount__c = 20, Tags__c = 'Red'),
    new SoqlItem__c(Name = 'c', Amount__c = 30),
    new SoqlItem__c(Name = 'A', Active__c = true)
};
`;

export const cases: ConformanceCase[] = [
    {
        name: 'COUNT() returns an Integer',
        cite: `${COUNT}: "COUNT() returns the number of rows that match the filtering conditions"`,
        apex: `${ITEMS}Integer n = [SELECT COUNT() FROM SoqlItem__c];
System.debug(n);
System.debug([SELECT COUNT() FROM SoqlItem__c WHERE Amount__c > 15]);`,
        debug: ['4', '2']
    },
    {
        name: 'COUNT() with LIMIT counts up to the limit',
        cite: 'SOQL and SOSL Reference, LIMIT: "You can use LIMIT with count() as the fieldList to count up to the maximum specified"',
        apex: `${ITEMS}System.debug([SELECT COUNT() FROM SoqlItem__c LIMIT 3]);`,
        debug: ['3']
    },
    {
        name: 'COUNT(field) skips nulls and gets the alias expr0',
        cite: `${COUNT}: "COUNT(fieldName) returns the number of rows that match the filtering conditions and have a non-null value for fieldName"; "The count is returned in expr0"`,
        apex: `${ITEMS}AggregateResult[] r = [SELECT COUNT(Amount__c) FROM SoqlItem__c];
System.debug(r.size());
System.debug(r[0].get('expr0'));`,
        debug: ['1', '3']
    },
    {
        name: 'SUM, AVG, MIN and MAX',
        cite: `${AGG}: "AVG() Returns the average value of a numeric field", "SUM() Returns the total sum of a numeric field", MIN() and MAX(); ${SCALE}`,
        apex: `${ITEMS}AggregateResult ar = [SELECT SUM(Amount__c), AVG(Amount__c), MIN(Amount__c), MAX(Amount__c) FROM SoqlItem__c][0];
System.debug(ar.get('expr0'));
System.debug(ar.get('expr1'));
System.debug(ar.get('expr2'));
System.debug(ar.get('expr3'));`,
        debug: ['60.00', '20.00', '10.00', '30.00']
    },
    {
        name: 'an explicit alias, and exprN counts only unaliased fields',
        cite: `${APEX_AGG}: "Any aggregated field in a SELECT list that does not have an alias automatically gets an implied alias with a format expri, where i denotes the order of the aggregated fields with no explicit aliases"`,
        apex: `${ITEMS}AggregateResult ar = [SELECT SUM(Amount__c) total, MAX(Amount__c), COUNT(Id) n, MIN(Amount__c) FROM SoqlItem__c][0];
System.debug(ar.get('total'));
System.debug(ar.get('expr0'));
System.debug(ar.get('n'));
System.debug(ar.get('expr1'));`,
        debug: ['60.00', '30.00', '4', '10.00']
    },
    {
        name: 'AggregateResult.get ignores case',
        cite: `${APEX_AGG}: "AggregateResult is a read-only sObject"; sObject field access by name is case-insensitive`,
        apex: `${ITEMS}AggregateResult ar = [SELECT SUM(Amount__c) Total FROM SoqlItem__c][0];
System.debug(ar.get('TOTAL'));`,
        debug: ['60.00']
    },
    {
        name: 'an unknown alias throws SObjectException',
        cite: `${APEX_AGG}: AggregateResult exposes only the query's aliases; reading another field fails with "Invalid field"`,
        apex: `${ITEMS}AggregateResult ar = [SELECT SUM(Amount__c) total FROM SoqlItem__c][0];
Object o = ar.get('nope');`,
        throws: { type: 'System.SObjectException', message: 'Invalid field nope for AggregateResult' }
    },
    {
        name: 'GROUP BY groups rows and exposes the grouped field by name',
        cite: `${GROUP}: "SELECT LeadSource, COUNT(Name) FROM Lead GROUP BY LeadSource"; the grouped field is read with ar.get('LeadSource')`,
        apex: `${ITEMS}for (AggregateResult ar : [SELECT Tags__c, COUNT(Id) c FROM SoqlItem__c GROUP BY Tags__c ORDER BY Tags__c NULLS LAST]) {
    System.debug(ar.get('Tags__c') + ' ' + ar.get('c'));
}`,
        debug: ['Red 2', 'null 2']
    },
    {
        name: 'GROUP BY on text ignores case',
        cite: `${GROUP} with the case-insensitive comparison of text values ("string comparisons ... are case-insensitive")`,
        apex: `${ITEMS}System.debug([SELECT Name, COUNT(Id) FROM SoqlItem__c GROUP BY Name].size());`,
        debug: ['3']
    },
    {
        name: 'HAVING filters groups',
        cite: 'SOQL and SOSL Reference, HAVING: "SELECT LeadSource, COUNT(Name) FROM Lead GROUP BY LeadSource HAVING COUNT(Name) > 100"',
        apex: `${ITEMS}List<AggregateResult> r = [SELECT Tags__c, COUNT(Id) FROM SoqlItem__c GROUP BY Tags__c HAVING COUNT(Id) > 1 AND MAX(Amount__c) < 25];
System.debug(r.size());
System.debug(r[0].get('Tags__c'));`,
        debug: ['1', 'Red']
    },
    {
        name: 'ORDER BY an aggregate',
        cite: 'SOQL and SOSL Reference, ORDER BY: aggregate queries can be ordered by an aggregate ("ORDER BY COUNT(Id) DESC")',
        apex: `${ITEMS}insert new SoqlItem__c(Name = 'c', Amount__c = 1);
String out = '';
for (AggregateResult ar : [SELECT Name, SUM(Amount__c) s FROM SoqlItem__c GROUP BY Name ORDER BY SUM(Amount__c) DESC NULLS LAST]) {
    out += ar.get('Name') + '=' + ar.get('s') + ' ';
}
System.debug(out.trim());`,
        debug: ['c=31.00 b=20.00 a=10.00']
    },
    {
        name: 'an aggregate over no rows still returns one row',
        cite: `${AGG}: without GROUP BY an aggregate query returns a single row (COUNT is 0, SUM is null)`,
        apex: `AggregateResult[] r = [SELECT COUNT(Id), SUM(Amount__c) FROM SoqlItem__c];
System.debug(r.size());
System.debug(r[0].get('expr0'));
System.debug(r[0].get('expr1'));`,
        debug: ['1', '0', 'null']
    },
    {
        name: 'GROUP BY over no rows returns no rows',
        cite: `${GROUP}: each row of the result is one group, so no rows means no groups`,
        apex: `System.debug([SELECT Name, COUNT(Id) FROM SoqlItem__c GROUP BY Name].size());`,
        debug: ['0']
    },
    {
        name: 'COUNT_DISTINCT',
        cite: `${AGG}: "COUNT_DISTINCT() Returns the number of distinct non-null field values matching your query criteria"`,
        apex: `${ITEMS}System.debug([SELECT COUNT_DISTINCT(Tags__c) FROM SoqlItem__c][0].get('expr0'));`,
        debug: ['1']
    },
    {
        name: 'GROUP BY a parent field',
        cite: `${GROUP}: "SELECT Account.Name, COUNT(Id) FROM Contact GROUP BY Account.Name" — the field is read by its name`,
        apex: `Account a = new Account(Name = 'Acme');
insert a;
insert new List<Contact>{ new Contact(LastName = 'x', AccountId = a.Id), new Contact(LastName = 'y', AccountId = a.Id) };
AggregateResult ar = [SELECT Account.Name, COUNT(Id) FROM Contact GROUP BY Account.Name][0];
System.debug(ar.get('Name') + ' ' + ar.get('expr0'));`,
        debug: ['Acme 2']
    },
    {
        name: 'GROUP BY a date function',
        cite: `${GROUP} and Date Functions: "SELECT CALENDAR_YEAR(CreatedDate), SUM(Amount) FROM Opportunity GROUP BY CALENDAR_YEAR(CreatedDate)"`,
        apex: `insert new List<SoqlItem__c>{
    new SoqlItem__c(Name = 'a', Day__c = Date.newInstance(2023, 5, 1), Amount__c = 1),
    new SoqlItem__c(Name = 'b', Day__c = Date.newInstance(2024, 5, 1), Amount__c = 2),
    new SoqlItem__c(Name = 'c', Day__c = Date.newInstance(2024, 6, 1), Amount__c = 3)
};
for (AggregateResult ar : [SELECT CALENDAR_YEAR(Day__c) y, SUM(Amount__c) s FROM SoqlItem__c GROUP BY CALENDAR_YEAR(Day__c) ORDER BY CALENDAR_YEAR(Day__c)]) {
    System.debug(ar.get('y') + ' ' + ar.get('s'));
}`,
        debug: ['2023 1.00', '2024 5.00']
    },
    {
        name: 'a field that is neither grouped nor aggregated is an error',
        cite: `${GROUP}: every field in the select list must be grouped or aggregated`,
        apex: `${ITEMS}List<AggregateResult> r = Database.query('SELECT Name, COUNT(Id) FROM SoqlItem__c GROUP BY Tags__c');`,
        throws: { type: 'System.QueryException', message: 'Field must be grouped or aggregated: Name' }
    },
    {
        name: 'aggregate queries count in Limits.getAggregateQueries',
        cite: 'Apex Reference, Limits Class: "getAggregateQueries() Returns the number of aggregate queries that have been processed with any SOQL query statement"',
        apex: `${ITEMS}Integer before = Limits.getAggregateQueries();
Integer n = [SELECT COUNT() FROM SoqlItem__c];
List<AggregateResult> r = [SELECT MAX(Amount__c) FROM SoqlItem__c];
List<SoqlItem__c> plain = [SELECT Id FROM SoqlItem__c];
System.debug(Limits.getAggregateQueries() - before);`,
        debug: ['2']
    },
    {
        name: 'COUNT() charges one query row; other aggregates charge every row aggregated',
        cite: `${APEX_AGG}: "All aggregate functions other than COUNT() or COUNT(fieldname) include each row used in the aggregation as a query row ... For COUNT() or COUNT(fieldname) queries, limits are counted as one query row, unless the query contains a GROUP BY clause, in which case one query row per grouping is consumed"`,
        apex: `${ITEMS}Integer n = [SELECT COUNT() FROM SoqlItem__c];
System.debug(Limits.getQueryRows());
List<AggregateResult> r = [SELECT SUM(Amount__c) FROM SoqlItem__c];
System.debug(Limits.getQueryRows());
r = [SELECT Name, COUNT(Id) FROM SoqlItem__c GROUP BY Name];
System.debug(Limits.getQueryRows());`,
        debug: ['1', '5', '8']
    },
    {
        name: 'an alias on a grouped field',
        cite: 'SOQL and SOSL Reference, Using Aliases with GROUP BY: "You can use an alias for any field or aggregated field in a SELECT statement in a SOQL query" ("SELECT Name n, MAX(Amount) max FROM Opportunity GROUP BY Name")',
        apex: `${ITEMS}AggregateResult ar = [SELECT Name n, MAX(Amount__c) max FROM SoqlItem__c WHERE Name = 'b' GROUP BY Name][0];
System.debug(ar.get('n') + ' ' + ar.get('max'));`,
        debug: ['b 20.00']
    }
];
