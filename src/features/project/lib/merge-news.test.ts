import { describe, expect, it } from 'vitest';
import type { NewsItem } from '@/domain/project';
import { mergeNews } from './merge-news';

const item = (id: string, date: string): NewsItem => ({
  id,
  date,
  title: `Title ${id}`,
  summary: '',
  countries: ['CN'],
  projectIds: [],
});

describe('mergeNews', () => {
  it('keeps each item once, newest first, and caps the list', () => {
    const byProject = [item('a', '2023-11-08'), item('b', '2019-09-12')];
    const byCountry = [
      item('a', '2023-11-08'),
      item('c', '2021'),
      item('d', '2016'),
      item('e', '2010'),
      item('f', '2005'),
    ];
    expect(mergeNews([byProject, byCountry], 5).map((n) => n.id)).toEqual([
      'a',
      'c',
      'b',
      'd',
      'e',
    ]);
  });

  it('orders a year-only date by its last day, after dated items of the same year', () => {
    expect(mergeNews([[item('x', '2021-06-17'), item('y', '2021')]], 5).map((n) => n.id)).toEqual([
      'y',
      'x',
    ]);
  });

  it('returns nothing for no news', () => {
    expect(mergeNews([[], []], 5)).toEqual([]);
  });
});
