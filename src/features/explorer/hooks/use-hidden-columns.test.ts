// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HIDDEN_COLUMNS_KEY, readHiddenColumns, useHiddenColumns } from './use-hidden-columns';

afterEach(() => localStorage.clear());

describe('hidden columns', () => {
  it('are stored, read back in table order, and the title column can never be hidden', () => {
    const { result, unmount } = renderHook(() => useHiddenColumns());
    expect(result.current[0]).toEqual([]);
    act(() => result.current[1](['countries', 'title', 'region']));
    expect(result.current[0]).toEqual(['region', 'countries']);
    expect(JSON.parse(localStorage.getItem(HIDDEN_COLUMNS_KEY)!)).toEqual(['region', 'countries']);
    unmount();
    expect(renderHook(() => useHiddenColumns()).result.current[0]).toEqual(['region', 'countries']);
  });

  it('ignores stored values that are unreadable or unknown', () => {
    localStorage.setItem(HIDDEN_COLUMNS_KEY, '{not json');
    expect(readHiddenColumns()).toEqual([]);
    localStorage.setItem(HIDDEN_COLUMNS_KEY, JSON.stringify({ region: true }));
    expect(readHiddenColumns()).toEqual([]);
    localStorage.setItem(HIDDEN_COLUMNS_KEY, JSON.stringify(['year', 'colour', 'title']));
    expect(readHiddenColumns()).toEqual(['year']);
  });
});
