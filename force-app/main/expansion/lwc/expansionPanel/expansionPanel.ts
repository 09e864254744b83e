import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { refreshApex } from '@salesforce/apex';
import { ShowToastEvent, type ToastOptions } from 'lightning/platformShowToastEvent';
import getPanel from '@salesforce/apex/ExpansionSignalController.getPanel';
import acceptSignal from '@salesforce/apex/ExpansionSignalController.acceptSignal';
import dismissSignal from '@salesforce/apex/ExpansionSignalController.dismissSignal';
import convertSignal from '@salesforce/apex/ExpansionSignalController.convertSignal';
import detectSignals from '@salesforce/apex/ExpansionSignalController.detectSignals';
import { reduceErrors } from 'c/errors';
import { navigate, recordPage, urlOf } from 'c/pageReferences';
import { loadingState, nextWireState, type WireResult, type WireState } from 'c/wireState';
import { formatLabel, formatNumber } from 'c/formatting';
import { bandName } from 'c/bands';
import TITLE from '@salesforce/label/c.ExpansionPanelTitle';
import LOADING from '@salesforce/label/c.ExpansionPanelLoading';
import NO_ACCESS from '@salesforce/label/c.ExpansionPanelNoAccess';
import LOAD_ERROR from '@salesforce/label/c.ExpansionPanelLoadError';
import EMPTY from '@salesforce/label/c.ExpansionPanelEmpty';
import EMPTY_HELP from '@salesforce/label/c.ExpansionPanelEmptyHelp';
import HEALTH from '@salesforce/label/c.ExpansionPanelHealth';
import NOT_SCORED from '@salesforce/label/c.ExpansionPanelNotScored';
import RISK_TITLE from '@salesforce/label/c.ExpansionPanelRiskTitle';
import RISK_HELP from '@salesforce/label/c.ExpansionPanelRiskHelp';
import TOP_DRAG from '@salesforce/label/c.ExpansionPanelTopDrag';
import OPEN_ALERTS from '@salesforce/label/c.ExpansionPanelOpenAlerts';
import NO_ALERTS from '@salesforce/label/c.ExpansionPanelNoAlerts';
import STRENGTH from '@salesforce/label/c.ExpansionPanelStrength';
import ACCEPTED_BADGE from '@salesforce/label/c.ExpansionPanelAcceptedBadge';
import ON_OPPORTUNITY from '@salesforce/label/c.ExpansionPanelOnOpportunity';
import ACCEPT from '@salesforce/label/c.ExpansionPanelAccept';
import DISMISS from '@salesforce/label/c.ExpansionPanelDismiss';
import CONVERT from '@salesforce/label/c.ExpansionPanelConvert';
import ACTIONS_FOR from '@salesforce/label/c.ExpansionPanelActionsFor';
import DISMISS_REASON from '@salesforce/label/c.ExpansionPanelDismissReason';
import CONFIRM_DISMISS from '@salesforce/label/c.ExpansionPanelConfirmDismiss';
import CANCEL from '@salesforce/label/c.ExpansionPanelCancel';
import ACCEPTED_TOAST from '@salesforce/label/c.ExpansionPanelAcceptedToast';
import DISMISSED_TOAST from '@salesforce/label/c.ExpansionPanelDismissedToast';
import CONVERTED_TOAST from '@salesforce/label/c.ExpansionPanelConvertedToast';
import CONVERTED_MESSAGE from '@salesforce/label/c.ExpansionPanelConvertedMessage';
import CONVERTED_LINK from '@salesforce/label/c.ExpansionPanelConvertedLink';
import ACTION_FAILED from '@salesforce/label/c.ExpansionPanelActionFailed';
import DETECT from '@salesforce/label/c.ExpansionPanelDetect';
import DETECTED_TOAST from '@salesforce/label/c.ExpansionPanelDetectedToast';
import ERROR_NO_ACCESS from '@salesforce/label/c.ExpansionErrorNoAccess';

type Panel = LodestarApex.ExpansionPanelView;
type Signal = LodestarApex.ExpansionPanelView_SignalView;
type Alert = LodestarApex.ExpansionPanelView_AlertView;

