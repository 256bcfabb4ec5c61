// @vitest-environment node
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { metaSchema, projectSchema } from '@/domain/project';
import { acceptsBrotli, buildApp } from './app';
import { warmColumnPages } from './column-pages';
import type { Database } from './db';
import { openTestDatabase } from './db.test-utils';
import { ingest } from './ingest/ingest';
import { readSample } from './ingest/sources';
import { openApiDocument } from './openapi';
import { PageCache } from './page-cache';
import { migrate } from './schema';
import { readState } from './store';

/* What the data service adds around the contract: caching, compression, headers, errors, the app. */

let db: Database;
let app: FastifyInstance;
const staticDir = mkdtempSync(join(tmpdir(), 'app-static-'));

beforeAll(async () => {
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Portfolio</title>');
  writeFileSync(join(staticDir, 'assets', 'index-abc123.js'), 'console.log(1);'.repeat(200));
  db = await openTestDatabase();
  await migrate(db);
  app = await buildApp({ db, staticDir, logRequests: false });
});
// Every test starts on the same 50 projects, whichever ran before it.
beforeEach(() => ingest(db, readSample({ count: 50, seed: 1 }), 'replace'));
afterAll(async () => {
  await app.close();
  await db.close();
  rmSync(staticDir, { recursive: true, force: true });
});

