// Planted: a feature reaching into another feature by a relative path.
import { toSortingState } from '../../explorer/lib/sort-state';

export const planted = toSortingState;
