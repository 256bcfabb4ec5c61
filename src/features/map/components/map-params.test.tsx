import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CompactMap } from './compact-map';
import { renderAt } from './render-map.test-utils';

const drawn = () => screen.findByRole('button', { name: /^China: / });
const highlight = () => screen.getByLabelText<HTMLSelectElement>('Highlight region');
const outline = () => document.querySelector('.map-highlight');
/** The Measure switch's button for a measure; pressed when it is the map's measure. */
const measure = (name: 'Budget' | 'Projects') =>
  within(screen.getByRole('group', { name: 'Measure' })).getByRole('button', { name });

afterEach(cleanup);

describe('map settings in the URL', () => {
  it('reads the measure and the highlighted region from the URL on load', async () => {
    renderAt('/map?measure=projects&highlight=africa');
    await drawn();
    expect(measure('Projects')).toHaveAttribute('aria-pressed', 'true');
    expect(
      screen.getByRole('heading', { name: 'Projects by benefiting state' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Number of projects' })).toBeInTheDocument();
    expect(highlight().value).toBe('africa');
    expect(outline()?.getAttribute('d')).toMatch(/^M/);
  });

  it('writes both to the URL, and Back restores them', async () => {
    const user = userEvent.setup();
    const router = renderAt('/map?region=asia-oceania');
    await drawn();
    expect(measure('Budget')).toHaveAttribute('aria-pressed', 'true');
    expect(highlight().value).toBe('');
    await user.click(measure('Projects'));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?region=asia-oceania&measure=projects'),
    );
    await user.selectOptions(highlight(), 'Asia and Oceania');
    await waitFor(() => expect(router.state.location.search).toContain('highlight=asia-oceania'));
    expect(outline()).not.toBeNull();
    // No region outlined is the default: it leaves the URL.
    await user.selectOptions(highlight(), '');
    await waitFor(() => expect(router.state.location.search).not.toContain('highlight='));
    expect(outline()).toBeNull();

    await act(() => router.navigate(-1));
    expect(highlight().value).toBe('asia-oceania');
    await act(() => router.navigate(-2));
    expect(measure('Budget')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { name: 'Budget by benefiting state' })).toBeInTheDocument();
  });

  it('ignores an unknown measure and the Global region, which has no states to outline', async () => {
    renderAt('/map?measure=area&highlight=global');
    await drawn();
    expect(measure('Budget')).toHaveAttribute('aria-pressed', 'true');
    expect(highlight().value).toBe('');
    expect(outline()).toBeNull();
  });

  it('colours the compact map by the URL’s measure, outlining no region', async () => {
    renderAt('/?measure=projects&highlight=africa', <CompactMap />);
    await screen.findByRole('img', { name: /Where the money goes/ });
    expect(measure('Projects')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('figure', { name: 'Number of projects' })).toBeInTheDocument();
    expect(outline()).toBeNull();
  });
});
