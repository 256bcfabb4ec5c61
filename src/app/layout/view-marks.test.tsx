import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { fakeClientSize } from '@/test/client-size';
import { renderRoute } from '@/test/render-route';

setupMockServer();
fakeClientSize('explorer-table-scroll', { height: 600 });

const viewMarks = () =>
  (performance.getEntriesByName('view', 'mark') as PerformanceMark[]).map(
    (m) => m.detail as { path: string; rows: number },
  );

afterEach(() => {
  delete window.__perfMarks;
  performance.clearMarks();
});

/** Opens the Projects screen, ticks Africa, and reads what the user sees. */
async function filterToAfrica() {
  const { container } = renderRoute('/projects?lang=en');
  await screen.findByRole('table', { name: 'Projects' });
  const before = screen.getByRole('status').textContent;
  await userEvent.click(screen.getByRole('checkbox', { name: /^Africa/ }));
  await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe(before));
  const seen = {
    summary: screen.getByRole('status').textContent,
    rows: [...container.querySelectorAll<HTMLElement>('tbody tr[data-id]')].map(
      (r) => r.dataset.id,
    ),
    // React's generated ids (`_r_1f_`) count on across renders and files: not what a user sees.
    html: container.innerHTML.replace(/_r_[0-9a-z]+_/g, '_r_'),
  };
  cleanup();
  return seen;
}

describe('view marks on an explore screen', () => {
  it('change nothing the user sees, and mark each view when the benchmark asks', async () => {
    const off = await filterToAfrica();
    expect(viewMarks()).toEqual([]);
    window.__perfMarks = true;
    const on = await filterToAfrica();
    expect(on).toEqual(off);
    expect(off.rows.length).toBeGreaterThan(0);
    const marks = viewMarks();
    expect(marks.map((m) => m.path)).toEqual(['/projects', '/projects']);
    expect(marks[1]!.rows).toBeLessThan(marks[0]!.rows);
    await waitFor(() =>
      expect(performance.getEntriesByName('view:painted', 'mark')).toHaveLength(2),
    );
  });
});
