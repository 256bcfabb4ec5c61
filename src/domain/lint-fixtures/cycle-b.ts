// Planted: the other half of an import cycle.
import { a } from './cycle-a';

export const b = (): number => (typeof a === 'function' ? 0 : 1);
