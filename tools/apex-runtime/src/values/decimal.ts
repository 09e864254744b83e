/**
 * The one place the interpreter imports its Decimal implementation from.
 */
export { ApexDecimal } from '../lib/decimal';
export type { RoundingMode } from '../lib/decimal';
