// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { datasetFiles, readDataset } from '@/test/datasets';
import { importFile } from './import-file';

/** How many records a file holds, counted without the importer. */
function countRecords(name: string, bytes: Uint8Array): number {
  const text = new TextDecoder().decode(bytes);
  if (name.endsWith('.xml'))
    return new DOMParser()
      .parseFromString(text, 'application/xml')
      .getElementsByTagName('iati-activity').length;
  if (name.endsWith('.json')) {
    const doc: unknown = JSON.parse(text);
    return Array.isArray(doc) ? doc.length : 0;
  }
  throw new Error(`no independent count for ${name}`);
}

describe('every file in shared/datasets', () => {
  it.each(datasetFiles())('%s imports, and every record is accepted or rejected', async (name) => {
    const bytes = readDataset(name);
    // Separately, so that every activity is a record (rolling up is tested on its own).
    const outcome = await importFile({ name, bytes, lang: 'en', hierarchy: 'separate' });
    if (!outcome.ok) throw new Error(`${name}: ${outcome.error.message}`);
    const count = countRecords(name, bytes);
    expect(count).toBeGreaterThan(0);
    expect(outcome.totals.records).toBe(count);
    expect(outcome.totals.accepted + outcome.totals.rejected).toBe(count);
    expect(outcome.projects).toHaveLength(outcome.totals.accepted);
    const ids = [...outcome.projects.map((p) => p.id), ...outcome.rejected.map((r) => r.id)];
    expect(new Set(ids).size).toBe(count);
  });
});
