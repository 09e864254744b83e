/**
 * The health bands (the HealthBand__c picklist's values) as every Lodestar component names them: one translated
 * name per band, so a band reads the same on the health card, the CSM home, the setup page and the expansion panel.
 */
import BAND_RED from '@salesforce/label/c.HealthBandRed';
import BAND_YELLOW from '@salesforce/label/c.HealthBandYellow';
import BAND_GREEN from '@salesforce/label/c.HealthBandGreen';
import BAND_NONE from '@salesforce/label/c.PortfolioBandNone';

/** The bands, worst first. */
export const BANDS: readonly string[] = ['Red', 'Yellow', 'Green'];

/** What an account without a band (not scored, or too little data) shows. */
export const NO_BAND_NAME: string = BAND_NONE;

const BAND_NAMES: Record<string, string> = { Red: BAND_RED, Yellow: BAND_YELLOW, Green: BAND_GREEN };

/** The translated name of a band; a value the package does not know as it is; no band as ''. */
export function bandName(band: string | null | undefined): string {
    return band ? (BAND_NAMES[band] ?? band) : '';
}

/** Whether a value is one of the bands (and so has a colour). */
export function isBand(band: string | null | undefined): boolean {
    return !!band && Object.prototype.hasOwnProperty.call(BAND_NAMES, band);
}
