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

  it('gives each count and each option its own text, also when asked again', () => {
    const instance = createI18n('en');
    instance.addResourceBundle('en', 'counts', {
      projects_one: '{{count}} project',
      projects_other: '{{count}} projects',
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={instance}>{children}</I18nextProvider>
    );
    const { result } = renderHook(() => useT('counts'), { wrapper });
    const { t } = result.current;
    for (let round = 0; round < 2; round++) {
      expect(t('projects', { count: 1 })).toBe('1 project');
      expect(t('projects', { count: 2 })).toBe('2 projects');
      expect(t('projects', { count: 2, lng: 'fr' })).toBe('2 projects');
    }
  });

  it('reads a text again once a bundle changes it, and in the new language', async () => {
    const instance = createI18n('en');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={instance}>{children}</I18nextProvider>
    );
    const { result, rerender } = renderHook(() => useT('later'), { wrapper });
    // Asked before the screen's strings are there: the key, as i18next gives it.
    expect(result.current.t('greeting')).toBe('greeting');
    instance.addResourceBundle('en', 'later', { greeting: 'Hello' });
    rerender();
    expect(result.current.t('greeting')).toBe('Hello');
    instance.addResourceBundle('en', 'later', { greeting: 'Hi' }, true, true);
    expect(result.current.t('greeting')).toBe('Hi');
    instance.addResourceBundle('fr', 'later', { greeting: 'Bonjour' });
    await act(() => instance.changeLanguage('fr'));
    expect(result.current.t('greeting')).toBe('Bonjour');
  });
});
