import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import './zod-config';

describe('zod configuration', () => {
  it('parses without compiling code, so the CSP (no eval) sees no violation', () => {
    expect(z.config().jitless).toBe(true);
    const compile = vi.spyOn(globalThis, 'Function');
    const schema = z.object({ id: z.string(), budget: z.number(), tags: z.array(z.string()) });
    for (let i = 0; i < 3; i++)
      expect(schema.safeParse({ id: 'A', budget: 1, tags: [] }).success).toBe(true);
    expect(compile).not.toHaveBeenCalled();
    compile.mockRestore();
  });
});
