/**
 * Generates the persona permission sets from scripts/metadata/personas.ts and the field metadata, and checks
 * that the committed XML matches. `node build/scripts/metadata/permission-sets.js` writes them;
 * `--check` only compares.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFiles, repoRoot } from '../lib/paths';
import { loadFields, type FieldInfo } from '../lib/metadata';
import { readApexSurface } from '../typegen/apex-signatures';
import type { Check, CheckOutcome } from '../lib/problems';
import { DERIVED_FIELDS, PERSONAS, type ObjectGrant, type Persona } from './personas';

interface ProjectMetadata {
    fields: FieldInfo[];
    tabs: Set<string>;
    customMetadataTypes: string[];
    /** Feature folder → classes with @AuraEnabled methods. */
    controllersByFeature: Map<string, string[]>;
    applications: string[];
}

/** The feature folder a file sits in: force-app/main/<feature>/... */
function featureOf(file: string, mainDir: string): string {
    return path.relative(mainDir, file).split(path.sep)[0];
}

export function loadProjectMetadata(projectRoot: string): ProjectMetadata {
    const mainDir = path.join(projectRoot, 'force-app', 'main');
    const fields = loadFields([mainDir]);
    const objects = listFiles(mainDir, ['.object-meta.xml']).map((file) => path.basename(file, '.object-meta.xml'));
    // A controller is a class with an @AuraEnabled static method: classes whose @AuraEnabled members are only
    // fields (the payloads) need no class access.
    const controllersByFeature = new Map<string, string[]>();
    for (const method of readApexSurface(listFiles(mainDir, ['.cls'])).methods) {
        const feature = featureOf(path.resolve(method.file), mainDir);
        const controllers = controllersByFeature.get(feature) ?? [];
        if (!controllers.includes(method.className)) {
            controllersByFeature.set(feature, [...controllers, method.className]);
        }
    }
    return {
        fields,
        tabs: new Set(listFiles(mainDir, ['.tab-meta.xml']).map((file) => path.basename(file, '.tab-meta.xml'))),
        customMetadataTypes: objects.filter((object) => object.endsWith('__mdt')).sort(),
        controllersByFeature,
        applications: listFiles(mainDir, ['.app-meta.xml']).map((file) => path.basename(file, '.app-meta.xml'))
    };
}

/** Controllers behind the setup page (`...AdminController`) change how Lodestar works for everyone. */
export function isAdminController(className: string): boolean {
    return className.endsWith('AdminController');
}

function isDerived(field: FieldInfo): boolean {
    const derived = DERIVED_FIELDS[field.object] ?? [];
    return derived.includes('*') || derived.includes(field.field);
}

/** The platform rejects field permissions on required and master-detail fields: they are always accessible. */
function acceptsFieldPermission(field: FieldInfo): boolean {
    return !field.required && field.type !== 'MasterDetail' && !field.object.endsWith('__mdt');
}

function isEditable(field: FieldInfo, grant: ObjectGrant): boolean {
    if (field.formula || field.type === 'AutoNumber' || isDerived(field)) {
        return false;
    }
    return grant.editableFields === 'all' || (grant.editableFields ?? []).includes(field.field);
}

function element(name: string, children: [string, string | boolean][]): string {
    const inner = children.map(([tag, value]) => `        <${tag}>${value}</${tag}>`).join('\n');
    return `    <${name}>\n${inner}\n    </${name}>`;
}

