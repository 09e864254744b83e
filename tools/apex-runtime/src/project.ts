/**
 * Loads an SFDX project: its Apex classes, custom labels, SObject metadata and namespace, from the package
 * directories in sfdx-project.json. Programs are cached per project content, so repeated runs in one process
 * compile once.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildProgram, type SourceFile } from './compile/build';
import type { CustomLabel, Program } from './compile/program';
import { ProjectSchema } from './schema/projectSchema';
import { CustomMetadataStore } from './schema/customMetadata';
import { decodeXml } from './schema/metadataXml';
import { walkSourceFiles } from './sourceFiles';

export interface ApexProject {
    root: string;
    packageDirs: string[];
    namespace: string | null;
    /** Apex classes, paths relative to the root. */
    classes: SourceFile[];
    /** Apex triggers (`triggers/*.trigger`), paths relative to the root. */
    triggers: SourceFile[];
    labels: Map<string, CustomLabel>;
    schema: ProjectSchema;
    customMetadata: CustomMetadataStore;
}

interface SfdxProjectJson {
    packageDirectories?: Array<{ path: string }>;
    namespace?: string;
}

/** Custom labels from `*.labels-meta.xml`: fullName and value of each `<labels>` entry. */
export function readLabels(files: string[]): Map<string, CustomLabel> {
    const labels = new Map<string, CustomLabel>();
    for (const file of files) {
        const xml = fs.readFileSync(file, 'utf8');
        const pattern = /<labels>([\s\S]*?)<\/labels>/g;
        for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
            const name = /<fullName>([\s\S]*?)<\/fullName>/.exec(m[1])?.[1]?.trim();
            const value = /<value>([\s\S]*?)<\/value>/.exec(m[1])?.[1];
            if (name && value !== undefined) {
                labels.set(name.toLowerCase(), { name, value: decodeXml(value) });
            }
        }
    }
    return labels;
}

export function loadProject(root: string): ApexProject {
    const projectFile = path.join(root, 'sfdx-project.json');
    const json: SfdxProjectJson = fs.existsSync(projectFile)
        ? (JSON.parse(fs.readFileSync(projectFile, 'utf8')) as SfdxProjectJson)
        : {};
    const packageDirs = (json.packageDirectories ?? [{ path: 'force-app' }])
        .map((d) => path.join(root, d.path))
        .filter((d) => fs.existsSync(d));
    const classes: SourceFile[] = [];
    const triggers: SourceFile[] = [];
    const labelFiles: string[] = [];
    for (const dir of packageDirs) {
        walkSourceFiles(dir, (file) => {
            if (file.endsWith('.cls') && path.basename(path.dirname(file)) === 'classes') {
                classes.push({ path: path.relative(root, file), source: fs.readFileSync(file, 'utf8') });
            } else if (file.endsWith('.trigger') && path.basename(path.dirname(file)) === 'triggers') {
                triggers.push({ path: path.relative(root, file), source: fs.readFileSync(file, 'utf8') });
            } else if (file.endsWith('.labels-meta.xml')) {
                labelFiles.push(file);
            }
        });
    }
    const schema = ProjectSchema.fromPackageDirs(packageDirs);
    return {
        root,
        packageDirs,
        namespace: json.namespace ?? null,
        classes,
        triggers,
        labels: readLabels(labelFiles),
        schema,
        customMetadata: CustomMetadataStore.fromPackageDirs(schema, packageDirs)
    };
}

const programCache = new Map<string, Program>();

/** The compiled program of a project, cached by the content of its classes and labels. */
export function programFor(project: ApexProject): Program {
    const hash = createHash('sha256');
    for (const file of [...project.classes, ...project.triggers]) {
        hash.update(file.path).update('\0').update(file.source).update('\0');
    }
    for (const label of project.labels.values()) {
        hash.update(label.name).update('\0').update(label.value).update('\0');
    }
    hash.update(project.root);
    const key = hash.digest('hex');
    let program = programCache.get(key);
    if (!program) {
        program = buildProgram([...project.classes, ...project.triggers], {
            schema: project.schema,
            labels: project.labels,
            namespace: project.namespace,
            customMetadata: project.customMetadata
        });
        programCache.set(key, program);
    }
    return program;
}
