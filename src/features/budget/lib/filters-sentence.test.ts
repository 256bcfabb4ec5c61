import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from '@/domain/filters';
import { i18n } from '@/hooks/i18n';
import '../i18n';
import { filtersSentence, yearRuns } from './filters-sentence';

const sentence = (filters: Partial<Filters>, lang: 'en' | 'fr') =>
  filtersSentence(
    { ...emptyFilters(), ...filters },
    lang,
    i18n.getFixedT(lang, ['budget', 'common']),
  );

describe('yearRuns', () => {
  it('writes consecutive years as ranges', () => {
    expect(yearRuns([2024, 2019, 2020, 2021, 2019])).toEqual(['2019–2021', '2024']);
    expect(yearRuns([2001])).toEqual(['2001']);
    expect(yearRuns([])).toEqual([]);
  });
});

describe('filtersSentence', () => {
  it('says when the summary covers every project', () => {
    expect(sentence({}, 'en')).toBe('All projects, no filters applied.');
    expect(sentence({ q: '   ' }, 'fr')).toBe('Tous les projets, sans filtre.');
  });

  it('lists every active filter in words, values of a facet joined by "or"', () => {
    expect(
      sentence(
        {
          region: ['africa', 'asia-oceania'],
          status: ['ongoing'],
          year: [2019, 2020, 2021, 2024],
          from: 2020,
          budgetMin: 100_000,
          q: 'water',
        },
        'en',
      ),
    ).toBe(
      'Filters applied: Region: Africa or Asia and Oceania; Status: Ongoing; Funding year: 2019–2021 or 2024; active from 2020; budget at least US$100,000; search “water”.',
    );
  });

  it('speaks French with French labels, country names and amounts', () => {
    expect(
      sentence({ country: ['CN', 'FR'], from: 2019, to: 2022, budgetMax: 250_000 }, 'fr'),
    ).toBe(
      'Filtres appliqués : Pays : Chine ou France ; actifs 2019–2022 ; budget d’au plus 250\u202f000\u00a0$US.',
    );
  });
});
