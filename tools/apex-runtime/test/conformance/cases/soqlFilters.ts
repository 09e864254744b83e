import type { ConformanceCase } from '../case';

const OPS = 'SOQL and SOSL Reference, Comparison Operators';
const WHERE = 'SOQL and SOSL Reference, WHERE';
const ITEMS = `insert new List<SoqlItem__c>{
    new SoqlItem__c(Name = 'Apple', Amount__c = 10, Active__c = true, Tags__c = 'Red;Green'),
    new SoqlItem__c(Name = 'banana', Amount__c = 20, Active__c = false, Tags__c = 'Green'),
    new SoqlItem__c(Name = 'Cherry', Amount__c = 30, Active__c = true, Tags__c = 'Red;Blue'),
    new SoqlItem__c(Name = 'date_x', Active__c = false)
};
`;

export const cases: ConformanceCase[] = [
    {
        name: 'equality on a text field ignores case',
        cite: `${OPS}: "= Equals ... String comparisons using the equals operator are case-sensitive for unique case-sensitive fields and case-insensitive for all other fields"`,
        apex: `${ITEMS}System.debug([SELECT Id FROM SoqlItem__c WHERE Name = 'APPLE'].size());`,
        debug: ['1']
    },
    {
        name: 'not-equals matches rows whose value is null',
        cite: `${OPS}: "!= Not equals: Expression is true if the value in the fieldName doesn't equal the specified value" — a null value does not equal 10`,
        apex: `${ITEMS}System.debug([SELECT Id FROM SoqlItem__c WHERE Amount__c != 10].size());`,
        debug: ['3']
    },
    {
        name: '= null selects rows without a value',
        cite: 'SOQL and SOSL Reference, Use null in WHERE: "You can search for null values by using the null keyword in SOQL queries"',
        apex: `${ITEMS}List<SoqlItem__c> r = [SELECT Name FROM SoqlItem__c WHERE Amount__c = null];
System.debug(r.size());
System.debug(r[0].Name);`,
        debug: ['1', 'date_x']
    },
    {
        name: '!= null selects rows with a value',
        cite: 'SOQL and SOSL Reference, Use null in WHERE: "This example query returns the account IDs of all events with a non-null activity date ... WHERE ActivityDate != null"',
        apex: `${ITEMS}System.debug([SELECT Id FROM SoqlItem__c WHERE Amount__c != null].size());`,
        debug: ['3']
    },
    {
        name: 'numeric comparisons',
        cite: `${OPS}: "< Less than: Expression is true if the value in the fieldName is less than the specified value" (and <=, >, >=); a null value is not less or greater than a number`,
        apex: `${ITEMS}System.debug([SELECT Id FROM SoqlItem__c WHERE Amount__c < 20].size());
System.debug([SELECT Id FROM SoqlItem__c WHERE Amount__c <= 20].size());
System.debug([SELECT Id FROM SoqlItem__c WHERE Amount__c > 20].size());
System.debug([SELECT Id FROM SoqlItem__c WHERE Amount__c >= 10.5].size());`,
        debug: ['1', '2', '1', '2']
    },
    {
        name: 'text ordering comparisons ignore case',
        cite: `${OPS}: "Comparisons on strings are case-sensitive for unique case-sensitive fields and case-insensitive for all other fields"`,
        apex: `${ITEMS}System.debug([SELECT Id FROM SoqlItem__c WHERE Name > 'B'].size());`,
        debug: ['3']
    },
    {
        name: 'boolean filters',
        cite: `${WHERE}: checkbox fields compare with TRUE and FALSE`,
        apex: `${ITEMS}System.debug([SELECT Id FROM SoqlItem__c WHERE Active__c = true].size());
System.debug([SELECT Id FROM SoqlItem__c WHERE Active__c = FALSE].size());`,
        debug: ['2', '2']
    },
    {
        name: 'AND, OR and parentheses',
        cite: `${WHERE}: "fieldExpression [logicalOperator fieldExpression2 ...]" with AND/OR and parentheses`,
        apex: `${ITEMS}System.debug([SELECT Id FROM SoqlItem__c WHERE (Name = 'apple' OR Name = 'banana') AND Active__c = true].size());
System.debug([SELECT Id FROM SoqlItem__c WHERE Name = 'apple' OR (Amount__c > 15 AND Active__c = false)].size());`,
        debug: ['1', '2']
    },
    {
        name: 'NOT negates a condition',
        cite: 'SOQL and SOSL Reference, Logical Operators: "NOT: not fieldExpressionX — true if fieldExpressionX is false"',
        apex: `${ITEMS}System.debug([SELECT Id FROM SoqlItem__c WHERE NOT Name = 'apple'].size());
System.debug([SELECT Id FROM SoqlItem__c WHERE NOT (Active__c = true OR Amount__c = null)].size());`,
        debug: ['3', '1']
    },
    {
        name: 'LIKE with % and _ ignores case',
        cite: `${OPS}, LIKE: "The % and _ wildcards are supported for the LIKE operator. The % wildcard matches zero or more characters. The _ wildcard matches exactly one character"; string comparisons are case-insensitive`,
        apex: `${ITEMS}System.debug([SELECT Id FROM SoqlItem__c WHERE Name LIKE 'a%'].size());
System.debug([SELECT Id FROM SoqlItem__c WHERE Name LIKE '%E%'].size());
System.debug([SELECT Id FROM SoqlItem__c WHERE Name LIKE '_anana'].size());`,
        debug: ['1', '3', '1']
    },
    {
        name: 'LIKE escapes \\_ as a literal underscore',
        cite: `${OPS}, LIKE: "You can use the backslash character to escape the % and _ wildcards"`,
        apex: `${ITEMS}String escaped = '%\\\\_%';
System.debug([SELECT Id FROM SoqlItem__c WHERE Name LIKE :escaped].size());
System.debug([SELECT Id FROM SoqlItem__c WHERE Name LIKE '%_%'].size());`,
        debug: ['1', '4']
    },
    {
        name: 'LIKE with a bind variable',
        cite: 'Apex Developer Guide, Using Apex Variables in SOQL: bind expressions can be used as the LIKE pattern',
        apex: `${ITEMS}String pattern = 'ch%';
System.debug([SELECT Name FROM SoqlItem__c WHERE Name LIKE :pattern][0].Name);`,
        debug: ['Cherry']
    },
    {
        name: 'IN and NOT IN with a literal list',
        cite: `${OPS}: "IN ... WHERE Name IN ('A', 'B')" and "NOT IN"`,
        apex: `${ITEMS}System.debug([SELECT Id FROM SoqlItem__c WHERE Name IN ('APPLE', 'cherry', 'none')].size());
System.debug([SELECT Id FROM SoqlItem__c WHERE Name NOT IN ('apple', 'banana')].size());`,
        debug: ['2', '2']
    },
    {
        name: 'IN with a bind List and Set',
        cite: 'Apex Developer Guide, Using Apex Variables in SOQL: "WHERE Id IN :accountIds" with a List or Set',
        apex: `${ITEMS}List<String> names = new List<String>{'apple', 'banana'};
Set<Decimal> amounts = new Set<Decimal>{20, 30};
System.debug([SELECT Id FROM SoqlItem__c WHERE Name IN :names].size());
System.debug([SELECT Id FROM SoqlItem__c WHERE Amount__c IN :amounts].size());`,
        debug: ['2', '2']
    },
    {
        name: 'IN with an empty bind list matches nothing',
        cite: 'Apex Developer Guide, Using Apex Variables in SOQL: binding an empty collection to IN returns no rows',
        apex: `${ITEMS}List<Id> none = new List<Id>();
System.debug([SELECT Id FROM SoqlItem__c WHERE Id IN :none].size());
System.debug([SELECT Id FROM SoqlItem__c WHERE Id NOT IN :none].size());`,
        debug: ['0', '4']
    },
    {
        name: 'IN with a list of SObjects binds their Ids',
        cite: 'Apex Developer Guide, Using Apex Variables in SOQL: "WHERE Id IN :accounts" binds a list of sObjects by Id',
        apex: `${ITEMS}List<SoqlItem__c> some = [SELECT Id FROM SoqlItem__c WHERE Active__c = true];
System.debug([SELECT Id FROM SoqlItem__c WHERE Id IN :some].size());`,
        debug: ['2']
    },
    {
        name: 'Id comparisons accept the 15-character form',
        cite: 'SOQL and SOSL Reference, Quoted String Escape Sequences / ID fields: "ID field values can be compared using 15- or 18-character IDs"',
        apex: `${ITEMS}SoqlItem__c a = [SELECT Id FROM SoqlItem__c WHERE Name = 'apple'];
String short15 = String.valueOf(a.Id).substring(0, 15);
System.debug([SELECT Name FROM SoqlItem__c WHERE Id = :short15][0].Name);`,
        debug: ['Apple']
    },
    {
        name: 'an invalid Id literal throws QueryException',
        cite: `${WHERE}: comparing an Id field with a value that is not an Id fails with "invalid ID field"`,
        apex: `${ITEMS}String bad = 'nope';
List<SoqlItem__c> r = [SELECT Id FROM SoqlItem__c WHERE Id = :bad];`,
        throws: { type: 'System.QueryException', message: 'invalid ID field: nope' }
    },
    {
        name: 'INCLUDES on a multi-select picklist',
        cite: `${OPS}, "Querying Multi-Select Picklists": "INCLUDES ('AAA;BBB', 'CCC')" matches AAA and BBB both selected, or CCC`,
        apex: `${ITEMS}System.debug([SELECT Id FROM SoqlItem__c WHERE Tags__c INCLUDES ('Red')].size());
System.debug([SELECT Id FROM SoqlItem__c WHERE Tags__c INCLUDES ('red;green')].size());
System.debug([SELECT Id FROM SoqlItem__c WHERE Tags__c INCLUDES ('Blue', 'Green;Red')].size());`,
        debug: ['2', '1', '2']
    },
    {
        name: 'EXCLUDES on a multi-select picklist',
        cite: `${OPS}, "Querying Multi-Select Picklists": EXCLUDES returns records that do not include the values`,
        apex: `${ITEMS}System.debug([SELECT Id FROM SoqlItem__c WHERE Tags__c EXCLUDES ('Red') AND Tags__c != null].size());`,
        debug: ['1']
    },
    {
        name: 'a string literal with an escaped quote',
        cite: 'SOQL and SOSL Reference, Quoted String Escape Sequences: "\\\'" is a single quote',
        apex: `insert new SoqlItem__c(Name = 'O\\'Brien');
System.debug([SELECT Id FROM SoqlItem__c WHERE Name = 'o\\'brien'].size());`,
        debug: ['1']
    },
    {
        name: 'deleted rows are not returned',
        cite: 'Apex Developer Guide, Querying All Records with a SOQL Statement: without ALL ROWS, deleted records in the Recycle Bin are not returned',
        apex: `${ITEMS}delete [SELECT Id FROM SoqlItem__c WHERE Name = 'apple'];
System.debug([SELECT Id FROM SoqlItem__c].size());`,
        debug: ['3']
    },
    {
        name: 'ALL ROWS includes the recycle bin',
        cite: 'Apex Developer Guide, Querying All Records with a SOQL Statement: "SOQL statements can use the ALL ROWS keywords to query all records in an organization, including deleted records"',
        apex: `${ITEMS}delete [SELECT Id FROM SoqlItem__c WHERE Name = 'apple'];
System.debug([SELECT Id FROM SoqlItem__c ALL ROWS].size());
System.debug([SELECT Id FROM SoqlItem__c WHERE IsDeleted = true ALL ROWS].size());`,
        debug: ['4', '1']
    },
    {
        name: 'null on a boolean field matches false',
        cite: 'SOQL and SOSL Reference, Use null in WHERE: "If you run a query on a boolean field, null matches FALSE values ... WHERE Test_c = null is equivalent to WHERE Test_c = false. The clause WHERE Test_c != null is equivalent to WHERE Test_c = true"',
        apex: `${ITEMS}System.debug([SELECT COUNT() FROM SoqlItem__c WHERE Active__c = null]);
System.debug([SELECT COUNT() FROM SoqlItem__c WHERE Active__c != null]);`,
        debug: ['2', '2']
    },
    {
        name: 'a condition on a missing parent treats the parent field as null',
        cite: 'SOQL and SOSL Reference, Use null in WHERE: "In a WHERE clause that checks for a value in a parent field, the record is returned even if the parent does not exist ... WHERE Contact.LastName = null"',
        apex: `insert new SoqlItem__c(Name = 'orphan');
System.debug([SELECT COUNT() FROM SoqlItem__c WHERE Account__r.Name = null]);`,
        debug: ['1']
    }
];
