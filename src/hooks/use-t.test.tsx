import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, useLanguage, useT } from './i18n';

describe('useT', () => {
  it('translates in the language of the instance provided, and follows a change of language', async () => {
    const instance = createI18n('en');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={instance}>{children}</I18nextProvider>
    );
    const { result } = renderHook(() => ({ ...useT(), lang: useLanguage() }), { wrapper });
    expect(result.current.t('nav.overview')).toBe('Overview');
    expect(result.current.lang).toBe('en');
    const before = result.current.t;

    await act(() => instance.changeLanguage('fr'));
    expect(result.current.t('nav.overview')).toBe('Vue d’ensemble');
    expect(result.current.lang).toBe('fr');
    expect(result.current.t).not.toBe(before);
  });

  it('reads a namespace added after the first render, and keeps `t` while nothing changes', () => {
    const instance = createI18n('en');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={instance}>{children}</I18nextProvider>
    );
    const { result, rerender } = renderHook(() => useT('late'), { wrapper });
    const first = result.current;
    instance.addResourceBundle('en', 'late', { hello: 'Hello' });
    rerender();
    expect(result.current).toBe(first);
    expect(result.current.t('hello')).toBe('Hello');
  });
});
