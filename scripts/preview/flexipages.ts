/**
 * The record pages, the Home page and the app pages of the package, read from its FlexiPages, so the preview lays out
 * each page as the Lightning App Builder configured it: its regions, and in each region its component instances in
 * order, with their properties. An app page is opened through its Lightning page tab (`/lightning/n/<tab>`), so it
 * carries the tab and the permission sets that make the tab visible: the shell refuses it to anyone else.
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
    /** The record page's object; empty for the Home page and app pages. */
    objectApiName: string;
    template: string;
    regions: PageRegion[];
    /** An app page's Lightning page tab, if it has one. */
    tab?: PageTab;
}

/** A Lightning page tab (`tabs/<name>.tab-meta.xml` naming the FlexiPage) and who may see it. */
export interface PageTab {
    name: string;
    label: string;
    /** Permission sets whose tabSettings make the tab Visible or Available, sorted. */
    permissionSets: string[];
}

export type PageType = 'RecordPage' | 'HomePage' | 'AppPage';

/** The `.js-meta.xml` target whose properties each page type sets. */
const TARGETS: Record<PageType, string> = {
    RecordPage: 'lightning__RecordPage',
    HomePage: 'lightning__HomePage',
    AppPage: 'lightning__AppPage'
};

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    isArray: (name) =>
        [
            'flexiPageRegions',
            'itemInstances',
            'componentInstanceProperties',
            'targetConfig',
            'property',
            'tabSettings'
        ].includes(name)
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
    return (
        (page.type === 'RecordPage' && Boolean(page.sobjectType)) || page.type === 'HomePage' || page.type === 'AppPage'
    );
}

interface TabXml {
    CustomTab?: { flexiPage?: string; label?: string };
}

interface PermissionSetXml {
    PermissionSet?: { tabSettings?: { tab: string; visibility?: string }[] };
}

/** The Lightning page tabs under the package directories, by the FlexiPage each opens. */
function pageTabs(dirs: string[]): Map<string, PageTab> {
    const visibleTo = new Map<string, string[]>();
    for (const file of dirs.flatMap((dir) => listFiles(dir, ['.permissionset-meta.xml']))) {
        const permissionSet = path.basename(file, '.permissionset-meta.xml');
        const xml = parser.parse(fs.readFileSync(file, 'utf8')) as PermissionSetXml;
        for (const setting of xml.PermissionSet?.tabSettings ?? []) {
            // Visible puts the tab in the navigation bar, Available lets the user add it: either opens the page.
            if (setting.visibility === 'Visible' || setting.visibility === 'Available') {
                visibleTo.set(setting.tab, [...(visibleTo.get(setting.tab) ?? []), permissionSet]);
            }
        }
    }
    const tabs = new Map<string, PageTab>();
    for (const file of dirs.flatMap((dir) => listFiles(dir, ['.tab-meta.xml']))) {
        const tab = (parser.parse(fs.readFileSync(file, 'utf8')) as TabXml).CustomTab;
        if (tab?.flexiPage) {
            const name = path.basename(file, '.tab-meta.xml');
            tabs.set(tab.flexiPage, {
                name,
                label: tab.label ?? name,
                permissionSets: (visibleTo.get(name) ?? []).sort()
            });
        }
    }
    return tabs;
}

/** Every record-page, Home-page and app-page FlexiPage under the package directories. */
export function loadPages(dirs: string[]): PreviewPage[] {
    const types = {
        RecordPage: propertyTypes(dirs, TARGETS.RecordPage),
        HomePage: propertyTypes(dirs, TARGETS.HomePage),
        AppPage: propertyTypes(dirs, TARGETS.AppPage)
    };
    const tabs = pageTabs(dirs);
    return dirs
        .flatMap((dir) => listFiles(dir, ['.flexipage-meta.xml']))
        .map((file) => ({ file, page: (parser.parse(fs.readFileSync(file, 'utf8')) as FlexiPageXml).FlexiPage }))
        .filter((entry): entry is { file: string; page: FlexiPageXml['FlexiPage'] & { type: PageType } } =>
            isPreviewed(entry.page)
        )
        .map(({ file, page }) => ({ file, page, tab: tabs.get(path.basename(file, '.flexipage-meta.xml')) }))
        .map(({ file, page, tab }) => ({
            name: path.basename(file, '.flexipage-meta.xml'),
            ...(page.type === 'AppPage' && tab ? { tab } : {}),
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
