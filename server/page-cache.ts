import { brotliCompress, constants } from 'node:zlib';
import { promisify } from 'node:util';

/*
 * Column pages kept as they are sent, compressed. Every request for a page of one portfolio
 * version gets the same bytes, and making them takes the server's one thread about 0.3 s for
 * 10,000 projects (read the summaries, parse them, encode the columns, write the JSON, compress
 * it): a 100,000-project load asks for ten pages, a million for a hundred. Pages are kept per
 * version: the first request that sees a new version drops every page of the old one, so an
 * ingest is served at once, on every instance sharing the database.
 */

const compress = promisify(brotliCompress);

/** Brotli at @fastify/compress's own quality: the same bytes it would send, made once. */
export function compressPage(body: string): Promise<Buffer> {
  return compress(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 4,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body),
    },
  });
}

/**
 * Makes a page's JSON text; `current`: whether the portfolio's version was still the one asked
 * for once its projects were read (an ingest may commit in between: that page is sent, not kept).
 */
export type MakePage = () => Promise<{ body: string; current: boolean }>;

/**
 * The compressed pages of the current version, least recently used first, within `maxBytes`.
 * Two requests for a page not yet made share its making; a failed making is not kept.
 */
export class PageCache {
  private version: string | undefined;
  private readonly pages = new Map<string, Buffer>();
  private readonly making = new Map<string, Promise<Buffer>>();
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  /** The version whose pages are kept (the newest a request has seen). */
  get currentVersion(): string | undefined {
    return this.version;
  }

  /** Bytes held. */
  get size(): number {
    return this.bytes;
  }

  /** Whether the page is kept. */
  has(version: string, key: string): boolean {
    return this.version === version && this.pages.has(key);
  }

  /**
   * Marks `version` as the one served: true when it is new, and the old one's pages are dropped.
   */
  see(version: string): boolean {
    if (this.version === version) return false;
    this.version = version;
    this.pages.clear();
    this.making.clear();
    this.bytes = 0;
    return true;
  }

  /**
   * The page's compressed bytes: kept ones, or made by `make` and kept while `version` is still
   * the one served and the page fits (the least recently used pages make room).
   */
  page(version: string, key: string, make: MakePage): Promise<Buffer> {
    this.see(version);
    const kept = this.pages.get(key);
    if (kept) {
      // Most recently used last.
      this.pages.delete(key);
      this.pages.set(key, kept);
      return Promise.resolve(kept);
    }
    const pending = this.making.get(key);
    if (pending) return pending;
    const made = make().then(async ({ body, current }) => ({
      bytes: await compressPage(body),
      current,
    }));
    const bytes = made.then((page) => page.bytes);
    this.making.set(key, bytes);
    const settle = () => {
      if (this.making.get(key) === bytes) this.making.delete(key);
    };
    made.then((page) => {
      settle();
      if (page.current && this.version === version) this.keep(key, page.bytes);
    }, settle);
    return bytes;
  }

  private keep(key: string, body: Buffer): void {
    if (body.length > this.maxBytes) return;
    for (const [old, bytes] of this.pages) {
      if (this.bytes + body.length <= this.maxBytes) break;
      this.pages.delete(old);
      this.bytes -= bytes.length;
    }
    this.pages.set(key, body);
    this.bytes += body.length;
  }
}
