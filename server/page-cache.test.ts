// @vitest-environment node
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PageCache, type MakePage } from './page-cache';

/* The column pages the data service keeps: per version, within a byte budget, made once. */

const text = (bytes: Buffer) => brotliDecompressSync(bytes).toString();

/** A maker that counts its calls and gives `body` (or a body naming the call). */
function maker(body?: string, current = true) {
  const made = { count: 0 };
  const make: MakePage = async () => {
    made.count++;
    return { body: body ?? `{"call":${made.count}}`, current };
  };
  return { made, make };
}

describe('PageCache', () => {
  it('makes a page once and gives the same compressed bytes to every request', async () => {
    const cache = new PageCache(1 << 20);
    const { made, make } = maker('{"page":1}');
    const [first, second] = await Promise.all([
      cache.page('v1', '0:10', make),
      cache.page('v1', '0:10', make),
    ]);
    const third = await cache.page('v1', '0:10', make);
    expect(made.count).toBe(1);
    expect(text(first)).toBe('{"page":1}');
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(cache.has('v1', '0:10')).toBe(true);
    expect(cache.size).toBe(first.length);
  });

  it('drops every page of a version once a request sees a newer one', async () => {
    const cache = new PageCache(1 << 20);
    const { made, make } = maker();
    await cache.page('v1', '0:10', make);
    expect(text(await cache.page('v2', '0:10', make))).toBe('{"call":2}');
    expect(cache.has('v1', '0:10')).toBe(false);
    expect(cache.has('v2', '0:10')).toBe(true);
    expect(cache.see('v2')).toBe(false);
    expect(cache.see('v3')).toBe(true);
    expect(cache.size).toBe(0);
    expect(made.count).toBe(2);
  });

  it('does not keep a page made from a version no longer served, nor one whose making failed', async () => {
    const cache = new PageCache(1 << 20);
    // The portfolio changed while the page's projects were read: sent, not kept.
    const stale = maker('{"stale":true}', false);
    expect(text(await cache.page('v1', '0:10', stale.make))).toBe('{"stale":true}');
    expect(cache.has('v1', '0:10')).toBe(false);

    const failing: MakePage = () => Promise.reject(new Error('database gone'));
    await expect(cache.page('v1', '10:10', failing)).rejects.toThrow('database gone');
    const { made, make } = maker('{"again":true}');
    expect(text(await cache.page('v1', '10:10', make))).toBe('{"again":true}');
    expect(made.count).toBe(1);

    // A page made for v1 that finishes after v2 was seen is not kept under v2.
    const slow = cache.page('v1', '20:10', maker('{"old":true}').make);
    cache.see('v2');
    await slow;
    expect(cache.has('v2', '20:10')).toBe(false);
  });

  it('keeps the most recently used pages within its byte budget', async () => {
    const bodies = ['a', 'b', 'c'].map((name) => JSON.stringify({ name, fill: name.repeat(50) }));
    const probe = new PageCache(1 << 20);
    const one = (await probe.page('v', 'x', maker(bodies[0]).make)).length;
    const cache = new PageCache(2 * one + Math.floor(one / 2));
    await cache.page('v', 'a', maker(bodies[0]).make);
    await cache.page('v', 'b', maker(bodies[1]).make);
    await cache.page('v', 'a', maker(bodies[0]).make); // a is now the most recent
    await cache.page('v', 'c', maker(bodies[2]).make);
    expect(cache.has('v', 'a')).toBe(true);
    expect(cache.has('v', 'b')).toBe(false);
    expect(cache.has('v', 'c')).toBe(true);
    expect(cache.size).toBeLessThanOrEqual(cache.maxBytes);

    // A page larger than the whole budget is sent and not kept.
    const tiny = new PageCache(one - 1);
    expect(text(await tiny.page('v', 'a', maker(bodies[0]).make))).toBe(bodies[0]);
    expect(tiny.size).toBe(0);
  });
});
