import { encodeProjectColumns } from '@backend/project-columns-encode';

/**
 * One column page of the API as the bytes that arrive (the engine's Worker reads them): `records`
 * from `offset` on, of a portfolio of `total` records.
 */
export function columnPageBytes(records: readonly unknown[], offset: number, total: number) {
  return new TextEncoder().encode(
    JSON.stringify({
      total,
      offset,
      limit: 50_000,
      format: 'columns',
      ...encodeProjectColumns(records),
    }),
  ).buffer as ArrayBuffer;
}
