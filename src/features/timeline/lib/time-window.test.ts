import { describe, expect, it } from 'vitest';
import { createTimeScale, januaryFirst, monthFirst, pxPerDayFor, yearDomain } from './time-scale';
import {
  barSide,
  canStep,
  centreOn,
  leftForParam,
  showsParam,
  stepWindow,
  windowDays,
  windowStartParam,
  type TrackView,
} from './time-window';

// 2001–2030 at one year per 730 px: the "1 year" zoom in a 730 px track with 96 px of end padding.
const domain = yearDomain(januaryFirst(2001), januaryFirst(2030) + 300);
const scale = createTimeScale(domain, pxPerDayFor('year', domain, 730));
const view: TrackView = { visible: 730, max: scale.width + 96 - 730 };
const yearPx = scale.x(januaryFirst(2002));

describe('the time window', () => {
  it('moves by its own width, earlier and later, and stops at the ends of the axis', () => {
    const at2010 = scale.x(januaryFirst(2010));
    // One year in view at this zoom: Later from 2010 shows 2011, Earlier 2009, on 1 January.
    expect(stepWindow(at2010, 1, scale, view)).toBeCloseTo(scale.x(januaryFirst(2011)), 6);
    expect(stepWindow(at2010, -1, scale, view)).toBeCloseTo(scale.x(januaryFirst(2009)), 6);
    let left = at2010;
    for (let i = 0; i < 8; i++) left = stepWindow(left, -1, scale, view);
    expect(windowStartParam(left, scale)).toBe('2002-01');
    expect(stepWindow(100, -1, scale, view)).toBe(0);
    expect(stepWindow(view.max - 10, 1, scale, view)).toBe(view.max);
  });

  it('says which way it can still move', () => {
    expect(canStep(0, view)).toEqual({ earlier: false, later: true });
    expect(canStep(yearPx * 5, view)).toEqual({ earlier: true, later: true });
    expect(canStep(view.max, view)).toEqual({ earlier: true, later: false });
    // All years in view: nowhere to go.
    expect(canStep(0, { visible: 730, max: 0 })).toEqual({ earlier: false, later: false });
  });

  it('centres on a day, within the axis, its left edge on the first of a month', () => {
    const day = monthFirst(2015, 7);
    const left = centreOn(day, scale, view);
    // The middle of the view is within half a month of the middle of the day…
    expect(Math.abs(scale.dayAt(left + view.visible / 2) - (day + 0.5))).toBeLessThan(16);
    // …and the left edge on a month's first day, as the URL's window start names it.
    expect(left).toBeCloseTo(leftForParam(windowStartParam(left, scale), scale, view), 6);
    const { first, last } = windowDays(left, scale, view);
    expect(first).toBeLessThan(day);
    expect(last).toBeGreaterThan(day + 1);
    expect(centreOn(januaryFirst(1990), scale, view)).toBe(0);
    expect(centreOn(januaryFirst(2050), scale, view)).toBe(view.max);
  });

  it('reads and writes its start as the month at the left edge', () => {
    const left = leftForParam('2019-07', scale, view);
    expect(left).toBeCloseTo(scale.x(monthFirst(2019, 7)), 6);
    expect(windowStartParam(left, scale)).toBe('2019-07');
    // Anywhere in the month shows that month: no jump back when the URL catches up with a scroll.
    expect(showsParam(left + 20, '2019-07', scale, view)).toBe(true);
    expect(showsParam(left + yearPx / 6, '2019-07', scale, view)).toBe(false);
    // A start past the end of the axis is shown by the window at the end.
    expect(leftForParam('2099-01', scale, view)).toBe(view.max);
    expect(showsParam(view.max, '2099-01', scale, view)).toBe(true);
  });

  it('places a bar before, inside or after the window', () => {
    const window = { first: januaryFirst(2015), last: januaryFirst(2016) };
    expect(barSide(januaryFirst(2010), januaryFirst(2015) - 1, window)).toBe('before');
    expect(barSide(januaryFirst(2010), januaryFirst(2015), window)).toBeUndefined();
    expect(barSide(januaryFirst(2015) + 100, januaryFirst(2015) + 120, window)).toBeUndefined();
    expect(barSide(januaryFirst(2016), januaryFirst(2018), window)).toBe('after');
  });
});
