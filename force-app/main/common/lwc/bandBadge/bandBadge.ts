import { LightningElement, api } from 'lwc';
import { NO_BAND_NAME, bandName, isBand } from 'c/bands';

/**
 * A health band as a coloured pill: Red, Yellow or Green with the health card's colours, anything else (no band)
 * in a neutral grey. Light DOM, so the pill is part of the text around it: a row's or a list's text, and queries of
 * the component that holds it, include the band's name.
 */
export default class BandBadge extends LightningElement {
    static override renderMode: 'light' | 'shadow' = 'light';

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