function escapeXml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function renderPermissionSet(persona: Persona, metadata: ProjectMetadata): string {
    const grantedObjects = Object.keys(persona.objects).sort();
    const parts: string[] = [];

    for (const application of metadata.applications.sort()) {
        parts.push(
            element('applicationVisibilities', [
                ['application', application],
                ['visible', true]
            ])
        );
    }
    const classes = persona.controllerFeatures
        .flatMap((feature) => metadata.controllersByFeature.get(feature) ?? [])
        .filter((className) => persona.adminControllers === true || !isAdminController(className));
    for (const className of [...new Set(classes)].sort()) {
        parts.push(
            element('classAccesses', [
                ['apexClass', className],
                ['enabled', true]
            ])
        );
    }
    // Lodestar's configuration is read in user mode, so every persona needs read access to its types.
    for (const type of metadata.customMetadataTypes) {
        parts.push(
            element('customMetadataTypeAccesses', [
                ['enabled', true],
                ['name', type]
            ])
        );
    }
    parts.push(`    <description>${escapeXml(persona.description)}</description>`);

    const fields = metadata.fields
        .filter((field) => grantedObjects.includes(field.object) && acceptsFieldPermission(field))
        .sort((a, b) => `${a.object}.${a.field}`.localeCompare(`${b.object}.${b.field}`));
    for (const field of fields) {
        parts.push(
            element('fieldPermissions', [
                ['editable', isEditable(field, persona.objects[field.object])],
                ['field', `${field.object}.${field.field}`],
                ['readable', true]
            ])
        );
    }
    parts.push('    <hasActivationRequired>false</hasActivationRequired>');
    parts.push(`    <label>${escapeXml(persona.label)}</label>`);

    for (const object of grantedObjects) {
        const grant = persona.objects[object];
        parts.push(
            element('objectPermissions', [
                ['allowCreate', grant.create === true],
                ['allowDelete', grant.delete === true],
                ['allowEdit', grant.edit === true],
                ['allowRead', true],
                ['modifyAllRecords', grant.modifyAll === true],
                ['object', object],
                ['viewAllRecords', grant.viewAll === true]
            ])
        );
    }
    // Object tabs of the granted objects, and the persona's page tabs (Lightning page tabs such as the setup page).
    const tabs = [...grantedObjects.filter((name) => metadata.tabs.has(name)), ...(persona.tabs ?? [])].sort();
    for (const tab of [...new Set(tabs)]) {
        parts.push(
            element('tabSettings', [
                ['tab', tab],
                ['visibility', 'Visible']
            ])
        );
    }
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">',
        ...parts,
        '</PermissionSet>',
        ''
    ].join('\n');
}

export function permissionSetFile(projectRoot: string, persona: Persona): string {
    return path.join(
        projectRoot,
        'force-app',
        'main',
        'common',
        'permissionsets',
        `${persona.name}.permissionset-meta.xml`
    );
}

export const permissionSetsCheck: Check = {
    name: 'permission-sets',
    description: 'The persona permission sets match scripts/metadata/personas.ts and the field metadata.',
    async run(projectRoot: string): Promise<CheckOutcome> {
        const metadata = loadProjectMetadata(projectRoot);
        const problems = PERSONAS.flatMap((persona) => {
            const file = permissionSetFile(projectRoot, persona);
            const expected = renderPermissionSet(persona, metadata);
            if (!fs.existsSync(file)) {
                return [{ file, line: 0, message: 'missing; run `npm run permissions`' }];
            }
            const actual = fs.readFileSync(file, 'utf8').split('\n');
            const wanted = expected.split('\n');
            const firstDifference = wanted.findIndex((line, index) => actual[index] !== line);
            if (firstDifference < 0 && actual.length === wanted.length) {
                return [];
            }
            const line = firstDifference < 0 ? wanted.length : firstDifference + 1;
            return [
                {
                    file,
                    line,
                    message: `differs from the persona rules (expected "${(wanted[line - 1] ?? '').trim()}"); run \`npm run permissions\``
                }
            ];
        });
        return { name: this.name, problems, checked: PERSONAS.length };
    }
};

function main(): void {
    const projectRoot = repoRoot;
    const metadata = loadProjectMetadata(projectRoot);
    for (const persona of PERSONAS) {
        const file = permissionSetFile(projectRoot, persona);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, renderPermissionSet(persona, metadata));
        console.log(`wrote ${path.relative(projectRoot, file)}`);
    }
}

if (require.main === module) {
    main();
}
