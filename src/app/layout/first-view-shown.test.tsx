import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { renderRoute } from '@/test/render-route';
import { stubResizeObserver } from '@/test/stub-resize-observer';

/*
 * What waits for the page's first view (MSW's start, see msw-start.ts) is told once it is
 * painted: by the explore layout once its first view is counted, by any other screen once drawn.
 * The marking itself (after the paint, once) is lib/first-view's, tested there.
 */

const marks = vi.hoisted(() => ({ asked: 0 }));
vi.mock('@/lib/first-view', () => ({
  firstViewShown: new Promise(() => {}),
  markFirstViewShownAfterPaint: () => {
    marks.asked += 1;
    return () => (marks.asked -= 1);
  },
}));

setupMockServer();
stubResizeObserver();

describe('the first view shown', () => {
  it('is marked once an explore screen shows its first view, not while it loads', async () => {
    marks.asked = 0;
    renderRoute('/projects?lang=en');
    await Promise.resolve();
    expect(marks.asked).toBe(0);
    await screen.findByRole('heading', { level: 1, name: 'Projects' });
    await expect.poll(() => marks.asked).toBe(1);
  });

  it('is marked by a screen outside the explore layout once it is drawn', async () => {
    marks.asked = 0;
    renderRoute('/import?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Import your own data' });
    await expect.poll(() => marks.asked).toBe(1);
  });
});
