// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileBytes, type ReadProgress } from './read-file-bytes';

/** A Blob-like file that streams its bytes in the given chunks, as browsers do for large files. */
function streamingFile(chunks: number[][]): Blob {
  const size = chunks.reduce((n, c) => n + c.length, 0);
  return {
    size,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
          controller.close();
        },
      }),
  } as unknown as Blob;
}

describe('readFileBytes', () => {
  it('joins the streamed chunks and reports the bytes read after each', async () => {
    const progress: ReadProgress[] = [];
    const bytes = await readFileBytes(streamingFile([[1, 2, 3], [4], [5, 6]]), (p) =>
      progress.push(p),
    );
    expect([...bytes]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(progress.map((p) => p.loaded)).toEqual([0, 3, 4, 6]);
    expect(progress.every((p) => p.total === 6)).toBe(true);
  });

  it('reads a file without streams in one go', async () => {
    const file = new File(['Année;Budget\n'], 'a.csv');
    expect(typeof file.stream).toBe('undefined'); // jsdom
    const progress: ReadProgress[] = [];
    const bytes = await readFileBytes(file, (p) => progress.push(p));
    expect(new TextDecoder().decode(bytes)).toBe('Année;Budget\n');
    expect(progress.at(-1)).toEqual({ loaded: bytes.length, total: bytes.length });
  });
});
