import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageArbitrary, portfolioArbitrary } from '@/test/engine-arbitraries';
import type { Language } from '../codes/languages';
import type { ProjectSummary } from '../project';
import { buildColumns } from './columns';
import { createSearchIndex } from './search-index';
import { holdsToken, queryTokens, searchTextOf, tokenNeedles } from './search-text';
import { makeProject } from '@/test/make-project';

const expectedFails = (projects: readonly ProjectSummary[], tokens: string[], lang: Language) =>
  projects.map((p) =>
    tokens.every((t) => holdsToken(searchTextOf(p, lang), tokenNeedles(t))) ? 0 : 1,
  );

/** Queries of awkward characters, accents, separators and fragments of real words. */
const queryArbitrary = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      'a',
      'é',
      'E',
      ' ',
      '\u0001',
      '.',
      '’',
      "'",
      'r',
      'i',
      'n',
      'c',
      'h',
      'e',
      '0',
      '\u0301',
    ),
    maxLength: 8,
  }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom(
    'reintegration',
    'chine',
    'china',
    'rr.',
    'rr00',
    'rr-0',
    '.0',
    'sante',
    'afrique du sud',
    'l’immigration',
    "l'immigration",
    'œuvre',
    'oeuvre',
  ),
);

describe('createSearchIndex', () => {
  it('matches exactly the projects whose search text holds every token', () => {
    fc.assert(
      fc.property(
        portfolioArbitrary,
        fc.array(fc.tuple(queryArbitrary, languageArbitrary), { minLength: 1, maxLength: 5 }),
        (projects, queries) => {
          const index = createSearchIndex(projects, buildColumns(projects));
          for (const [q, lang] of queries) {
            const tokens = queryTokens(q);
            if (tokens.length === 0) continue;
            expect([...index.fails(tokens, lang)], `${JSON.stringify(q)} ${lang}`).toEqual(
              expectedFails(projects, tokens, lang),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('prepares in steps of at most a slice, combinations’ texts too, and finds the same after', () => {
    fc.assert(
      fc.property(portfolioArbitrary, languageArbitrary, (projects, lang) => {
        const index = createSearchIndex(projects, buildColumns(projects));
        const combinations = new Set(projects.map((p) => `${p.type}|${p.countries.join(',')}`));
        let steps = 0;
        for (const _ of index.prepareSteps(lang, 1)) steps++;
        // One step per project's own text and per combination's text, two in between.
        expect(steps).toBeGreaterThanOrEqual(projects.length + combinations.size);
        const tokens = queryTokens('migrants chine');
        expect([...index.fails(tokens, lang)]).toEqual(expectedFails(projects, tokens, lang));
      }),
      { numRuns: 40 },
    );
  });

  it('narrows a query as it is typed and widens it again', () => {
    const projects: ProjectSummary[] = [
      makeProject({ id: 'RR.0001', title: 'Réintégration', budgetUsd: 1, countries: ['SN'] }),
      makeProject({
        id: 'LM.0002',
        title: 'Reinforcing labour ties',
        type: 'labour-migration',
        budgetUsd: 1,
        countries: ['ML'],
      }),
    ];
    const index = createSearchIndex(projects, buildColumns(projects));
    const typed = ['re', 'rei', 'rein', 'reint', 'rein', 're'];
    const results = typed.map((q) => [...index.fails(queryTokens(q), 'en')]);
    expect(results).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 1],
      [0, 0],
      [0, 0],
    ]);
    expect([...index.fails(['senegal'], 'fr')]).toEqual([0, 1]);
    // Type labels are searched in the current language only.
    expect([...index.fails(['retour'], 'en')]).toEqual([1, 1]);
    expect([...index.fails(['retour'], 'fr')]).toEqual([0, 1]);
  });

  it('finds an ID typed without its punctuation or with spaces, and nothing else', () => {
    const projects: ProjectSummary[] = [
      makeProject({ id: 'RR.0083', primaId: 'PX-1234', title: 'Return and reintegration' }),
      makeProject({ id: 'RR.0084', primaId: 'PX-5678', title: 'Labour mobility' }),
    ];
    const index = createSearchIndex(projects, buildColumns(projects));
    const found = (q: string) => [...index.fails(queryTokens(q), 'en')];
    for (const q of ['rr0083', 'RR 0083', 'RR.0083', 'rr-0083', 'RR_0083', 'px1234', 'PX 1234'])
      expect(found(q), q).toEqual([0, 1]);
    expect(found('rr008')).toEqual([0, 0]);
    expect(found('rr0085')).toEqual([1, 1]);
  });
});
