import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { emptyFilters } from '@/domain/filters';
import type { ProjectSummary } from '@/domain/project';
import { projectSummaryArbitrary } from '@/test/engine-arbitraries';
import { createEngineClient } from './engine-client';
import { createEngineSessions } from './engine-sessions';

const portfolio = (seed: number) => fc.sample(projectSummaryArbitrary, { numRuns: 50, seed });
const everything = { filters: emptyFilters(), sort: [], lang: 'en' as const };

describe('engine sessions', () => {
  it('keeps one session per portfolio and ends the previous one when another portfolio comes', async () => {
    const sessions = createEngineSessions();
    const create = vi.fn((projects: readonly ProjectSummary[]) =>
      createEngineClient(projects, { useWorker: false }),
    );
    const a = portfolio(3);
    const b = portfolio(4);
    const first = sessions.clientFor(a, create);
    expect(sessions.clientFor(a, create)).toBe(first);
    expect(create).toHaveBeenCalledTimes(1);
    expect((await first.compute(everything)).view.kpis.projects).toBe(50);
    const second = sessions.clientFor(b, create);
    expect(second).not.toBe(first);
    await expect(first.compute(everything)).rejects.toThrow(/disposed/);
    expect((await second.compute(everything)).view.kpis.projects).toBe(50);
    sessions.dispose();
    await expect(second.compute(everything)).rejects.toThrow(/disposed/);
  });
});
