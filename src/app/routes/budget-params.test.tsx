import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { renderRoute } from '@/test/render-route';
import { stubResizeObserver } from '@/test/stub-resize-observer';

setupMockServer();

stubResizeObserver();

async function renderBudget(path: string) {
  const view = renderRoute(path);
  await screen.findByRole('heading', { level: 1, name: 'Budget summary' });
  return view;
}

const rowsButton = (name: string) =>
  within(screen.getByRole('group', { name: 'Rows' })).getByRole('button', { name });
const showAll = () => screen.getByRole('button', { name: /^Show all \d+ countries$/ });
/** The on-screen note that the smaller countries are added up (it goes when every country is listed). */
const addedUpNote = () => screen.queryByText(/countries with the largest budgets are listed/);

describe('/budget settings in the URL', () => {
  it('reads the pivot rows from the URL on load', async () => {
    await renderBudget('/budget?lang=en&rows=type');
    expect(rowsButton('Project type')).toHaveAttribute('aria-pressed', 'true');
    expect(rowsButton('Region')).toHaveAttribute('aria-pressed', 'false');
    expect(
      screen.getByRole('table', { name: /^Budget \(USD\) by project type/ }),
    ).toBeInTheDocument();
  });

  it('reads “every country” from the URL on load', async () => {
    await renderBudget('/budget?lang=en&rows=country&countries=all');
    expect(
      screen.getByRole('table', { name: /^Budget \(USD\) by benefiting state/ }),
    ).toBeInTheDocument();
    expect(showAll()).toHaveAttribute('aria-pressed', 'true');
    expect(addedUpNote()).toBeNull();
  });

  it('writes the rows and the toggle to the URL, and Back restores them', async () => {
    const user = userEvent.setup();
    const { router } = await renderBudget('/budget?lang=en&region=africa');
    expect(rowsButton('Region')).toHaveAttribute('aria-pressed', 'true');
    await user.click(rowsButton('Country'));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?region=africa&rows=country&lang=en'),
    );
    expect(
      screen.getByRole('table', { name: /^Budget \(USD\) by benefiting state/ }),
    ).toBeInTheDocument();
    expect(addedUpNote()).toBeInTheDocument();
    await user.click(showAll());
    await waitFor(() => expect(router.state.location.search).toContain('countries=all'));
    expect(addedUpNote()).toBeNull();
    await user.click(showAll());
    await waitFor(() => expect(router.state.location.search).not.toContain('countries='));

    await act(() => router.navigate(-1));
    expect(showAll()).toHaveAttribute('aria-pressed', 'true');
    await act(() => router.navigate(-2));
    expect(rowsButton('Region')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('table', { name: /^Budget \(USD\) by region/ })).toBeInTheDocument();
  });

  it('names an unknown rows value and shows regions', async () => {
    await renderBudget('/budget?lang=en&rows=donor');
    expect(screen.getByText('rows = “donor”')).toBeInTheDocument();
    expect(rowsButton('Region')).toHaveAttribute('aria-pressed', 'true');
  });
});
