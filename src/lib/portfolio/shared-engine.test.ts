import { describe, expect, it, vi } from 'vitest';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { emptyFilters } from '@/domain/filters';
import { createEngineClient } from '@/lib/engine-client';
import { engineClientFor, engineFor } from './shared-engine';

const portfolio = (seed: number) => generatePortfolio({ count: 50, seed, newsCount: 0 }).projects;

describe('engineFor', () => {
  it('builds one engine per portfolio and hands the same one to every screen', () => {
    const a = portfolio(1);
    const b = portfolio(2);
    expect(engineFor(a)).toBe(engineFor(a));
    expect(engineFor(b)).not.toBe(engineFor(a));
    expect(engineFor(a).compute(emptyFilters(), [], 'en').kpis.projects).toBe(50);
  });
});

describe('engineClientFor', () => {
  it('keeps one client per portfolio and ends the previous one when another portfolio comes', async () => {
    const create = vi.fn((projects: Parameters<typeof createEngineClient>[0]) =>
      createEngineClient(projects, { useWorker: false }),
    );
    const a = portfolio(3);
    const b = portfolio(4);
    const first = engineClientFor(a, create);
    expect(engineClientFor(a, create)).toBe(first);
    expect(create).toHaveBeenCalledTimes(1);
    expect((await first.compute(emptyFilters(), [], 'en')).kpis.projects).toBe(50);
    const second = engineClientFor(b, create);
    expect(second).not.toBe(first);
    await expect(first.compute(emptyFilters(), [], 'en')).rejects.toThrow(/disposed/);
    expect((await second.compute(emptyFilters(), [], 'en')).kpis.projects).toBe(50);
  });
});
