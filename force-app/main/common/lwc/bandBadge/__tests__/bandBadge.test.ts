import BandBadge from 'c/bandBadge';
import { flushPromises, mount, visibleText } from '../../../../../../jest/helpers';

function mountBadge(properties: Record<string, unknown>): HTMLElement {
    return mount('c-band-badge', BandBadge, properties);
}

/** The pill the user sees, in the badge's shadow root. */
function pillOf(element: HTMLElement): HTMLElement {
    return element.shadowRoot!.querySelector('span')!;
}

describe('c-band-badge', () => {
    it.each([
        ['Red', 'c.HealthBandRed', 'band-badge_red'],
        ['Yellow', 'c.HealthBandYellow', 'band-badge_yellow'],
        ['Green', 'c.HealthBandGreen', 'band-badge_green']
    ])('shows the %s band by its translated name in its colour', async (band, name, colour) => {
        const element = mountBadge({ band });
        await flushPromises();

        expect(visibleText(element)).toBe(name);
        expect(pillOf(element).classList).toContain(colour);
        await expect(element).toBeAccessible();
    });

    it('shows an account without a band as "No band" in the neutral colour', async () => {
        const element = mountBadge({ band: null });
        await flushPromises();

        expect(visibleText(element)).toBe('c.PortfolioBandNone');
        expect(pillOf(element).classList).toContain('band-badge_none');
        await expect(element).toBeAccessible();
    });

    it('shows a value it does not know as it is, in the neutral colour', async () => {
        const element = mountBadge({ band: 'Purple' });
        await flushPromises();

        expect(visibleText(element)).toBe('Purple');
        expect(pillOf(element).classList).toContain('band-badge_none');
    });

    it('shows the label it is given instead of the band name, in the band colour', async () => {
        const element = mountBadge({ band: 'Red', label: 'At risk' });
        await flushPromises();

        expect(visibleText(element)).toBe('At risk');
        expect(pillOf(element).classList).toContain('band-badge_red');
        await expect(element).toBeAccessible();
    });

    it('follows a change of band', async () => {
        const element = mountBadge({ band: 'Green' }) as HTMLElement & { band: string };
        await flushPromises();
        element.band = 'Red';
        await flushPromises();

        expect(visibleText(element)).toBe('c.HealthBandRed');
        expect(pillOf(element).classList).toContain('band-badge_red');
    });
});
