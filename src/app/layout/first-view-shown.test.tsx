import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { renderRoute } from '@/test/render-route';
import { stubResizeObserver } from '@/test/stub-resize-observer';

/* What waits for the page's first view (MSW's start, see msw-start.ts) is told once it is painted. */

const firstView = vi.hoisted(() => ({ marked: 0 }));
vi.mock('@/lib/first-view', () => ({
  firstViewShown: new Promise(() => {}),
  markFirstViewShown: () => (firstView.marked += 1),
}));

setupMockServer();
stubResizeObserver();

describe('the first view shown', () => {
  it('is marked once an explore screen has painted its first view, not before', async () => {
    renderRoute('/projects?lang=en');
    await Promise.resolve();
    expect(firstView.marked).toBe(0);
    await screen.findByRole('heading', { level: 1, name: 'Projects' });
    await expect.poll(() => firstView.marked).toBeGreaterThan(0);
  });
});
