// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialLanguage, rememberLanguage } from './language';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

/** The browser's language preferences, most wanted first. */
function browserPrefers(...languages: string[]) {
  vi.stubGlobal('navigator', { language: languages[0], languages });
}

describe('initialLanguage', () => {
  it('takes the address first, then the remembered choice', () => {
    browserPrefers('fr-FR');
    expect(initialLanguage('?lang=es')).toBe('es');
    rememberLanguage('en');
    expect(initialLanguage('')).toBe('en');
  });

  it('takes the first browser language the dashboard speaks, in any region', () => {
    browserPrefers('es-MX', 'en-US');
    expect(initialLanguage('')).toBe('es');
    browserPrefers('de-DE', 'ES-419', 'fr');
    expect(initialLanguage('')).toBe('es');
    browserPrefers('pt-BR', 'fr-CA');
    expect(initialLanguage('')).toBe('fr');
  });

  it('falls back to English for a browser that speaks none of them or names none', () => {
    browserPrefers('de-DE', 'pt');
    expect(initialLanguage('')).toBe('en');
    vi.stubGlobal('navigator', { language: 'es-AR' });
    expect(initialLanguage('')).toBe('es');
    vi.stubGlobal('navigator', {});
    expect(initialLanguage('?lang=xx')).toBe('en');
  });
});
