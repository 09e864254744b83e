/**
 * DML on the in-memory org: insert, update, upsert, delete and undelete, system validation, defaults and the
 * DmlException / Database.SaveResult shapes. Fixture objects: fixtures/force-app/dml/objects.
 */
import type { ConformanceCase } from '../case';

const DML_EXCEPTION =
    'Apex Reference Guide, DmlException Methods: getDmlFieldNames, getDmlId, getDmlIndex, getDmlMessage, ' +
    'getDmlStatusCode, getNumDml; message "Insert failed. First exception on row 0; first error: <STATUS>, <message>: [<fields>]"';
const ALL_OR_NONE =
    'Apex Developer Guide, Bulk DML Exception Handling: "during a single operation, all records must be updated ' +
    'successfully or the entire operation rolls back to the point immediately preceding the DML statement"';
const PARTIAL =
    'Apex Developer Guide, DML Statements vs. Database Class Methods: "If you specify false for this parameter and ' +
    'if a record fails, the remainder of DML operations can still succeed ... a result object array ... is returned"';
const VALIDATION =
    'Apex Developer Guide, Triggers and Order of Execution: "Runs most system validation steps again, such as ' +
    'verifying that all required fields have a non-null value"; for Apex requests "Salesforce validates foreign ' +
    'keys, field formats, maximum field lengths, and restricted picklists"';

