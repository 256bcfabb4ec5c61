import { localeOf, type Language } from '@/domain/codes';
import { DESCRIPTION_FIELD, fieldLabel } from '@/domain/project-fields';
import type { ImportField } from '@/domain/import/types';

/** A field's name as the export's headers and the project page write it. */
export function importFieldLabel(field: ImportField, lang: Language): string {
  return field === 'description' ? DESCRIPTION_FIELD.label[lang] : fieldLabel(field, lang);
}

/** File sizes in the language's number format: 850 B, 12.4 kB, 3.1 MB. */
export function formatBytes(bytes: number, lang: Language): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