/** A signal as the template shows it. */
interface SignalRow {
    id: string;
    signalType: string;
    evidence: string;
    strengthText: string;
    strengthClass: string;
    isAccepted: boolean;
    canAccept: boolean;
    /** Apex's rule: not when the signal is already on an open Expansion Opportunity (a duplicate deal). */
    canConvert: boolean;
    opportunityId: string;
    opportunityName: string;
    opportunityUrl: string;
    /** The label's text before and after the Opportunity's name, which is a link. */
    opportunityBefore: string;
    opportunityAfter: string;
    actionsLabel: string;
    isDismissing: boolean;
}

const STATUS_ACCEPTED = 'Accepted';
const OPPORTUNITY = 'Opportunity';
const DEFAULT_MAX_SIGNALS = 10;

/**
 * The expansion panel, for the Opportunity and Account record pages: the account's open expansion signals with
 * their evidence and strength, and its health band and score. A red account shows its risk instead (band, top drag,
 * open alerts) and no pitch. One cacheable Apex call renders it; Accept, Dismiss (with a reason) and Convert are
 * imperative calls followed by refreshApex.
 */
export default class ExpansionPanel extends NavigationMixin(LightningElement) {
    @api recordId?: string;
    @api objectApiName?: string;
    /** Design attribute: leave out the account's health line above the signals. */
    @api hideHealth = false;
    /** Design attribute: the most signals listed, strongest first. */
    @api maxSignals = DEFAULT_MAX_SIGNALS;

    /** The wired read: loading, the panel, no access or an error. */
    state: WireState<Panel> = loadingState();
    isBusy = false;
    dismissingId?: string;
    dismissReason = '';

    private wiredResult?: WireResult<Panel>;

    readonly labels = {
        title: TITLE,
        loading: LOADING,
        noAccess: NO_ACCESS,
        loadError: LOAD_ERROR,
        empty: EMPTY,
        emptyHelp: EMPTY_HELP,
        riskTitle: RISK_TITLE,
        riskHelp: RISK_HELP,
        openAlerts: OPEN_ALERTS,
        noAlerts: NO_ALERTS,
        acceptedBadge: ACCEPTED_BADGE,
        accept: ACCEPT,
        dismiss: DISMISS,
        convert: CONVERT,
        dismissReason: DISMISS_REASON,
        confirmDismiss: CONFIRM_DISMISS,
        cancel: CANCEL,
        detect: DETECT
    };

    @wire(getPanel, { recordId: '$recordId' })
    wiredPanel(result: WireResult<Panel>): void {
        this.wiredResult = result;
        this.state = nextWireState(this.state, result, ERROR_NO_ACCESS);
    }

    get panel(): Panel | undefined {
        return this.state.data;
    }

    get isRed(): boolean {
        return this.panel?.isRed === true;
    }

    get hasHealthLine(): boolean {
        return !this.hideHealth && this.panel !== undefined && !this.isRed;
    }

    get healthText(): string {
        const health = this.panel?.health;
        if (!health?.effectiveBand || typeof health.score !== 'number') {
            return NOT_SCORED;
        }
        return formatLabel(HEALTH, bandName(health.effectiveBand), formatNumber(health.score));
    }

    get effectiveBand(): string {
        return this.panel?.health?.effectiveBand ?? '';
    }

    get topDragText(): string {
        const topDrag = this.panel?.health?.topDrag;
        return topDrag ? formatLabel(TOP_DRAG, topDrag) : '';
    }

    get alerts(): Alert[] {
        return this.panel?.alerts ?? [];
    }

    get hasAlerts(): boolean {
        return this.alerts.length > 0;
    }

    get signals(): SignalRow[] {
        const limit = Number(this.maxSignals) > 0 ? Number(this.maxSignals) : DEFAULT_MAX_SIGNALS;
        return (this.panel?.signals ?? []).slice(0, limit).map((signal) => this.toRow(signal));
    }

    get hasSignals(): boolean {
        return (this.panel?.signals ?? []).length > 0;
    }

    get canDetect(): boolean {
        return this.panel !== undefined && !this.isRed;
    }

    get isEmpty(): boolean {
        return this.panel !== undefined && !this.isRed && !this.hasSignals;
    }

    get isDismissReasonMissing(): boolean {
        return this.isBusy || this.dismissReason.trim().length === 0;
    }

