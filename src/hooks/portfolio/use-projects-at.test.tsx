import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { emptyFilters } from '@/domain/filters';
import { createEngineClient, HEAD_ROWS } from '@/lib/engine-client';
import type { EngineWorkerRequest } from '@/lib/engine-worker';
import { pageSpan, ROWS_PAGE, useProjectsAt } from './use-projects-at';
import { standInWorker, watched } from './worker-session.test-utils';

const { projects } = generatePortfolio({ count: 2_000, seed: 3 });
const request = {
  filters: emptyFilters(),
  sort: [{ field: 'budgetUsd', dir: 'desc' }],
  lang: 'en',
} as const;

describe('useProjectsAt', () => {
  it('rounds the rows shown out to pages, with a page either side', () => {
    expect(pageSpan(0, 20, 1_000)).toEqual([0, 2 * ROWS_PAGE]);
    expect(pageSpan(130, 150, 1_000)).toEqual([ROWS_PAGE, 4 * ROWS_PAGE]);
    expect(pageSpan(990, 1_000, 1_000)).toEqual([14 * ROWS_PAGE, 1_000]);
  });

  it('reads the projects shown from the portfolio when the engine runs on this thread', async () => {
    const client = createEngineClient(projects, { useWorker: false });
    const { rows } = await client
      .compute({ ...request, sort: [...request.sort] })
      .then((c) => c.view);
    const { result } = renderHook(() => useProjectsAt(client, rows, 0, 10));
    expect(result.current(rows[3]!)).toBe(projects[rows[3]!]);
  });

  it('asks the Worker for the projects shown, and reads none of the page’s', async () => {
    const { proxy, reads } = watched(projects);
    const received: EngineWorkerRequest['kind'][] = [];
    const client = createEngineClient(proxy, {
      useWorker: true,
      createWorker: () => standInWorker(received),
    });
    const { rows } = (await client.compute({ ...request, sort: [...request.sort] })).view;
    reads.count = 0;
    const { result, rerender } = renderHook(
      ({ from }) => useProjectsAt(client, rows, from, from + 20),
      {
        initialProps: { from: 0 },
      },
    );
    // The top of the list came with the view: drawn at once, with no request for its projects.
    expect(result.current(rows[0]!)).toEqual(projects[rows[0]!]);
    expect(result.current(rows[HEAD_ROWS - 1]!)).toEqual(projects[rows[HEAD_ROWS - 1]!]);
    expect(result.current(rows[HEAD_ROWS]!)).toBeUndefined(); // below the top: not sent
    expect(received).not.toContain('projects');
    // Scrolled down: the rows there are asked for and arrive in their turn.
    rerender({ from: 200 });
    expect(result.current(rows[210]!)).toBeUndefined(); // not arrived yet
    await waitFor(() => expect(result.current(rows[210]!)).toEqual(projects[rows[210]!]));
    expect(received).toContain('projects');
    // Scrolled far: the rows there arrive in their turn.
    rerender({ from: 1_500 });
    await waitFor(() => expect(result.current(rows[1_510]!)).toEqual(projects[rows[1_510]!]));
    expect(reads.count).toBe(0);
  });
});
