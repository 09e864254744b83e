import type { ConformanceCase } from '../case';

const SOBJECT = 'Apex Reference, SObject Class';
const GUIDE = 'Apex Developer Guide, Working with sObjects';
const ID = 'Apex Reference, Id Class';

export const cases: ConformanceCase[] = [
    {
        name: 'an SObject with field values set in its constructor',
        cite: `${GUIDE}: "Account a = new Account(Name = 'Acme', BillingCity = 'San Francisco');"`,
        apex: `Account a = new Account(Name = 'Acme', BillingCity = 'San Francisco');
System.debug(a.Name);
System.debug(a.BillingCity);
System.debug(a.Phone);`,
        debug: ['Acme', 'San Francisco', 'null']
    },
    {
        name: 'field names are case-insensitive',
        cite: 'Apex Developer Guide, Working with sObjects: Apex identifiers, including field names, are case-insensitive; SObject.get(fieldName) accepts any case',
        apex: `Account a = new Account(Name = 'Acme');
System.debug(a.NAME);
System.debug(a.get('name'));
a.put('nAmE', 'Globex');
System.debug(a.Name);`,
        debug: ['Acme', 'Acme', 'Globex']
    },
    {
        name: 'put returns the previous value',
        cite: `${SOBJECT}, put(fieldName, value): "Sets the value for the specified field and returns the previous value for the field"`,
        apex: `Account a = new Account(Name = 'Old');
Object previous = a.put('Name', 'New');
System.debug(previous);
System.debug(a.get('Name'));`,
        debug: ['Old', 'New']
    },
    {
        name: 'a 15-character Id becomes its 18-character form',
        cite: `${ID}: "an ID is an 18-character ... a 15-character ID is converted to the 18-character version"`,
        apex: `Id accountId = '001000000000001';
System.debug(accountId);
String s = accountId;
System.debug(s.length());`,
        debug: ['001000000000001AAA', '18']
    },
    {
        name: 'an invalid Id throws StringException',
        cite: `${ID}, valueOf(toId): a string that is not a valid Id throws System.StringException "Invalid id"`,
        apex: `Id bad = Id.valueOf('not-an-id');`,
        throws: { type: 'System.StringException', message: 'Invalid id: not-an-id' }
    },
    {
        name: 'Id.getSObjectType uses the key prefix',
        cite: `${ID}, getSObjectType(): "Returns the token for the sObject corresponding to this ID"; Account Ids start with 001`,
        apex: `Id accountId = '001000000000001AAA';
System.debug(accountId.getSObjectType() == Account.SObjectType);
System.debug(accountId.getSObjectType());`,
        debug: ['true', 'Account']
    },
    {
        name: 'SObjectType tokens and describe results',
        cite: 'Apex Reference, DescribeSObjectResult Class: getName() and getKeyPrefix() ("Returns the three-character prefix code for the object")',
        apex: `Schema.DescribeSObjectResult d = Account.SObjectType.getDescribe();
System.debug(d.getName());
System.debug(d.getKeyPrefix());
Account a = new Account();
System.debug(a.getSObjectType() == Account.SObjectType);`,
        debug: ['Account', '001', 'true']
    },
    {
        name: 'Schema.SObjectType.Account is the describe result',
        cite: 'Apex Developer Guide, Describing sObjects Using Schema Method: "Schema.DescribeSObjectResult dsr = Schema.SObjectType.Account;"',
        apex: `Schema.DescribeSObjectResult dsr = Schema.SObjectType.Account;
System.debug(dsr.getName());
System.debug(dsr.getSObjectType() == Account.SObjectType);`,
        debug: ['Account', 'true']
    },
    {
        name: '== on SObjects compares field values',
        cite: 'Apex Developer Guide, Expression Operators, ==: "If x and y are sObjects, they are equal if ... all their field values are equal"',
        apex: `Account a = new Account(Name = 'Acme');
Account b = new Account(Name = 'Acme');
Account c = new Account(Name = 'Other');
System.debug(a == b);
System.debug(a == c);`,
        debug: ['true', 'false']
    },
    {
        name: 'clone(false) drops the Id',
        cite: `${SOBJECT}, clone(preserveId): "preserveId determines whether the ID of the original object is preserved or cleared in the duplicate"`,
        apex: `Account a = new Account(Id = '001000000000001', Name = 'Acme');
Account copy = a.clone(false);
System.debug(copy.Id);
System.debug(copy.Name);
Account same = a.clone(true);
System.debug(same.Id);`,
        debug: ['null', 'Acme', '001000000000001AAA']
    },
    {
        name: 'getPopulatedFieldsAsMap lists the set fields',
        cite: `${SOBJECT}, getPopulatedFieldsAsMap(): "Returns a map of populated field names and their corresponding values"`,
        apex: `Account a = new Account(Name = 'Acme', Phone = '555');
Map<String, Object> fields = a.getPopulatedFieldsAsMap();
System.debug(fields.keySet());
System.debug(fields.get('Phone'));`,
        debug: ['{Name, Phone}', '555']
    },
    {
        name: 'a generic SObject can be cast to a concrete type',
        cite: `${GUIDE}, Generic sObjects: "SObject s = new Account(); Account a = (Account) s;"`,
        apex: `SObject s = new Account(Name = 'Acme');
Account a = (Account) s;
System.debug(a.Name);
System.debug(s instanceof Account);
System.debug(s instanceof Contact);`,
        debug: ['Acme', 'true', 'false']
    },
    {
        name: 'casting an SObject to the wrong type throws TypeException',
        cite: 'Apex Reference, Exception Class and Built-In Exceptions: TypeException, "Any problem with type conversions"',
        apex: `SObject s = new Account();
Contact c = (Contact) s;`,
        throws: { type: 'System.TypeException', message: 'Invalid conversion from runtime type Account to Contact' }
    },
    {
        name: 'SObjectType.newSObject creates an empty record',
        cite: 'Apex Reference, SObjectType Class, newSObject(): "Constructs a new sObject of this type"',
        apex: `SObject s = Account.SObjectType.newSObject();
s.put('Name', 'Made');
System.debug(s instanceof Account);
System.debug(s.get('Name'));`,
        debug: ['true', 'Made']
    },
    {
        name: 'Schema.getGlobalDescribe finds objects by lower-case name',
        cite: 'Apex Reference, Schema Class, getGlobalDescribe(): "Returns a map of all sObject names (keys) to sObject tokens (values)"',
        apex: `Map<String, Schema.SObjectType> all = Schema.getGlobalDescribe();
System.debug(all.get('account') == Account.SObjectType);`,
        debug: ['true']
    }
];
