/**
 * The preview's page shell: a header to switch user, the Home page (`/`), the account picker (the Account tab,
 * `/lightning/o/Account/home`), the record pages, and the app pages behind Lightning page tabs (`/lightning/n/<tab>`,
 * such as the admins' setup page; the header links the tabs the user may see, and anyone else who opens one is
 * refused, as Lightning refuses a tab the user's permission sets do not show). The pages are laid out from their FlexiPages
 * (the session carries each page's regions and component instances): the package's components are the real ones,
 * mounted with the instance's properties (and on a record page the record's Id and object), as Lightning mounts
 * them; the platform's own components get small stand-ins.
 */
import { LightningElement, createElement } from 'lwc';
import registry from 'preview/registry';
import { NAVIGATED, navigate, pageReferenceOf, type PageReference } from '../navigation/navigation';
import { session, type PreviewPage, type SessionUser } from '../session/session';
import { toastParts, type ToastOptions, type ToastPart } from '../toast/toast';

interface AccountRow {
    Id: string;
    Name: string;
    Segment__c?: string;
    HealthBand__c?: string;
    HealthScore__c?: number;
    Csm__r?: { Name: string };
}

interface RecordSummary {
    Id: string;
    objectApiName: string;
    Name: string;
    details: { label: string; value: string; recordId?: string; objectApiName?: string }[];
    opportunities?: { Id: string; Name: string; StageName: string; CloseDate: string; IsClosed: boolean }[];
}

/** One component instance of a region, as the template lays it out. */
interface RegionItem {
    key: string;
    /** `<region>:<index>`: where the component to mount is in the page. */
    mount: string;
    isCustom: boolean;
    isHighlights: boolean;
    isDetails: boolean;
    isRelated: boolean;
    isOther: boolean;
    name: string;
}

/** One column of a page's layout: the components of one region (or, in an app page's sidebar, of several). */
interface LayoutColumn {
    key: string;
    /** The region's name, as `data-region` on the column. */
    region: string;
    className: string;
    items: RegionItem[];
}

const FULL_WIDTH = 'slds-col slds-size_1-of-1';

interface Toast extends ToastOptions {
    key: number;
    className: string;
    /** The message with its messageData filled in: text and links. */
    parts: ToastPart[];
}

const PERSONAS: Record<string, string> = {
    Lodestar_CSM: 'CSM',
    Lodestar_Sales: 'Sales rep',
    Lodestar_CS_Leader: 'CS leader',
    Lodestar_Admin: 'Admin'
};

export default class App extends LightningElement {
    page: PageReference = pageReferenceOf(window.location);
    accounts: AccountRow[] = [];
    accountsError = '';
    record?: RecordSummary;
    recordError = '';
    toasts: Toast[] = [];
    private toastCount = 0;

    private readonly onNavigate = (): void => {
        this.page = pageReferenceOf(window.location);
        void this.loadRecord();
    };

    private readonly onToast = (event: Event): void => {
        const detail = (event as CustomEvent<ToastOptions>).detail;
        const variant = detail.variant ?? 'info';
        this.toasts = [
            ...this.toasts,
            {
                ...detail,
                key: ++this.toastCount,
                className: `slds-notify slds-notify_toast slds-theme_${variant}`,
                parts: toastParts(detail.message, detail.messageData)
            }
        ];
    };

    override connectedCallback(): void {
        window.addEventListener(NAVIGATED, this.onNavigate);
        window.addEventListener('popstate', this.onNavigate);
        window.addEventListener('lightning__showtoast', this.onToast);
        void this.loadAccounts();
        void this.loadRecord();
    }

    override disconnectedCallback(): void {
        window.removeEventListener(NAVIGATED, this.onNavigate);
        window.removeEventListener('popstate', this.onNavigate);
        window.removeEventListener('lightning__showtoast', this.onToast);
    }

    private async loadAccounts(): Promise<void> {
        try {
            const response = await fetch('/preview/accounts');
            this.accounts = (await response.json()) as AccountRow[];
        } catch (error) {
            this.accountsError = error instanceof Error ? error.message : String(error);
        }
    }

    private async loadRecord(): Promise<void> {
        const recordId = this.recordId;
        this.record = undefined;
        this.recordError = '';
        if (!this.recordPage || !recordId) {
            return;
        }
        try {
            const response = await fetch(`/preview/record/${encodeURIComponent(recordId)}`);
            const payload = (await response.json()) as RecordSummary & { message?: string };
            if (recordId === this.recordId) {
                this.record = response.ok ? payload : undefined;
                this.recordError = response.ok ? '' : (payload.message ?? response.statusText);
            }
        } catch (error) {
            this.recordError = error instanceof Error ? error.message : String(error);
        }
    }

