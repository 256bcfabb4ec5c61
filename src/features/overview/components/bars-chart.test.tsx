import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/hooks/i18n';
import { formatUsdCompact } from '@/lib/format';
import type { BarDatum } from '../lib/chart-data';
import type * as CategoryTickModule from './category-tick';
import { BarsChart } from './bars-chart';

/*
 * The Overview's bar lists: what they draw, what a click and the keys do, and that a chart whose
 * bars are unchanged (a click on its own facet changes only the selection) is not drawn again.
 */

const ticks = vi.hoisted(() => ({ drawn: 0 }));
vi.mock('./category-tick', async (importOriginal) => {
  const actual = await importOriginal<typeof CategoryTickModule>();
  return {
    ...actual,
    CategoryTick: (props: Parameters<typeof actual.CategoryTick>[0]) => {
      ticks.drawn += 1;
      return actual.CategoryTick(props);
    },
  };
});

const BARS: BarDatum[] = [
  { key: 'africa', label: 'Africa', budget: 51_400_000, count: 308 },
  { key: 'asia-oceania', label: 'Asia and Oceania', budget: 34_300_000, count: 207 },
  { key: 'global', label: 'Global', budget: 8_400_000, count: 34 },
];

const chart = (bars: BarDatum[], onSelect: (key: string) => void) => (
  <BarsChart bars={bars} title="Budget by region" colour="#0072B2" lang="en" onSelect={onSelect} />
);
const surface = () => screen.getByRole('application', { name: 'Budget by region' });
const tooltip = () => document.querySelector('.chart-tooltip');

beforeEach(async () => {
  ticks.drawn = 0;
  await i18n.changeLanguage('en');
});

describe('BarsChart', () => {
  it('draws a bar, its label and its amount for each category, and a value axis', () => {
    render(chart(BARS, () => undefined));
    expect(document.querySelectorAll('.chart-bar')).toHaveLength(3);
    expect([...document.querySelectorAll('.category-tick')].map((t) => t.textContent)).toEqual([
      'Africa',
      'Asia and Oceania',
      'Global',
    ]);
    expect([...document.querySelectorAll('.bar-value')].map((t) => t.textContent)).toEqual([
      'US$51.4m',
      'US$34.3m',
      'US$8.4m',
    ]);
    expect([...document.querySelectorAll('.axis-tick')].map((t) => t.textContent)).toEqual(
      [0, 20e6, 40e6, 60e6].map((v) => formatUsdCompact(v, 'en')),
    );
    // The longest bar is the largest amount's share of the axis' end.
    const widths = [...document.querySelectorAll('.chart-bar')].map((b) =>
      Number(b.getAttribute('width')),
    );
    expect(widths[0]! / widths[1]!).toBeCloseTo(51.4 / 34.3, 2);
  });

  it('filters by the bar a click lands on, and shows its tooltip under the pointer', () => {
    const onSelect = vi.fn();
    render(chart(BARS, onSelect));
    const second = document.querySelectorAll('.chart-bar')[1]!;
    const x = Number(second.getAttribute('x')) + 5;
    const y = Number(second.getAttribute('y')) + 5;
    // jsdom puts the chart at the page's origin: client coordinates are the chart's own.
    fireEvent.mouseMove(surface(), { clientX: x, clientY: y });
    expect(tooltip()).toHaveTextContent('Asia and Oceania');
    expect(tooltip()).toHaveTextContent('US$34,300,000');
    expect(tooltip()).toHaveTextContent('207 projects');
    fireEvent.click(surface(), { clientX: x, clientY: y });
    expect(onSelect).toHaveBeenCalledWith('asia-oceania');
    fireEvent.mouseLeave(surface());
    expect(tooltip()).toBeNull();
  });

  it('shows the first bar on focus, moves with the arrow keys and applies it with Enter', () => {
    const onSelect = vi.fn();
    render(chart(BARS, onSelect));
    act(() => surface().focus());
    expect(tooltip()).toHaveTextContent('Africa');
    fireEvent.keyDown(surface(), { key: 'ArrowDown' });
    fireEvent.keyDown(surface(), { key: 'ArrowDown' });
    fireEvent.keyDown(surface(), { key: 'ArrowDown' });
    expect(tooltip()).toHaveTextContent('Global');
    fireEvent.keyDown(surface(), { key: 'ArrowUp' });
    expect(tooltip()).toHaveTextContent('Asia and Oceania');
    fireEvent.keyDown(surface(), { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('asia-oceania');
    act(() => surface().blur());
    expect(tooltip()).toBeNull();
  });

  it('is not drawn again for bars equal to the last ones, and is for changed bars', () => {
    const onSelect = () => undefined;
    const { rerender } = render(chart(BARS, onSelect));
    const drawn = ticks.drawn;
    expect(drawn).toBe(3);
    // The screen rebuilds the bars from each new view: equal figures, new arrays.
    rerender(
      chart(
        BARS.map((bar) => ({ ...bar })),
        onSelect,
      ),
    );
    expect(ticks.drawn).toBe(drawn);
    rerender(chart([{ ...BARS[0]!, budget: 1 }, ...BARS.slice(1)], onSelect));
    expect(ticks.drawn).toBe(drawn + 3);
  });

  it('keeps its elements when other categories are shown, with their new labels and amounts', () => {
    const onSelect = vi.fn();
    const { rerender } = render(chart(BARS, onSelect));
    const before = [...document.querySelectorAll('.chart-bar')];
    const ticksBefore = [...document.querySelectorAll('.axis-tick')];
    // Another filter: other categories, as many of them, on another scale.
    const others: BarDatum[] = [
      { key: 'kenya', label: 'Kenya', budget: 9_000_000, count: 40 },
      { key: 'uganda', label: 'Uganda', budget: 6_000_000, count: 31 },
      { key: 'ghana', label: 'Ghana', budget: 3_000_000, count: 12 },
    ];
    rerender(chart(others, onSelect));
    const after = [...document.querySelectorAll('.chart-bar')];
    expect(after).toHaveLength(3);
    after.forEach((bar, i) => expect(bar).toBe(before[i]));
    expect([...document.querySelectorAll('.axis-tick')][0]).toBe(ticksBefore[0]);
    expect([...document.querySelectorAll('.category-tick')].map((t) => t.textContent)).toEqual([
      'Kenya',
      'Uganda',
      'Ghana',
    ]);
    expect([...document.querySelectorAll('.bar-value')].map((t) => t.textContent)).toEqual(
      [9e6, 6e6, 3e6].map((v) => formatUsdCompact(v, 'en')),
    );
    const widths = after.map((b) => Number(b.getAttribute('width')));
    expect(widths[0]! / widths[2]!).toBeCloseTo(3, 2);
    // A click on a kept bar filters by the category it now shows.
    fireEvent.click(surface(), {
      clientX: Number(after[1]!.getAttribute('x')) + 5,
      clientY: Number(after[1]!.getAttribute('y')) + 5,
    });
    expect(onSelect).toHaveBeenCalledWith('uganda');
  });
});
