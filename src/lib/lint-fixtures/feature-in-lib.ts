// Planted: shared code importing a feature.
import { toSortingState } from '../../features/explorer/lib/sort-state';

export const planted = toSortingState;
