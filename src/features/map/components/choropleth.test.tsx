import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CountryDatum } from '../lib/map-data';
import { NO_PROJECTS_COLOUR } from '../lib/colours';
import { Choropleth } from './choropleth';

/*
 * The full map's states across filter clicks: a state that gains or loses projects keeps its
 * element (its fill and role change), rather than a new one being made in another group.
 */

const datum = (code: string, name: string, budget: number): CountryDatum => ({
  code,
  name,
  region: undefined,
  budget,
  count: 3,
  projectsTotal: budget,
  drawn: true,
});

const KENYA = datum('KE', 'Kenya', 5_000_000);
const GHANA = datum('GH', 'Ghana', 2_000_000);

const map = (states: CountryDatum[]) => (
  <Choropleth
    data={new Map(states.map((d) => [d.code, d]))}
    fillOf={(d) => (d.budget > 3_000_000 ? '#08306b' : '#6baed6')}
    selected={new Set()}
    highlight={new Set()}
    label="Budget by benefiting state"
    lang="en"
    describe={(d) => `${d.name}: ${d.budget}`}
    onSelect={() => undefined}
    legend={{ title: 'Budget', items: [] }}
  />
);

describe('Choropleth', () => {
  it('keeps a state’s shape when a filter takes its projects away and gives them back', () => {
    const { rerender, container } = render(map([KENYA, GHANA]));
    const kenya = screen.getByRole('button', { name: 'Kenya: 5000000' });
    expect(kenya).toHaveAttribute('fill', '#08306b');
    const shapes = container.querySelectorAll('path').length;

    // Kenya has no projects under this filter: the same shape, grey, out of the states to press.
    rerender(map([GHANA]));
    expect(screen.queryByRole('button', { name: /^Kenya/ })).toBeNull();
    expect(kenya).toBeInTheDocument();
    expect(kenya).toHaveAttribute('fill', NO_PROJECTS_COLOUR);
    expect(kenya).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelectorAll('path')).toHaveLength(shapes);

    // And back: the same shape is a button again, named with its figures.
    rerender(map([datum('KE', 'Kenya', 1_000_000), GHANA]));
    expect(screen.getByRole('button', { name: 'Kenya: 1000000' })).toBe(kenya);
    expect(kenya).toHaveAttribute('fill', '#6baed6');
    expect(kenya).not.toHaveAttribute('aria-hidden');
  });

  it('lists the states with projects in the order of their names', () => {
    render(map([KENYA, GHANA, datum('AO', 'Angola', 1)]));
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('data-code'))).toEqual([
      'AO',
      'GH',
      'KE',
    ]);
  });
});
