import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/hooks/i18n';
import { formatUsdCompact } from '@/lib/format';
import type { BarDatum, StackedRow } from '../lib/chart-data';
import type { SpendingRow } from '../lib/money-chart-data';
import type * as LegendModule from './chart-legend';
import { SpendingChart, type SpendingSeries } from './spending-chart';
import { StatusChart } from './status-chart';
import { YearChart } from './year-chart';

/*
 * The Overview's year columns, spending lines and status donut: what they draw, what a click and
 * the keys do, and that a chart whose figures are unchanged is not drawn again (each draws its
 * legend once per render, which is what is counted).
 */

const legends = vi.hoisted(() => ({ drawn: 0 }));
vi.mock('./chart-legend', async (importOriginal) => {
  const actual = await importOriginal<typeof LegendModule>();
  return {
    ...actual,
    ChartLegend: (props: Parameters<typeof actual.ChartLegend>[0]) => {
      legends.drawn += 1;
      return actual.ChartLegend(props);
    },
  };
});

const tooltip = () => document.querySelector('.chart-tooltip');
const surface = (name: string) => screen.getByRole('application', { name });
const number = (element: Element, attribute: string) => Number(element.getAttribute(attribute));

beforeEach(async () => {
  legends.drawn = 0;
  await i18n.changeLanguage('en');
});

const SERIES = [
  { key: 'ongoing', label: 'Ongoing', colour: '#0072B2' },
  { key: 'completed', label: 'Completed', colour: '#E69F00' },
];
const ROWS: StackedRow[] = [
  { year: 2020, total: 30e6, ongoing: 10e6, completed: 20e6 },
  { year: 2021, total: 0, ongoing: 0, completed: 0 },
  { year: 2022, total: 45e6, ongoing: 45e6, completed: 0 },
];

