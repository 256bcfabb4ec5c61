// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseProjectSummaries } from '@/domain/parse-record';
import { getMockPortfolio } from './data/portfolio';
import { HOSTILE_TITLES } from './data/hostile-records';
import { invalidRecordCases } from './data/invalid-records';
import { server } from './node';
import {
  mockEmptyPortfolio,
  mockFlakyProjects,
  mockHostileRecords,
  mockProjectsOutage,
  mockHugePortfolio,
  mockInvalidRecords,
  mockMetaError,
  mockProjectsMalformedJson,
  mockProjectsNetworkError,
  mockProjectsServerError,
  mockSlowApi,
  SCENARIO_NAMES,
  scenarioHandlers,
} from './scenarios';
import { getJson, setupMockServer } from './testing';

setupMockServer();

type Page = { total: number; items: unknown[] };

describe('scenarios by name', () => {
  it('names every scenario and finds each by name, slow-<ms> included', () => {
    expect([...SCENARIO_NAMES].sort()).toEqual(
      [
        'empty',
        'flaky',
        'hostile-records',
        'huge',
        'invalid-records',
        'malformed-json',
        'meta-error',
        'network-error',
        'outage',
        'server-error',
        'slow',
      ].sort(),
    );
    for (const name of [...SCENARIO_NAMES, 'slow-1500'])
      expect(scenarioHandlers(name)?.length, name).toBeGreaterThan(0);
    expect(scenarioHandlers('nonsense')).toBeUndefined();
    expect(scenarioHandlers('toString')).toBeUndefined();
  });
});

describe('scenario effects', () => {
  it('server-error: the project list and pages answer 500 with a message', async () => {
    server.use(...mockProjectsServerError());
    for (const path of ['/api/projects', '/api/projects/RR.0083']) {
      const { status, body } = await getJson(path);
      expect(status).toBe(500);
      expect(body).toEqual({ error: 'server_error', message: expect.any(String) });
    }
    expect((await getJson('/api/meta')).status).toBe(200);
  });

  it('malformed-json: a 200 whose body does not parse', async () => {
    server.use(...mockProjectsMalformedJson());
    const response = await fetch('/api/projects');
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('slow-<ms>: answers as usual after the delay', async () => {
    server.use(...scenarioHandlers('slow-150')!);
    const started = performance.now();
    const { status, body } = await getJson('/api/meta');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(status).toBe(200);
    expect(body).toMatchObject({ projectCount: 600 });
  });

  it('slow: waits three seconds by default', async () => {
    server.use(...mockSlowApi());
    const abort = new AbortController();
    const request = fetch('/api/meta', { signal: abort.signal }).then(
      () => 'answered',
      () => 'aborted',
    );
    const outcome = await Promise.race([
      request,
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 1000)),
    ]);
    abort.abort();
    expect(outcome).toBe('still waiting');
    expect(await request).toBe('aborted');
  });

  it('empty: no projects, no news, a count of zero', async () => {
    server.use(...mockEmptyPortfolio());
    expect((await getJson('/api/projects')).body).toEqual({
      total: 0,
      offset: 0,
      limit: 5000,
      items: [],
    });
    expect((await getJson('/api/meta')).body).toMatchObject({ projectCount: 0 });
    expect((await getJson('/api/news')).body).toEqual({ items: [] });
  });

  it('huge: 100,000 projects served in pages of 5000', async () => {
    server.use(...mockHugePortfolio());
    const { body } = await getJson('/api/projects?offset=95000');
    expect((body as Page).total).toBe(100_000);
    expect((body as Page).items).toHaveLength(5000);
    expect((await getJson('/api/meta')).body).toMatchObject({ projectCount: 100_000 });
  });

  it('invalid-records: the parser keeps the usual portfolio and rejects each broken record for its reason', async () => {
    server.use(...mockInvalidRecords());
    const { body } = await getJson('/api/projects');
    const page = body as Page;
    const { projects, meta } = getMockPortfolio();
    expect(page.total).toBe(projects.length + 7);
    const parsed = parseProjectSummaries(page.items, meta.asOf);
    expect(parsed.projects).toHaveLength(projects.length);
    const expected = invalidRecordCases(projects[0]!).map(({ reason, field }) => [
      { code: reason, field },
    ]);
    expect(
      parsed.rejected.map((r) => r.reasons.map(({ code, field }) => ({ code, field }))),
    ).toEqual(expected);
    expect(parsed.rejected.map((r) => r.reasons[0]!.code)).toEqual([
      'duplicate_id',
      'end_before_start',
      'unknown_code',
      'invalid_budget',
      'missing',
      'completed_in_future',
      'negative_budget',
    ]);
  });

  it('hostile-records: five more valid projects, titles starting with = + - @ and one holding an HTML tag', async () => {
    server.use(...mockHostileRecords());
    const { body } = await getJson('/api/projects');
    const page = body as Page;
    const { projects, meta } = getMockPortfolio();
    expect(page.total).toBe(projects.length + 5);
    const parsed = parseProjectSummaries(page.items, meta.asOf);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.projects).toHaveLength(projects.length + 5);
    const titles = parsed.projects.map((p) => p.title);
    for (const trigger of ['=', '+', '-', '@'])
      expect(
        titles.some((t) => t.startsWith(trigger)),
        trigger,
      ).toBe(true);
    expect(titles).toContain('<img src=x onerror=alert(1)> Border management training');
    expect(titles.slice(0, 5)).toEqual([...HOSTILE_TITLES]);
    const hostile = parsed.projects.slice(0, 5);
    const { status, body: detail } = await getJson(`/api/projects/${hostile[0]!.id}`);
    expect(status).toBe(200);
    expect(detail).toMatchObject({ id: hostile[0]!.id, title: HOSTILE_TITLES[0] });
    expect((await getJson('/api/meta')).body).toMatchObject({ projectCount: projects.length + 5 });
  });

  it('flaky: the first project-list request answers 503, the next succeeds', async () => {
    server.use(...mockFlakyProjects());
    const first = await getJson('/api/projects?limit=1');
    expect(first.status).toBe(503);
    expect(first.body).toMatchObject({ error: 'unavailable' });
    const second = await getJson('/api/projects?limit=1');
    expect(second.status).toBe(200);
    expect((second.body as Page).total).toBe(600);
  });

  it('outage: the first three project-list requests answer 503, the fourth succeeds', async () => {
    server.use(...mockProjectsOutage());
    for (let i = 0; i < 3; i++) expect((await getJson('/api/projects?limit=1')).status).toBe(503);
    const recovered = await getJson('/api/projects?limit=1');
    expect(recovered.status).toBe(200);
    expect((recovered.body as Page).total).toBe(600);
  });

  it('network-error: fetch rejects', async () => {
    server.use(...mockProjectsNetworkError());
    await expect(fetch('/api/projects')).rejects.toThrow(TypeError);
  });

  it('meta-error: meta answers 500 while projects still load', async () => {
    server.use(...mockMetaError());
    const meta = await getJson('/api/meta');
    expect(meta.status).toBe(500);
    expect(meta.body).toEqual({ error: 'server_error', message: expect.any(String) });
    expect((await getJson('/api/projects?limit=1')).status).toBe(200);
  });
});
