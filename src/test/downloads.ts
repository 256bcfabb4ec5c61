import Papa from 'papaparse';
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

/** A file the page offered for download: its content and its name. */
export interface CaughtDownload {
  blob: Blob;
  name: string;
}

/**
 * jsdom has no object URLs and no downloads: for each test of the file, catches every file the
 * page offers (the Blob and the link's file name) in the returned list, emptied before each test.
 */
export function setupDownloads(): CaughtDownload[] {
  const downloads: CaughtDownload[] = [];
  let click: MockInstance | undefined;
  beforeEach(() => {
    downloads.length = 0;
    let pending: Blob | undefined;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      pending = blob;
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      if (pending) downloads.push({ blob: pending, name: this.download });
    });
  });
  afterEach(() => click?.mockRestore());
  return downloads;
}

/**
 * A downloaded CSV: its text as written (the byte-order mark kept: Blob.text() would drop it),
 * and its header and rows parsed with papaparse.
 */
export async function readDownloadedCsv(download: CaughtDownload, delimiter = ',') {
  const bytes = new Uint8Array(await download.blob.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter,
    skipEmptyLines: true,
  });
  const [header = [], ...rows] = parsed.data;
  return { text, header, rows, errors: parsed.errors };
}
