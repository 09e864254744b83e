/** A price in whole currency units, for display. */
export function formatPrice(amount: number, currency: string): string {
    const rounded: number = amount.toFixed(0);
    return `${currency} ${rounded}`;
}
