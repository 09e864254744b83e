/**
 * The seam part 2's in-memory org plugs into: a fake ApexDatabase receives the interpreter's requests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runAnonymous } from '../src/anonymous';
import { buildProgram } from '../src/compile/build';
import type { ApexDatabase, DmlRequest, DmlRowResult, SavepointHandle, SoqlRequest } from '../src/database/database';
import { ProjectSchema } from '../src/schema/projectSchema';
import { ApexList } from '../src/values/collections';
import { makeId } from '../src/values/id';
import { SObjectValue } from '../src/values/sobject';
import { T } from '../src/compile/types';

class FakeDatabase implements ApexDatabase {
    readonly available = true;
    readonly unavailableReason = '';
    readonly queries: SoqlRequest[] = [];
    readonly dmls: DmlRequest[] = [];
    rows: SObjectValue[] = [];
    failRows = false;
    private counter = 0;

    query(request: SoqlRequest): unknown {
        this.queries.push(request);
        return new ApexList(this.rows, { k: 'sobject', name: 'Account' });
    }
    search(): unknown {
        return new ApexList([], T.Object);
    }
    dml(request: DmlRequest): DmlRowResult[] {
        this.dmls.push(request);
        return request.rows.map((row) => {
            if (this.failRows) {
                return {
                    id: null,
                    success: false,
                    created: false,
                    errors: [
                        {
                            statusCode: 'REQUIRED_FIELD_MISSING',
                            message: 'Required fields are missing: [Name]',
                            fields: ['Name']
                        }
                    ]
                };
            }
            const id = makeId('001', ++this.counter);
            (row as SObjectValue).set('id', 'Id', id);
            return { id, success: true, created: true, errors: [] };
        });
    }
    setSavepoint(): SavepointHandle {
        return { id: 1 };
    }
    rollback(): void {}
    resetForTest(): void {}
}

const program = buildProgram([], { schema: new ProjectSchema(), labels: new Map(), namespace: null });

describe('the database interface', () => {
    test('inline SOQL reaches the database with its binds, access mode and location', () => {
        const db = new FakeDatabase();
        const account = new SObjectValue(program.schema.getObject('Account')!);
        account.set('name', 'Name', 'Acme');
        db.rows = [account];
        const result = runAnonymous(
            program,
            "String n = 'Acme';\nList<Account> found = [SELECT Name FROM Account WHERE Name = :n WITH USER_MODE];\nSystem.debug(found[0].Name);\nAccount one = [SELECT Name FROM Account];\nSystem.debug(one.Name);",
            'q.apex',
            { database: db }
        );
        assert.equal(result.exception, null);
        assert.deepEqual(
            result.debug.map((d) => d.value),
            ['Acme', 'Acme']
        );
        const request = db.queries[0];
        assert.equal(request.soql, 'SELECT Name FROM Account WHERE Name = :__bind0 WITH USER_MODE');
        assert.equal(request.bind('__bind0'), 'Acme');
        assert.equal(request.access, 'user');
        assert.deepEqual(request.location, { file: 'q.apex', line: 2 });
    });

    test('assigning an empty result to a single SObject throws QueryException', () => {
        const result = runAnonymous(program, 'Account a = [SELECT Id FROM Account];', 'q.apex', {
            database: new FakeDatabase()
        });
        assert.equal(result.exception?.type, 'System.QueryException');
        assert.equal(result.exception?.message, 'List has no rows for assignment to SObject');
    });

    test('Database.query binds read local variables by name', () => {
        const db = new FakeDatabase();
        runAnonymous(
            program,
            "String wanted = 'x';\nList<SObject> rows = Database.query('SELECT Id FROM Account WHERE Name = :wanted');",
            'q.apex',
            { database: db }
        );
        assert.equal(db.queries[0].dynamic, true);
        assert.equal(db.queries[0].bind('WANTED'), 'x');
        assert.equal(db.queries[0].bind('unknown'), undefined);
    });

    test('DML statements send the records, and Ids come back on them', () => {
        const db = new FakeDatabase();
        const result = runAnonymous(
            program,
            "Account a = new Account(Name = 'x');\ninsert a;\nSystem.debug(a.Id != null);\nSystem.debug(Limits.getDmlStatements());",
            'd.apex',
            {
                database: db
            }
        );
        assert.deepEqual(
            result.debug.map((d) => d.value),
            ['true', '1']
        );
        assert.equal(db.dmls[0].op, 'insert');
        assert.equal(db.dmls[0].allOrNone, true);
    });

    test('an all-or-none failure throws DmlException with the row details', () => {
        const db = new FakeDatabase();
        db.failRows = true;
        const result = runAnonymous(
            program,
            'try { insert new Account(); } catch (DmlException e) { System.debug(e.getNumDml()); System.debug(e.getDmlStatusCode(0)); System.debug(e.getMessage()); }',
            'd.apex',
            { database: db }
        );
        assert.deepEqual(
            result.debug.map((d) => d.value),
            [
                '1',
                'REQUIRED_FIELD_MISSING',
                'Insert failed. First exception on row 0; first error: REQUIRED_FIELD_MISSING, Required fields are missing: [Name]: [Name]'
            ]
        );
    });

    test('Database.insert(records, false) returns results instead of throwing', () => {
        const db = new FakeDatabase();
        db.failRows = true;
        const result = runAnonymous(
            program,
            'List<Database.SaveResult> results = Database.insert(new List<Account>{new Account()}, false);\nSystem.debug(results[0].isSuccess());\nSystem.debug(results[0].getErrors()[0].getMessage());',
            'd.apex',
            { database: db }
        );
        assert.equal(result.exception, null);
        assert.deepEqual(
            result.debug.map((d) => d.value),
            ['false', 'Required fields are missing: [Name]']
        );
        assert.equal(db.dmls[0].allOrNone, false);
    });
});
