/**
 * The record pages and the Home page of the package, read from its FlexiPages, so the preview lays out each page as
 * the Lightning App Builder configured it: its regions, and in each region its component instances in order, with
 * their properties.
 *
 * - A component of this package (`healthCard`, or `c:healthCard`) is mounted as the real LWC, with the instance's
 *   properties converted to the types its `.js-meta.xml` declares for the page's target (`lightning__RecordPage`,
 *   `lightning__HomePage`; a FlexiPage stores every value as text).
 * - A standard component (`force:highlightsPanel`, `force:detailPanel`, `force:relatedListContainer`) is the
 *   platform's; the preview shows a small stand-in for it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { listFiles } from '../lib/paths';

export type PropertyValue = string | number | boolean;

export interface PageItem {
    /** As the FlexiPage names it: `healthCard`, `force:detailPanel`. */
    name: string;
    /** This package's component: its module (`c/healthCard`) and element tag (`c-health-card`). */
    module?: string;
    tag?: string;
    properties: Record<string, PropertyValue>;
}

export interface PageRegion {
    name: string;
    items: PageItem[];
}

export interface PreviewPage {
    /** The FlexiPage's API name. */
    name: string;
    label: string;
    type: PageType;
    /** The record page's object; empty for the Home page. */
    objectApiName: string;
    template: string;
    regions: PageRegion[];
}

export type PageType = 'RecordPage' | 'HomePage';

/** The `.js-meta.xml` target whose properties each page type sets. */
const TARGETS: Record<PageType, string> = { RecordPage: 'lightning__RecordPage', HomePage: 'lightning__HomePage' };

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    isArray: (name) =>
        ['flexiPageRegions', 'itemInstances', 'componentInstanceProperties', 'targetConfig', 'property'].includes(name)
});

interface FlexiPageXml {
    FlexiPage: {
        masterLabel?: string;
        sobjectType?: string;
        type?: string;
        template?: { name?: string };
        flexiPageRegions?: {
            name: string;
            itemInstances?: {
                componentInstance?: {
                    componentName: string;
                    componentInstanceProperties?: { name: string; value?: string }[];
                };
            }[];
        }[];
    };
}

interface BundleXml {
    LightningComponentBundle?: {
        targetConfigs?: { targetConfig?: { targets?: string; property?: { name: string; type?: string }[] }[] };
    };
}

function kebab(name: string): string {
    return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** The property types each of this package's components declares for a target, by component name. */
function propertyTypes(dirs: string[], target: string): Map<string, Map<string, string>> {
    const types = new Map<string, Map<string, string>>();
    for (const file of dirs.flatMap((dir) => listFiles(dir, ['.js-meta.xml']))) {
        const xml = parser.parse(fs.readFileSync(file, 'utf8')) as BundleXml;
        const declared = new Map<string, string>();
        for (const config of xml.LightningComponentBundle?.targetConfigs?.targetConfig ?? []) {
            if ((config.targets ?? '').split(',').some((candidate) => candidate.trim() === target)) {
                for (const property of config.property ?? []) {
                    declared.set(property.name, property.type ?? 'String');
                }
            }
        }
        types.set(path.basename(file, '.js-meta.xml'), declared);
    }
    return types;
}

function typed(value: string, type: string | undefined): PropertyValue {
    if (type === 'Boolean') {
        return value === 'true';
    }
    if (type === 'Integer') {
        return Number(value);
    }
    return value;
}

function isPreviewed(page: FlexiPageXml['FlexiPage']): page is FlexiPageXml['FlexiPage'] & { type: PageType } {
    return (page.type === 'RecordPage' && Boolean(page.sobjectType)) || page.type === 'HomePage';
}

/** Every record-page and Home-page FlexiPage under the package directories. */
export function loadPages(dirs: string[]): PreviewPage[] {
    const types = {
        RecordPage: propertyTypes(dirs, TARGETS.RecordPage),
        HomePage: propertyTypes(dirs, TARGETS.HomePage)
    };
    return dirs
        .flatMap((dir) => listFiles(dir, ['.flexipage-meta.xml']))
        .map((file) => ({ file, page: (parser.parse(fs.readFileSync(file, 'utf8')) as FlexiPageXml).FlexiPage }))
        .filter((entry): entry is { file: string; page: FlexiPageXml['FlexiPage'] & { type: PageType } } =>
            isPreviewed(entry.page)
        )
        .map(({ file, page }) => ({
            name: path.basename(file, '.flexipage-meta.xml'),
            label: page.masterLabel ?? '',
            type: page.type,
            objectApiName: page.type === 'RecordPage' ? (page.sobjectType ?? '') : '',
            template: page.template?.name ?? '',
            regions: (page.flexiPageRegions ?? []).map((region) => ({
                name: region.name,
                items: (region.itemInstances ?? []).flatMap((item) => {
                    const instance = item.componentInstance;
                    if (!instance) {
                        return [];
                    }
                    const own = /^(?:c:)?(\w+)$/.exec(instance.componentName)?.[1];
                    const declared = own ? types[page.type].get(own) : undefined;
                    const properties = Object.fromEntries(
                        (instance.componentInstanceProperties ?? []).map((property) => [
                            property.name,
                            typed(property.value ?? '', declared?.get(property.name))
                        ])
                    );
                    return [
                        own
                            ? { name: instance.componentName, module: `c/${own}`, tag: `c-${kebab(own)}`, properties }
                            : { name: instance.componentName, properties }
                    ];
                })
            }))
        }));
}
