/**
 * Generates TypeScript declarations for the platform modules that components import, from the project itself:
 * - `@salesforce/apex/<Class>.<method>` from the `@AuraEnabled` Apex signatures
 * - `@salesforce/schema/<Object>[.<Field>]` from the object and field metadata
 * - `@salesforce/label/c.<Name>` from the Custom Labels
 * - `c/<component>` path mappings for tsc
 * Nothing here is written by hand, so renaming a field, label or Apex method breaks the type-check of every
 * component that still uses the old name.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFiles, repoRoot } from '../lib/paths';
import { loadFields, loadLabels, loadObjectNames, sourceDirs, type FieldInfo } from '../lib/metadata';
import { readApexSurface, surfaceCacheFile, type ApexSurface, type ApexTypeRef } from './apex-signatures';

/** Apex scalar types and how they reach JavaScript through Lightning's serialisation. */
const SCALARS: Record<string, string> = {
    string: 'string',
    id: 'string',
    integer: 'number',
    long: 'number',
    double: 'number',
    decimal: 'number',
    boolean: 'boolean',
    // Dates and times arrive as ISO 8601 strings.
    date: 'string',
    datetime: 'string',
    time: 'string',
    object: 'unknown',
    blob: 'string'
};

/** Field metadata type → the value type a component reads. */
const FIELD_VALUE_TYPES: Record<string, string> = {
    Checkbox: 'boolean',
    Number: 'number',
    Currency: 'number',
    Percent: 'number',
    AutoNumber: 'string'
};

/**
 * Standard fields every object has, and the standard fields Lodestar's components read on standard objects.
 * The object metadata only describes custom fields, so these few are listed here.
 */
const STANDARD_FIELDS_ALL = [
    'Id',
    'Name',
    'OwnerId',
    'CreatedDate',
    'CreatedById',
    'LastModifiedDate',
    'LastModifiedById'
];
const STANDARD_FIELDS: Record<string, string[]> = {
    Account: ['Type', 'Industry', 'AnnualRevenue', 'ParentId', 'NumberOfEmployees', 'Owner.Name'],
    Contact: ['FirstName', 'LastName', 'Email', 'Title', 'AccountId'],
    Opportunity: ['AccountId', 'StageName', 'CloseDate', 'Amount', 'IsClosed', 'IsWon', 'Type', 'Account.Name'],
    Case: ['AccountId', 'Status', 'Priority', 'IsClosed', 'IsEscalated', 'Subject'],
    Task: ['WhatId', 'WhoId', 'Subject', 'Status', 'ActivityDate', 'IsClosed', 'Priority'],
    User: ['FirstName', 'LastName', 'Email', 'IsActive']
};

function moduleBlock(moduleName: string, body: string[]): string {
    return [`declare module '${moduleName}' {`, ...body.map((line) => `    ${line}`), '}', ''].join('\n');
}

/** The generated interface name of an Apex class: `Outer.Inner` becomes `Outer_Inner`. */
function interfaceName(fullName: string): string {
    return fullName.replace(/\./g, '_');
}

class ApexTypeMapper {
    readonly unknownTypes = new Set<string>();
    private readonly objectNames: Set<string>;

    constructor(
        private readonly surface: ApexSurface,
        objectNames: string[]
    ) {
        this.objectNames = new Set(objectNames.map((name) => name.toLowerCase()));
    }

    /** Resolves a class name as Apex does from inside `context`: its own inner classes first, then top level. */
    private resolveClass(name: string, context: string): string | undefined {
        const candidates = [`${context}.${name}`, `${context.split('.')[0]}.${name}`, name].map((candidate) =>
            candidate.toLowerCase()
        );
        return candidates.find((candidate) => this.surface.types.has(candidate) || this.surface.enums.has(candidate));
    }

