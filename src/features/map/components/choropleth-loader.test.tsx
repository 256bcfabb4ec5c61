import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '@/test/render-route';
import { ChoroplethLoader } from './choropleth-loader';

let loads = 0;
// The map's code cannot be fetched (a dropped connection, a new deployment).
vi.mock('./choropleth', () => {
  loads += 1;
  throw new Error('Failed to fetch dynamically imported module');
});

describe('ChoroplethLoader', () => {
  it('shows the failure inside the card with Retry, which loads again', async () => {
    const user = userEvent.setup();
    renderRoute('/', {
      element: (
        <ChoroplethLoader
          data={new Map()}
          fillOf={() => '#000'}
          selected={new Set()}
          highlight={new Set()}
          label="Map"
          lang="en"
          describe={() => ''}
          onSelect={() => {}}
          legend={{ title: '', items: [] }}
        />
      ),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('The map could not be loaded.');
    const before = loads;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(loads).toBeGreaterThan(before);
  });
});
