import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from './filters';
import { MOCK_PARAMS } from './mock-params';
import { formatViewQuery, parseViewParams, parseViewQuery, serializeViewParams } from './url-state';

describe('URL view state', () => {
  it('reads codes, years, ranges, search, sort and language', () => {
    const parsed = parseViewParams(
      new URLSearchParams(
        'region=global,africa&status=Ongoing&country=cn,MA,cn&year=2021,2019&from=2018&to=2020&budgetMin=50000&budgetMax=200000.5&q=%20r%C3%A9int%C3%A9gration%20&sort=budgetUsd:desc,title&lang=FR&mock=slow',
      ),
    );
    expect(parsed).toEqual({
      filters: {
        ...emptyFilters(),
        region: ['africa', 'global'],
        status: ['ongoing'],
        country: ['CN', 'MA'],
        year: [2019, 2021],
        from: 2018,
        to: 2020,
        budgetMin: 50000,
        budgetMax: 200000.5,
        q: 'réintégration',
      },
      sort: [
        { field: 'budgetUsd', dir: 'desc' },
        { field: 'title', dir: 'asc' },
      ],
      screen: {},
      lang: 'fr',
      problems: [],
    });
  });

  it('reads funders by ref or name, comma-separated, and writes them sorted (DESIGN §11)', () => {
    const parsed = parseViewParams(new URLSearchParams('funder=XM-DAC-5, Sweden ,XM-DAC-5'));
    expect(parsed.filters.funder).toEqual(['Sweden', 'XM-DAC-5']);
    expect(parsed.problems).toEqual([]);
    expect(formatViewQuery({ ...parsed, sort: [] })).toBe('funder=Sweden,XM-DAC-5');
  });

  it('drops and names unknown codes, malformed values and unknown parameters', () => {
    const parsed = parseViewParams(
      new URLSearchParams(
        'region=africa,mars&year=19,2019&from=soon&budgetMin=-5&sort=title:up,id:desc,id:asc&lang=de&colour=red&from=2020&to=2021&to=2022',
      ),
    );
    expect(parsed.filters).toEqual({
      ...emptyFilters(),
      region: ['africa'],
      year: [2019],
      from: 2020,
      to: 2021,
    });
    expect(parsed.sort).toEqual([{ field: 'id', dir: 'desc' }]);
    expect(parsed.lang).toBeUndefined();
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        { param: 'region', value: 'mars' },
        { param: 'year', value: '19' },
        { param: 'from', value: 'soon' },
        { param: 'to', value: '2022' },
        { param: 'budgetMin', value: '-5' },
        { param: 'sort', value: 'title:up' },
        { param: 'sort', value: 'id:asc' },
        { param: 'lang', value: 'de' },
        { param: 'colour', value: 'red' },
      ]),
    );
    expect(parsed.problems).toHaveLength(9);
  });

  it('writes a canonical query: stable order, sorted and deduplicated values, empty filters left out', () => {
    const filters: Filters = {
      ...emptyFilters(),
      country: ['MA', 'CN', 'MA'],
      region: ['global', 'africa'],
      year: [2021, 2019, 2021],
      budgetMin: 0,
      q: '  santé ',
    };
    expect(
      formatViewQuery({ filters, sort: [{ field: 'budgetUsd', dir: 'desc' }], lang: 'en' }),
    ).toBe(
      'region=africa,global&country=CN,MA&year=2019,2021&budgetMin=0&q=sant%C3%A9&sort=budgetUsd:desc&lang=en',
    );
    expect(serializeViewParams({ filters: emptyFilters(), sort: [] }).toString()).toBe('');
  });

  it('reads each screen’s settings, case ignored, leaving defaults out', () => {
    const parsed = parseViewParams(
      new URLSearchParams(
        'group=Country&zoom=decade&rows=type&countries=all&measure=projects&highlight=asia-oceania&stack=type&region=africa',
      ),
    );
    expect(parsed.screen).toEqual({
      group: 'country',
      zoom: 'decade',
      rows: 'type',
      countries: 'all',
      measure: 'projects',
      highlight: 'asia-oceania',
      stack: 'type',
    });
    expect(parsed.filters.region).toEqual(['africa']);
    expect(parsed.problems).toEqual([]);
    // What each screen shows anyway is accepted and not kept: the canonical link omits it.
    const defaults = parseViewParams(
      new URLSearchParams(
        'group=region&zoom=all&rows=region&countries=top&measure=budget&stack=status',
      ),
    );
    expect(defaults.screen).toEqual({});
    expect(defaults.problems).toEqual([]);
  });

  it('drops and names unknown or malformed screen settings, the first good value winning', () => {
    const parsed = parseViewParams(
      new URLSearchParams(
        'group=bogus&zoom=5&zoom=year&zoom=decade&rows=none&measure=&highlight=global&stack=status,type',
      ),
    );
    expect(parsed.screen).toEqual({ zoom: 'year' });
    expect(parsed.problems).toEqual([
      { param: 'group', value: 'bogus' },
      { param: 'zoom', value: '5' },
      { param: 'zoom', value: 'decade' },
      { param: 'rows', value: 'none' },
      { param: 'highlight', value: 'global' },
      { param: 'stack', value: 'status,type' },
    ]);
  });

  it('writes screen settings after the filters and sort, in a fixed order, defaults left out', () => {
    expect(
      formatViewQuery({
        filters: { ...emptyFilters(), region: ['africa'] },
        sort: [{ field: 'title', dir: 'asc' }],
        screen: {
          stack: 'type',
          highlight: 'africa',
          measure: 'budget',
          countries: 'all',
          rows: 'country',
          zoom: 'five',
          group: 'none',
        },
        lang: 'fr',
      }),
    ).toBe(
      'region=africa&sort=title:asc&group=none&zoom=five&rows=country&countries=all&highlight=africa&stack=type&lang=fr',
    );
    expect(
      serializeViewParams({
        filters: emptyFilters(),
        sort: [],
        screen: { group: 'region', zoom: 'all', stack: 'status' },
      }).toString(),
    ).toBe('');
  });

  it('reads years only from 1900 to 2100 and names the others', () => {
    const parsed = parseViewParams(new URLSearchParams('to=0001&from=1899&year=0099,2101,2020'));
    expect(parsed.filters).toEqual({ ...emptyFilters(), year: [2020] });
    expect(parsed.problems).toEqual([
      { param: 'year', value: '0099' },
      { param: 'year', value: '2101' },
      { param: 'from', value: '1899' },
      { param: 'to', value: '0001' },
    ]);
  });

  it('reads country codes of the letters A to Z only: ß is not SS (South Sudan)', () => {
    const parsed = parseViewParams(new URLSearchParams('country=ß,ss,ＭＡ'));
    expect(parsed.filters.country).toEqual(['SS']);
    expect(parsed.problems).toEqual([
      { param: 'country', value: 'ß' },
      { param: 'country', value: 'ＭＡ' },
    ]);
  });

  it('ignores a range that ends before it starts and names both ends', () => {
    const parsed = parseViewParams(
      new URLSearchParams('from=2030&to=2000&budgetMin=500&budgetMax=100&region=africa'),
    );
    expect(parsed.filters).toEqual({ ...emptyFilters(), region: ['africa'] });
    expect(parsed.problems).toEqual([
      { param: 'from', value: '2030', conflict: { param: 'to', value: '2000' } },
      { param: 'budgetMin', value: '500', conflict: { param: 'budgetMax', value: '100' } },
    ]);
  });

  it('names the mock settings unless they are reserved (the demo build)', () => {
    const query = new URLSearchParams('mock=server-error&mockCount=1000000000');
    expect(parseViewParams(query).problems).toEqual([]);
    expect(parseViewParams(query, new Set()).problems).toEqual([
      { param: 'mock', value: 'server-error' },
      { param: 'mockCount', value: '1000000000' },
    ]);
  });
});

describe('one parse per address', () => {
  it('gives the same parse to everyone who reads the same query, and a new one for another', () => {
    const query = 'region=africa,asia&status=ongoing&sort=title&zoom=decade&bogus=1';
    const first = parseViewQuery(query);
    expect(first).toEqual(parseViewParams(new URLSearchParams(query)));
    expect(parseViewQuery(query)).toBe(first);
    const other = parseViewQuery('region=africa');
    expect(other).not.toBe(first);
    expect(other.filters.region).toEqual(['africa']);
    // Each reserved set has its own parses: what is a problem in one is not in the other.
    expect(parseViewQuery('mock=slow', new Set()).problems).not.toEqual(
      parseViewQuery('mock=slow', MOCK_PARAMS).problems,
    );
  });
});
