import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { readNewsQuery, readProjectPageQuery, selectNews } from '@/domain/api/query';
import type { NewsItem } from '@/domain/project';
import { contentSecurityPolicy } from '../csp';
import { columnPageBody, columnPageKey, EMPTY_VERSION, warmColumnPages } from './column-pages';
import type { Database } from './db';
import { openApiDocument } from './openapi';
import { PageCache } from './page-cache';
import { readNews, readRecord, readState, readSummaries, type PortfolioState } from './store';

export interface AppOptions {
  db: Database;
  /** The built SPA (vite build with the mock API off); without it only the API is served. */
  staticDir?: string | undefined;
  /** Log one JSON line per request (default true). */
  logRequests?: boolean;
  /** Where log lines go (default standard output). */
  logStream?: NodeJS.WritableStream;
  /** Most bytes of compressed column pages kept (default 128 MB; 0 keeps none). */
  pageCacheBytes?: number;
  /**
   * Make the dashboard's column pages ahead, once the server is ready and whenever a request sees
   * a new version of the portfolio (default false).
   */
  warmPages?: boolean;
}

/** Most bytes of compressed column pages kept by default: a million projects' take about 45 MB. */
export const DEFAULT_PAGE_CACHE_BYTES = 128 * 1024 * 1024;

const decompress = promisify(brotliDecompress);

/** Paths that name a file, which is missing: a 404, not the app (a route like /projects/RR.0083 is not one). */
const STATIC_FILE =
  /^\/assets\/|\.(js|mjs|css|map|png|jpe?g|svg|ico|webp|json|txt|woff2?|webmanifest)$/i;

