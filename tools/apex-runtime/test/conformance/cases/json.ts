import type { ConformanceCase } from '../case';

const JSON_CLASS = 'Apex Reference, JSON Class';
const SUPPORT = 'Apex Developer Guide, JSON Support';

export const cases: ConformanceCase[] = [
    {
        name: 'serialize a map keeps its key order',
        cite: `${JSON_CLASS}, serialize(objectToSerialize): "Serializes Apex objects into JSON content"; map entries in the map's (insertion) order`,
        apex: `Map<String, Object> m = new Map<String, Object>{'b' => 1, 'a' => 'x', 'c' => true};
System.debug(JSON.serialize(m));`,
        debug: ['{"b":1,"a":"x","c":true}']
    },
    {
        name: 'serialize lists, nulls and nested values',
        cite: `${JSON_CLASS}, serialize: lists become arrays and null becomes null`,
        apex: `List<Object> l = new List<Object>{1, 'two', null, new List<Integer>{3}};
System.debug(JSON.serialize(l));`,
        debug: ['[1,"two",null,[3]]']
    },
    {
        name: 'a Decimal keeps its scale in JSON',
        cite: `${JSON_CLASS}, serialize; Apex Developer Guide, Decimal: "a Decimal's scale is kept", so 1.10 serializes as 1.10`,
        apex: `Decimal d = 1.10;
System.debug(JSON.serialize(new List<Decimal>{d, 2, 0.5}));`,
        debug: ['[1.10,2,0.5]']
    },
    {
        name: 'a Date serializes as yyyy-MM-dd',
        cite: `${SUPPORT}: Date values serialize in ISO 8601 format "yyyy-MM-dd"`,
        apex: `System.debug(JSON.serialize(Date.newInstance(2024, 1, 31)));`,
        debug: ['"2024-01-31"']
    },
    {
        name: 'a Datetime serializes as ISO 8601 in GMT',
        cite: `${SUPPORT}: Datetime values serialize in ISO 8601 format in GMT ("2024-01-31T10:00:00.000Z")`,
        apex: `System.debug(JSON.serialize(Datetime.newInstanceGmt(2024, 1, 31, 10, 0, 0)));`,
        debug: ['"2024-01-31T10:00:00.000Z"']
    },
    {
        name: 'serialize an Apex object writes its fields in order',
        cite: `${JSON_CLASS}, serialize: an Apex object serializes its member variables (transient ones are skipped)`,
        apex: `public class Item {
    public String name = 'pen';
    public Integer qty = 2;
    public transient String secret = 'x';
    public String note;
}
System.debug(JSON.serialize(new Item()));`,
        debug: ['{"name":"pen","qty":2,"note":null}']
    },
    {
        name: 'serialize can suppress null fields',
        cite: `${JSON_CLASS}, serialize(objectToSerialize, suppressApexObjectNulls): "If true, remove null values before serializing the JSON object"`,
        apex: `public class Item {
    public String name = 'pen';
    public String note;
}
System.debug(JSON.serialize(new Item(), true));`,
        debug: ['{"name":"pen"}']
    },
    {
        name: 'serializePretty indents',
        cite: `${JSON_CLASS}, serializePretty(objectToSerialize): "Serializes Apex objects into JSON content and generates indented content using the pretty-print format"`,
        apex: `Map<String, Object> m = new Map<String, Object>{'a' => 1, 'b' => new List<Integer>{1, 2}};
System.debug(JSON.serializePretty(m));`,
        debug: ['{\n  "a" : 1,\n  "b" : [ 1, 2 ]\n}']
    },
    {
        name: 'deserialize into an Apex type',
        cite: `${JSON_CLASS}, deserialize(jsonString, apexType): "Deserializes the specified JSON string into an Apex object of the specified type"`,
        apex: `public class Item {
    public String name;
    public Integer qty;
    public Decimal price;
}
Item i = (Item) JSON.deserialize('{"name":"pen","qty":3,"price":1.50}', Item.class);
System.debug(i.name);
System.debug(i.qty);
System.debug(i.price);`,
        debug: ['pen', '3', '1.50']
    },
    {
        name: 'deserialize into a typed list',
        cite: `${JSON_CLASS}, deserialize(jsonString, apexType): apexType may be a collection type such as List<Integer>.class`,
        apex: `List<Integer> l = (List<Integer>) JSON.deserialize('[1, 2, 3]', List<Integer>.class);
System.debug(l.size());
System.debug(l[2] + 1);`,
        debug: ['3', '4']
    },
    {
        name: 'deserializeUntyped builds maps and lists',
        cite: `${JSON_CLASS}, deserializeUntyped(jsonString): "Deserializes the specified JSON string into collections of primitive data types"`,
        apex: `Map<String, Object> m = (Map<String, Object>) JSON.deserializeUntyped('{"a": [1, "x"], "b": {"c": true}}');
List<Object> a = (List<Object>) m.get('a');
System.debug(a.size());
System.debug(a[1]);
Map<String, Object> b = (Map<String, Object>) m.get('b');
System.debug(b.get('c'));`,
        debug: ['2', 'x', 'true']
    },
    {
        name: 'deserializeUntyped numbers: Integer for whole numbers, Decimal otherwise',
        cite: `${JSON_CLASS}, deserializeUntyped: whole numbers that fit become Integer, others Long, and numbers with a fraction Decimal`,
        apex: `Map<String, Object> m = (Map<String, Object>) JSON.deserializeUntyped('{"i": 5, "l": 3000000000, "d": 2.50}');
System.debug(m.get('i') instanceof Integer);
System.debug(m.get('l') instanceof Long);
System.debug(m.get('d') instanceof Decimal);
System.debug(m.get('d'));`,
        debug: ['true', 'true', 'true', '2.50']
    },
    {
        name: 'a JSON round trip keeps the values',
        cite: `${JSON_CLASS}: serialize then deserialize into the same type returns equal values`,
        apex: `Map<String, Decimal> original = new Map<String, Decimal>{'x' => 1.25, 'y' => -3};
String text = JSON.serialize(original);
Map<String, Decimal> copy = (Map<String, Decimal>) JSON.deserialize(text, Map<String, Decimal>.class);
System.debug(copy == original);
System.debug(copy);`,
        debug: ['true', '{x=1.25, y=-3}']
    },
    {
        name: 'malformed JSON throws JSONException',
        cite: 'Apex Reference, Exception Class and Built-In Exceptions: JSONException, "Any problem with JSON serialization and deserialization operations"',
        apex: `Object o = JSON.deserializeUntyped('{"a": 1,');`,
        throws: { type: 'System.JSONException' }
    },
    {
        name: 'deserializeStrict rejects unknown fields',
        cite: `${JSON_CLASS}, deserializeStrict(jsonString, apexType): "All attributes in the JSON string must be present in the specified type"`,
        apex: `public class Item { public String name; }
Item i = (Item) JSON.deserializeStrict('{"name":"pen","colour":"blue"}', Item.class);`,
        throws: { type: 'System.JSONException' }
    },
    {
        name: 'deserialize ignores unknown fields',
        cite: `${JSON_CLASS}, deserialize: unlike deserializeStrict, attributes missing from the type are ignored`,
        apex: `public class Item { public String name; }
Item i = (Item) JSON.deserialize('{"name":"pen","colour":"blue"}', Item.class);
System.debug(i.name);`,
        debug: ['pen']
    },
    {
        name: 'JSONGenerator writes objects and arrays',
        cite: 'Apex Reference, JSONGenerator Class: writeStartObject, writeStringField, writeFieldName, writeStartArray, writeNumber, getAsString',
        apex: `JSONGenerator gen = JSON.createGenerator(false);
gen.writeStartObject();
gen.writeStringField('name', 'pen');
gen.writeFieldName('sizes');
gen.writeStartArray();
gen.writeNumber(1);
gen.writeNumber(2);
gen.writeEndArray();
gen.writeEndObject();
System.debug(gen.getAsString());`,
        debug: ['{"name":"pen","sizes":[1,2]}']
    },
    {
        name: 'an SObject serializes with its attributes',
        cite: `${SUPPORT}: sObjects serialize with an "attributes" object naming their type`,
        apex: `Account a = new Account(Name = 'Acme');
System.debug(JSON.serialize(a));`,
        debug: ['{"attributes":{"type":"Account"},"Name":"Acme"}']
    },
    {
        name: 'queried child records serialize as a query result and deserialize back',
        cite: 'REST API Developer Guide, Query: the response body is a query result with "totalSize", "done" and "records"; JSON.serialize writes relationship subquery results on a queried sObject in that shape, and JSON.deserialize reads it back',
        apex: `Account acme = new Account(Name = 'Acme');
insert acme;
insert new List<Contact>{ new Contact(LastName = 'Ng', AccountId = acme.Id), new Contact(LastName = 'Ortiz', AccountId = acme.Id) };
Account queried = [SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName) FROM Account WHERE Id = :acme.Id];
Map<String, Object> untyped = (Map<String, Object>) JSON.deserializeUntyped(JSON.serialize(queried));
Map<String, Object> contacts = (Map<String, Object>) untyped.get('Contacts');
System.debug(contacts.get('totalSize') + ' ' + contacts.get('done') + ' ' + ((List<Object>) contacts.get('records')).size());
Account back = (Account) JSON.deserialize(JSON.serialize(queried), Account.class);
System.debug(back.Contacts.size() + ' ' + back.Contacts[1].LastName);`,
        debug: ['2 true 2', '2 Ortiz']
    }
];