    toTs(type: ApexTypeRef, context: string): string {
        const lower = type.name.toLowerCase();
        if (type.isArray) {
            return `${this.toTs({ ...type, isArray: false }, context)}[]`;
        }
        if (lower === 'list' || lower === 'set') {
            return `${this.wrap(this.toTs(type.args[0], context))}[]`;
        }
        if (lower === 'map') {
            return `Record<string, ${this.toTs(type.args[1], context)}>`;
        }
        if (SCALARS[lower]) {
            return SCALARS[lower];
        }
        if (lower === 'sobject' || this.objectNames.has(lower)) {
            return `LodestarSchema.Record<'${type.name}'>`;
        }
        const resolved = this.resolveClass(type.name, context);
        if (resolved && this.surface.enums.has(resolved)) {
            return (
                this.surface.enums
                    .get(resolved)!
                    .map((value) => `'${value}'`)
                    .join(' | ') || 'string'
            );
        }
        if (resolved) {
            return `LodestarApex.${interfaceName(this.surface.types.get(resolved)!.name)}`;
        }
        this.unknownTypes.add(type.name);
        return 'unknown';
    }

    private wrap(tsType: string): string {
        return /^[\w.<>',\s]+$/.test(tsType) && !tsType.includes('|') ? tsType : `(${tsType})`;
    }
}

export function renderApexTypes(
    surface: ApexSurface,
    objectNames: string[],
    projectRoot: string
): { text: string; unknownTypes: string[] } {
    const mapper = new ApexTypeMapper(surface, objectNames);
    const namespaceLines: string[] = [
        '/** What an imported Apex method is: callable imperatively, and usable as a wire adapter. */',
        'type Method<Params, Result> = ((params: Params) => Promise<Result>) &',
        "    import('lwc').WireAdapterConstructor<Record<string, unknown>, { data?: Result; error?: unknown }>;"
    ];
    // Every class with @AuraEnabled members becomes an interface; null members may be left out of the payload.
    for (const type of [...surface.types.values()].sort((a, b) => a.name.localeCompare(b.name))) {
        if (type.members.length === 0) {
            continue;
        }
        namespaceLines.push(`/** Apex \`${type.name}\`. */`, `interface ${interfaceName(type.name)} {`);
        for (const member of type.members) {
            namespaceLines.push(`    ${member.name}?: ${mapper.toTs(member.type, type.name)} | null;`);
        }
        namespaceLines.push('}');
    }
    const blocks = [
        '// Generated by scripts/typegen/generate.ts from the @AuraEnabled Apex signatures. Do not edit.',
        '',
        'declare namespace LodestarApex {',
        ...namespaceLines.map((line) => `    ${line}`),
        '}',
        ''
    ];
    const methods = [...surface.methods].sort((a, b) =>
        `${a.className}.${a.name}`.localeCompare(`${b.className}.${b.name}`)
    );
    for (const method of methods) {
        const params = method.params.length
            ? `{ ${method.params.map((param) => `${param.name}: ${mapper.toTs(param.type, method.className)} | null`).join('; ')} }`
            : 'Record<string, never> | undefined';
        const result = method.returns === 'void' ? 'void' : mapper.toTs(method.returns, method.className);
        blocks.push(
            moduleBlock(`@salesforce/apex/${method.className}.${method.name}`, [
                `/** ${path.relative(projectRoot, method.file).split(path.sep).join('/')}:${method.line}${method.cacheable ? ' (cacheable)' : ''} */`,
                `const ${method.name}: LodestarApex.Method<${params}, ${result}>;`,
                `export default ${method.name};`
            ])
        );
    }
    return { text: blocks.join('\n'), unknownTypes: [...mapper.unknownTypes].sort() };
}

function fieldValueType(field: FieldInfo): string {
    return FIELD_VALUE_TYPES[field.type] ?? (field.type === '' ? 'unknown' : 'string');
}

export function renderSchemaTypes(objectNames: string[], fields: FieldInfo[]): string {
    const blocks = [
        '// Generated by scripts/typegen/generate.ts from the object and field metadata. Do not edit.',
        '',
        'declare namespace LodestarSchema {',
        '    interface ObjectId<Name extends string> {',
        '        objectApiName: Name;',
        '    }',
        '    interface FieldId<ObjectName extends string> {',
        '        objectApiName: ObjectName;',
        '        fieldApiName: string;',
        '    }',
        '    /** A record as Apex returns it: Id always, other fields when they were queried. */',
        '    type Record<ObjectName extends string> = { Id: string; attributes?: { type: ObjectName } } & {',
        '        [field: string]: unknown;',
        '    };',
        '}',
        ''
    ];
    for (const object of objectNames) {
        blocks.push(
            moduleBlock(`@salesforce/schema/${object}`, [
                `const object: LodestarSchema.ObjectId<'${object}'>;`,
                'export default object;'
            ])
        );
        const standard = object.endsWith('__mdt')
            ? ['Id', 'DeveloperName', 'MasterLabel', 'Label']
            : [...STANDARD_FIELDS_ALL, ...(STANDARD_FIELDS[object] ?? [])];
        const custom = fields.filter((field) => field.object === object);
        for (const fieldName of [...new Set([...standard, ...custom.map((field) => field.field)])].sort()) {
            const info = custom.find((field) => field.field === fieldName);
            blocks.push(
                moduleBlock(`@salesforce/schema/${object}.${fieldName}`, [
                    info ? `/** ${info.type}: ${fieldValueType(info)} */` : '/** standard field */',
                    `const field: LodestarSchema.FieldId<'${object}'>;`,
                    'export default field;'
                ])
            );
        }
    }
    return blocks.join('\n');
}

export function renderLabelTypes(labels: { name: string; value: string }[]): string {
    const blocks = ['// Generated by scripts/typegen/generate.ts from the Custom Labels. Do not edit.', ''];
    for (const label of [...labels].sort((a, b) => a.name.localeCompare(b.name))) {
        blocks.push(
            moduleBlock(`@salesforce/label/c.${label.name}`, [
                `/** ${label.value.replace(/\*\//g, '* /')} */`,
                'const label: string;',
                'export default label;'
            ])
        );
    }
    return blocks.join('\n');
}

/** `c/<name>` → the component's TypeScript source, one entry per component (tsc forbids `**` in paths). */
export function renderComponentPaths(bundleSources: string[], outDir: string): string {
    const paths: Record<string, string[]> = {};
    for (const source of [...bundleSources].sort()) {
        const name = path.basename(source, '.ts');
        paths[`c/${name}`] = [path.relative(outDir, source).split(path.sep).join('/')];
    }
    return `${JSON.stringify({ compilerOptions: { paths } }, null, 2)}\n`;
}

/** The `.ts` file that is each LWC bundle's entry point: `lwc/<name>/<name>.ts`. */
export function componentSources(dirs: string[]): string[] {
    return dirs
        .flatMap((dir) => listFiles(dir, ['.ts']))
        .filter((file) => {
            const bundle = path.basename(path.dirname(file));
            return path.basename(path.dirname(path.dirname(file))) === 'lwc' && path.basename(file, '.ts') === bundle;
        });
}

export function generate(
    projectRoot: string,
    outDir = path.join(projectRoot, 'types', 'generated'),
    surfaceCache?: string
): { files: string[]; unknownTypes: string[] } {
    const dirs = sourceDirs(projectRoot);
    fs.mkdirSync(outDir, { recursive: true });

    const classFiles = dirs.flatMap((dir) => listFiles(dir, ['.cls']));
    const objectNames = loadObjectNames(dirs);
    const apex = renderApexTypes(readApexSurface(classFiles, surfaceCache), objectNames, projectRoot);
    const outputs: Record<string, string> = {
        'apex.d.ts': apex.text,
        'schema.d.ts': renderSchemaTypes(objectNames, loadFields(dirs)),
        'labels.d.ts': renderLabelTypes(loadLabels(dirs)),
        'lwc-paths.json': renderComponentPaths(componentSources(dirs), outDir)
    };
    const files = Object.entries(outputs).map(([name, text]) => {
        const file = path.join(outDir, name);
        // Unchanged files keep their timestamps, so tsc's incremental builds stay incremental.
        if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
            fs.writeFileSync(file, text);
        }
        return file;
    });
    return { files, unknownTypes: apex.unknownTypes };
}

if (require.main === module) {
    try {
        const { files, unknownTypes } = generate(repoRoot, undefined, surfaceCacheFile(repoRoot));
        if (unknownTypes.length > 0) {
            // A type the generator cannot see (a system class) becomes `unknown`: safe, but say so.
            console.log(`typegen: typed as unknown (not project classes): ${unknownTypes.join(', ')}`);
        }
        console.log(`typegen: wrote ${files.map((file) => path.relative(repoRoot, file)).join(', ')}`);
    } catch (error) {
        console.error(`typegen: ${(error as Error).message}`);
        process.exit(1);
    }
}
