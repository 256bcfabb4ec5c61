import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ChartCardModule from '@/components/charts/chart-card';
import type { Bin } from '@/domain/engine/types';
import { i18n } from '@/hooks/i18n';
import { formatUsdCompact } from '@/lib/format';
import { CumulativeTrend } from './cumulative-trend';

/*
 * The budget summary's cumulative trend: plain SVG (no chart library), its image named with the
 * years and the total, a tooltip on the year under the pointer, the same figures as a table, and
 * no new drawing for a filter that leaves its years' figures as they were.
 */

const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/components/charts/chart-card', async (importOriginal) => {
  const actual = await importOriginal<typeof ChartCardModule>();
  return {
    ...actual,
    ChartCard: (props: Parameters<typeof actual.ChartCard>[0]) => {
      renders.count += 1;
      return actual.ChartCard(props);
    },
  };
});

const bin = (key: number, budget: number): Bin<number> => ({ key, budget, count: 1 });
const BY_YEAR = [bin(2020, 10e6), bin(2022, 30e6)];

beforeEach(async () => {
  renders.count = 0;
  await i18n.changeLanguage('en');
});

describe('CumulativeTrend', () => {
  it('draws the running total as an area over every year, on a value axis from 0', () => {
    render(<CumulativeTrend byYear={BY_YEAR} lang="en" />);
    const image = screen.getByRole('img', {
      name: 'Area chart of the cumulative budget from 2020 to 2022, reaching US$40,000,000.',
    });
    const line = image.querySelector('path.chart-line')!;
    // 2021 has no projects but keeps its place: three points, flat from 2020 to 2021.
    const ys = [...line.getAttribute('d')!.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) =>
      Number(m[1]),
    );
    expect(ys).toHaveLength(3);
    expect(ys[0]).toBeCloseTo(ys[1]!);
    expect(ys[2]).toBeLessThan(ys[1]!);
    expect(image.querySelector('path.trend-area')).not.toBeNull();
    const ticks = [...image.querySelectorAll('.axis-tick')].map((t) => t.textContent);
    expect(ticks[0]).toBe(formatUsdCompact(0, 'en'));
    expect(ticks.slice(-3)).toEqual(['2020', '2021', '2022']);
  });

  it('says the year and its amounts under the pointer', () => {
    render(<CumulativeTrend byYear={BY_YEAR} lang="en" />);
    const svg = screen.getByRole('img', { name: /cumulative budget/ }).querySelector('svg')!;
    const width = Number(svg.getAttribute('width'));
    fireEvent.mouseMove(svg, { clientX: width - 20, clientY: 100 });
    const tooltip = document.querySelector('.chart-tooltip')!;
    expect(tooltip).toHaveTextContent('Funding year 2022');
    expect(tooltip).toHaveTextContent('Cumulative budget (USD)US$40,000,000');
    expect(tooltip).toHaveTextContent('Budget that year (USD)US$30,000,000');
  });

  it('gives the same figures as a table', () => {
    render(<CumulativeTrend byYear={BY_YEAR} lang="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const rows = screen.getAllByRole('row').map((row) => row.textContent);
    expect(rows).toEqual([
      'Funding yearBudget that year (USD)Cumulative budget (USD)',
      '2020US$10,000,000US$10,000,000',
      '2021US$0US$10,000,000',
      '2022US$30,000,000US$40,000,000',
    ]);
  });

  it('is not drawn again for the same years’ figures, and is for changed ones', () => {
    const { rerender } = render(<CumulativeTrend byYear={BY_YEAR} lang="en" />);
    const drawn = renders.count;
    rerender(<CumulativeTrend byYear={BY_YEAR.map((b) => ({ ...b }))} lang="en" />);
    expect(renders.count).toBe(drawn);
    rerender(<CumulativeTrend byYear={[bin(2020, 12e6), bin(2022, 30e6)]} lang="en" />);
    expect(renders.count).toBe(drawn + 1);
  });
});
