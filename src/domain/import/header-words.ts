import { DESCRIPTION_FIELD, PROJECT_FIELD_TABLE } from '@/domain/project-fields';
import type { ImportField } from './types';

/**
 * Header words, in English, French and Spanish, that sources use for each field, from the field
 * table (src/domain/project-fields.ts): the fund's own page labels (DESIGN §2), our CSV export's
 * headers, the API's field names, IATI and UNDP keys. Compared after `normalizeHeader`, so case,
 * accents, punctuation and `_` do not matter.
 */
export const HEADER_WORDS: Record<ImportField, readonly string[]> = wordsByField();

function wordsByField(): Record<ImportField, readonly string[]> {
  const words = {} as Record<ImportField, readonly string[]>;
  for (const field of [...PROJECT_FIELD_TABLE, DESCRIPTION_FIELD])
    words[field.key] = field.headerWords;
  return words;
}
