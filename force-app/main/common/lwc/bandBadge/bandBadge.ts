import { LightningElement, api } from 'lwc';
import { NO_BAND_NAME, bandName, isBand } from 'c/bands';

/**
 * A health band as a coloured pill: Red, Yellow or Green with the health card's colours, anything else (no band)
 * in a neutral grey. Shadow DOM (the default): light DOM is not for components of a managed package. The name is
 * the pill's text, so a screen reader reads it with the text around it.
 */
export default class BandBadge extends LightningElement {
    /** The HealthBand__c picklist value; empty for an account without a band. */
    @api band?: string | null;
    /** Text to show instead of the band's translated name. */
    @api label?: string;

    get text(): string {
        return this.label || bandName(this.band) || NO_BAND_NAME;
    }

    get badgeClass(): string {
        const band = this.band;
        return `band-badge band-badge_${band && isBand(band) ? band.toLowerCase() : 'none'}`;
    }
}
