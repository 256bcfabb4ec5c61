import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realProject } from '@backend/generator/real-record';
import { parseProject, parseProjectSummaries, parseProjectSummary } from './parse-record';
import { describeReason, type ReasonCode } from './reasons';

/** RR.0083 exactly as its French project page writes each field. */
const seedPage = {
  title: 'Mesures préliminaires : préfaisabilité d’un programme AVRR en Chine',
  startDate: '2019',
  endDate: '2023',
  status: 'Achevé',
  type: 'Aide au retour et à la réintégration à l’intention des migrants et des gouvernements',
  budgetUsd: '200000.00',
  coverage: 'National',
  year: '2019',
  region: 'Asie et Océanie',
  primaId: 'CN10P0503',
  id: 'RR.0083',
  countries: 'Chine',
};

const normalised = {
  id: 'RR.0083',
  primaId: 'CN10P0503',
  title: 'Mesures préliminaires : préfaisabilité d’un programme AVRR en Chine',
  startDate: '2019',
  endDate: '2023',
  status: 'completed',
  type: 'avrr',
  budgetUsd: 200000,
  coverage: 'national',
  year: 2019,
  region: 'asia-oceania',
  countries: ['CN'],
};

describe('parseProjectSummary on the real record', () => {
  it('turns the words of the seed page into the normalised record', () => {
    expect(parseProjectSummary(seedPage)).toEqual({ ok: true, value: normalised });
  });

  it('agrees with the sample data on every fact but the title language', () => {
    const {
      description: _d,
      title: _t,
      funders: _f,
      committedUsd: _c,
      disbursedUsd: _di,
      spentUsd: _s,
      spendingByYear: _y,
      ...facts
    } = realProject();
    const { title: _title, ...parsed } = normalised;
    expect(parsed).toEqual(facts);
  });

  it('keeps the description of a full project', () => {
    const result = parseProject({ ...seedPage, description: 'Résumé.' });
    expect(result).toEqual({ ok: true, value: { ...normalised, description: 'Résumé.' } });
  });
});

const AS_OF = '2026-10-31';

/** Each kind of bad record: what breaks it, the reason code and field, and the sentence a person reads. */
const BAD: readonly [string, Record<string, unknown>, ReasonCode, string, string][] = [
  [
    'end before start',
    { startDate: '2023', endDate: '2019' },
    'end_before_start',
    'endDate',
    'End date 2019 is before the start date',
  ],
  [
    'negative budget',
    { budgetUsd: '-100' },
    'negative_budget',
    'budgetUsd',
    'Budget -100 is negative',
  ],
  [
    'non-numeric budget',
    { budgetUsd: 'abc' },
    'invalid_budget',
    'budgetUsd',
    'Budget “abc” is not a number',
  ],
  ['unknown region', { region: 'Atlantis' }, 'unknown_code', 'region', 'Unknown Region “Atlantis”'],
  ['missing title', { title: '  ' }, 'missing', 'title', 'Title is missing'],
  [
    'bad date',
    { startDate: '2019-13' },
    'invalid_date',
    'startDate',
    'Start date “2019-13” is not a date (expected 2019, 2019-03 or 2019-03-15)',
  ],
  [
    'unknown country',
    { countries: 'Chine; Narnia' },
    'unknown_country',
    'countries',
    'Unknown benefiting state “Narnia”',
  ],
];

