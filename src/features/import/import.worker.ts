import '@/lib/zod-config';
import type { Language } from '@/domain/codes';
import { importFile } from '@/domain/import/import-file';
import type { HierarchyChoice } from '@/domain/import/iati/roll-up';
import type { FieldMapping, ImportOutcome, RecordDefaults } from '@/domain/import/types';

/**
 * Reads an import file in a Web Worker, so that parsing a large CSV, JSON or IATI file never
 * freezes the page. The page sends the bytes (a copy: it keeps its own for a re-run with a
 * corrected mapping); the worker answers "parsing" at once, then the outcome.
 */

export interface ImportRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  lang: Language;
  mapping?: FieldMapping;
  defaults?: RecordDefaults;
  /** IATI: child activities rolled up into their parent (default) or imported separately. */
  hierarchy?: HierarchyChoice;
}

export type ImportResponse =
  | { kind: 'parsing'; id: number }
  | { kind: 'done'; id: number; outcome: ImportOutcome }
  /** importFile never throws for a bad file; this is a bug, reported rather than lost. */
  | { kind: 'crashed'; id: number; message: string };

/** The worker's logic as a plain function of its message, testable without a Worker. */
export async function handleImportRequest(request: ImportRequest): Promise<ImportResponse> {
  try {
    const outcome = await importFile({
      name: request.name,
      bytes: request.bytes,
      lang: request.lang,
      ...(request.mapping ? { mapping: request.mapping } : {}),
      ...(request.defaults ? { defaults: request.defaults } : {}),
      ...(request.hierarchy ? { hierarchy: request.hierarchy } : {}),
    });
    return { kind: 'done', id: request.id, outcome };
  } catch (error) {
    return {
      kind: 'crashed',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
}

// Only inside a worker (module workers define importScripts too); a plain import does nothing.
if (typeof importScripts === 'function') {
  const scope = globalThis as unknown as WorkerScope;
  scope.onmessage = (event) => {
    scope.postMessage({ kind: 'parsing', id: event.data.id });
    void handleImportRequest(event.data).then((response) => scope.postMessage(response));
  };
}
