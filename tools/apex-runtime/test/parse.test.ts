import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ApexSyntaxError, parseAnonymous, parseClass, setParseCacheDir } from '../src/parse/parse';
import { unescapeApexString } from '../src/parse/lower';

describe('lowering to the compact tree', () => {
    test('a class with members', () => {
        const unit = parseClass(
            `public virtual class Foo extends Bar implements Baz {
    private static Integer count = 0;
    public String name { get; set; }
    public Foo(String n) { this.name = n; }
    public virtual Integer size() { return name.length(); }
    public class Inner {}
}`,
            'Foo.cls'
        );
        const decl = unit.decl;
        assert.equal(decl.name, 'Foo');
        assert.deepEqual(decl.modifiers.keywords, ['public', 'virtual']);
        assert.equal(decl.superclass?.parts[0].name, 'Bar');
        assert.equal(decl.interfaces[0].parts[0].name, 'Baz');
        assert.deepEqual(
            decl.members.map((m) => m.k),
            ['field', 'property', 'constructor', 'method', 'type']
        );
    });

    test('a top-level declaration in anonymous Apex is a local variable statement', () => {
        const unit = parseAnonymous('Integer x = 5; x++; void helper() {}', 'anon.apex');
        assert.equal(unit.statements[0].k, 'local');
        assert.equal(unit.statements[1].k, 'expr');
        assert.equal(unit.members[0].k, 'method');
    });

    test('inline SOQL keeps its text with binds replaced, and the bind expressions', () => {
        const unit = parseAnonymous(
            'List<Account> a = [SELECT Id FROM Account WHERE Name = :name AND Id IN :ids.keySet()];',
            'anon.apex'
        );
        const local = unit.statements[0];
        assert.equal(local.k, 'local');
        const init = local.k === 'local' ? local.decls[0].init : undefined;
        assert.equal(init?.k, 'soql');
        if (init?.k === 'soql') {
            assert.equal(init.text, 'SELECT Id FROM Account WHERE Name = :__bind0 AND Id IN :__bind1');
            assert.equal(init.binds.length, 2);
            assert.equal(init.from, 'Account');
        }
    });

    test('literals: Long, Double and Decimal are told apart', () => {
        const unit = parseAnonymous('Object a = 5L; Object b = 1.5d; Object c = 1.50;', 'anon.apex');
        const kinds = unit.statements.map((s) =>
            s.k === 'local' && s.decls[0].init?.k === 'literal' ? s.decls[0].init.kind : null
        );
        assert.deepEqual(kinds, ['Long', 'Double', 'Decimal']);
    });

    test('string escapes', () => {
        assert.equal(unescapeApexString("a\\nb\\'c\\u0041\\\\"), "a\nb'cA\\");
    });

    test('syntax errors are reported with their line', () => {
        assert.throws(
            () => parseClass('public class Broken {\n  void f( {\n}', 'Broken.cls'),
            (error: unknown) =>
                error instanceof ApexSyntaxError && error.problems.length > 0 && error.problems[0].line === 2
        );
    });
});

describe('the parse cache', () => {
    test('the same text parses once in memory', () => {
        const source = 'public class Cached { Integer x = 1; }';
        assert.equal(parseClass(source, 'a.cls'), parseClass(source, 'b.cls'));
    });

    test('a disk cache serves a fresh process', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apex-parse-cache-'));
        try {
            setParseCacheDir(dir);
            parseClass('public class OnDisk { Integer y = 2; }', 'OnDisk.cls');
            const files = fs.readdirSync(dir);
            assert.equal(files.length, 1);
            const stored = JSON.parse(fs.readFileSync(path.join(dir, files[0]), 'utf8')) as { decl: { name: string } };
            assert.equal(stored.decl.name, 'OnDisk');
        } finally {
            setParseCacheDir(null);
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
