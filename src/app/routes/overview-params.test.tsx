import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { i18n } from '@/hooks/i18n';
import { renderRoute } from '@/test/render-route';

setupMockServer();

beforeEach(async () => {
  await i18n.changeLanguage('en');
});

async function renderOverview(path: string) {
  const view = renderRoute(path);
  const year = await screen.findByRole('region', { name: 'Budget by funding year' });
  return { ...view, year };
}

const stackButton = (year: HTMLElement, name: string) =>
  within(within(year).getByRole('group', { name: 'Stack by' })).getByRole('button', { name });

/** The column headers of the year chart's table: the series it stacks. */
async function tableHeads(year: HTMLElement) {
  const toggle = within(year).getByRole('button', { name: 'Show as table' });
  if (toggle.getAttribute('aria-pressed') !== 'true') await userEvent.click(toggle);
  return within(year)
    .getAllByRole('columnheader')
    .map((c) => c.textContent);
}

describe('Overview settings in the URL', () => {
  it('reads “Stack by” from the URL on load', async () => {
    const { year } = await renderOverview('/?lang=en&stack=type');
    expect(stackButton(year, 'Project type')).toHaveAttribute('aria-pressed', 'true');
    expect(stackButton(year, 'Status')).toHaveAttribute('aria-pressed', 'false');
    const heads = await tableHeads(year);
    expect(heads).toContain('Assisted voluntary return and reintegration');
    expect(heads).not.toContain('Ongoing');
  });

  it('stacks by status when the URL says nothing or something unknown', async () => {
    const { year } = await renderOverview('/?lang=en&stack=region');
    expect(screen.getByText('stack = “region”')).toBeInTheDocument();
    expect(stackButton(year, 'Status')).toHaveAttribute('aria-pressed', 'true');
    expect(await tableHeads(year)).toContain('Ongoing');
  });

  it('writes the switch to the URL, and Back restores it', async () => {
    const user = userEvent.setup();
    const { router, year } = await renderOverview('/?lang=en&status=ongoing');
    await user.click(stackButton(year, 'Project type'));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?status=ongoing&stack=type&lang=en'),
    );
    expect(stackButton(year, 'Project type')).toHaveAttribute('aria-pressed', 'true');
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?lang=en&status=ongoing');
    expect(stackButton(year, 'Status')).toHaveAttribute('aria-pressed', 'true');
  });
});