describe('rejected records', () => {
  it.each(BAD)(
    'rejects a record with %s, with its reason and a readable text',
    (_name, change, code, field, text) => {
      const result = parseProjectSummary({ ...seedPage, ...change });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.id).toBe('RR.0083');
      expect(result.reasons).toHaveLength(1);
      expect(result.reasons[0]).toMatchObject({ code, field });
      expect(describeReason(result.reasons[0]!, 'en')).toBe(text);
      expect(describeReason(result.reasons[0]!, 'fr')).not.toMatch(/\{(field|value)\}/);
    },
  );

  it('quotes values as written, even ones that look like replacement patterns', () => {
    expect(
      describeReason({ code: 'invalid_budget', field: 'budgetUsd', value: '$& {field}' }, 'en'),
    ).toBe('Budget “$& {field}” is not a number');
  });

  it('rejects every copy of an id after the first', () => {
    const { projects, rejected } = parseProjectSummaries(
      [seedPage, { ...seedPage, title: 'Copy' }, seedPage],
      AS_OF,
    );
    expect(projects).toEqual([normalised]);
    expect(rejected).toEqual([
      {
        index: 1,
        id: 'RR.0083',
        reasons: [{ code: 'duplicate_id', field: 'id', value: 'RR.0083' }],
      },
      {
        index: 2,
        id: 'RR.0083',
        reasons: [{ code: 'duplicate_id', field: 'id', value: 'RR.0083' }],
      },
    ]);
    expect(describeReason(rejected[0]!.reasons[0]!, 'en')).toBe(
      'Project ID RR.0083 appears more than once',
    );
    expect(describeReason(rejected[0]!.reasons[0]!, 'fr')).toBe(
      'L’ID du projet RR.0083 apparaît plusieurs fois',
    );
    expect(describeReason(rejected[0]!.reasons[0]!, 'es')).toBe(
      'El ID del proyecto RR.0083 aparece más de una vez',
    );
  });

  it('rejects a completed project whose end date is after the data date', () => {
    const { projects, rejected } = parseProjectSummaries(
      [{ ...seedPage, endDate: '2027-03' }],
      AS_OF,
    );
    expect(projects).toEqual([]);
    expect(rejected).toEqual([
      {
        index: 0,
        id: 'RR.0083',
        reasons: [{ code: 'completed_in_future', field: 'status', value: '2027-03' }],
      },
    ]);
    expect(describeReason(rejected[0]!.reasons[0]!, 'en')).toBe(
      'Status is completed but the end date 2027-03 is after the data date',
    );
  });

  it('accepts an ongoing project ending after the data date, and keeps the rest of a batch', () => {
    const ongoing = { ...seedPage, id: 'RR.0084', status: 'En cours', endDate: '2027' };
    const { projects, rejected } = parseProjectSummaries(
      [ongoing, 'not a record', seedPage],
      AS_OF,
    );
    expect(projects.map((p) => p.id)).toEqual(['RR.0084', 'RR.0083']);
    expect(rejected).toEqual([{ index: 1, id: undefined, reasons: [{ code: 'not_an_object' }] }]);
  });
});

// Values near the real shapes make the parser walk its branches, not only reject non-objects.
const fieldValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '2019',
    '2019-03',
    '2019-02-30',
    'Achevé',
    'ongoing',
    'avrr',
    'National',
    'Chine',
    'CN',
    '200000.00',
    '-5',
    'abc',
    '',
  ),
);
const recordish = fc.dictionary(
  fc.constantFrom(...Object.keys(seedPage), 'description', 'other'),
  fieldValue,
);
const input = fc.oneof(
  fc.jsonValue(),
  recordish,
  recordish.map((r) => ({ ...seedPage, ...r })),
);

describe('parser properties', () => {
  it('never throws, and every rejection carries at least one reason', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 8 }), (inputs) => {
        for (const one of inputs) {
          const result = parseProjectSummary(one);
          if (!result.ok) expect(result.reasons.length).toBeGreaterThan(0);
        }
        const { projects, rejected } = parseProjectSummaries(inputs, AS_OF);
        expect(projects.length + rejected.length).toBe(inputs.length);
        for (const r of rejected) {
          expect(r.reasons.length).toBeGreaterThan(0);
          for (const reason of r.reasons) {
            // The text quotes the offending value as written and leaves no placeholder behind.
            const text = describeReason(reason, 'en');
            expect(text).toContain(reason.value ?? '');
            expect(text.replace(reason.value ?? '', '')).not.toMatch(/\{(field|value)\}/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
