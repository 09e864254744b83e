import type { ConformanceCase } from '../case';

const DYN = 'Apex Developer Guide, Dynamic SOQL';
const DB = 'Apex Reference, Database Class';
const ITEMS = `insert new List<SoqlItem__c>{
    new SoqlItem__c(Name = 'a', Amount__c = 10),
    new SoqlItem__c(Name = 'b', Amount__c = 20),
    new SoqlItem__c(Name = 'c', Amount__c = 30)
};
`;

export const cases: ConformanceCase[] = [
    {
        name: 'Database.query runs a query string',
        cite: `${DB}, query(queryString): "Creates a dynamic SOQL query at runtime"`,
        apex: `${ITEMS}List<SoqlItem__c> r = Database.query('SELECT Name FROM SoqlItem__c WHERE Amount__c > 15 ORDER BY Name');
System.debug(r.size() + ' ' + r[0].Name);`,
        debug: ['2 b']
    },
    {
        name: 'Database.query binds local variables by name',
        cite: `${DYN}: "Dynamic SOQL ... can use simple bind variables" ("WHERE Name = :myTestString")`,
        apex: `${ITEMS}Decimal minimum = 15;
Set<String> names = new Set<String>{'B', 'C'};
System.debug(Database.query('SELECT Id FROM SoqlItem__c WHERE Amount__c > :minimum AND Name IN :names').size());`,
        debug: ['2']
    },
    {
        name: 'a bind variable that is not in scope',
        cite: `${DYN}: a bind variable in the query string must be a variable in scope; otherwise "Variable does not exist"`,
        apex: `List<SObject> r = Database.query('SELECT Id FROM SoqlItem__c WHERE Name = :missing');`,
        throws: { type: 'System.QueryException', message: 'Variable does not exist: missing' }
    },
    {
        name: 'Database.queryWithBinds reads the bind map',
        cite: `${DB}, queryWithBinds(queryString, bindMap, accessLevel): "the bind variables in the query are resolved from a Map parameter directly with a key"`,
        apex: `${ITEMS}Map<String, Object> binds = new Map<String, Object>{ 'amt' => 20 };
List<SoqlItem__c> r = Database.queryWithBinds('SELECT Name FROM SoqlItem__c WHERE Amount__c >= :amt ORDER BY Name', binds, AccessLevel.SYSTEM_MODE);
System.debug(r.size() + ' ' + r[1].Name);`,
        debug: ['2 c']
    },
    {
        name: 'Database.countQuery returns an Integer',
        cite: `${DB}, countQuery(query): "Returns the number of records that a dynamic SOQL query would return when executed"`,
        apex: `${ITEMS}Integer n = Database.countQuery('SELECT COUNT() FROM SoqlItem__c WHERE Amount__c < 25');
System.debug(n);`,
        debug: ['2']
    },
    {
        name: 'an unknown field throws QueryException',
        cite: `${DYN}: errors in a query string surface at run time as System.QueryException ("No such column ... on entity ...")`,
        apex: `List<SObject> r = Database.query('SELECT Nope__c FROM SoqlItem__c');`,
        throws: {
            type: 'System.QueryException',
            message:
                "No such column 'Nope__c' on entity 'SoqlItem__c'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names."
        }
    },
    {
        name: 'an unknown object throws QueryException',
        cite: `${DYN}: an invalid object name in a query string throws System.QueryException ("sObject type ... is not supported")`,
        apex: `List<SObject> r = Database.query('SELECT Id FROM Nope__c');`,
        throws: {
            type: 'System.QueryException',
            message:
                "sObject type 'Nope__c' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names."
        }
    },
    {
        name: 'a malformed query string throws QueryException',
        cite: `${DYN}: a syntactically invalid query string throws System.QueryException at run time`,
        apex: `List<SObject> r = Database.query('SELECT FROM WHERE');`,
        throws: { type: 'System.QueryException' }
    },
    {
        name: 'mixing AND and OR without parentheses is rejected',
        cite: 'SOQL and SOSL Reference, Logical Operators: "Parentheses are required whenever you mix the operators"',
        apex: `List<SObject> r = Database.query('SELECT Id FROM SoqlItem__c WHERE Name = \\'a\\' AND Name = \\'b\\' OR Name = \\'c\\'');`,
        throws: { type: 'System.QueryException' }
    },
    {
        name: 'a catchable QueryException',
        cite: 'Apex Developer Guide, Exception Class and Built-In Exceptions: "QueryException Any problem with SOQL queries"',
        apex: `try {
    Database.query('SELECT Nope__c FROM SoqlItem__c');
} catch (QueryException e) {
    System.debug(e.getTypeName());
}`,
        debug: ['System.QueryException']
    },
    {
        name: 'field names in a query string are case-insensitive',
        cite: 'SOQL and SOSL Reference, SOQL SELECT Syntax: SOQL keywords, object and field names are case-insensitive',
        apex: `${ITEMS}List<SoqlItem__c> r = Database.query('select NAME, amount__C from soqlitem__C where AMOUNT__c = 10');
System.debug(r[0].Name + ' ' + r[0].Amount__c);`,
        debug: ['a 10.00']
    },
    {
        name: 'Database.query with a user-mode access level',
        cite: `${DB}, query(queryString, accessLevel): "runs the query in user or system mode"`,
        apex: `${ITEMS}System.debug(Database.query('SELECT Id FROM SoqlItem__c', AccessLevel.USER_MODE).size());`,
        debug: ['3']
    },
    {
        name: 'WITH USER_MODE and WITH SECURITY_ENFORCED are accepted',
        cite: 'Apex Developer Guide, Enforce User Mode for Database Operations: "SELECT Id FROM Account WITH USER_MODE"; Filter SOQL Queries Using WITH SECURITY_ENFORCED',
        apex: `${ITEMS}System.debug([SELECT Id FROM SoqlItem__c WITH USER_MODE].size());
System.debug([SELECT Id FROM SoqlItem__c WITH SECURITY_ENFORCED].size());`,
        debug: ['3', '3']
    },
    {
        name: 'FOR UPDATE, FOR VIEW and FOR REFERENCE are accepted',
        cite: 'SOQL and SOSL Reference, FOR UPDATE / FOR VIEW / FOR REFERENCE: the clauses lock or track records and return the same rows',
        apex: `${ITEMS}System.debug([SELECT Id FROM SoqlItem__c FOR UPDATE].size());
System.debug([SELECT Id FROM SoqlItem__c FOR VIEW].size());
System.debug([SELECT Id FROM SoqlItem__c FOR REFERENCE].size());`,
        debug: ['3', '3', '3']
    },
    {
        name: 'query rows are counted in Limits.getQueryRows, subquery rows included',
        cite: 'Apex Developer Guide, Execution Governors and Limits: "Total number of records retrieved by SOQL queries: 50,000"; subquery rows count toward it',
        apex: `Account a = new Account(Name = 'Acme');
insert a;
insert new List<Contact>{ new Contact(LastName = 'x', AccountId = a.Id), new Contact(LastName = 'y', AccountId = a.Id) };
List<Account> r = [SELECT Id, (SELECT Id FROM Contacts) FROM Account];
System.debug(Limits.getQueries() + ' ' + Limits.getQueryRows());`,
        debug: ['1 3']
    },
    {
        name: 'the 101st query throws LimitException',
        cite: 'Apex Developer Guide, Execution Governors and Limits: "Total number of SOQL queries issued: 100"',
        apex: `for (Integer i = 0; i < 101; i++) {
    List<SoqlItem__c> r = [SELECT Id FROM SoqlItem__c];
}`,
        throws: { type: 'System.LimitException', message: 'Too many SOQL queries: 101' }
    },
    {
        name: 'Custom Metadata records can be queried',
        cite: 'Apex Developer Guide, Custom Metadata Types: "SELECT ... FROM MyCustomMetadataType__mdt"; the records are visible in tests without SeeAllData',
        apex: `String out = '';
for (SoqlConfig__mdt c : [SELECT DeveloperName, Weight__c FROM SoqlConfig__mdt WHERE Weight__c > 2 ORDER BY Weight__c DESC]) {
    out += c.DeveloperName + '=' + c.Weight__c + ' ';
}
System.debug(out.trim());`,
        debug: ['Beta=7 Gamma=5 Alpha=3']
    },
    {
        name: 'Custom Metadata queries do not count as SOQL queries, their rows do',
        cite: 'Apex Developer Guide, Execution Governors and Limits: "custom metadata records can have unlimited SOQL queries"; rows count toward the query-row limit',
        apex: `List<SoqlConfig__mdt> r = [SELECT DeveloperName FROM SoqlConfig__mdt];
System.debug(Limits.getQueries() + ' ' + Limits.getQueryRows());`,
        debug: ['0 3']
    }
];
