import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { parseViewParams } from '@/domain/url-state';
import { renderRoute } from '@/test/render-route';

setupMockServer();

async function panel() {
  const heading = await screen.findByRole('heading', { name: 'Filters' });
  return within(heading.closest('section')!);
}

describe('Filter panel', () => {
  it('applies both of two clicks made within one frame', async () => {
    const { router } = renderRoute('/projects?lang=en');
    const filters = await panel();
    const africa = filters.getByRole('checkbox', { name: /^Africa/ });
    const ongoing = filters.getByRole('checkbox', { name: /Ongoing/ });
    const asia = filters.getByRole('checkbox', { name: /^Asia/ });
    // Three clicks before React or the router render anything in between.
    act(() => {
      fireEvent.click(africa);
      fireEvent.click(ongoing);
      fireEvent.click(asia);
    });
    await waitFor(() =>
      expect(
        parseViewParams(new URLSearchParams(router.state.location.search)).filters,
      ).toMatchObject({
        region: ['africa', 'asia-oceania'],
        status: ['ongoing'],
      }),
    );
  });

  it('removes a chip and adds a filter in one frame, both applied', async () => {
    const { router } = renderRoute('/projects?lang=en&region=africa');
    const filters = await panel();
    const chip = filters.getByRole('button', { name: /Remove Region: Africa/i });
    const completed = filters.getByRole('checkbox', { name: /Completed/ });
    act(() => {
      fireEvent.click(chip);
      fireEvent.click(completed);
    });
    await waitFor(() =>
      expect(
        parseViewParams(new URLSearchParams(router.state.location.search)).filters,
      ).toMatchObject({
        region: [],
        status: ['completed'],
      }),
    );
  });
});