    private toRow(signal: Signal): SignalRow {
        const strength = signal.strength ?? 1;
        // The picklist label the user reads; the value only when the view has no label for it.
        const signalType = signal.signalTypeLabel || signal.signalType || '';
        // Linked only when the user can read the Opportunity's name.
        const opportunityId = signal.opportunityName ? (signal.opportunityId ?? '') : '';
        const [opportunityBefore, opportunityAfter = ''] = ON_OPPORTUNITY.split('{0}');
        return {
            id: signal.id ?? '',
            signalType,
            evidence: signal.evidence ?? '',
            strengthText: formatLabel(STRENGTH, strength),
            strengthClass: `strength strength_${strength}`,
            isAccepted: signal.status === STATUS_ACCEPTED,
            canAccept: signal.status !== STATUS_ACCEPTED,
            canConvert: signal.canConvert === true,
            opportunityId,
            opportunityName: signal.opportunityName ?? '',
            opportunityUrl: opportunityId ? urlOf(recordPage(opportunityId, OPPORTUNITY)) : '',
            opportunityBefore,
            opportunityAfter,
            actionsLabel: formatLabel(ACTIONS_FOR, signalType),
            isDismissing: signal.id === this.dismissingId
        };
    }

    /** Opens the Opportunity in the app; the link's href still opens it in a new tab. */
    handleOpenOpportunity(event: MouseEvent): void {
        event.preventDefault();
        const opportunityId = (event.currentTarget as HTMLElement).dataset.opportunityId ?? '';
        navigate(this, recordPage(opportunityId, OPPORTUNITY));
    }

    async handleAccept(event: Event): Promise<void> {
        const signalId = signalIdOf(event);
        await this.act(() => acceptSignal({ signalId, reason: null }), ACCEPTED_TOAST);
    }

    handleDismissStart(event: Event): void {
        this.dismissingId = signalIdOf(event);
        this.dismissReason = '';
    }

    handleDismissReason(event: Event): void {
        this.dismissReason = (event.target as HTMLInputElement).value ?? '';
    }

    handleDismissCancel(): void {
        this.dismissingId = undefined;
        this.dismissReason = '';
    }

    async handleDismissConfirm(event: Event): Promise<void> {
        const signalId = signalIdOf(event);
        const reason = this.dismissReason.trim();
        if (await this.act(() => dismissSignal({ signalId, reason }), DISMISSED_TOAST)) {
            this.handleDismissCancel();
        }
    }

    async handleConvert(event: Event): Promise<void> {
        const signalId = signalIdOf(event);
        // The toast links the new Opportunity (convertSignal returns its Id), as Lightning's own create toast does.
        await this.act(
            () => convertSignal({ signalId }),
            CONVERTED_TOAST,
            (opportunityId) => ({
                message: CONVERTED_MESSAGE,
                messageData: [{ url: urlOf(recordPage(String(opportunityId), OPPORTUNITY)), label: CONVERTED_LINK }]
            })
        );
    }

    async handleDetect(): Promise<void> {
        const recordId = this.recordId ?? null;
        await this.act(() => detectSignals({ recordId }), DETECTED_TOAST);
    }

    /**
     * Runs one action, then reloads the panel; tells the user how it went (a number the action returns fills {0};
     * `messageOf` adds a message, with links, from what the action returned).
     */
    private async act(
        action: () => Promise<unknown>,
        successTitle: string,
        messageOf?: (outcome: unknown) => Pick<ToastOptions, 'message' | 'messageData'>
    ): Promise<boolean> {
        this.isBusy = true;
        try {
            const outcome = await action();
            const title = typeof outcome === 'number' ? formatLabel(successTitle, outcome) : successTitle;
            this.dispatchEvent(new ShowToastEvent({ title, variant: 'success', ...messageOf?.(outcome) }));
            await refreshApex(this.wiredResult);
            return true;
        } catch (error) {
            this.dispatchEvent(
                new ShowToastEvent({ title: ACTION_FAILED, message: reduceErrors(error).join(' '), variant: 'error' })
            );
            return false;
        } finally {
            this.isBusy = false;
        }
    }
}

function signalIdOf(event: Event): string {
    return (event.currentTarget as HTMLElement).dataset.signalId ?? '';
}
