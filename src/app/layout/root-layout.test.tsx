import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { i18n } from '@/hooks/i18n';
import { renderRoute } from '@/test/render-route';
import { stubResizeObserver } from '@/test/stub-resize-observer';

/*
 * A filter change is an address change, and the router creates every route element anew on each
 * one. The layouts must not be drawn again for it: only what reads the address is. Each layout is
 * watched through a child that reads nothing (so it renders exactly when its layout does): the
 * storage notice in the root layout, the filter panel in the explore layout.
 */
const renders = vi.hoisted(() => ({ root: 0, explore: 0 }));
vi.mock('@/components/portfolio/storage-notice', () => ({
  StorageNotice: () => {
    renders.root += 1;
    return null;
  },
}));
vi.mock('@/components/filters/filter-drawer', () => ({
  ResponsiveFilters: () => {
    renders.explore += 1;
    return null;
  },
}));

setupMockServer();
stubResizeObserver();
beforeEach(async () => {
  await i18n.changeLanguage('en');
});

const nav = async () => within(await screen.findByRole('navigation', { name: 'Main' }));

describe('the layouts on a filter change', () => {
  it('draws neither layout again, while the links, the title and Back follow the address', async () => {
    const { router } = renderRoute('/budget?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Budget summary' });
    await screen.findByTestId('data-as-of');
    const before = { ...renders };
    expect(before.root).toBeGreaterThan(0);
    expect(before.explore).toBeGreaterThan(0);

    for (const region of ['africa', 'africa,asia-oceania']) {
      await act(() => router.navigate(`/budget?lang=en&region=${encodeURIComponent(region)}`));
      await waitFor(async () =>
        expect((await nav()).getByRole('link', { name: 'Projects' })).toHaveAttribute(
          'href',
          `/projects?lang=en&region=${encodeURIComponent(region)}`,
        ),
      );
    }
    expect((await nav()).getByRole('link', { name: 'Budget' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await waitFor(() => expect(document.title).toMatch(/Africa/));
    expect(renders).toEqual(before);

    await act(() => router.navigate(-1));
    await waitFor(async () =>
      expect((await nav()).getByRole('link', { name: 'Map' })).toHaveAttribute(
        'href',
        '/map?lang=en&region=africa',
      ),
    );
    expect(renders).toEqual(before);
  });
});
