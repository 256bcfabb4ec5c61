import { describe, expect, it } from 'vitest';
import { projectSpan } from '@/domain/project-span';
import {
  anchoredScrollLeft,
  barBox,
  createTimeScale,
  leftEdgeYear,
  monthLabelStyle,
  monthTicks,
  pxPerDayFor,
  yearDomain,
  yearTicks,
  type TimeScale,
} from './time-scale';

const DAY_MS = 86_400_000;
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;

function scaleOf(firstYear: number, lastYear: number, width = 1000): TimeScale {
  const domain = yearDomain(day(firstYear, 6, 15), day(lastYear, 2, 1));
  return createTimeScale(domain, pxPerDayFor('all', domain, width));
}

describe('time scale', () => {
  it('spans whole years around the days it covers', () => {
    expect(yearDomain(day(2001, 3, 4), day(2026, 10, 31))).toEqual({
      startDay: day(2001, 1, 1),
      endDay: day(2027, 1, 1),
    });
  });

  it('places a year-only start on 1 January and a year-only end at the end of 31 December', () => {
    const scale = scaleOf(2001, 2026);
    const span = projectSpan('2019', '2023', day(2026, 10, 31));
    expect(span.startDay).toBe(day(2019, 1, 1));
    expect(span.endDay).toBe(day(2023, 12, 31));
    const box = barBox(span.startDay, span.endDay, scale);
    const ticks = yearTicks(scale);
    const tick = (year: number) => ticks.find((t) => t.year === year)!.x;
    expect(box.left).toBeCloseTo(tick(2019), 6);
    expect(box.left + box.width).toBeCloseTo(tick(2024), 6);
    // 1 Jan 2019 sits 18 years of days (leap days 2004, 2008, 2012, 2016) into 26 years (6 leap days) over 1000 px.
    expect(box.left).toBeCloseTo(((18 * 365 + 4) / (26 * 365 + 6)) * 1000, 6);
  });

  it('gives a bar of one day at least the minimum width', () => {
    const scale = scaleOf(2001, 2026);
    expect(barBox(day(2020, 5, 1), day(2020, 5, 1), scale, 3).width).toBe(3);
  });

  it('fits the whole domain at "all" and shows about N years per view width otherwise', () => {
    const domain = yearDomain(day(2001, 1, 1), day(2026, 1, 1));
    const days = domain.endDay - domain.startDay;
    expect(pxPerDayFor('all', domain, 1000) * days).toBeCloseTo(1000, 6);
    expect(pxPerDayFor('decade', domain, 1000) * 3652.425).toBeCloseTo(1000, 6);
    expect(pxPerDayFor('five', domain, 1000) * 1826.2125).toBeCloseTo(1000, 6);
    expect(pxPerDayFor('year', domain, 1000) * 365.2425).toBeCloseTo(1000, 6);
  });

  it('never zooms out beyond fitting the domain', () => {
    const short = yearDomain(day(2019, 1, 1), day(2023, 12, 31));
    expect(pxPerDayFor('decade', short, 1000)).toBe(pxPerDayFor('all', short, 1000));
  });

  it('ticks every 1 January including the end of the domain and thins out labels when crowded', () => {
    const wide = scaleOf(2001, 2026, 2600);
    expect(yearTicks(wide).map((t) => t.year)).toEqual(
      Array.from({ length: 27 }, (_, i) => 2001 + i),
    );
    // Every year is labelled but the closing tick: the axis ends with the data's last year.
    expect(
      yearTicks(wide)
        .filter((t) => t.labelled)
        .map((t) => t.year),
    ).toEqual(Array.from({ length: 26 }, (_, i) => 2001 + i));
    const narrow = scaleOf(2001, 2026, 500);
    const labelled = yearTicks(narrow).filter((t) => t.labelled);
    expect(labelled.map((t) => t.year)).toEqual([2005, 2010, 2015, 2020, 2025]);
    const gaps = labelled.slice(1).map((t, i) => t.x - labelled[i]!.x);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(48);
  });

  it('adds month ticks only when months are wide enough, labelled at the year zoom', () => {
    const domain = yearDomain(day(2001, 1, 1), day(2026, 1, 1));
    expect(monthTicks(createTimeScale(domain, pxPerDayFor('decade', domain, 1000)))).toEqual([]);
    const year = createTimeScale(domain, pxPerDayFor('year', domain, 1000));
    const months = monthTicks(year);
    expect(months).toHaveLength(26 * 11);
    expect(months.every((t) => t.labelled)).toBe(true);
    const march2019 = months.find((t) => t.year === 2019 && t.month === 3)!;
    expect(march2019.x).toBeCloseTo(year.x(day(2019, 3, 1)), 6);
    expect(monthLabelStyle(year)).toBe('short');
    const narrowYear = createTimeScale(domain, pxPerDayFor('year', domain, 400));
    expect(monthTicks(narrowYear).every((t) => t.labelled)).toBe(true);
    expect(monthLabelStyle(narrowYear)).toBe('narrow');
    const five = createTimeScale(domain, pxPerDayFor('five', domain, 1000));
    expect(monthTicks(five).some((t) => t.labelled)).toBe(false);
  });
});

describe('scrolling when the scale changes', () => {
  const domain = yearDomain(day(2001, 1, 1), day(2026, 10, 31));
  const all = createTimeScale(domain, pxPerDayFor('all', domain, 1000));
  const decade = createTimeScale(domain, pxPerDayFor('decade', domain, 1000));

  it('keeps the date at the centre of the view when rows on screen stay in view', () => {
    const left = anchoredScrollLeft(all, decade, 0, 1000, {
      first: day(2005, 1, 1),
      last: day(2020, 1, 1),
    });
    expect(decade.dayAt(left + 500)).toBeCloseTo(all.dayAt(500), 6);
  });

  it('brings the rows on screen into view when the centre would leave them all out', () => {
    const rows = { first: day(2001, 3, 1), last: day(2004, 6, 30) };
    const left = anchoredScrollLeft(all, decade, 0, 1000, rows);
    expect(decade.dayAt(left)).toBeLessThanOrEqual(rows.first);
    expect(decade.dayAt(left + 1000)).toBeGreaterThan(rows.last);
  });

  it('never scrolls before the start or past the end', () => {
    const late = { first: day(2026, 1, 1), last: day(2026, 10, 31) };
    expect(anchoredScrollLeft(all, decade, 0, 1000, late)).toBeCloseTo(decade.width - 1000, 6);
    expect(anchoredScrollLeft(decade, all, 500, 1000)).toBe(0);
  });

  it('names the year at the left edge only when no year label is near it', () => {
    const year = createTimeScale(domain, pxPerDayFor('year', domain, 1000));
    const ticks = yearTicks(year);
    expect(leftEdgeYear(year, ticks, year.x(day(2017, 3, 1)))).toBe(2017);
    expect(leftEdgeYear(year, ticks, year.x(day(2017, 1, 1)) - 1)).toBeUndefined();
  });
});
