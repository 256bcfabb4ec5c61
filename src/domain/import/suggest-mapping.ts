import { normalizeText } from '@/domain/codes';
import { headerKey, knownExportHeaders } from '@/lib/csv/columns';
import { HEADER_WORDS } from './header-words';
import type { FieldMapping, ImportField } from './types';

/** Lower-case ASCII words: camelCase split, accents, brackets and punctuation removed. */
export function normalizeHeader(header: string): string {
  return normalizeText(header.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .replace(/[()]/g, '') // "Etat(s) membre(s)" reads as "Etats membres"
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Match strength: a key from our export beats a header word, which beats one of our label columns. */
const EXPORT_KEY = 3;
const WORD = 2;
const LABEL_COLUMN = 1;

let lookup: Map<string, { field: ImportField | null; strength: number }> | undefined;
function wordLookup() {
  if (lookup) return lookup;
  lookup = new Map();
  for (const [field, words] of Object.entries(HEADER_WORDS) as [ImportField, readonly string[]][]) {
    for (const word of words) lookup.set(normalizeHeader(word), { field, strength: WORD });
  }
  for (const { header, key } of knownExportHeaders()) {
    const normal = normalizeHeader(header);
    if (lookup.has(normal)) continue;
    lookup.set(normal, classifyExportKey(key));
  }
  return lookup;
}

function classifyExportKey(key: string): { field: ImportField | null; strength: number } {
  if (key === 'link') return { field: null, strength: EXPORT_KEY };
  if (key.endsWith('_label'))
    return { field: key.slice(0, -'_label'.length) as ImportField, strength: LABEL_COLUMN };
  return { field: key as ImportField, strength: EXPORT_KEY };
}

function matchHeader(header: string): { field: ImportField | null; strength: number } {
  const key = headerKey(header);
  if (key) return classifyExportKey(key);
  return wordLookup().get(normalizeHeader(header)) ?? { field: null, strength: 0 };
}

/**
 * The field each header most likely holds, or null. Each field is given to one column only:
 * the strongest match, then the leftmost — so an export's `region` code column wins over its
 * `region_label` column, which still fills the field when the code column was deleted.
 */
export function suggestMapping(headers: readonly string[]): FieldMapping {
  const matches = headers.map(matchHeader);
  const winner = new Map<ImportField, number>();
  matches.forEach((m, i) => {
    if (!m.field) return;
    const current = winner.get(m.field);
    if (current === undefined || matches[current]!.strength < m.strength) winner.set(m.field, i);
  });
  return matches.map((m, i) => (m.field && winner.get(m.field) === i ? m.field : null));
}
