/** Bytes read so far and the file's size. */
export interface ReadProgress {
  loaded: number;
  total: number;
}

/**
 * The file's bytes, read with a stream reader so that progress can be shown for a large file.
 * Where Blob streams are missing (older browsers, jsdom) the file is read in one go.
 */
export async function readFileBytes(
  file: Blob,
  onProgress?: (progress: ReadProgress) => void,
): Promise<Uint8Array> {
  const total = file.size;
  onProgress?.({ loaded: 0, total });
  if (typeof file.stream !== 'function') {
    const bytes = new Uint8Array(await file.arrayBuffer());
    onProgress?.({ loaded: bytes.length, total });
    return bytes;
  }
  const reader = file.stream().getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress?.({ loaded, total });
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