describe('YearChart', () => {
  const chart = (rows: StackedRow[], onSelect: (year: string) => void) => (
    <YearChart
      rows={rows}
      series={SERIES}
      title="Budget by funding year"
      lang="en"
      onSelect={onSelect}
    />
  );

  it('stacks each year’s series bottom up, to its total, on a value axis with grid lines', () => {
    render(chart(ROWS, () => undefined));
    const columns = [...document.querySelectorAll('.chart-bar')];
    // A year without budget keeps its place on the axis but draws no column.
    expect(columns).toHaveLength(2);
    const [ongoing, completed] = [...columns[0]!.querySelectorAll('rect')];
    expect(ongoing!.getAttribute('fill')).toBe('#0072B2');
    expect(completed!.getAttribute('fill')).toBe('#E69F00');
    // Ongoing at the bottom, completed on top of it, twice as tall.
    expect(number(completed!, 'y') + number(completed!, 'height')).toBeCloseTo(
      number(ongoing!, 'y'),
    );
    expect(number(completed!, 'height') / number(ongoing!, 'height')).toBeCloseTo(2);
    // The 2022 column (45m, one series) is 1.5 times the 2020 one (30m).
    const whole2022 = number(columns[1]!.querySelector('rect')!, 'height');
    expect(whole2022 / (number(ongoing!, 'height') + number(completed!, 'height'))).toBeCloseTo(
      1.5,
    );
    const ticks = [...document.querySelectorAll('.axis-tick')].map((t) => t.textContent);
    expect(ticks).toEqual([
      ...[0, 15e6, 30e6, 45e6, 60e6].map((v) => formatUsdCompact(v, 'en')),
      '2020',
      '2021',
      '2022',
    ]);
    expect(document.querySelectorAll('.chart-legend li')).toHaveLength(2);
  });

  it('filters by the year a click lands on and shows its amounts in the tooltip', () => {
    const onSelect = vi.fn();
    render(chart(ROWS, onSelect));
    const column = document.querySelectorAll('.chart-bar')[1]!.querySelector('rect')!;
    const x = number(column, 'x') + 2;
    const y = number(column, 'y') + 2;
    fireEvent.mouseMove(surface('Budget by funding year'), { clientX: x, clientY: y });
    expect(tooltip()).toHaveTextContent('2022');
    expect(tooltip()).toHaveTextContent('Ongoing');
    expect(tooltip()).not.toHaveTextContent('Completed');
    expect(tooltip()).toHaveTextContent('Total: US$45,000,000');
    fireEvent.click(surface('Budget by funding year'), { clientX: x, clientY: y });
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('2022');
  });

  it('moves through the years with the arrow keys and filters by one with Enter', () => {
    const onSelect = vi.fn();
    render(chart(ROWS, onSelect));
    act(() => surface('Budget by funding year').focus());
    expect(tooltip()).toHaveTextContent('2020');
    fireEvent.keyDown(surface('Budget by funding year'), { key: 'End' });
    expect(tooltip()).toHaveTextContent('2022');
    fireEvent.keyDown(surface('Budget by funding year'), { key: 'ArrowLeft' });
    expect(tooltip()).toHaveTextContent('2021');
    fireEvent.keyDown(surface('Budget by funding year'), { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('2021');
  });

  it('is not drawn again for rows equal to the last ones, and is for changed rows', () => {
    const onSelect = () => undefined;
    const { rerender } = render(chart(ROWS, onSelect));
    const drawn = legends.drawn;
    rerender(
      chart(
        ROWS.map((row) => ({ ...row })),
        onSelect,
      ),
    );
    expect(legends.drawn).toBe(drawn);
    rerender(chart([{ ...ROWS[0]!, total: 31e6, ongoing: 11e6 }, ...ROWS.slice(1)], onSelect));
    expect(legends.drawn).toBe(drawn + 1);
  });
});

const SLICES: BarDatum[] = [
  { key: 'ongoing', label: 'Ongoing', budget: 75e6, count: 300 },
  { key: 'completed', label: 'Completed', budget: 25e6, count: 120 },
];

describe('StatusChart', () => {
  const chart = (slices: BarDatum[], onSelect: (status: string) => void) => (
    <StatusChart
      slices={slices}
      title="Status mix"
      lang="en"
      onSelect={onSelect}
      isActive={(status) => status === 'completed'}
    />
  );

  it('draws a slice a status, in its colour, and names the shares in its legend', () => {
    render(chart(SLICES, () => undefined));
    const slices = [...document.querySelectorAll('.chart-slice')];
    expect(slices.map((s) => s.getAttribute('fill'))).toEqual(['#0072B2', '#E69F00']);
    expect(screen.getByRole('img', { name: 'Status mix' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filter by Ongoing' })).toHaveTextContent('75%');
    expect(screen.getByRole('button', { name: 'Filter by Completed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('filters by the slice a click lands on, and by a legend entry', () => {
    const onSelect = vi.fn();
    render(chart(SLICES, onSelect));
    const picture = screen.getByRole('img', { name: 'Status mix' });
    const width = number(picture, 'width');
    const height = number(picture, 'height');
    // Ongoing runs from three o'clock counter-clockwise over three quarters of the ring: straight
    // above the centre is ongoing, straight below it is completed.
    const radius = (Math.min(width, height) / 2 - 5) * 0.7;
    fireEvent.mouseMove(picture, { clientX: width / 2, clientY: height / 2 - radius });
    expect(tooltip()).toHaveTextContent('Ongoing');
    expect(tooltip()).toHaveTextContent('US$75,000,000 · 75%');
    expect(tooltip()).toHaveTextContent('300 projects');
    fireEvent.click(picture, { clientX: width / 2, clientY: height / 2 + radius });
    expect(onSelect).toHaveBeenLastCalledWith('completed');
    // The hole in the middle is no slice.
    fireEvent.click(picture, { clientX: width / 2, clientY: height / 2 });
    expect(onSelect).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Filter by Ongoing' }));
    expect(onSelect).toHaveBeenLastCalledWith('ongoing');
  });

  it('is not drawn again for slices equal to the last ones, and is for changed slices', () => {
    const onSelect = () => undefined;
    const isActive = () => false;
    const status = (slices: BarDatum[]) => (
      <StatusChart
        slices={slices}
        title="Status mix"
        lang="en"
        onSelect={onSelect}
        isActive={isActive}
      />
    );
    const { rerender } = render(status(SLICES));
    const drawn = legends.drawn;
    rerender(status(SLICES.map((slice) => ({ ...slice }))));
    expect(legends.drawn).toBe(drawn);
    rerender(status([{ ...SLICES[0]!, budget: 1 }, SLICES[1]!]));
    expect(legends.drawn).toBe(drawn + 1);
  });
});

const SPENDING: SpendingRow[] = [
  { year: 2020, budget: 40e6, disbursed: 10e6, spent: 5e6 },
  { year: 2021, budget: 20e6, disbursed: 30e6, spent: 25e6 },
];
const LINES: SpendingSeries[] = [
  { key: 'budget', label: 'Budget (funding year)', colour: '#0072B2' },
  { key: 'disbursed', label: 'Disbursed', colour: '#56B4E9', dashes: '2 2' },
  { key: 'spent', label: 'Spent', colour: '#D55E00', dashes: '6 3' },
];

describe('SpendingChart', () => {
  const chart = (rows: SpendingRow[]) => (
    <SpendingChart rows={rows} series={LINES} title="Budget and spending by year" lang="en" />
  );

  it('draws a line a series through each year, dashed but for the budget', () => {
    render(chart(SPENDING));
    const lines = [...document.querySelectorAll('.chart-line')];
    expect(lines.map((l) => l.getAttribute('stroke-dasharray'))).toEqual([null, '2 2', '6 3']);
    // Each line has a point a year; the budget falls as disbursements rise.
    const points = lines.map((l) =>
      [...l.getAttribute('d')!.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => Number(m[2])),
    );
    expect(points.map((p) => p.length)).toEqual([2, 2, 2]);
    expect(points[0]![1]).toBeGreaterThan(points[0]![0]!);
    expect(points[1]![1]).toBeLessThan(points[1]![0]!);
  });

  it('shows a year’s three amounts as the arrow keys reach it', () => {
    render(chart(SPENDING));
    act(() => surface('Budget and spending by year').focus());
    expect(tooltip()).toHaveTextContent('2020');
    fireEvent.keyDown(surface('Budget and spending by year'), { key: 'ArrowRight' });
    expect(tooltip()).toHaveTextContent('2021');
    expect(tooltip()).toHaveTextContent('Budget (funding year)US$20,000,000');
    expect(tooltip()).toHaveTextContent('DisbursedUS$30,000,000');
    expect(tooltip()).toHaveTextContent('SpentUS$25,000,000');
  });

  it('is not drawn again for rows equal to the last ones', () => {
    const { rerender } = render(chart(SPENDING));
    const drawn = legends.drawn;
    rerender(chart(SPENDING.map((row) => ({ ...row }))));
    expect(legends.drawn).toBe(drawn);
    rerender(chart([SPENDING[0]!, { ...SPENDING[1]!, spent: 1 }]));
    expect(legends.drawn).toBe(drawn + 1);
  });
});
