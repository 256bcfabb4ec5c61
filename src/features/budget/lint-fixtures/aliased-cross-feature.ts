// Planted: a feature reaching into another feature by the alias.
import { toSortingState } from '@/features/explorer/lib/sort-state';

export const planted = toSortingState;