export const cases: ConformanceCase[] = [
    {
        name: 'insert sets the Id on the inserted record',
        cite: 'Apex Developer Guide, Inserting and Updating Records: "the sObject variable has the ID field autofilled" (sObject Map Considerations)',
        apex: "Account a = new Account(Name = 'Acme');\nSystem.debug(a.Id);\ninsert a;\nSystem.debug(a.Id.getSObjectType());\nSystem.debug(String.valueOf(a.Id).length());",
        debug: ['null', 'Account', '18']
    },
    {
        name: 'insert of a list sets every Id, and each is different',
        cite: 'Apex Developer Guide, Bulk DML: inserting a list assigns an Id to every record',
        apex: "List<Account> accs = new List<Account>{ new Account(Name = 'a'), new Account(Name = 'b') };\ninsert accs;\nSystem.debug(accs[0].Id != null && accs[1].Id != null && accs[0].Id != accs[1].Id);",
        debug: ['true']
    },
    {
        name: 'inserting a record that already has an Id fails',
        cite: DML_EXCEPTION + '; INVALID_FIELD_FOR_INSERT_UPDATE "cannot specify Id in an insert call"',
        apex: "Account a = new Account(Name = 'a');\ninsert a;\ntry {\n    insert a;\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n    System.debug(e.getDmlMessage(0));\n    System.debug(e.getDmlId(0) == a.Id);\n}",
        debug: ['INVALID_FIELD_FOR_INSERT_UPDATE', 'cannot specify Id in an insert call', 'true']
    },
    {
        name: 'Account.Name is required',
        cite: VALIDATION + '; ' + DML_EXCEPTION,
        apex: 'try {\n    insert new Account();\n} catch (DmlException e) {\n    System.debug(e.getMessage());\n}',
        debug: [
            'Insert failed. First exception on row 0; first error: REQUIRED_FIELD_MISSING, Required fields are missing: [Name]: [Name]'
        ]
    },
    {
        name: 'Contact.LastName is required and getDmlFieldNames lists it',
        cite: VALIDATION + '; SOAP API Object Reference, Contact.LastName (not nillable)',
        apex: "try {\n    insert new Contact(FirstName = 'Ann');\n} catch (DmlException e) {\n    System.debug(e.getDmlFieldNames(0));\n    System.debug(e.getDmlType(0));\n}",
        debug: ['(LastName)', 'REQUIRED_FIELD_MISSING']
    },
    {
        name: 'Opportunity needs Name, StageName and CloseDate',
        cite: VALIDATION + '; SOAP API Object Reference, Opportunity',
        apex: "try {\n    insert new Opportunity(Name = 'x');\n} catch (DmlException e) {\n    System.debug(e.getDmlMessage(0));\n}",
        debug: ['Required fields are missing: [StageName, CloseDate]']
    },
    {
        name: 'a required custom field is enforced',
        cite: VALIDATION + '; CustomField metadata <required>true</required>; a master-detail field is always required',
        apex: "DmlParent__c p = new DmlParent__c(Name = 'p');\ninsert p;\ntry {\n    insert new DmlChild__c(Parent__c = p.Id);\n} catch (DmlException e) {\n    System.debug(e.getDmlMessage(0));\n}\ntry {\n    insert new DmlChild__c(Label__c = 'x');\n} catch (DmlException e) {\n    System.debug(e.getDmlMessage(0));\n}",
        debug: ['Required fields are missing: [Label__c]', 'Required fields are missing: [Parent__c]']
    },
    {
        name: 'a required field set to null on update fails',
        cite: VALIDATION,
        apex: "Account a = new Account(Name = 'a');\ninsert a;\na.Name = null;\ntry {\n    update a;\n} catch (DmlException e) {\n    System.debug(e.getMessage());\n}",
        debug: [
            'Update failed. First exception on row 0 with id ' +
                '001000000000001AAA; first error: REQUIRED_FIELD_MISSING, Required fields are missing: [Name]: [Name]'
        ]
    },
    {
        name: 'the row index in the message is the failing row',
        cite: DML_EXCEPTION + '; getDmlIndex "Returns the original row position of the failed record"',
        apex: "try {\n    insert new List<Account>{ new Account(Name = 'ok'), new Account(Name = 'ok2'), new Account() };\n} catch (DmlException e) {\n    System.debug(e.getNumDml());\n    System.debug(e.getDmlIndex(0));\n    System.debug(e.getMessage().startsWith('Insert failed. First exception on row 2;'));\n}",
        debug: ['1', '2', 'true']
    },
    {
        name: 'getNumDml counts every failed row',
        cite:
            DML_EXCEPTION +
            '; Apex Developer Guide, Trigger Exceptions: "the runtime engine still processes every record in the operation to compile a comprehensive list of errors"',
        apex: "try {\n    insert new List<Account>{ new Account(), new Account(Name = 'ok'), new Account() };\n} catch (DmlException e) {\n    System.debug(e.getNumDml());\n    System.debug(e.getDmlIndex(1));\n}",
        debug: ['2', '2']
    },
    {
        name: 'all or none: the good rows are not saved when one fails, and get no Id',
        cite: ALL_OR_NONE,
        apex: "List<Account> accs = new List<Account>{ new Account(Name = 'ok'), new Account() };\ntry {\n    insert accs;\n} catch (DmlException e) {\n    System.debug(accs[0].Id);\n}",
        debug: ['null']
    },
    {
        name: 'Database.insert(rows, false) saves the good rows and reports the bad ones',
        cite: PARTIAL + '; Apex Reference Guide, SaveResult Class: getErrors, getId, isSuccess',
        apex: "List<Account> accs = new List<Account>{ new Account(Name = 'ok'), new Account() };\nList<Database.SaveResult> rs = Database.insert(accs, false);\nSystem.debug(rs[0].isSuccess());\nSystem.debug(rs[0].getId() == accs[0].Id);\nSystem.debug(rs[1].isSuccess());\nSystem.debug(rs[1].getId());\nDatabase.Error err = rs[1].getErrors()[0];\nSystem.debug(err.getStatusCode());\nSystem.debug(err.getMessage());\nSystem.debug(err.getFields());\nSystem.debug(accs[1].Id);",
        debug: [
            'true',
            'true',
            'false',
            'null',
            'REQUIRED_FIELD_MISSING',
            'Required fields are missing: [Name]',
            '(Name)',
            'null'
        ]
    },
    {
        name: 'Database.insert(rows) without allOrNone throws like the statement',
        cite: 'Apex Reference Guide, Database.insert: "allOrNone ... The default is true"',
        apex: 'try {\n    Database.insert(new List<Account>{ new Account() });\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n}',
        debug: ['REQUIRED_FIELD_MISSING']
    },
    {
        name: 'a restricted picklist rejects a value not in its list',
        cite: VALIDATION + '; INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST "bad value for restricted picklist field"',
        apex: "try {\n    insert new DmlParent__c(Name = 'p', Status__c = 'Pending');\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n    System.debug(e.getDmlMessage(0));\n}\ninsert new DmlParent__c(Name = 'q', Status__c = 'Open');\nSystem.debug('saved');",
        debug: [
            'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
            'Status: bad value for restricted picklist field: Pending',
            'saved'
        ]
    },
    {
        name: 'a text value longer than the field fails with STRING_TOO_LONG',
        cite: VALIDATION + '; StatusCode STRING_TOO_LONG "data value too large"',
        apex: "try {\n    insert new DmlParent__c(Name = 'p', Code__c = 'ABCDEFGHIJK');\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n    System.debug(e.getDmlMessage(0));\n}",
        debug: ['STRING_TOO_LONG', 'Code: data value too large: ABCDEFGHIJK (max length=10)']
    },
    {
        name: 'a custom Text Area holds 255 characters',
        cite: 'Salesforce Help, Custom Field Types: "Text Area: Allows users to enter up to 255 characters on separate lines"; StatusCode STRING_TOO_LONG',
        apex: "DmlParent__c p = new DmlParent__c(Name = 'p');\ninsert p;\ninsert new DmlChild__c(Parent__c = p.Id, Label__c = 'a', Remark__c = 'x'.repeat(255));\ntry {\n    insert new DmlChild__c(Parent__c = p.Id, Label__c = 'b', Remark__c = 'x'.repeat(256));\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n}",
        debug: ['STRING_TOO_LONG']
    },
    {
        name: 'a number with too many integer digits fails with NUMBER_OUTSIDE_VALID_RANGE',
        cite: VALIDATION + '; Number(5,2) holds 3 digits before the point; StatusCode NUMBER_OUTSIDE_VALID_RANGE',
        apex: "try {\n    insert new DmlParent__c(Name = 'p', Amount__c = 1234);\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n}\ninsert new DmlParent__c(Name = 'q', Amount__c = 999.99);\nSystem.debug('saved');",
        debug: ['NUMBER_OUTSIDE_VALID_RANGE', 'saved']
    },
    {
        name: 'a lookup to a record of the wrong type fails with FIELD_INTEGRITY_EXCEPTION',
        cite: 'StatusCode FIELD_INTEGRITY_EXCEPTION: an Id of another object in a lookup ("id value of incorrect type")',
        apex: "Contact c = new Contact(LastName = 'x');\ninsert c;\ntry {\n    insert new Contact(LastName = 'y', AccountId = c.Id);\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n    System.debug(e.getDmlFieldNames(0));\n}",
        debug: ['FIELD_INTEGRITY_EXCEPTION', '(AccountId)']
    },
    {
        name: 'a lookup to a record that does not exist fails with INVALID_CROSS_REFERENCE_KEY',
        cite: 'StatusCode INVALID_CROSS_REFERENCE_KEY: "invalid cross reference id" for a reference to a record that does not exist',
        apex: "try {\n    insert new Contact(LastName = 'y', AccountId = '001000000000099AAA');\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n    System.debug(e.getDmlMessage(0));\n}",
        debug: ['INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id']
    },
    {
        name: 'a lookup to a deleted record fails with ENTITY_IS_DELETED',
        cite: 'StatusCode ENTITY_IS_DELETED: the referenced record is in the recycle bin',
        apex: "Account a = new Account(Name = 'a');\ninsert a;\ndelete a;\ntry {\n    insert new Contact(LastName = 'y', AccountId = a.Id);\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n}",
        debug: ['ENTITY_IS_DELETED']
    },
    {
        name: 'a unique field rejects a second record with the same value',
        cite: 'CustomField <unique>true</unique>; StatusCode DUPLICATE_VALUE "duplicate value found: <field> duplicates value on record with id: <id>"',
        apex: "DmlParent__c p = new DmlParent__c(Name = 'p', Code__c = 'C1');\ninsert p;\ntry {\n    insert new DmlParent__c(Name = 'q', Code__c = 'c1');\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n    System.debug(e.getDmlMessage(0) == 'duplicate value found: Code__c duplicates value on record with id: ' + p.Id);\n}",
        debug: ['DUPLICATE_VALUE', 'true']
    },
    {
        name: 'two rows of one insert with the same unique value: the second fails',
        cite: 'CustomField <unique>true</unique>: uniqueness holds inside one request too; StatusCode DUPLICATE_VALUE',
        apex: "List<Database.SaveResult> rs = Database.insert(new List<DmlParent__c>{ new DmlParent__c(Name = 'p', Code__c = 'X'), new DmlParent__c(Name = 'q', Code__c = 'X') }, false);\nSystem.debug(rs[0].isSuccess() + ' ' + rs[1].isSuccess());\nSystem.debug(rs[1].getErrors()[0].getStatusCode());",
        debug: ['true false', 'DUPLICATE_VALUE']
    },
    {
        name: 'update without an Id fails with MISSING_ARGUMENT',
        cite: 'StatusCode MISSING_ARGUMENT: "Id not specified in an update call"',
        apex: "try {\n    update new Account(Name = 'x');\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n    System.debug(e.getDmlMessage(0));\n}",
        debug: ['MISSING_ARGUMENT', 'Id not specified in an update call']
    },
    {
        name: 'updating a deleted record fails with ENTITY_IS_DELETED',
        cite: 'StatusCode ENTITY_IS_DELETED: "entity is deleted"',
        apex: "Account a = new Account(Name = 'a');\ninsert a;\ndelete a;\ntry {\n    update a;\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n    System.debug(e.getDmlMessage(0));\n}",
        debug: ['ENTITY_IS_DELETED', 'entity is deleted']
    },
    {
        name: 'the same Id twice in one update throws ListException',
        cite: 'Apex Developer Guide, Updating Records: a list with a duplicate Id throws System.ListException "Duplicate id in list"',
        apex: "Account a = new Account(Name = 'a');\ninsert a;\ntry {\n    update new List<Account>{ a, a };\n} catch (ListException e) {\n    System.debug(e.getMessage() == 'Duplicate id in list: ' + a.Id);\n}",
        debug: ['true']
    },
    {
        name: 'upsert inserts records without Id and updates records with one',
        cite: 'Apex Reference Guide, UpsertResult Class: isCreated "A Boolean value that is set to true if the record was created, false if the record was updated"',
        apex: "Account a = new Account(Name = 'a');\ninsert a;\nList<Database.UpsertResult> rs = Database.upsert(new List<Account>{ a, new Account(Name = 'b') });\nSystem.debug(rs[0].isCreated() + ' ' + rs[1].isCreated());\nSystem.debug(rs[0].getId() == a.Id);",
        debug: ['false true', 'true']
    },
    {
        name: 'upsert on an external Id field matches an existing record',
        cite: 'Apex Developer Guide, Upserting Records: "If the key is matched once, the existing object record is updated"; "If the key is not matched, a new object record is created"',
        apex: "DmlParent__c p = new DmlParent__c(Name = 'p', Ref__c = 'R1');\ninsert p;\nDmlParent__c again = new DmlParent__c(Name = 'p2', Ref__c = 'R1');\nDatabase.UpsertResult r = Database.upsert(again, DmlParent__c.Ref__c);\nSystem.debug(r.isCreated());\nSystem.debug(again.Id == p.Id);\nDatabase.UpsertResult r2 = Database.upsert(new DmlParent__c(Name = 'n', Ref__c = 'R2'), DmlParent__c.Ref__c);\nSystem.debug(r2.isCreated());",
        debug: ['false', 'true', 'true']
    },
    {
        name: 'Database.upsert takes the external Id field, allOrNone and an access level together',
        cite: 'Apex Reference, Database Class: upsert(recordsToUpsert, externalIdField, allOrNone, accessLevel)',
        apex: "insert new DmlParent__c(Name = 'p', Ref__c = 'R1');\nList<Database.UpsertResult> rs = Database.upsert(new List<DmlParent__c>{ new DmlParent__c(Name = 'p2', Ref__c = 'R1'), new DmlParent__c(Name = 'n', Ref__c = 'R3') }, DmlParent__c.Ref__c, true, AccessLevel.SYSTEM_MODE);\nSystem.debug(rs[0].isCreated() + ' ' + rs[1].isCreated());\nSystem.debug([SELECT Name FROM DmlParent__c WHERE Ref__c = 'R1'].Name);",
        debug: ['false true', 'p2']
    },
    {
        name: 'upsert with a key matching several records fails with DUPLICATE_EXTERNAL_ID',
        cite: 'Apex Developer Guide, Upserting Records: "If the key is matched multiple times, then an error is generated and the object record is neither inserted or updated"',
        apex: "insert new List<DmlParent__c>{ new DmlParent__c(Name = 'a', Ref__c = 'D'), new DmlParent__c(Name = 'b', Ref__c = 'D') };\ntry {\n    upsert new DmlParent__c(Name = 'c', Ref__c = 'D') Ref__c;\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n}",
        debug: ['DUPLICATE_EXTERNAL_ID']
    },
    {
        name: 'upsert with the same key twice in the list fails',
        cite: 'Apex Developer Guide, Upserting Records: a key matched multiple times is an error (DUPLICATE_VALUE "Duplicate external id specified")',
        apex: "try {\n    upsert new List<DmlParent__c>{ new DmlParent__c(Name = 'a', Ref__c = 'K'), new DmlParent__c(Name = 'b', Ref__c = 'K') } Ref__c;\n} catch (DmlException e) {\n    System.debug(e.getDmlIndex(0));\n    System.debug(e.getDmlMessage(0));\n}",
        debug: ['1', 'Duplicate external id specified: K']
    },
    {
        name: 'deleting twice fails with ENTITY_IS_DELETED',
        cite: 'Apex Developer Guide, Deleting Records: deleted records go to the Recycle Bin; StatusCode ENTITY_IS_DELETED',
        apex: "Account a = new Account(Name = 'a');\ninsert a;\ndelete a;\nList<Database.DeleteResult> rs = Database.delete(new List<Id>{ a.Id }, false);\nSystem.debug(rs[0].isSuccess());\nSystem.debug(rs[0].getErrors()[0].getStatusCode());",
        debug: ['false', 'ENTITY_IS_DELETED']
    },
    {
        name: 'delete by Id returns a DeleteResult with the Id',
        cite: 'Apex Reference Guide, Database.delete(recordIDs, allOrNone) and DeleteResult.getId',
        apex: "Account a = new Account(Name = 'a');\ninsert a;\nDatabase.DeleteResult r = Database.delete(a.Id);\nSystem.debug(r.isSuccess());\nSystem.debug(r.getId() == a.Id);",
        debug: ['true', 'true']
    },
    {
        name: 'undelete restores a deleted record so it can be updated again',
        cite: 'Apex Developer Guide, Restoring Deleted Records: "After you have deleted records, the records are placed in the Recycle Bin for 15 days, after which they are permanently deleted. While the records are still in the Recycle Bin, you can restore them using the undelete operation"',
        apex: "Account a = new Account(Name = 'a');\ninsert a;\ndelete a;\nundelete a;\nupdate a;\nSystem.debug('updated');",
        debug: ['updated']
    },
    {
        name: 'undeleting a record that is not deleted fails with UNDELETE_FAILED',
        cite: 'StatusCode UNDELETE_FAILED: the record is not in the Recycle Bin',
        apex: "Account a = new Account(Name = 'a');\ninsert a;\ntry {\n    undelete a;\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n}",
        debug: ['UNDELETE_FAILED']
    },
    {
        name: 'deleting a master record deletes its detail records, undelete restores them',
        cite: 'Salesforce Help, Considerations for Relationships: "When a master record is deleted, its related detail records are also deleted"; "Undeleting the master record also undeletes detail records"',
        apex: "DmlParent__c p = new DmlParent__c(Name = 'p');\ninsert p;\nDmlChild__c c = new DmlChild__c(Parent__c = p.Id, Label__c = 'x');\ninsert c;\ndelete p;\ntry {\n    update c;\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n}\nundelete p;\nupdate c;\nSystem.debug('restored');",
        debug: ['ENTITY_IS_DELETED', 'restored']
    },
    {
        name: 'a Restrict lookup blocks deleting the parent',
        cite: 'Salesforce Help, Lookup relationship "Don\'t allow deletion of the lookup record that\'s part of a lookup relationship" (deleteConstraint Restrict); StatusCode DELETE_FAILED',
        apex: "DmlParent__c p = new DmlParent__c(Name = 'p');\ninsert p;\ninsert new DmlLink__c(Name = 'l', Guard__c = p.Id);\ntry {\n    delete p;\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n}",
        debug: ['DELETE_FAILED']
    },
    {
        name: 'a Cascade lookup deletes the child with the parent',
        cite: 'Salesforce Help, Lookup relationship "Delete this record also" (deleteConstraint Cascade)',
        apex: "DmlParent__c p = new DmlParent__c(Name = 'p');\ninsert p;\nDmlLink__c l = new DmlLink__c(Name = 'l', Owned__c = p.Id);\ninsert l;\ndelete p;\nList<Database.SaveResult> rs = Database.update(new List<DmlLink__c>{ l }, false);\nSystem.debug(rs[0].getErrors()[0].getStatusCode());",
        debug: ['ENTITY_IS_DELETED']
    },
    {
        name: 'a SetNull lookup is cleared and the child survives',
        cite: 'Salesforce Help, Lookup relationship "Clear the value of this field" (deleteConstraint SetNull, the default)',
        apex: "DmlParent__c p = new DmlParent__c(Name = 'p');\ninsert p;\nDmlLink__c l = new DmlLink__c(Name = 'l', Other__c = p.Id);\ninsert l;\ndelete p;\nupdate new DmlLink__c(Id = l.Id, Name = 'renamed');\nSystem.debug('child kept');\nl.Name = 'stale';\ntry {\n    update l;\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n}",
        debug: ['child kept', 'ENTITY_IS_DELETED']
    },
    {
        name: 'a failed insert inside try leaves later DML working',
        cite: ALL_OR_NONE + ' (the rollback covers only that statement)',
        apex: "try {\n    insert new Account();\n} catch (DmlException e) {\n    System.debug('failed');\n}\nAccount a = new Account(Name = 'ok');\ninsert a;\nSystem.debug(a.Id != null);",
        debug: ['failed', 'true']
    },
    {
        name: 'Database.upsert(rows, false) is a partial upsert',
        cite: 'Apex Reference Guide, Database.upsert(recordsToUpsert, allOrNone): "allOrNone ... false ... this method returns the result"',
        apex: "List<Database.UpsertResult> rs = Database.upsert(new List<Account>{ new Account(Name = 'a'), new Account() }, false);\nSystem.debug(rs[0].isSuccess() + ' ' + rs[0].isCreated() + ' ' + rs[1].isSuccess());",
        debug: ['true true false']
    },
    {
        name: 'insert of a mixed List<SObject> saves each type',
        cite: 'Apex Developer Guide, Creating Records for Different Object Types in a Single DML Statement: "you can insert records of up to 10 different object types in one call"',
        apex: "List<SObject> rows = new List<SObject>{ new Account(Name = 'a'), new Contact(LastName = 'c') };\ninsert rows;\nSystem.debug(String.valueOf(rows[0].Id).left(3) + ' ' + String.valueOf(rows[1].Id).left(3));",
        debug: ['001 003']
    },
    {
        name: 'a custom object record without a Name gets one',
        cite: 'Custom objects: the Name field is required in the UI, but an Apex insert without it saves (the record Id becomes the name; observed platform behaviour)',
        apex: 'DmlParent__c p = new DmlParent__c();\ninsert p;\nSystem.debug(p.Id != null);',
        debug: ['true']
    },
    {
        name: 'Lead needs LastName and Company',
        cite: VALIDATION + '; SOAP API Object Reference, Lead: Company and LastName are required on create',
        apex: "try {\n    insert new Lead(FirstName = 'x');\n} catch (DmlException e) {\n    System.debug(e.getDmlMessage(0));\n}",
        debug: ['Required fields are missing: [LastName, Company]']
    },
    {
        name: 'User lists every missing required field',
        cite:
            VALIDATION +
            '; SOAP API Object Reference, User: Username, LastName, Email, Alias, TimeZoneSidKey, LocaleSidKey, EmailEncodingKey, ProfileId, LanguageLocaleKey are required on create',
        apex: "try {\n    insert new User(LastName = 'x', Email = 'x@example.com');\n} catch (DmlException e) {\n    System.debug(e.getDmlFieldNames(0));\n}",
        debug: ['(Username, Alias, TimeZoneSidKey, LocaleSidKey, EmailEncodingKey, ProfileId, LanguageLocaleKey)']
    },
    {
        name: 'upsert on an external Id without a value fails that row',
        cite: 'Apex Developer Guide, Upserting Records: the key identifies the record; a row without a key value fails (MISSING_ARGUMENT)',
        apex: "List<Database.UpsertResult> rs = Database.upsert(new List<DmlParent__c>{ new DmlParent__c(Name = 'a') }, DmlParent__c.Ref__c, false);\nSystem.debug(rs[0].isSuccess());\nSystem.debug(rs[0].getErrors()[0].getStatusCode());",
        debug: ['false', 'MISSING_ARGUMENT']
    },
    {
        name: 'a mixed-type list is all or none across types',
        cite: ALL_OR_NONE,
        apex: "Account a = new Account(Name = 'a');\ntry {\n    insert new List<SObject>{ a, new Contact() };\n} catch (DmlException e) {\n    System.debug(e.getDmlIndex(0));\n}\nSystem.debug(a.Id);",
        debug: ['1', 'null']
    },
    {
        name: 'undelete restores the children of a Cascade lookup too',
        cite: 'Salesforce Help, Lookup relationship "Delete this record also": the children are deleted with the parent and come back with it',
        apex: "DmlParent__c p = new DmlParent__c(Name = 'p');\ninsert p;\nDmlLink__c l = new DmlLink__c(Name = 'l', Owned__c = p.Id);\ninsert l;\ndelete p;\nundelete p;\nupdate l;\nSystem.debug('child back');",
        debug: ['child back']
    }
];
