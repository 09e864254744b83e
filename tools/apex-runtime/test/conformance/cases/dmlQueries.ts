/**
 * DML cases that read the saved data back with SOQL.
 */
import type { ConformanceCase } from '../case';

export const cases: ConformanceCase[] = [
    {
        name: 'a before-trigger change is visible to a query after the insert',
        cite: 'Context Variable Considerations: "You can use an object to change its own field values using trigger.new, but only in before triggers"',
        apex: "insert new DmlTrig__c(Name = 'a', Command__c = 'stamp');\nSystem.debug([SELECT Note__c FROM DmlTrig__c].Note__c);",
        debug: ['stamped BEFORE_INSERT']
    },
    {
        name: 'field defaults are applied on insert',
        cite: 'Metadata API, CustomField.defaultValue: "the default value for the field"; checkboxes default to false',
        apex: "insert new DmlParent__c(Name = 'p');\nDmlParent__c p = [SELECT Active__c, Archived__c, Tier__c FROM DmlParent__c];\nSystem.debug(p.Active__c + ' ' + p.Archived__c + ' ' + p.Tier__c);",
        debug: ['true false Bronze']
    },
    {
        name: 'numbers are stored at the field scale',
        cite: 'Metadata API, CustomField.scale: "the number of digits to the right of the decimal point"',
        apex: "insert new DmlParent__c(Name = 'p', Amount__c = 1.235);\nSystem.debug([SELECT Amount__c FROM DmlParent__c].Amount__c);",
        debug: ['1.24']
    },
    {
        name: 'system audit fields are set on insert',
        cite: 'Object Reference, System Fields: CreatedDate, CreatedById, LastModifiedDate, LastModifiedById, SystemModstamp',
        apex: "insert new Account(Name = 'a');\nAccount a = [SELECT CreatedDate, CreatedById, OwnerId, LastModifiedDate FROM Account];\nSystem.debug(a.CreatedDate == a.LastModifiedDate);\nSystem.debug(a.CreatedById == UserInfo.getUserId());\nSystem.debug(a.OwnerId == UserInfo.getUserId());",
        debug: ['true', 'true', 'true']
    },
    {
        name: 'Contact.Name is built from FirstName and LastName',
        cite: 'Object Reference, Contact.Name: "Concatenation of FirstName, MiddleName, LastName, and Suffix"',
        apex: "insert new Contact(FirstName = 'Ada', LastName = 'Lovelace');\nSystem.debug([SELECT Name FROM Contact].Name);",
        debug: ['Ada Lovelace']
    },
    {
        name: 'a failed all-or-none insert saves nothing',
        cite: 'Apex Developer Guide, Bulk DML Exception Handling: "the entire operation rolls back to the point immediately preceding the DML statement"',
        apex: "try {\n    insert new List<Account>{ new Account(Name = 'ok'), new Account() };\n} catch (DmlException e) {\n}\nSystem.debug([SELECT COUNT() FROM Account]);",
        debug: ['0']
    },
    {
        name: 'a partial save saves the good rows',
        cite: 'Apex Developer Guide, DML Statements vs. Database Class Methods: "the remainder of DML operations can still succeed"',
        apex: "Database.insert(new List<Account>{ new Account(Name = 'ok'), new Account() }, false);\nSystem.debug([SELECT COUNT() FROM Account]);",
        debug: ['1']
    },
    {
        name: 'deleted records are visible with ALL ROWS and IsDeleted',
        cite: 'SOQL and SOSL Reference, ALL ROWS: "query all records, including deleted records and archived activities"',
        apex: "Account a = new Account(Name = 'a');\ninsert a;\ndelete a;\nSystem.debug([SELECT COUNT() FROM Account]);\nSystem.debug([SELECT IsDeleted FROM Account ALL ROWS].IsDeleted);",
        debug: ['0', 'true']
    },
    {
        name: 'deleting a master deletes its details',
        cite: 'Salesforce Help, Considerations for Relationships: "When a master record is deleted, its related detail records are also deleted"',
        apex: "DmlParent__c p = new DmlParent__c(Name = 'p');\ninsert p;\ninsert new DmlChild__c(Parent__c = p.Id, Label__c = 'x');\ndelete p;\nSystem.debug([SELECT COUNT() FROM DmlChild__c]);\nundelete p;\nSystem.debug([SELECT COUNT() FROM DmlChild__c]);",
        debug: ['0', '1']
    },
    {
        name: 'deleting a parent clears a SetNull lookup',
        cite: 'Salesforce Help, Lookup relationship "Clear the value of this field"',
        apex: "DmlParent__c p = new DmlParent__c(Name = 'p');\ninsert p;\ninsert new DmlLink__c(Name = 'l', Other__c = p.Id);\ndelete p;\nSystem.debug([SELECT Other__c FROM DmlLink__c].Other__c);",
        debug: ['null']
    },
    {
        name: 'rollback discards inserted rows',
        cite: 'Apex Developer Guide, Transaction Control',
        apex: "Savepoint sp = Database.setSavepoint();\ninsert new Account(Name = 'a');\nDatabase.rollback(sp);\nSystem.debug([SELECT COUNT() FROM Account]);",
        debug: ['0']
    },
    {
        name: 'upsert on an external Id updates the matched record',
        cite: 'Apex Developer Guide, Upserting Records: "If the key is matched once, the existing object record is updated"',
        apex: "insert new DmlParent__c(Name = 'old', Ref__c = 'R');\nupsert new DmlParent__c(Name = 'new', Ref__c = 'R') Ref__c;\nSystem.debug([SELECT COUNT() FROM DmlParent__c]);\nSystem.debug([SELECT Name FROM DmlParent__c].Name);",
        debug: ['1', 'new']
    }
];
