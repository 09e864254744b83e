/**
 * The preview's page shell: a header to switch user, the account picker, and the Account record page with the
 * package's cards. The cards are the real components, mounted as a Lightning record page mounts them.
 */
import { LightningElement } from 'lwc';
import { NAVIGATED, navigate, pageReferenceOf, type PageReference } from '../navigation/navigation';
import { session, type SessionUser } from '../session/session';
import type { ToastOptions } from '../toast/toast';

interface AccountRow {
    Id: string;
    Name: string;
    Segment__c?: string;
    HealthBand__c?: string;
    HealthScore__c?: number;
    Csm__r?: { Name: string };
}

interface Toast extends ToastOptions {
    key: number;
    className: string;
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
    toasts: Toast[] = [];
    private toastCount = 0;

    private readonly onNavigate = (): void => {
        this.page = pageReferenceOf(window.location);
    };

    private readonly onToast = (event: Event): void => {
        const detail = (event as CustomEvent<ToastOptions>).detail;
        const variant = detail.variant ?? 'info';
        this.toasts = [
            ...this.toasts,
            { ...detail, key: ++this.toastCount, className: `slds-notify slds-notify_toast slds-theme_${variant}` }
        ];
    };

    override connectedCallback(): void {
        window.addEventListener(NAVIGATED, this.onNavigate);
        window.addEventListener('popstate', this.onNavigate);
        window.addEventListener('lightning__showtoast', this.onToast);
        void this.loadAccounts();
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

    get isAccountPage(): boolean {
        return this.page.type === 'standard__recordPage' && this.page.attributes.objectApiName === 'Account';
    }

    get recordId(): string {
        return String(this.page.attributes.recordId ?? '');
    }

    get accountName(): string {
        return this.accounts.find((account) => account.Id === this.recordId)?.Name ?? '';
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

    openAccount(event: Event): void {
        event.preventDefault();
        const recordId = (event.currentTarget as HTMLElement).dataset.recordId;
        navigate({
            type: 'standard__recordPage',
            attributes: { objectApiName: 'Account', recordId, actionName: 'view' }
        });
    }

    goHome(event: Event): void {
        event.preventDefault();
        navigate({ type: 'standard__namedPage', attributes: { pageName: 'home' } });
    }

    closeToast(event: Event): void {
        const key = Number((event.currentTarget as HTMLElement).dataset.key);
        this.toasts = this.toasts.filter((toast) => toast.key !== key);
    }
}