    /** Mounts each region's components the first time its placeholder renders (a new record renders new ones). */
    override renderedCallback(): void {
        const page = this.recordPage ?? this.homePage ?? this.openAppPage;
        const placeholders = this.template?.querySelectorAll<HTMLElement>('[data-mount]') ?? [];
        placeholders.forEach((placeholder) => {
            if (!page || placeholder.childElementCount > 0) {
                return;
            }
            const [regionName, index] = (placeholder.dataset.mount ?? '').split(':');
            const item = page.regions.find((region) => region.name === regionName)?.items[Number(index)];
            const component = item?.module ? registry[item.module] : undefined;
            if (!item?.tag || !component) {
                return;
            }
            const element = createElement(item.tag, { is: component }) as HTMLElement & Record<string, unknown>;
            Object.assign(
                element,
                item.properties,
                page.type === 'RecordPage' ? { recordId: this.recordId, objectApiName: page.objectApiName } : {}
            );
            placeholder.appendChild(element);
        });
    }

    get user(): SessionUser | undefined {
        return session().user;
    }

    get userOptions(): { key: string; label: string; selected: boolean }[] {
        return session().users.map((user) => ({
            key: user.key,
            label: `${user.name} (${PERSONAS[user.permissionSet ?? ''] ?? user.title})`,
            selected: user.key === this.user?.key
        }));
    }

    /** The FlexiPage of the record page shown, if any. */
    get recordPage(): PreviewPage | undefined {
        if (this.page.type !== 'standard__recordPage') {
            return undefined;
        }
        const objectApiName = String(this.page.attributes.objectApiName ?? '').toLowerCase();
        return session().pages.find(
            (page) => page.type === 'RecordPage' && page.objectApiName.toLowerCase() === objectApiName
        );
    }

    /** The Home page's FlexiPage, when the home page is shown (the package has one Home page). */
    get homePage(): PreviewPage | undefined {
        return this.page.type === 'standard__namedPage' && this.page.attributes.pageName === 'home'
            ? session().pages.find((page) => page.type === 'HomePage')
            : undefined;
    }

    /** The Lightning page tab's API name, when the URL is /lightning/n/<tab>. */
    get navItemName(): string {
        return this.page.type === 'standard__navItemPage' ? String(this.page.attributes.apiName ?? '') : '';
    }

    get isNavItemPage(): boolean {
        return this.navItemName !== '';
    }

    /** The app page the tab opens, whoever asks. */
    get appPage(): PreviewPage | undefined {
        const name = this.navItemName;
        return name ? session().pages.find((page) => page.type === 'AppPage' && page.tab?.name === name) : undefined;
    }

    /** The app page, when the user's permission set shows its tab. */
    get openAppPage(): PreviewPage | undefined {
        const page = this.appPage;
        return page && this.maySee(page) ? page : undefined;
    }

    get isAppPageOpen(): boolean {
        return this.openAppPage !== undefined;
    }

    get isAppPageRefused(): boolean {
        return this.appPage !== undefined && !this.isAppPageOpen;
    }

    get appPageLabel(): string {
        return this.appPage?.tab?.label ?? this.navItemName;
    }

    get refusalText(): string {
        const tab = this.appPage?.tab;
        const allowed = (tab?.permissionSets ?? []).map((name) => PERSONAS[name] ?? name).join(', ');
        return `The ${tab?.label ?? ''} tab is not visible to ${this.user?.name ?? 'this user'}: it is for ${allowed || 'no one'}. Ask your Salesforce admin for access.`;
    }

    private maySee(page: PreviewPage): boolean {
        // The session's user carries no permission set; the switcher's list of users does.
        const permissionSet = session().users.find((candidate) => candidate.key === this.user?.key)?.permissionSet;
        return permissionSet !== undefined && (page.tab?.permissionSets ?? []).includes(permissionSet);
    }

    /** A header link for each app page whose tab the user may see. */
    get navTabs(): { key: string; label: string; url: string; dataId: string }[] {
        return session()
            .pages.filter((page) => page.type === 'AppPage' && page.tab && this.maySee(page))
            .map((page) => ({
                key: page.name,
                label: page.tab!.label,
                url: `/lightning/n/${page.tab!.name}`,
                dataId: `nav-${page.tab!.name}`
            }));
    }

