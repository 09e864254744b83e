import { formatPrice } from '../force-app/main/lwc/price/price';

export const samplePrice: string = formatPrice('1200', 'EUR');
