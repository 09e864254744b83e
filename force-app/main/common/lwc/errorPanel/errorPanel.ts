import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/errors';
import { formatLabel } from 'c/formatting';
import DEFAULT_SUMMARY from '@salesforce/label/c.ErrorPanelSummary';
import DEFAULT_NO_ACCESS from '@salesforce/label/c.ErrorPanelNoAccess';
import DETAILS from '@salesforce/label/c.ErrorPanelDetails';

/** `inline`: a notification inside a card's body; `page`: a larger, centred illustration for a page or tab. */
export type ErrorPanelVariant = 'inline' | 'page';
/** `error`: something failed (an alert); `no-access`: the user lacks a permission (a status, not a failure). */
export type ErrorPanelKind = 'error' | 'no-access';

/**
 * The error state every Lodestar component shows: a friendly summary and the messages of the raw error(s) behind it
 * (an Apex AuraHandledException, a UI API error, a JavaScript Error, a string, or a list of them). One message shows
 * under the summary; several collapse into details the user can expand, so a long list does not push the card's
 * content away.
 */
export default class ErrorPanel extends LightningElement {
    /** The raw error(s), anything `reduceErrors` reads. */
    @api errors: unknown;
    /** What went wrong, in the user's words; defaults to a generic summary for the kind. */
    @api summary?: string;
    @api variant: ErrorPanelVariant = 'inline';
    @api kind: ErrorPanelKind = 'error';

    isExpanded = false;

    get messages(): string[] {
        const messages = reduceErrors(this.errors);
        // A no-access state says it all in its summary; the platform's message only repeats it.
        return this.isNoAccess && this.summary ? [] : messages.filter((message) => message !== this.summaryText);
    }

    get isNoAccess(): boolean {
        return this.kind === 'no-access';
    }

    get isPage(): boolean {
        return this.variant === 'page';
    }

    get summaryText(): string {
        return this.summary || (this.isNoAccess ? DEFAULT_NO_ACCESS : DEFAULT_SUMMARY);
    }

    get role(): string {
        return this.isNoAccess ? 'status' : 'alert';
    }

    get iconName(): string {
        return this.isNoAccess ? 'utility:lock' : 'utility:error';
    }

    get iconVariant(): string | undefined {
        return this.isNoAccess ? undefined : 'error';
    }

    get containerClass(): string {
        return this.isPage
            ? 'panel panel_page slds-illustration slds-illustration_small slds-text-align_center'
            : 'panel slds-scoped-notification slds-scoped-notification_light slds-media';
    }

    get figureClass(): string {
        return this.isPage ? 'slds-var-m-bottom_small' : 'slds-media__figure';
    }

    get bodyClass(): string {
        return this.isPage ? 'slds-text-longform' : 'slds-media__body';
    }

    get summaryClass(): string {
        return this.isPage ? 'slds-text-heading_medium' : 'slds-text-heading_small';
    }

    get iconSize(): string {
        return this.isPage ? 'large' : 'small';
    }

    get singleMessage(): string {
        const messages = this.messages;
        return messages.length === 1 ? messages[0] : '';
    }

    get hasDetails(): boolean {
        return this.messages.length > 1;
    }

    get detailsLabel(): string {
        return formatLabel(DETAILS, this.messages.length);
    }

    get ariaExpanded(): string {
        return String(this.isExpanded);
    }

    get isCollapsed(): boolean {
        return !this.isExpanded;
    }

    get toggleIcon(): string {
        return this.isExpanded ? 'utility:chevrondown' : 'utility:chevronright';
    }

    handleToggle(): void {
        this.isExpanded = !this.isExpanded;
    }
}
