import { describe, expect, it } from 'vitest';
import { handleImportRequest, type ImportRequest } from './import.worker';
import { importFile } from '@/domain/import/import-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
const CSV =
  'Projet ID;Titre;Date de début;Statut du projet;Enveloppe;Pays\nRR.1;Un;2019;Achevé;1000;Chine\nRR.2;Deux;2020;En cours;2500;Maroc\n';

describe('import worker handler', () => {
  it('answers with what importFile gives for the same file, intact after structured cloning', async () => {
    const request: ImportRequest = { id: 4, name: 'projets.csv', bytes: utf8(CSV), lang: 'fr' };
    const response = structuredClone(await handleImportRequest(request));
    expect(response).toEqual({
      kind: 'done',
      id: 4,
      outcome: await importFile({ name: 'projets.csv', bytes: utf8(CSV), lang: 'fr' }),
    });
  });

  it('passes the corrected mapping and the defaults to the importer', async () => {
    const bytes = utf8(CSV);
    const suggested = await handleImportRequest({ id: 1, name: 'p.csv', bytes, lang: 'en' });
    if (suggested.kind !== 'done' || !suggested.outcome.ok) throw new Error('not imported');
    // "Enveloppe" is no budget header the importer knows: every budget is "not provided".
    expect(suggested.outcome.totals.accepted).toBe(2);
    expect(suggested.outcome.projects.map((p) => p.budgetUsd)).toEqual([undefined, undefined]);
    expect(suggested.outcome.mapping).toEqual([
      'id',
      'title',
      'startDate',
      'status',
      null,
      'countries',
    ]);

    const mapping = ['id', 'title', 'startDate', 'status', 'budgetUsd', 'countries'] as const;
    const corrected = await handleImportRequest({
      id: 2,
      name: 'p.csv',
      bytes,
      lang: 'en',
      mapping: [...mapping],
      defaults: { type: 'avrr' },
    });
    if (corrected.kind !== 'done' || !corrected.outcome.ok) throw new Error('not imported');
    expect(corrected.id).toBe(2);
    expect(corrected.outcome.totals).toEqual({
      records: 2,
      accepted: 2,
      rejected: 0,
      budgetUsd: 3500,
    });
    expect(corrected.outcome.projects.map((p) => p.type)).toEqual(['avrr', 'avrr']);
  });

  it('answers a file that cannot be read with the importer’s error', async () => {
    const response = await handleImportRequest({
      id: 3,
      name: 'broken.json',
      bytes: utf8('{ "items": [1, '),
      lang: 'en',
    });
    expect(response.kind === 'done' && !response.outcome.ok && response.outcome.error.code).toBe(
      'invalid_json',
    );
  });

  it('reports an unexpected failure instead of losing the request', async () => {
    const request = { id: 5, name: 'x.csv', bytes: null, lang: 'en' } as unknown as ImportRequest;
    const response = await handleImportRequest(request);
    expect(response.kind).toBe('crashed');
    expect(response.id).toBe(5);
  });
});
