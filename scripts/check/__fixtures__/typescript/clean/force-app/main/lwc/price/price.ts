/** A price in whole currency units, for display. */
export function formatPrice(amount: number, currency: string): string {
    return `${currency} ${amount.toFixed(0)}`;
}
