import { describe, expect, it } from 'vitest';
import type { SortKey } from '@/domain/filters';
import { fromSortingState, nextSort, toSortingState } from './sort-state';

const asc = (field: SortKey['field']): SortKey => ({ field, dir: 'asc' });
const desc = (field: SortKey['field']): SortKey => ({ field, dir: 'desc' });

describe('nextSort', () => {
  it('a plain click cycles one column: ascending, descending, unsorted', () => {
    expect(nextSort([], 'title', false)).toEqual([asc('title')]);
    expect(nextSort([asc('title')], 'title', false)).toEqual([desc('title')]);
    expect(nextSort([desc('title')], 'title', false)).toEqual([]);
  });

  it('a plain click on another column, or on a key of several, leaves that column alone in the sort', () => {
    expect(nextSort([desc('budgetUsd')], 'title', false)).toEqual([asc('title')]);
    expect(nextSort([asc('title'), desc('budgetUsd')], 'title', false)).toEqual([asc('title')]);
    expect(nextSort([asc('title'), desc('budgetUsd')], 'budgetUsd', false)).toEqual([
      asc('budgetUsd'),
    ]);
  });

  it('Shift adds a key at the end, then turns it descending, then removes it, keeping the others', () => {
    const one = [desc('budgetUsd')];
    const two = nextSort(one, 'title', true);
    expect(two).toEqual([desc('budgetUsd'), asc('title')]);
    expect(nextSort(two, 'title', true)).toEqual([desc('budgetUsd'), desc('title')]);
    expect(nextSort([desc('budgetUsd'), desc('title')], 'title', true)).toEqual(one);
    expect(nextSort([], 'year', true)).toEqual([asc('year')]);
  });
});

describe('TanStack sorting state', () => {
  it('round-trips the sort keys and ignores ids that are not fields', () => {
    const sort = [desc('budgetUsd'), asc('title')];
    expect(toSortingState(sort)).toEqual([
      { id: 'budgetUsd', desc: true },
      { id: 'title', desc: false },
    ]);
    expect(fromSortingState(toSortingState(sort))).toEqual(sort);
    expect(
      fromSortingState([
        { id: 'nonsense', desc: false },
        { id: 'year', desc: true },
      ]),
    ).toEqual([desc('year')]);
  });
});
