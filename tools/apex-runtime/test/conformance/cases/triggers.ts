/**
 * Apex triggers on the in-memory org, through the fixture triggers DmlTrigA/DmlTrigB on DmlTrig__c
 * (fixtures/force-app/dml/triggers): each record's Command__c says what the trigger does for it.
 */
import type { ConformanceCase } from '../case';

const CONTEXT_VARS =
    'Apex Developer Guide, Trigger Context Variables: isInsert/isUpdate/isDelete/isUndelete/isBefore/isAfter, ' +
    '"new ... only available in insert, update, and undelete triggers", "newMap ... only available in before ' +
    'update, after insert, after update, and after undelete triggers", "old ... only available in update and ' +
    'delete triggers", operationType, size';
const ORDER =
    'Apex Developer Guide, Triggers and Order of Execution: executes all before triggers, runs most system ' +
    'validation steps again, saves the record to the database, executes all after triggers';

export const cases: ConformanceCase[] = [
    {
        name: 'before insert then after insert fire around the save, with operationType and size',
        cite: ORDER + '; ' + CONTEXT_VARS,
        apex: "insert new DmlTrig__c(Name = 'a', Command__c = 'log');",
        debug: ['A BEFORE_INSERT 1', 'A AFTER_INSERT 1']
    },
    {
        name: 'update fires before update and after update',
        cite: ORDER,
        apex: "DmlTrig__c r = new DmlTrig__c(Name = 'a');\ninsert r;\nr.Command__c = 'log';\nupdate r;",
        debug: ['A BEFORE_UPDATE 1', 'A AFTER_UPDATE 1']
    },
    {
        name: 'delete fires before delete and after delete with Trigger.old',
        cite: CONTEXT_VARS + '; Apex Developer Guide, Triggers: "Before or after a delete operation"',
        apex: "DmlTrig__c r = new DmlTrig__c(Name = 'a', Command__c = 'x');\ninsert r;\nr.Command__c = 'log';\nupdate r;\ndelete r;",
        debug: ['A BEFORE_UPDATE 1', 'A AFTER_UPDATE 1', 'A BEFORE_DELETE 1', 'A AFTER_DELETE 1']
    },
    {
        name: 'undelete fires only after undelete',
        cite:
            'Apex Developer Guide, Triggers: "An Apex trigger can also execute after the undelete operation"; ' +
            CONTEXT_VARS,
        apex: "DmlTrig__c r = new DmlTrig__c(Name = 'a', Command__c = 'x');\ninsert r;\ndelete r;\nr.Command__c = 'log';\nundelete r;",
        debug: []
    },
    {
        name: 'the Boolean context variables in before insert',
        cite: CONTEXT_VARS,
        apex: "insert new DmlTrig__c(Name = 'a', Command__c = 'flags');",
        debug: ['true true false true false false false', 'true false true true false false false']
    },
    {
        name: 'the Boolean context variables in update',
        cite: CONTEXT_VARS,
        apex: "DmlTrig__c r = new DmlTrig__c(Name = 'a');\ninsert r;\nr.Command__c = 'flags';\nupdate r;",
        debug: ['true true false false true false false', 'true false true false true false false']
    },
    {
        name: 'the Boolean context variables in delete',
        cite: CONTEXT_VARS,
        apex: "DmlTrig__c r = new DmlTrig__c(Name = 'a', Command__c = 'flags');\nDatabase.insert(r);\nSystem.debug('--');\ndelete r;",
        debug: [
            'true true false true false false false',
            'true false true true false false false',
            '--',
            'true true false false false true false',
            'true false true false false true false'
        ]
    },
    {
        name: 'which of new, old, newMap and oldMap exist in insert triggers',
        cite: CONTEXT_VARS,
        apex: "insert new DmlTrig__c(Name = 'a', Command__c = 'maps');",
        debug: ['false true true true', 'false true false true']
    },
    {
        name: 'which of new, old, newMap and oldMap exist in update triggers',
        cite: CONTEXT_VARS,
        apex: "DmlTrig__c r = new DmlTrig__c(Name = 'a');\ninsert r;\nr.Command__c = 'maps';\nupdate r;",
        debug: ['false false false false', 'false false false false']
    },
    {
        name: 'delete triggers have Trigger.old and oldMap but no Trigger.new',
        cite: CONTEXT_VARS + '; Context Variable Considerations',
        apex: "DmlTrig__c r = new DmlTrig__c(Name = 'a');\ninsert r;\ndelete new DmlTrig__c(Id = r.Id, Command__c = 'x');\nDmlTrig__c s = new DmlTrig__c(Name = 'b', Command__c = 'id');\ninsert s;",
        debug: ['id false', 'id true']
    },
    {
        name: 'records have no Id in before insert and have one in after insert',
        cite: 'Apex Developer Guide, Triggers: "After triggers are used to access field values that are set by the system (such as a record\'s Id ...)"',
        apex: "insert new DmlTrig__c(Name = 'a', Command__c = 'id');",
        debug: ['id false', 'id true']
    },
    {
        name: 'a change to Trigger.new in a before trigger is saved',
        cite: 'Context Variable Considerations: "You can use an object to change its own field values using trigger.new, but only in before triggers"',
        apex: "DmlTrig__c r = new DmlTrig__c(Name = 'a', Command__c = 'stamp');\ninsert r;\nr.Command__c = 'note';\nupdate r;",
        debug: ['old stamped BEFORE_INSERT new stamped BEFORE_INSERT']
    },
    {
        name: 'the caller record is not changed by a before trigger (only the Id is set)',
        cite: 'Salesforce Knowledge Article 000193852 (System.assertEquals does not return expected value in Test Methods): a before insert trigger sets NumberOfEmployees, yet the inserted variable still reads null: "The trigger updates the database record, not the in-memory objects that were created to do the insert"',
        apex: "DmlTrig__c r = new DmlTrig__c(Name = 'a', Command__c = 'stamp');\ninsert r;\nSystem.debug(r.Note__c);\nSystem.debug(r.Id != null);",
        debug: ['null', 'true']
    },
    {
        name: 'Trigger.new is read-only in after triggers',
        cite: 'Context Variable Considerations: "In all after triggers, trigger.new is not saved, so a runtime exception is thrown"; the exception is System.FinalException: Record is read-only',
        apex: "insert new DmlTrig__c(Name = 'a', Command__c = 'write');",
        debug: ['Record is read-only']
    },
    {
        name: 'addError in a before trigger fails the DML statement',
        cite: 'Apex Developer Guide, Trigger Exceptions: "If the trigger was spawned by a DML statement in Apex, any one error results in the entire operation rolling back"; the row error is FIELD_CUSTOM_VALIDATION_EXCEPTION with the message',
        apex: "try {\n    insert new DmlTrig__c(Name = 'a', Command__c = 'block');\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n    System.debug(e.getDmlMessage(0));\n    System.debug(e.getMessage());\n}",
        debug: [
            'FIELD_CUSTOM_VALIDATION_EXCEPTION',
            'Blocked by trigger',
            'Insert failed. First exception on row 0; first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, Blocked by trigger: []'
        ]
    },
    {
        name: 'addError with allOrNone false fails only that row',
        cite: 'Apex Developer Guide, DML Statements vs. Database Class Methods: "If you specify false for this parameter and if a record fails, the remainder of DML operations can still succeed"',
        apex: "List<Database.SaveResult> rs = Database.insert(new List<DmlTrig__c>{ new DmlTrig__c(Name = 'ok'), new DmlTrig__c(Name = 'bad', Command__c = 'block') }, false);\nSystem.debug(rs[0].isSuccess());\nSystem.debug(rs[1].isSuccess());\nSystem.debug(rs[1].getErrors()[0].getMessage());\nSystem.debug(rs[0].getId() != null);",
        debug: ['true', 'false', 'Blocked by trigger', 'true']
    },
    {
        name: 'addError in an after trigger also fails the row',
        cite: 'Apex Developer Guide, Trigger Exceptions: "Triggers can be used to prevent DML operations from occurring by calling the addError() method on a record"',
        apex: "try {\n    insert new DmlTrig__c(Name = 'a', Command__c = 'blockafter');\n} catch (DmlException e) {\n    System.debug(e.getDmlMessage(0));\n}",
        debug: ['Blocked after save']
    },
    {
        name: 'an exception escaping a trigger fails the row with the trigger and event named',
        cite: 'Apex Developer Guide, Trigger Exceptions: "If a trigger ever throws an unhandled exception, all records are marked with an error and no further processing takes place"',
        apex: "try {\n    insert new DmlTrig__c(Name = 'a', Command__c = 'throw');\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n    System.debug(e.getDmlMessage(0).startsWith('DmlTrigA: execution of BeforeInsert\\n\\ncaused by: System.MathException: Divide by 0'));\n}",
        debug: ['CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY', 'true']
    },
    {
        name: 'an exception in a trigger with allOrNone false marks every row of the chunk',
        cite: 'Apex Developer Guide, Trigger Exceptions: "all records are marked with an error"',
        apex: "List<Database.SaveResult> rs = Database.insert(new List<DmlTrig__c>{ new DmlTrig__c(Name = 'ok'), new DmlTrig__c(Name = 'bad', Command__c = 'throw') }, false);\nSystem.debug(rs[0].isSuccess() + ' ' + rs[1].isSuccess());",
        debug: ['false false']
    },
    {
        name: 'several triggers on one object and event all run',
        cite: 'Apex Developer Guide, Triggers and Order of Execution: "executes all before triggers" (the order between triggers of one object is not guaranteed; the runtime uses file-name order)',
        apex: "insert new DmlTrig__c(Name = 'a', Command__c = 'order');",
        debug: ['A', 'B', 'A']
    },
    {
        name: 'DML inside a trigger fires the triggers of the new records',
        cite: 'Apex Developer Guide, Triggers: "Triggers can also modify other records of the same type as the records that initially fired the trigger"',
        apex: "insert new DmlTrig__c(Name = 'a', Command__c = 'spawn');",
        debug: ['A BEFORE_INSERT 1', 'A AFTER_INSERT 1']
    },
    {
        name: 'DML in a trigger counts against the same transaction limits',
        cite: 'Apex Developer Guide, Execution Governors and Limits: limits are per transaction; a trigger runs in the transaction of the DML that fired it',
        apex: "insert new DmlTrig__c(Name = 'a', Command__c = 'spawn dmlcount');\nSystem.debug(Limits.getDmlStatements());",
        debug: ['A BEFORE_INSERT 1', 'A AFTER_INSERT 1', 'dml 2 rows 2', '2']
    },
    {
        name: 'triggers fire in chunks of 200 records',
        cite: 'Apex Developer Guide, Triggers and Bulk Requests / Implementation Considerations: "Triggers execute on batches of 200 records at a time"',
        apex: "List<DmlTrig__c> rows = new List<DmlTrig__c>();\nfor (Integer i = 0; i < 250; i++) {\n    rows.add(new DmlTrig__c(Name = 'r' + i, Command__c = (i == 0 || i == 200) ? 'log' : null));\n}\ninsert rows;",
        debug: ['A BEFORE_INSERT 200', 'A AFTER_INSERT 200', 'A BEFORE_INSERT 50', 'A AFTER_INSERT 50']
    },
    {
        name: 'a partial save retries the good rows and fires their triggers again',
        cite: 'Apex Developer Guide, Bulk DML Exception Handling: "If there were errors during the first attempt, the runtime engine makes a second attempt that includes only those records that did not generate errors"; triggers fire again for them',
        apex: "List<Database.SaveResult> rs = Database.insert(new List<DmlTrig__c>{ new DmlTrig__c(Name = 'ok', Command__c = 'log'), new DmlTrig__c(Name = 'bad', Command__c = 'block') }, false);\nSystem.debug(rs[0].isSuccess() + ' ' + rs[1].isSuccess());",
        debug: ['A BEFORE_INSERT 2', 'A AFTER_INSERT 1', 'A BEFORE_INSERT 1', 'A AFTER_INSERT 1', 'true false']
    },
    {
        name: 'Trigger.isExecuting is false outside a trigger and Trigger.new is null',
        cite: CONTEXT_VARS,
        apex: 'System.debug(Trigger.isExecuting);\nSystem.debug(Trigger.new);\nSystem.debug(Trigger.operationType);',
        debug: ['false', 'null', 'null']
    },
    {
        name: 'before update sees the old and new values',
        cite: CONTEXT_VARS + ': old "Returns a list of the old versions of the sObject records"',
        apex: "DmlTrig__c r = new DmlTrig__c(Name = 'a', Note__c = 'first');\ninsert r;\nr.Note__c = 'second';\nr.Command__c = 'note';\nupdate r;",
        debug: ['old first new second']
    },
    {
        name: 'switch on Trigger.operationType',
        cite:
            CONTEXT_VARS +
            ': "consider using a switch statement with different permutations of unique trigger execution enum states"',
        apex: "insert new DmlTrig__c(Name = 'a', Command__c = 'switch');\nDmlTrig__c r = new DmlTrig__c(Name = 'b');\ninsert r;\nr.Command__c = 'switch';\nupdate r;",
        debug: ['switch before insert', 'switch after insert', 'switch other', 'switch other']
    },
    {
        name: 'addError on a field names the field in the row error',
        cite: 'Apex Reference Guide, SObject Class: addError(fieldName, errorMsg) "Marks a record with a custom error message on a specified field"; Database.Error.getFields',
        apex: "Database.SaveResult r = Database.insert(new DmlTrig__c(Name = 'a', Command__c = 'fielderror'), false);\nSystem.debug(r.getErrors()[0].getMessage());\nSystem.debug(r.getErrors()[0].getFields());\nDatabase.SaveResult s = Database.insert(new DmlTrig__c(Name = 'b', Command__c = 'namederror'), false);\nSystem.debug(s.getErrors()[0].getFields());",
        debug: ['Note is wrong', '(Note__c)', '(Command__c)']
    },
    {
        name: 'Trigger.oldMap and Trigger.newMap are keyed by record Id in after update',
        cite: CONTEXT_VARS + ': newMap "A map of IDs to the new versions of the sObject records"',
        apex: "DmlTrig__c r = new DmlTrig__c(Name = 'a', Note__c = 'n1');\ninsert r;\nr.Note__c = 'n2';\nr.Command__c = 'note';\nupdate r;\nr.Command__c = 'maps';\nupdate r;",
        debug: ['old n1 new n2', 'false false false false', 'false false false false']
    },
    {
        name: 'before insert sees the initialised record: owner and field defaults, no system timestamps yet',
        cite: 'Apex Developer Guide, Triggers and Order of Execution: "Loads the original record from the database or initializes the record" before "Executes all before triggers"; CreatedDate is set when the record is saved',
        apex: "insert new DmlTrig__c(Name = 'a', Command__c = 'initial');",
        debug: ['true true null']
    },
    {
        name: 'a trigger that keeps inserting its own object stops at the maximum trigger depth',
        cite: 'Apex Developer Guide, Execution Governors and Limits: maximum trigger depth 16 ("maximum trigger depth exceeded"); the failure travels back up as CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY',
        apex: "try {\n    insert new DmlTrig__c(Name = 'a', Command__c = 'recurse');\n} catch (DmlException e) {\n    System.debug(e.getDmlStatusCode(0));\n    System.debug(e.getMessage().contains('maximum trigger depth exceeded'));\n}\nSystem.debug(Limits.getDmlStatements());",
        debug: ['CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY', 'true', '17']
    },
    {
        name: 'Trigger.old is read-only',
        cite: 'Context Variable Considerations: "trigger.old is always read-only"',
        apex: "DmlTrig__c r = new DmlTrig__c(Name = 'a');\ninsert r;\nupdate new DmlTrig__c(Id = r.Id, Command__c = 'writeold');",
        debug: ['old: Record is read-only']
    },
    {
        name: 'addError on a field expression marks that field',
        cite: 'Apex Reference Guide, SObject Class, addError(errorMsg) on a field: "Places the specified error message on the field in the Salesforce user interface and prevents any DML operation from occurring"',
        apex: "Database.SaveResult r = Database.insert(new DmlTrig__c(Name = 'a', Command__c = 'fieldexpr'), false);\nSystem.debug(r.getErrors()[0].getStatusCode());\nSystem.debug(r.getErrors()[0].getMessage());\nSystem.debug(r.getErrors()[0].getFields());",
        debug: ['FIELD_CUSTOM_VALIDATION_EXCEPTION', 'Note field error', '(Note__c)']
    }
];
