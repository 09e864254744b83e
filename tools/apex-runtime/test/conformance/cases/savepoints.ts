/** Database.setSavepoint / Database.rollback on the in-memory org. */
import type { ConformanceCase } from '../case';

const TX =
    'Apex Developer Guide, Transaction Control: "Any DML statement that occurs after the savepoint can be ' +
    'discarded, restoring the database to the condition it was in when you generated the savepoint"';

export const cases: ConformanceCase[] = [
    {
        name: 'rollback discards an insert made after the savepoint',
        cite: TX,
        apex: "Savepoint sp = Database.setSavepoint();\nAccount a = new Account(Name = 'a');\ninsert a;\nDatabase.rollback(sp);\nDatabase.SaveResult r = Database.update(a, false);\nSystem.debug(r.isSuccess());",
        debug: ['false']
    },
    {
        name: 'the Id stays on the record after a rollback, so inserting it again fails',
        cite: 'Apex Developer Guide, Transaction Control: "The ID on an sObject inserted after setting a savepoint isn\'t cleared after a rollback ... If you attempt to insert the sObject using the variable created before the rollback, the insert fails because the sObject variable has an ID"',
        apex: "Savepoint sp = Database.setSavepoint();\nAccount a = new Account(Name = 'a');\ninsert a;\nDatabase.rollback(sp);\nSystem.debug(a.Id != null);\ntry {\n    insert a;\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n}",
        debug: ['true', 'INVALID_FIELD_FOR_INSERT_UPDATE']
    },
    {
        name: 'Ids are not reused after a rollback',
        cite: TX + "; a rolled-back record's Id is never given to another record (Ids are unique in the org)",
        apex: "Savepoint sp = Database.setSavepoint();\nAccount a = new Account(Name = 'a');\ninsert a;\nDatabase.rollback(sp);\nAccount b = new Account(Name = 'b');\ninsert b;\nSystem.debug(a.Id != b.Id);",
        debug: ['true']
    },
    {
        name: 'rollback restores an updated field value',
        cite: TX,
        apex: "DmlTrig__c r = new DmlTrig__c(Name = 'a', Note__c = 'v1');\ninsert r;\nSavepoint sp = Database.setSavepoint();\nupdate new DmlTrig__c(Id = r.Id, Note__c = 'v2');\nDatabase.rollback(sp);\nupdate new DmlTrig__c(Id = r.Id, Note__c = 'v3', Command__c = 'note');",
        debug: ['old v1 new v3']
    },
    {
        name: 'rollback restores a deleted record',
        cite: TX,
        apex: "Account a = new Account(Name = 'a');\ninsert a;\nSavepoint sp = Database.setSavepoint();\ndelete a;\nDatabase.rollback(sp);\nupdate a;\nSystem.debug('live');",
        debug: ['live']
    },
    {
        name: 'records inserted before the savepoint survive the rollback',
        cite: TX,
        apex: "Account a = new Account(Name = 'a');\ninsert a;\nSavepoint sp = Database.setSavepoint();\ninsert new Account(Name = 'b');\nDatabase.rollback(sp);\nupdate a;\nSystem.debug('kept');",
        debug: ['kept']
    },
    {
        name: 'setSavepoint and rollback count as DML statements, and a rollback does not give limits back',
        cite: 'Apex Developer Guide, Transaction Control: "Each savepoint you set counts against the governor limit for DML statements"; "Database.rollback(Savepoint) doesn\'t count against the DML row limit, but it counts against the DML statement limit"',
        apex: "Savepoint sp = Database.setSavepoint();\ninsert new Account(Name = 'a');\nDatabase.rollback(sp);\nSystem.debug(Limits.getDmlStatements());\nSystem.debug(Limits.getDmlRows());",
        debug: ['3', '1']
    },
    {
        name: 'variables keep their values across a rollback',
        cite: 'Apex Developer Guide, Transaction Control: "Static variables aren\'t reverted during a rollback"',
        apex: "Integer count = 0;\nSavepoint sp = Database.setSavepoint();\ninsert new Account(Name = 'a');\ncount++;\nDatabase.rollback(sp);\nSystem.debug(count);",
        debug: ['1']
    },
    {
        name: 'rolling back to an earlier savepoint also discards work after a later one',
        cite: 'Apex Developer Guide, Transaction Control: "if you generated savepoint SP1 first, savepoint SP2 after that, and then you rolled back to SP1, the variable SP2 is no longer valid"',
        apex: "Savepoint sp1 = Database.setSavepoint();\nAccount a = new Account(Name = 'a');\ninsert a;\nSavepoint sp2 = Database.setSavepoint();\nAccount b = new Account(Name = 'b');\ninsert b;\nDatabase.rollback(sp1);\nSystem.debug(Database.update(a, false).isSuccess());\nSystem.debug(Database.update(b, false).isSuccess());",
        debug: ['false', 'false']
    },
    {
        name: 'rolling back to an earlier savepoint restores a record changed before and after a later savepoint',
        cite: TX,
        apex: "Account a = new Account(Name = 'v1');\ninsert a;\nSavepoint sp1 = Database.setSavepoint();\na.Name = 'v2';\nupdate a;\nSavepoint sp2 = Database.setSavepoint();\na.Name = 'v3';\nupdate a;\ndelete a;\nDatabase.rollback(sp1);\nSystem.debug([SELECT Name FROM Account WHERE Id = :a.Id].Name);",
        debug: ['v1']
    },
    {
        name: 'the savepoint rolled back to stays valid: a second rollback to it restores again',
        cite: 'Apex Developer Guide, Transaction Control: only "the later savepoint variables become invalid" after rolling back to a savepoint that is not the last one',
        apex: "Account a = new Account(Name = 'kept');\ninsert a;\nSavepoint sp = Database.setSavepoint();\ninsert new Account(Name = 'first');\nDatabase.rollback(sp);\na.Name = 'changed';\nupdate a;\ninsert new Account(Name = 'second');\nDatabase.rollback(sp);\nfor (Account row : [SELECT Name FROM Account]) {\n    System.debug(row.Name);\n}",
        debug: ['kept']
    },
    {
        name: 'a failed all-or-none statement rolls back its trigger side effects',
        cite: 'Apex Developer Guide, Bulk DML Exception Handling: exceptions from a bulk DML call "including any recursive DML operations in triggers that are fired as a direct result of the call" roll back to the point immediately preceding the DML statement',
        apex: "try {\n    insert new List<DmlTrig__c>{ new DmlTrig__c(Name = 'a', Command__c = 'spawn'), new DmlTrig__c(Name = 'b', Command__c = 'blockafter') };\n} catch (DmlException e) {\n    System.debug(e.getDmlIndex(0));\n}\nSystem.debug(Limits.getDmlStatements());",
        debug: ['A BEFORE_INSERT 1', 'A AFTER_INSERT 1', '1', '2']
    },
    {
        name: 'a rollback inside a trigger does not undo the update that fired it',
        cite: 'Apex Developer Guide, Transaction Control: a rollback discards only "DML statement[s] that occur after the savepoint"',
        apex: "DmlTrig__c r = new DmlTrig__c(Name = 'a');\ninsert r;\nupdate new DmlTrig__c(Id = r.Id, Command__c = 'nested');\nupdate new DmlTrig__c(Id = r.Id, Command__c = 'note');",
        debug: ['old kept after nested rollback new kept after nested rollback']
    }
];
