// Control: shared code and the feature's own code are allowed.
import { parsePartialDate } from '@/domain/partial-date';
import { cumulativeByYear } from '../lib/cumulative';

export const allowed = [parsePartialDate, cumulativeByYear];