    /**
     * The columns of the page shown, as its FlexiPage's template lays out its regions: a record page's main region and
     * sidebar (7 and 5 twelfths); the Home page's top, then its bottom left and right; an app page's first region
     * (region1 of the standard templates) and, in its sidebar, the others.
     */
    get columns(): LayoutColumn[] {
        const column = (region: string, className: string, items: RegionItem[]): LayoutColumn => ({
            key: region,
            region,
            className,
            items
        });
        const recordPage = this.recordPage;
        if (recordPage) {
            return [
                column('main', `${FULL_WIDTH} slds-large-size_7-of-12`, this.regionItems('main', recordPage)),
                column('sidebar', `${FULL_WIDTH} slds-large-size_5-of-12`, this.regionItems('sidebar', recordPage))
            ];
        }
        const homePage = this.homePage;
        if (homePage) {
            return [
                column('top', FULL_WIDTH, this.regionItems('top', homePage)),
                column('bottomLeft', `${FULL_WIDTH} slds-large-size_2-of-3`, this.regionItems('bottomLeft', homePage)),
                column('bottomRight', `${FULL_WIDTH} slds-large-size_1-of-3`, this.regionItems('bottomRight', homePage))
            ];
        }
        const appPage = this.openAppPage;
        if (appPage) {
            const [first, ...others] = appPage.regions;
            return [
                column(
                    'appMain',
                    `${FULL_WIDTH} slds-large-size_2-of-3`,
                    first ? this.regionItems(first.name, appPage) : []
                ),
                column(
                    'appSidebar',
                    `${FULL_WIDTH} slds-large-size_1-of-3`,
                    others.flatMap((region) => this.regionItems(region.name, appPage))
                )
            ];
        }
        return [];
    }

    get hasLayout(): boolean {
        return this.recordPage !== undefined || this.homePage !== undefined || this.openAppPage !== undefined;
    }

    /** The app page's grid is named, so a test can tell an open app page from a refusal. */
    get layoutId(): string | undefined {
        return this.isAppPageOpen ? 'app-page' : undefined;
    }

    get isRecordPage(): boolean {
        return this.recordPage !== undefined;
    }

    get objectLabel(): string {
        return this.recordPage?.objectApiName ?? '';
    }

    get headerItems(): RegionItem[] {
        return this.regionItems('header');
    }

    private regionItems(regionName: string, page = this.recordPage): RegionItem[] {
        const region = page?.regions.find((candidate) => candidate.name === regionName);
        return (region?.items ?? []).map((item, index) => {
            const isCustom = item.tag !== undefined;
            const isHighlights = item.name === 'force:highlightsPanel';
            const isDetails = item.name === 'force:detailPanel';
            const isRelated = item.name === 'force:relatedListContainer';
            return {
                // The record is in the key, so another record renders fresh placeholders and fresh components.
                key: `${this.recordId}:${regionName}:${index}`,
                mount: `${regionName}:${index}`,
                isCustom,
                isHighlights,
                isDetails,
                isRelated,
                isOther: !isCustom && !isHighlights && !isDetails && !isRelated,
                name: item.name
            };
        });
    }

    get recordDetails(): { key: string; valueKey: string; label: string; value: string; url?: string }[] {
        return (this.record?.details ?? []).map((detail) => ({
            ...detail,
            key: detail.label,
            valueKey: `${detail.label}:value`,
            url: detail.recordId ? `/lightning/r/${detail.objectApiName}/${detail.recordId}/view` : undefined
        }));
    }

    get opportunityRows(): { Id: string; Name: string; StageName: string; CloseDate: string; url: string }[] {
        return (this.record?.opportunities ?? []).map((opportunity) => ({
            ...opportunity,
            url: `/lightning/r/Opportunity/${opportunity.Id}/view`
        }));
    }

    get hasOpportunities(): boolean {
        return this.opportunityRows.length > 0;
    }

    get recordId(): string {
        return String(this.page.attributes.recordId ?? '');
    }

    get recordName(): string {
        return this.record?.Name ?? '';
    }

    get accountRows(): (AccountRow & { url: string; csmName: string; band: string })[] {
        return this.accounts.map((account) => ({
            ...account,
            url: `/lightning/r/Account/${account.Id}/view`,
            csmName: account.Csm__r?.Name ?? '',
            band: account.HealthBand__c ?? ''
        }));
    }

    switchUser(event: Event): void {
        const key = (event.target as HTMLSelectElement).value;
        document.cookie = `lodestarUser=${key}; Path=/; SameSite=Strict`;
        // A new user is a new session: reload, so nothing cached for the previous user survives.
        window.location.assign(window.location.pathname);
    }

    openRecord(event: Event): void {
        event.preventDefault();
        const { recordId, objectApiName } = (event.currentTarget as HTMLElement).dataset;
        navigate({
            type: 'standard__recordPage',
            attributes: { objectApiName: objectApiName ?? 'Account', recordId, actionName: 'view' }
        });
    }

    goHome(event: Event): void {
        event.preventDefault();
        navigate({ type: 'standard__namedPage', attributes: { pageName: 'home' } });
    }

    openTab(event: Event): void {
        event.preventDefault();
        const apiName = (event.currentTarget as HTMLElement).dataset.tab;
        navigate({ type: 'standard__navItemPage', attributes: { apiName } });
    }

    openAccounts(event: Event): void {
        event.preventDefault();
        navigate({ type: 'standard__objectPage', attributes: { objectApiName: 'Account', actionName: 'home' } });
    }

    closeToast(event: Event): void {
        const key = Number((event.currentTarget as HTMLElement).dataset.key);
        this.toasts = this.toasts.filter((toast) => toast.key !== key);
    }
}