const SECURITY_HEADERS = {
  'content-security-policy': contentSecurityPolicy(undefined, { header: true }),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** An API error: the same JSON body as the mock API (DESIGN §4), never a stack trace. */
function sendError(reply: FastifyReply, status: number, error: string, message: string) {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(JSON.stringify({ error, message }));
}

function sendJson(reply: FastifyReply, body: string) {
  return reply.type('application/json; charset=utf-8').send(body);
}

/**
 * Whether the client takes brotli (`br`, or `*`, with a weight above 0) and has not asked for no
 * compression, as @fastify/compress decides.
 */
export function acceptsBrotli(request: FastifyRequest): boolean {
  if (request.headers['x-no-compression'] !== undefined) return false;
  const weights = new Map<string, number>();
  for (const part of (request.headers['accept-encoding'] ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    weights.set(name, q === undefined ? 1 : Number(q.slice(2)));
  }
  const weight = weights.get('br') ?? weights.get('*') ?? 0;
  return weight > 0;
}

/** A page kept compressed: as it is to a client that takes brotli, else as JSON text. */
async function sendPage(request: FastifyRequest, reply: FastifyReply, page: Buffer) {
  void reply.header('vary', 'accept-encoding');
  if (!acceptsBrotli(request)) return sendJson(reply, (await decompress(page)).toString());
  return reply
    .type('application/json; charset=utf-8')
    .header('content-encoding', 'br')
    .header('content-length', page.length)
    .send(page);
}

/**
 * Conditional requests: every API answer derives from the portfolio's version, so its ETag is
 * that version and its Last-Modified the time of the ingest that made it. True when the client's
 * copy is current (the 304 is sent).
 */
function notModified(request: FastifyRequest, reply: FastifyReply, state: PortfolioState): boolean {
  const etag = `W/"${state.version}"`;
  const modified = new Date(Math.floor(state.modifiedAt.getTime() / 1000) * 1000);
  reply.header('etag', etag);
  reply.header('last-modified', modified.toUTCString());
  reply.header('cache-control', 'no-cache');
  const match = request.headers['if-none-match'];
  const since = request.headers['if-modified-since'];
  const fresh =
    match !== undefined
      ? match.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')
      : since !== undefined &&
        !Number.isNaN(Date.parse(since)) &&
        Date.parse(since) >= modified.getTime();
  if (fresh) void reply.code(304).send();
  return fresh;
}

/** The portfolio's state; before anything was ingested, an empty portfolio. */
async function stateOf(db: Database): Promise<PortfolioState> {
  return (
    (await readState(db)) ?? {
      meta: { asOf: new Date().toISOString().slice(0, 10), source: 'Empty', currency: 'USD' },
      projectCount: 0,
      version: EMPTY_VERSION,
      modifiedAt: new Date(0),
    }
  );
}

function queryOf(request: FastifyRequest): URLSearchParams {
  const at = request.url.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : request.url.slice(at + 1));
}

/**
 * The data service: the API contract of DESIGN §4 from the database, byte for byte what the mock
 * API sends, and the built dashboard. It keeps nothing between requests but the column pages of
 * the portfolio's current version (server/page-cache.ts), which every request checks against the
 * database, so several can share a PostgreSQL database.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { db } = options;
  const pages = new PageCache(options.pageCacheBytes ?? DEFAULT_PAGE_CACHE_BYTES);
  let closing = false;
  const app = Fastify({
    logger:
      options.logRequests === false
        ? false
        : { level: 'info', stream: options.logStream ?? process.stdout },
    // Fastify's own two lines per request are replaced by one (onResponse below).
    logController: new LogController({ disableRequestLogging: true }),
    // Ids and query strings are short; a long URL is refused (414) before any work.
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
    trustProxy: process.env.TRUST_PROXY === '1',
  });

  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
  // One structured line per request, when it is answered.
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: request.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        bytes: Number(reply.getHeader('content-length') ?? 0) || undefined,
      },
      'request',
    );
  });

  await app.register(compress, { global: true, threshold: 1024 });

  /** Makes the version's pages ahead, when asked to; a failure is logged, never thrown. */
  const warm = (state: PortfolioState) => {
    if (!options.warmPages || pages.maxBytes === 0) return;
    const started = performance.now();
    warmColumnPages(db, pages, state, () => closing).then(
      (made) => {
        if (made > 0)
          app.log.info(
            { version: state.version, pages: made, ms: Math.round(performance.now() - started) },
            'column pages made ahead',
          );
      },
      (error: unknown) => {
        if (!closing) app.log.warn({ err: error }, 'column pages not made ahead');
      },
    );
  };
  app.addHook('onReady', async () => {
    if (!options.warmPages) return;
    // Not awaited: the server listens at once, and a database that does not answer yet only
    // leaves the pages to be made on request.
    stateOf(db).then(
      (state) => {
        if (pages.see(state.version)) warm(state);
      },
      (error: unknown) => app.log.warn({ err: error }, 'column pages not made ahead'),
    );
  });
  app.addHook('onClose', async () => {
    closing = true;
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return sendError(
      reply,
      status,
      status >= 500 ? 'server_error' : 'bad_request',
      status >= 500 ? 'The service failed. Please try again later.' : error.message,
    );
  });

  await app.register(
    async (api) => {
      api.get('/health', async (_request, reply) => {
        try {
          const state = await readState(db);
          return sendJson(
            reply.header('cache-control', 'no-store'),
            JSON.stringify({
              status: 'ok',
              database: db.kind,
              projectCount: state?.projectCount ?? 0,
            }),
          );
        } catch {
          return sendError(reply, 503, 'unavailable', 'The database does not answer.');
        }
      });

      api.get('/openapi.json', async (_request, reply) =>
        sendJson(reply, JSON.stringify(openApiDocument('/api'))),
      );

      api.get('/meta', async (request, reply) => {
        const state = await stateOf(db);
        if (notModified(request, reply, state)) return reply;
        return sendJson(reply, JSON.stringify({ ...state.meta, projectCount: state.projectCount }));
      });

      api.get('/projects', async (request, reply) => {
        const query = readProjectPageQuery(queryOf(request));
        if (!query.ok) return sendError(reply, 400, 'bad_request', query.message);
        const state = await stateOf(db);
        if (notModified(request, reply, state)) return reply;
        if (query.format === 'columns') {
          const make = () => columnPageBody(db, state, query.offset, query.limit);
          if (pages.maxBytes === 0) return sendJson(reply, (await make()).body);
          if (pages.see(state.version)) warm(state);
          const key = columnPageKey(query.offset, query.limit);
          return sendPage(request, reply, await pages.page(state.version, key, make));
        }
        const page = { total: state.projectCount, offset: query.offset, limit: query.limit };
        const summaries =
          query.offset >= state.projectCount
            ? []
            : await readSummaries(db, query.offset, query.limit);
        const head = JSON.stringify(page).slice(0, -1);
        return sendJson(reply, `${head},"items":[${summaries.join(',')}]}`);
      });

      api.get<{ Params: { id: string } }>('/projects/:id', async (request, reply) => {
        const { id } = request.params;
        const state = await stateOf(db);
        // Ids are printable text; anything else (a NUL byte…) names no project.
        const printable = ![...id].some((ch) => ch.charCodeAt(0) < 32);
        const record = printable ? await readRecord(db, id) : undefined;
        if (record === undefined)
          return sendError(reply, 404, 'not_found', `No project has the ID "${id}".`);
        if (notModified(request, reply, state)) return reply;
        return sendJson(reply, record);
      });

      api.get('/news', async (request, reply) => {
        const query = readNewsQuery(queryOf(request));
        if (!query.ok) return sendError(reply, 400, 'bad_request', query.message);
        const state = await stateOf(db);
        if (notModified(request, reply, state)) return reply;
        const items = selectNews((await readNews(db)) as NewsItem[], query);
        return sendJson(reply, JSON.stringify({ items }));
      });

      api.all('/*', async (request, reply) =>
        sendError(
          reply,
          404,
          'not_found',
          `No endpoint ${request.method} ${request.url.split('?')[0]}.`,
        ),
      );
    },
    { prefix: '/api' },
  );

  const staticDir = options.staticDir ? resolve(options.staticDir) : undefined;
  if (staticDir && existsSync(join(staticDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: staticDir,
      wildcard: false,
      index: false,
      setHeaders(reply, path) {
        // Built assets have content hashes in their names: cached for good. The rest revalidates.
        reply.header(
          'cache-control',
          path.includes(`${staticDir}/assets/`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
    // Client-side routes (/projects/RR.0083, /budget…) get the app; it shows its own 404.
    app.setNotFoundHandler((request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return sendError(reply, 404, 'not_found', 'Not found.');
      if (STATIC_FILE.test(request.url.split('?')[0]!))
        return sendError(reply, 404, 'not_found', 'No such file.');
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  } else {
    app.setNotFoundHandler((_request, reply) =>
      sendError(reply, 404, 'not_found', 'Not found (the dashboard is not built).'),
    );
  }
  return app;
}
