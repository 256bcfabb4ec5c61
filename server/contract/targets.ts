import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import type { NewsItem } from '@/domain/project';
import { setMockApiBase } from '@mocks/api-url';
import { createHandlers } from '@mocks/handlers';
import type { MockPortfolio } from '@mocks/data/portfolio';
import { buildApp } from '../app';
import { openDatabase, type DatabaseOptions } from '../db';
import { openTestDatabase } from '../db.test-utils';
import { migrate } from '../schema';
import { writePortfolio } from '../ingest/write';

/**
 * Something that serves the API contract: the mock API (MSW) or the data service on a database.
 * The contract tests run the same code against each, so the two cannot drift apart.
 */
export interface ApiTarget {
  name: string;
  /** Absolute URL of the API base, without a trailing slash. */
  base: string;
  start(): Promise<void>;
  /** Serves this portfolio from now on. */
  load(portfolio: MockPortfolio): Promise<void>;
  stop(): Promise<void>;
}

/** The default sample: what the mock API serves and what `npm start` seeds an empty database with. */
export const samplePortfolio = (): MockPortfolio => generatePortfolio({ count: 600, seed: 1 });

export function mswTarget(): ApiTarget {
  const base = 'http://mock-api.contract.test/api';
  let current: MockPortfolio = samplePortfolio();
  setMockApiBase(base);
  const handlers = createHandlers(() => current);
  setMockApiBase('/api');
  const server = setupServer(...handlers);
  return {
    name: 'MSW',
    base,
    start: async () => server.listen({ onUnhandledRequest: 'bypass' }),
    load: async (portfolio) => {
      current = portfolio;
    },
    stop: async () => server.close(),
  };
}

/** The data service on PGlite (in a temporary folder) or on a PostgreSQL server. */
export function serverTarget(name: string, options: DatabaseOptions): ApiTarget {
  let stop = async () => {};
  let load: ApiTarget['load'] = async () => {};
  const target: ApiTarget = {
    name,
    base: '',
    async start() {
      const db = await (options.url ? openDatabase(options) : openTestDatabase(options.dataDir));
      await migrate(db);
      const app = await buildApp({ db, logRequests: false });
      await app.listen({ port: 0, host: '127.0.0.1' });
      target.base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api`;
      load = async (portfolio) => {
        const { projectCount: _count, ...meta } = portfolio.meta;
        const records = portfolio.projects.map((record, index) => ({
          index,
          id: String(record.id),
          record,
        }));
        await writePortfolio(db, 'replace', {
          meta,
          news: portfolio.news as NewsItem[],
          batches: (async function* () {
            for (let i = 0; i < records.length; i += 10_000) yield records.slice(i, i + 10_000);
          })(),
        });
      };
      stop = async () => {
        await app.close();
        await db.close();
      };
    },
    load: (portfolio) => load(portfolio),
    stop: () => stop(),
  };
  return target;
}

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a database the tests may overwrite. */
export function serverTargets(): ApiTarget[] {
  const targets = [serverTarget('server on PGlite', {})];
  const url = process.env.TEST_DATABASE_URL;
  if (url) targets.push(serverTarget('server on PostgreSQL', { url }));
  return targets;
}