describe('conditional requests', () => {
  it('answers 304 to the ETag or date it sent, until the portfolio changes', async () => {
    const first = await app.inject({ url: '/api/projects?limit=10' });
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    const modified = first.headers['last-modified'] as string;
    expect(etag).toMatch(/^W\/"[0-9a-f]{32}"$/);
    expect(new Date(modified).getTime()).not.toBeNaN();

    const again = await app.inject({
      url: '/api/projects?limit=10',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const since = await app.inject({
      url: '/api/meta',
      headers: { 'if-modified-since': modified },
    });
    expect(since.statusCode).toBe(304);

    // The same portfolio ingested again keeps its version: still not modified.
    await ingest(db, readSample({ count: 50, seed: 1 }), 'replace');
    expect(
      (await app.inject({ url: '/api/projects?limit=10', headers: { 'if-none-match': etag } }))
        .statusCode,
    ).toBe(304);

    await ingest(db, readSample({ count: 51, seed: 1 }), 'replace');
    const changed = await app.inject({
      url: '/api/projects?limit=10',
      headers: { 'if-none-match': etag },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(metaSchema.parse((await app.inject({ url: '/api/meta' })).json()).projectCount).toBe(51);
  });
});

describe('responses', () => {
  it('compresses what the browser accepts, and carries the security headers', async () => {
    const response = await app.inject({
      url: '/api/projects',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('a failing database gives a JSON 500 with a generic message, never a stack trace', async () => {
    const broken = await buildApp({
      db: {
        ...db,
        query: async () => {
          throw new Error('relation "projects" does not exist at /srv/app/server/store.ts:42');
        },
      },
      logRequests: false,
    });
    const response = await broken.inject({ url: '/api/projects/RR.0083' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: 'server_error',
      message: 'The service failed. Please try again later.',
    });
    expect(response.body).not.toMatch(/store\.ts|relation/);
    const health = await broken.inject({ url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ error: 'unavailable' });
    await broken.close();
  });

  it('a very long id is refused before any work', async () => {
    const response = await app.inject({ url: `/api/projects/${'x'.repeat(5000)}` });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'not_found' });
  });

  it('reports health with the database kind and the project count', async () => {
    const response = await app.inject({ url: '/api/health' });
    expect(response.json()).toEqual({ status: 'ok', database: 'pglite', projectCount: 50 });
  });
});

describe('column pages', () => {
  /** The database, counting the queries that read projects' summaries. */
  function counting() {
    const reads = { count: 0 };
    const counted: Database = {
      ...db,
      query: (sql, params) => {
        if (sql.includes('SELECT summary')) reads.count++;
        return db.query(sql, params);
      },
    };
    return { reads, counted };
  }
  const url = '/api/projects?format=columns&offset=10&limit=20';
  const body = (response: { headers: Record<string, unknown>; rawPayload: Buffer }) => {
    const encoding = response.headers['content-encoding'];
    const raw = response.rawPayload;
    if (encoding === 'br') return brotliDecompressSync(raw).toString();
    return (encoding === 'gzip' ? gunzipSync(raw) : raw).toString();
  };

  it('are made once per version and sent again as they are, brotli or not', async () => {
    const { reads, counted } = counting();
    const kept = await buildApp({ db: counted, logRequests: false });
    const uncached = await buildApp({ db, logRequests: false, pageCacheBytes: 0 });
    const expected = (await uncached.inject({ url })).body;
    expect(JSON.parse(expected)).toMatchObject({ total: 50, offset: 10, count: 20 });

    const first = await kept.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    const again = await kept.inject({ url, headers: { 'accept-encoding': 'br' } });
    const gzip = await kept.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    const plain = await kept.inject({ url });
    expect(reads.count).toBe(1);
    expect(first.headers['content-encoding']).toBe('br');
    expect(first.headers.vary).toContain('accept-encoding');
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers.etag).toMatch(/^W\/"/);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const response of [first, again, gzip, plain]) expect(body(response)).toBe(expected);

    // Another page, or the same offset with another limit, is a page of its own.
    await kept.inject({ url: '/api/projects?format=columns&offset=10&limit=5' });
    expect(reads.count).toBe(2);
    await Promise.all([kept.close(), uncached.close()]);
  });

  it('of an older version are never sent: an ingest is served at once', async () => {
    const { reads, counted } = counting();
    const kept = await buildApp({ db: counted, logRequests: false });
    const before = JSON.parse((await kept.inject({ url })).body);
    await ingest(db, readSample({ count: 51, seed: 2 }), 'replace');
    const after = JSON.parse((await kept.inject({ url })).body);
    expect(reads.count).toBe(2);
    expect(after.total).toBe(51);
    expect(after.columns.id).not.toEqual(before.columns.id);
    await kept.close();
  });

  it('are made ahead once the server is ready, in the pages the dashboard asks for', async () => {
    const { reads, counted } = counting();
    const kept = await buildApp({ db: counted, logRequests: false, warmPages: true });
    await kept.ready();
    await vi.waitFor(() => expect(reads.count).toBe(1));
    const page = await kept.inject({ url: '/api/projects?format=columns&offset=0&limit=10000' });
    expect(JSON.parse(page.body)).toMatchObject({ total: 50, count: 50 });
    expect(reads.count).toBe(1);
    await kept.close();
  });

  it('made ahead: every page in order, and no more than the budget holds', async () => {
    const state = (await readState(db))!;
    const cache = new PageCache(1 << 20);
    cache.see(state.version);
    expect(await warmColumnPages(db, cache, state, () => false, 20)).toBe(3);
    for (const key of ['0:20', '20:20', '40:20']) expect(cache.has(state.version, key)).toBe(true);
    // Once the first page is made, the next would not fit: it stops there.
    const small = new PageCache(cache.size / 2);
    small.see(state.version);
    expect(await warmColumnPages(db, small, state, () => false, 20)).toBe(1);
    // Stopped (the server closing), or another version served: nothing is made.
    const stopped = new PageCache(1 << 20);
    stopped.see(state.version);
    expect(await warmColumnPages(db, stopped, state, () => true, 20)).toBe(0);
    stopped.see('another');
    expect(await warmColumnPages(db, stopped, state, () => false, 20)).toBe(0);
  });

  it('are sent as brotli only to a client that takes it', () => {
    const takes = (headers: Record<string, string>) =>
      acceptsBrotli({ headers } as unknown as Parameters<typeof acceptsBrotli>[0]);
    expect(takes({ 'accept-encoding': 'gzip, deflate, br, zstd' })).toBe(true);
    expect(takes({ 'accept-encoding': 'br;q=0.5' })).toBe(true);
    expect(takes({ 'accept-encoding': '*' })).toBe(true);
    expect(takes({ 'accept-encoding': 'br;q=0, *' })).toBe(false);
    expect(takes({ 'accept-encoding': 'gzip' })).toBe(false);
    expect(takes({})).toBe(false);
    expect(takes({ 'accept-encoding': 'br', 'x-no-compression': '1' })).toBe(false);
  });
});

describe('the dashboard', () => {
  it('serves index.html for the app’s routes and caches hashed assets for good', async () => {
    for (const url of ['/', '/projects/RR.0083', '/budget?lang=fr']) {
      const page = await app.inject({ url });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>Portfolio</title>');
      expect(page.headers['cache-control']).toBe('no-cache');
    }
    const asset = await app.inject({ url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const missing = await app.inject({ url: '/assets/gone-123.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: 'not_found' });
  });
});

describe('GET /api/openapi.json', () => {
  it('is OpenAPI 3.1 whose schemas are the client’s zod schemas', async () => {
    const doc = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument('/api'))));
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual([
      '/health',
      '/meta',
      '/projects',
      '/projects/{id}',
      '/news',
    ]);
    const { Project } = doc.components.schemas;
    const { $schema: _, ...fromZod } = z.toJSONSchema(projectSchema, { unrepresentable: 'any' });
    expect(Project).toEqual(JSON.parse(JSON.stringify(fromZod)));
    expect(Project.required).toEqual(expect.arrayContaining(['id', 'title', 'description']));
  });
});
