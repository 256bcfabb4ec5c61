import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { firstViewShown } from '@/lib/first-view';
import { renderRoute } from '@/test/render-route';
import { stubResizeObserver } from '@/test/stub-resize-observer';

/* What waits for the page's first view (MSW's start, see msw-start.ts) is told once it is painted. */

setupMockServer();
stubResizeObserver();

describe('the first view shown', () => {
  it('is marked once an explore screen has painted its first view, not before', async () => {
    let shown = false;
    void firstViewShown.then(() => (shown = true));
    renderRoute('/projects?lang=en');
    await Promise.resolve();
    expect(shown).toBe(false);
    await screen.findByRole('heading', { level: 1, name: 'Projects' });
    await expect.poll(() => shown).toBe(true);
  });
});
