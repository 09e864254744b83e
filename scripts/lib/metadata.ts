/**
 * Reads the project's source-format metadata (objects, fields, labels) once, for the generators and checks.
 * Only what they need is parsed; the XML checks own well-formedness.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { listFiles } from './paths';

export interface FieldInfo {
    object: string;
    field: string;
    type: string;
    required: boolean;
    formula: boolean;
    /** The metadata file that defines the field. */
    file: string;
}

export interface LabelInfo {
    name: string;
    value: string;
    file: string;
}

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false });

export function readXml(file: string): Record<string, Record<string, unknown>> {
    return parser.parse(fs.readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
}

/**
 * The project's source folders: the package directories in sfdx-project.json, or, for a project without one (a
 * check's fixture needs no more than the folders it plants errors in), `force-app` and `dev`. Only those present.
 */
export function sourceDirs(projectRoot: string): string[] {
    const projectFile = path.join(projectRoot, 'sfdx-project.json');
    const dirs = fs.existsSync(projectFile)
        ? (
              JSON.parse(fs.readFileSync(projectFile, 'utf8')) as { packageDirectories: { path: string }[] }
          ).packageDirectories.map((dir) => dir.path)
        : ['force-app', 'dev'];
    return dirs.map((dir) => path.join(projectRoot, dir)).filter((dir) => fs.existsSync(dir));
}

/** Every custom field, from `objects/<Object>/fields/<Field>.field-meta.xml` under the given folders. */
export function loadFields(dirs: string[]): FieldInfo[] {
    return dirs
        .flatMap((dir) => listFiles(dir, ['.field-meta.xml']))
        .map((file): FieldInfo => {
            const field = readXml(file).CustomField ?? {};
            return {
                object: path.basename(path.dirname(path.dirname(file))),
                field: path.basename(file, '.field-meta.xml'),
                type: String(field.type ?? ''),
                required: String(field.required ?? 'false') === 'true',
                formula: field.formula !== undefined,
                file
            };
        });
}

/**
 * Every object the metadata names: custom objects and Custom Metadata types with an `.object-meta.xml`, and
 * standard objects that only carry Lodestar's fields (an `objects/<Name>/fields` folder).
 */
export function loadObjectNames(dirs: string[]): string[] {
    const names = new Set<string>();
    for (const dir of dirs) {
        for (const file of listFiles(dir, ['.object-meta.xml', '.field-meta.xml'])) {
            const objectDir = file.endsWith('.object-meta.xml') ? path.dirname(file) : path.dirname(path.dirname(file));
            names.add(path.basename(objectDir));
        }
    }
    return [...names].sort();
}

/** Every Custom Label, from the `*.labels-meta.xml` files under the given folders. */
export function loadLabels(dirs: string[]): LabelInfo[] {
    const labelParser = new XMLParser({
        ignoreAttributes: true,
        parseTagValue: false,
        isArray: (name) => name === 'labels'
    });
    return dirs
        .flatMap((dir) => listFiles(dir, ['.labels-meta.xml']))
        .flatMap((file) => {
            const parsed = labelParser.parse(fs.readFileSync(file, 'utf8')) as {
                CustomLabels?: { labels?: { fullName: string; value: string }[] };
            };
            return (parsed.CustomLabels?.labels ?? []).map((label) => ({
                name: String(label.fullName),
                value: String(label.value),
                file
            }));
        });
}
