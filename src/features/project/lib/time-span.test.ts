import { describe, expect, it } from 'vitest';
import { firstDay } from '@/domain/partial-date';
import { axisDomain, labelStep, projectSpan, spanLength } from './time-span';

const day = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
  86_400_000;
const AS_OF = day('2026-10-31');

describe('projectSpan', () => {
  it('runs year-only dates from 1 January of the start to 31 December of the end', () => {
    const span = projectSpan('2019', '2023', AS_OF);
    expect(span).toEqual({ start: day('2019-01-01'), end: day('2024-01-01'), openEnded: false });
    expect(spanLength(span)).toEqual({ years: 5, months: 0 });
  });

  it('uses the last day of a year-month end and the exact day of a full date', () => {
    expect(projectSpan('2020-03', '2021-02', AS_OF).end).toBe(day('2021-03-01'));
    expect(projectSpan('2020-03-15', '2020-09-14', AS_OF)).toMatchObject({
      start: day('2020-03-15'),
      end: day('2020-09-15'),
    });
  });

  it('runs an open-ended project to the data date', () => {
    const span = projectSpan('2024-02-01', undefined, AS_OF);
    expect(span).toEqual({ start: day('2024-02-01'), end: AS_OF + 1, openEnded: true });
    expect(spanLength(span)).toEqual({ years: 2, months: 9 });
  });

  it('gives an open-ended project that starts after the data date the period its start covers, not a negative span', () => {
    const span = projectSpan('2027', undefined, AS_OF);
    expect(span).toEqual({ start: day('2027-01-01'), end: day('2028-01-01'), openEnded: true });
    expect(projectSpan('2027-03', undefined, AS_OF).end).toBe(day('2027-04-01'));
  });
});

describe('spanLength', () => {
  it('rounds to the nearest month', () => {
    expect(spanLength(projectSpan('2020-01-01', '2020-06-29', AS_OF))).toEqual({
      years: 0,
      months: 6,
    });
    expect(spanLength(projectSpan('2020-01', '2021-06', AS_OF))).toEqual({ years: 1, months: 6 });
  });
});

describe('axisDomain', () => {
  it('covers the span and the data date in whole years', () => {
    const domain = axisDomain(projectSpan('2019', '2023', AS_OF), AS_OF);
    expect(domain).toEqual({
      firstYear: 2019,
      lastYear: 2026,
      startDay: firstDay('2019'),
      endDay: firstDay('2027'),
    });
  });

  it('gives an open end one more year of room and works without a data date', () => {
    expect(axisDomain(projectSpan('2024-02-01', undefined, AS_OF), AS_OF).lastYear).toBe(2027);
    expect(axisDomain(projectSpan('2010', '2012', AS_OF), undefined)).toMatchObject({
      firstYear: 2010,
      lastYear: 2012,
    });
  });
});

describe('labelStep', () => {
  it('labels every year when there is room and thins the labels when there is not', () => {
    expect(labelStep(8, 700)).toBe(1);
    expect(labelStep(26, 700)).toBe(2);
    expect(labelStep(26, 300)).toBe(5);
  });
});
