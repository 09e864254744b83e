/** Governor limits on DML: statements and rows per transaction. */
import type { ConformanceCase } from '../case';

const LIMITS =
    'Apex Developer Guide, Execution Governors and Limits: "Total number of DML statements issued 150", ' +
    '"Total number of records processed as a result of DML statements ... 10,000"; exceeding a limit throws ' +
    'System.LimitException, which cannot be caught';

export const cases: ConformanceCase[] = [
    {
        name: 'the 151st DML statement throws LimitException',
        cite: LIMITS,
        apex: "for (Integer i = 0; i < 151; i++) {\n    insert new Account(Name = 'a' + i);\n}",
        throws: { type: 'System.LimitException', message: 'Too many DML statements: 151' }
    },
    {
        name: '150 DML statements are allowed',
        cite: LIMITS,
        apex: "for (Integer i = 0; i < 150; i++) {\n    insert new Account(Name = 'a' + i);\n}\nSystem.debug(Limits.getDmlStatements() + ' of ' + Limits.getLimitDmlStatements());",
        debug: ['150 of 150']
    },
    {
        name: 'the 10,001st DML row throws LimitException',
        cite: LIMITS,
        apex: "List<Account> accs = new List<Account>();\nfor (Integer i = 0; i < 10001; i++) {\n    accs.add(new Account(Name = 'a'));\n}\ninsert accs;",
        throws: { type: 'System.LimitException', message: 'Too many DML rows: 10001' }
    },
    {
        name: 'LimitException cannot be caught',
        cite: LIMITS + '; Apex Developer Guide, Exception Class: "LimitException ... can\'t be caught"',
        apex: "try {\n    for (Integer i = 0; i < 151; i++) {\n        insert new Account(Name = 'a' + i);\n    }\n} catch (Exception e) {\n    System.debug('caught');\n}",
        throws: { type: 'System.LimitException', message: 'Too many DML statements: 151' }
    },
    {
        name: 'every record of a DML statement counts as a DML row',
        cite:
            LIMITS +
            '; Limits.getDmlRows "Returns the number of records that have been processed with any statement that counts against DML limits"',
        apex: "insert new List<Account>{ new Account(Name = 'a'), new Account(Name = 'b'), new Account(Name = 'c') };\nSystem.debug(Limits.getDmlStatements());\nSystem.debug(Limits.getDmlRows());",
        debug: ['1', '3']
    },
    {
        name: 'a failed DML statement still counts against the limits',
        cite: LIMITS + ' (the statement is issued even though it fails)',
        apex: 'try {\n    insert new Account();\n} catch (DmlException e) {\n    System.debug(Limits.getDmlStatements());\n}',
        debug: ['1']
    },
    {
        name: 'Database methods count like DML statements',
        cite: LIMITS + '; Database.insert and friends are DML operations',
        apex: "Database.insert(new List<Account>{ new Account(Name = 'a'), new Account() }, false);\nSystem.debug(Limits.getDmlStatements() + ' ' + Limits.getDmlRows());",
        debug: ['1 2']
    },
    {
        name: 'a partial-save retry does not count twice',
        cite: 'Apex Developer Guide, Bulk DML Exception Handling: "During the second and third attempts, governor limits are reset to their original state before the first attempt"',
        apex: "Database.insert(new List<DmlTrig__c>{ new DmlTrig__c(Name = 'ok', Command__c = 'spawn'), new DmlTrig__c(Name = 'bad', Command__c = 'block') }, false);\nSystem.debug(Limits.getDmlStatements());",
        debug: ['A BEFORE_INSERT 1', 'A AFTER_INSERT 1', 'A BEFORE_INSERT 1', 'A AFTER_INSERT 1', '2']
    }
];
