// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMockPortfolio } from '@mocks/data/portfolio';
import { parseProjectSummaries } from '@/domain/parse-record';
import {
  activateImportedPortfolio,
  restoreImportedPortfolio,
  setPortfolioStorageForTests,
  STORAGE_TIMEOUT_MS,
  type ImportedPortfolio,
  type PortfolioStorage,
} from './imported-portfolio';
import { readStoredPortfolio } from './stored-portfolio';

const KEY = 'portfolio-dashboard.imported';
const { projects: sample, rejected } = parseProjectSummaries(
  getMockPortfolio().projects.slice(0, 5),
);
const GOOD: ImportedPortfolio = {
  name: 'mine.csv',
  importedAt: '2026-11-20T10:00:00.000Z',
  projects: sample.map((p, i) => (i === 0 ? { ...p, description: 'Kept.' } : p)),
  rejected: [{ index: 7, id: 'X.1', reasons: [{ code: 'missing', field: 'title' }] }],
};
expect(rejected).toEqual([]);

/** The shapes an older version, or damage, leaves in storage. */
const CORRUPTED: [string, unknown][] = [
  ['no importedAt', { ...GOOD, importedAt: undefined }],
  [
    'a renamed reason code',
    { ...GOOD, rejected: [{ index: 1, id: 'A', reasons: [{ code: 'bad_budget' }] }] },
  ],
  ['rejected not an array', { ...GOOD, rejected: { count: 3 } }],
  ['projects not an array', { ...GOOD, projects: 'RR.0001' }],
  ['a project missing its fields', { ...GOOD, projects: [{ id: 'RR.1', title: 'Old' }] }],
  [
    'a project with an old status code',
    { ...GOOD, projects: [{ ...sample[0], status: 'archived' }] },
  ],
  ['a project budget as Infinity', { ...GOOD, projects: [{ ...sample[0], budgetUsd: Infinity }] }],
  ['no name', { ...GOOD, name: 42 }],
  ['not an object', 'portfolio'],
  ['null', null],
  ['an importedAt that is no date', { ...GOOD, importedAt: 'yesterday' }],
];

function memory(initial?: unknown): PortfolioStorage & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>(initial === undefined ? [] : [[KEY, initial]]);
  return {
    map,
    get: (key) => Promise.resolve(map.get(key)),
    set: (key, value) => Promise.resolve(void map.set(key, value)),
    del: (key) => Promise.resolve(void map.delete(key)),
  };
}

async function problemAfterRestore(storage: PortfolioStorage) {
  setPortfolioStorageForTests(storage);
  const store = await import('./imported-portfolio');
  await restoreImportedPortfolio();
  return { portfolio: store.importedPortfolio(), problem: store.storageProblem() };
}

afterEach(() => vi.useRealTimers());

describe('the stored imported portfolio', () => {
  it('restores a valid one with its descriptions and rejected records', async () => {
    const { portfolio, problem } = await problemAfterRestore(memory(GOOD));
    expect(problem).toBeNull();
    expect(portfolio).toEqual(GOOD);
  });

  it.each(CORRUPTED)('discards one with %s, deletes it and says so', async (_, saved) => {
    const storage = memory(saved);
    const { portfolio, problem } = await problemAfterRestore(storage);
    expect(portfolio).toBeNull();
    expect(problem).toBe('discarded');
    expect(storage.map.has(KEY)).toBe(false);
  });

  it('restores an imported portfolio with its own type list and its questioned records after a reload', async () => {
    const [first, second] = sample;
    const own: ImportedPortfolio = {
      ...GOOD,
      name: 'publisher.xml',
      projects: [
        { ...first!, type: 'dac-410' },
        { ...second!, type: 'water-and-sanitation' },
      ],
      flagged: [
        {
          index: 0,
          id: first!.id,
          reasons: [{ code: 'ongoing_but_ended', field: 'status', value: '2015-06-30' }],
        },
      ],
      types: [
        {
          code: 'dac-410',
          labels: {
            en: 'General environment protection',
            fr: 'Protection générale de l’environnement',
          },
        },
        {
          code: 'water-and-sanitation',
          labels: { en: 'Water and sanitation', fr: 'Eau et assainissement' },
        },
      ],
    };
    // What IndexedDB gives back on the next visit is a structured clone.
    const { portfolio, problem } = await problemAfterRestore(memory(structuredClone(own)));
    expect(problem).toBeNull();
    expect(portfolio).toEqual(own);
    // The portfolio's own list is what makes its types valid: without it the record parser refuses them.
    expect(readStoredPortfolio({ ...own, types: undefined })).toBeUndefined();
  });

  it('reads every corrupted shape as invalid with the record parser', () => {
    for (const [, saved] of CORRUPTED) expect(readStoredPortfolio(saved)).toBeUndefined();
  });

  it('says storage is unavailable when it throws, and when it never answers', async () => {
    const failing = { ...memory(), get: () => Promise.reject(new Error('no IndexedDB')) };
    expect((await problemAfterRestore(failing)).problem).toBe('unavailable');

    vi.useFakeTimers();
    const hanging = { ...memory(), get: () => new Promise<never>(() => undefined) };
    setPortfolioStorageForTests(hanging);
    const restoring = restoreImportedPortfolio();
    await vi.advanceTimersByTimeAsync(STORAGE_TIMEOUT_MS);
    await restoring;
    vi.useRealTimers();
    const store = await import('./imported-portfolio');
    expect(store.storageProblem()).toBe('unavailable');
  });

  it('uses an import for the visit when it cannot be saved, and says so', async () => {
    const refusing = { ...memory(), set: () => Promise.reject(new Error('QuotaExceededError')) };
    setPortfolioStorageForTests(refusing);
    await activateImportedPortfolio(GOOD);
    const store = await import('./imported-portfolio');
    expect([store.importedPortfolio(), store.storageProblem()]).toEqual([GOOD, 'not-saved']);
  });
});
