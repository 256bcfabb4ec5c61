import { act, screen, within } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ChartCardModule from '@/components/charts/chart-card';
import type * as SegmentedControlModule from '@/components/ui/segmented-control';
import type { Language } from '@/domain/codes/languages';
import type { CountryBin } from '@/domain/engine/types';
import { i18n } from '@/hooks/i18n';
import type * as ExploreModule from '@/hooks/portfolio/explore-context';
import { renderRoute } from '@/test/render-route';
import type * as MapDataModule from '../lib/map-data';
import { MapCard } from './map-card';

/*
 * The map is drawn again only when what it shows changes: a new view whose states read as before
 * (same figures, same Country filter, same language) rebuilds neither the states' names and
 * fills nor the table, and redraws nothing; new figures or another language do.
 */

const counts = vi.hoisted(() => ({ models: 0, cards: 0, switches: 0 }));
vi.mock('../lib/map-data', async (importOriginal) => {
  const actual = await importOriginal<typeof MapDataModule>();
  return {
    ...actual,
    countryData: (...args: Parameters<typeof actual.countryData>) => {
      counts.models += 1;
      return actual.countryData(...args);
    },
  };
});
vi.mock('@/components/charts/chart-card', async (importOriginal) => {
  const actual = await importOriginal<typeof ChartCardModule>();
  return {
    ...actual,
    ChartCard: (props: Parameters<typeof actual.ChartCard>[0]) => {
      counts.cards += 1;
      return actual.ChartCard(props);
    },
  };
});

vi.mock('@/components/ui/segmented-control', async (importOriginal) => {
  const actual = await importOriginal<typeof SegmentedControlModule>();
  return {
    ...actual,
    SegmentedControl: (props: Parameters<typeof actual.SegmentedControl>[0]) => {
      counts.switches += 1;
      return actual.SegmentedControl(props);
    },
  };
});

/** What the map reads of the explore state: set by the test, read by the mocked hook. */
const explore = vi.hoisted(() => ({
  current: undefined as unknown,
}));
vi.mock('@/hooks/portfolio/explore-context', async (importOriginal) => {
  const actual = await importOriginal<typeof ExploreModule>();
  return { ...actual, useExplore: () => explore.current as ReturnType<typeof actual.useExplore> };
});

const selectOnly = vi.fn();
function setView(byCountry: CountryBin[], lang: Language = 'en', country: string[] = []) {
  explore.current = { view: { byCountry }, lang, filters: { country }, selectOnly };
}
const BINS: CountryBin[] = [
  { key: 'CN', budget: 5e6, count: 3, projectsTotal: 9e6 },
  { key: 'KE', budget: 2e6, count: 2, projectsTotal: 2e6 },
  { key: 'FJ', budget: 1e6, count: 1, projectsTotal: 1e6 },
];
const copy = (bins: CountryBin[]) => bins.map((bin) => ({ ...bin }));

/** The map inside a parent the test renders again (as a new view does). */
const parent = { renderAgain: (): void => undefined };
function Parent() {
  const [, setTick] = useState(0);
  useEffect(() => {
    parent.renderAgain = () => setTick((n) => n + 1);
  }, []);
  return <MapCard />;
}
const renderAgain = () => parent.renderAgain();

beforeEach(async () => {
  counts.models = 0;
  counts.cards = 0;
  counts.switches = 0;
  await i18n.changeLanguage('en');
});

describe('the map card', () => {
  it('rebuilds nothing for a new view whose states read as before, and rebuilds for new figures', async () => {
    setView(BINS);
    renderRoute('/map', { element: <Parent /> });
    await screen.findByRole('button', { name: /^China: US\$5,000,000/ });
    const [models, cards] = [counts.models, counts.cards];
    expect(models).toBeGreaterThan(0);

    act(() => {
      setView(copy(BINS));
      renderAgain();
    });
    expect(counts.models).toBe(models);
    expect(counts.cards).toBe(cards);

    act(() => {
      setView([{ ...BINS[0]!, budget: 6e6 }, ...copy(BINS.slice(1))]);
      renderAgain();
    });
    expect(counts.models).toBe(models + 1);
    expect(counts.cards).toBe(cards + 1);
    expect(screen.getByRole('button', { name: /^China: US\$6,000,000/ })).toBeInTheDocument();
  });

  it('draws its Measure switch again only when the measure changes, not with new figures', async () => {
    setView(BINS);
    renderRoute('/map', { element: <Parent /> });
    await screen.findByRole('button', { name: /^China: / });
    const [cards, switches] = [counts.cards, counts.switches];
    expect(switches).toBeGreaterThan(0);

    act(() => {
      setView([{ ...BINS[0]!, budget: 6e6 }, ...copy(BINS.slice(1))]);
      renderAgain();
    });
    expect(counts.cards).toBe(cards + 1);
    expect(counts.switches).toBe(switches);

    const measure = screen.getByRole('group', { name: 'Measure' });
    await act(async () => {
      within(measure).getByRole('button', { name: 'Projects' }).click();
      await Promise.resolve();
    });
    expect(within(measure).getByRole('button', { name: 'Projects' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(counts.switches).toBeGreaterThan(switches);
  });

  it('names the states again in another language, and when the Country filter changes', async () => {
    setView(BINS);
    renderRoute('/map', { element: <Parent /> });
    await screen.findByRole('button', { name: /^China: / });
    const models = counts.models;

    act(() => {
      setView(copy(BINS), 'en', ['CN']);
      renderAgain();
    });
    expect(counts.models).toBe(models + 1);
    expect(screen.getByRole('button', { name: /^China: / })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await act(async () => {
      await i18n.changeLanguage('fr');
      setView(copy(BINS), 'fr', ['CN']);
      renderAgain();
    });
    expect(counts.models).toBeGreaterThan(models + 1);
    expect(await screen.findByRole('button', { name: /^Chine : / })).toBeInTheDocument();
  });
});
