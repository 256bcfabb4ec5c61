import { useCallback, useEffect, useRef, useState } from 'react';
import type { Language } from '@/domain/codes';
import type { HierarchyChoice } from '@/domain/import/iati/roll-up';
import { createImportRunner, type ImportAnswer, type ImportRunner } from '../api/import-runner';
import { readFileBytes } from '../api/read-file-bytes';
import type {
  FieldMapping,
  ImportFailure,
  ImportResult,
  RecordDefaults,
} from '@/domain/import/types';

/** The file being imported, as the page knows it. */
export interface ChosenFile {
  name: string;
  size: number;
}

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; file: ChosenFile; loaded: number }
  | { step: 'parsing'; file: ChosenFile }
  /** The file could not be read at all, or the importer failed unexpectedly (`crashed`). */
  | { step: 'failed'; file: ChosenFile; failure: ImportFailure | { crashed: string } }
  /** Read: the report, and for CSV or JSON the mapping; `updating` while a re-run parses. */
  | {
      step: 'review';
      file: ChosenFile;
      result: ImportResult;
      defaults: RecordDefaults;
      updating: boolean;
    };

export interface ImportControls {
  state: ImportState;
  choose: (file: File) => void;
  /** Reads the same file again with a corrected mapping and defaults. */
  remap: (mapping: FieldMapping, defaults: RecordDefaults) => void;
  /** Reads the same IATI file again with child activities rolled up or imported separately. */
  chooseHierarchy: (choice: HierarchyChoice) => void;
  reset: () => void;
}

/** Reports progress at whole percents only, so a large file does not re-render per chunk. */
const percentOf = (loaded: number, total: number) =>
  total > 0 ? Math.floor((loaded / total) * 100) : 100;

/**
 * The import flow: read the file (with progress), parse it off the main thread, then let the
 * person review the report and correct the mapping. Nothing here touches the active portfolio.
 */
export function useImport(lang: Language): ImportControls {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const runner = useRef<ImportRunner | null>(null);
  const bytes = useRef<Uint8Array | null>(null);
  // Each choice or re-run takes a ticket; answers for an older ticket are dropped.
  const ticket = useRef(0);

  useEffect(() => {
    runner.current = createImportRunner();
    return () => {
      runner.current?.dispose();
      runner.current = null;
    };
  }, []);

  const settle = useCallback(
    (
      mine: number,
      file: ChosenFile,
      answer: ImportAnswer | undefined,
      defaults: RecordDefaults,
    ) => {
      if (!answer || mine !== ticket.current) return;
      if ('crashed' in answer) setState({ step: 'failed', file, failure: answer });
      else if (!answer.outcome.ok) setState({ step: 'failed', file, failure: answer.outcome });
      else setState({ step: 'review', file, result: answer.outcome, defaults, updating: false });
    },
    [],
  );

  const choose = useCallback(
    (picked: File) => {
      const mine = ++ticket.current;
      const file = { name: picked.name, size: picked.size };
      bytes.current = null;
      setState({ step: 'reading', file, loaded: 0 });
      let shown = -1;
      void (async () => {
        let read: Uint8Array;
        try {
          read = await readFileBytes(picked, ({ loaded, total }) => {
            const percent = percentOf(loaded, total);
            if (mine !== ticket.current || percent === shown) return;
            shown = percent;
            setState({ step: 'reading', file, loaded });
          });
        } catch (error) {
          if (mine === ticket.current)
            setState({
              step: 'failed',
              file,
              failure: { crashed: error instanceof Error ? error.message : String(error) },
            });
          return;
        }
        if (mine !== ticket.current || !runner.current) return;
        bytes.current = read;
        const answer = await runner.current.run({ name: file.name, bytes: read, lang }, () => {
          if (mine === ticket.current) setState({ step: 'parsing', file });
        });
        settle(mine, file, answer, {});
      })();
    },
    [lang, settle],
  );

  const remap = useCallback(
    (mapping: FieldMapping, defaults: RecordDefaults) => {
      if (state.step !== 'review' || !bytes.current || !runner.current) return;
      const mine = ++ticket.current;
      const { file } = state;
      setState({ ...state, updating: true });
      void runner.current
        .run({ name: file.name, bytes: bytes.current, lang, mapping, defaults })
        .then((answer) => settle(mine, file, answer, defaults));
    },
    [state, lang, settle],
  );

  const chooseHierarchy = useCallback(
    (hierarchy: HierarchyChoice) => {
      if (state.step !== 'review' || !bytes.current || !runner.current) return;
      const mine = ++ticket.current;
      const { file, defaults } = state;
      setState({ ...state, updating: true });
      void runner.current
        .run({ name: file.name, bytes: bytes.current, lang, hierarchy })
        .then((answer) => settle(mine, file, answer, defaults));
    },
    [state, lang, settle],
  );

  const reset = useCallback(() => {
    ticket.current++;
    bytes.current = null;
    setState({ step: 'idle' });
  }, []);

  return { state, choose, remap, chooseHierarchy, reset };
}
