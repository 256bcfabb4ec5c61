import {
  codedLabel,
  countryName,
  LANGUAGES,
  type CodedProjectField,
  type Language,
  type Labels,
} from '@/domain/codes';
import { funderText } from '@/domain/funder-text';
import type { ProjectSummary } from '@/domain/project';
import {
  CODED_FIELDS,
  fieldLabel,
  fieldSpec,
  PROJECT_FIELDS,
  type CodedField,
  type ProjectField,
} from '@/domain/project-fields';

/**
 * The CSV header scheme, shared by the exporter and the importer.
 *
 * Every column has a stable key, and its header cell is the label in the export's language
 * followed by that key in square brackets: `Région [region]`, `Région (libellé) [region_label]`,
 * `Budget (USD) [budgetUsd]`. People read the label; programs — the importer first of all —
 * read the key, which never changes with the language or a relabelling.
 *
 * Keys: one per project field (the field's own name, e.g. `startDate`, `budgetUsd`), holding
 * codes for coded fields; a `<field>_label` column after each coded field (status, type,
 * coverage, region, countries) with its labels in the language; and a final `link` column.
 */
export type CsvColumnKey = ProjectField | `${CodedField}_label` | 'link';

/** Every field in the order of DESIGN §2: what "all columns" exports. */
export const ALL_EXPORT_FIELDS: readonly ProjectField[] = PROJECT_FIELDS;

/** Separator between the values of a multi-valued cell (`CN; FR`). */
export const MULTI_VALUE_SEPARATOR = '; ';

const CODE_SUFFIX: Labels = { en: 'code', fr: 'code', es: 'código' };
const LABEL_SUFFIX: Labels = { en: 'label', fr: 'libellé', es: 'etiqueta' };
const LINK_LABEL: Labels = { en: 'Link', fr: 'Lien', es: 'Enlace' };

/** The columns a list of fields exports to, in order, ending with `link`. */
export function exportColumns(fields: readonly ProjectField[]): CsvColumnKey[] {
  const keys: CsvColumnKey[] = [];
  for (const field of fields) {
    keys.push(field);
    if (isCoded(field)) keys.push(`${field}_label`);
  }
  keys.push('link');
  return keys;
}

function isCoded(field: string): field is CodedField {
  return (CODED_FIELDS as readonly string[]).includes(field);
}

/** The header cell of a column in a language: `Label [key]`. */
export function columnHeader(key: CsvColumnKey, lang: Language): string {
  return `${columnLabel(key, lang)} [${key}]`;
}

function columnLabel(key: CsvColumnKey, lang: Language): string {
  if (key === 'link') return LINK_LABEL[lang];
  const field = (key.endsWith('_label') ? key.slice(0, -'_label'.length) : key) as ProjectField;
  return labelWithSuffix(key, fieldLabel(field, lang), lang);
}

/** A field's label as its column shows it: `Région (code)`, `Région (libellé)`, `Titre`. */
function labelWithSuffix(key: CsvColumnKey, label: string, lang: Language): string {
  if (key.endsWith('_label')) return `${label} (${LABEL_SUFFIX[lang]})`;
  return isCoded(key) ? `${label} (${CODE_SUFFIX[lang]})` : label;
}

/**
 * Every header our exporter writes or wrote, in every language, with and without the key: for
 * the importer. Former French labels are read too (`Projet ID`, `Statut du projet (code)`).
 */
export function knownExportHeaders(): { header: string; key: CsvColumnKey }[] {
  const all = exportColumns(ALL_EXPORT_FIELDS);
  const current = LANGUAGES.flatMap((lang) =>
    all.flatMap((key) => [
      { header: columnHeader(key, lang), key },
      { header: columnLabel(key, lang), key },
    ]),
  );
  const former = all.flatMap((key) => {
    if (key === 'link') return [];
    const field = (key.endsWith('_label') ? key.slice(0, -'_label'.length) : key) as ProjectField;
    return (fieldSpec(field).formerLabels ?? []).map((label) => ({
      header: labelWithSuffix(key, label, 'fr'),
      key,
    }));
  });
  return [...current, ...former];
}

/** The stable key in a header cell written by our exporter (`Région [region]` → `region`). */
export function headerKey(header: string): CsvColumnKey | undefined {
  const match = /\[([A-Za-z_]+)\]\s*$/.exec(header);
  const key = match?.[1];
  if (!key) return undefined;
  return exportColumns(ALL_EXPORT_FIELDS).find((k) => k === key);
}

/** A cell's value before quoting: text for text fields, a number for amounts and years. */
export type CellValue = string | number;

/** The value of one column for one project. */
export function cellValue(
  project: ProjectSummary,
  key: CsvColumnKey,
  lang: Language,
  link: string,
): CellValue {
  switch (key) {
    case 'link':
      return link;
    case 'status_label':
    case 'type_label':
    case 'coverage_label':
    case 'region_label':
      return codedLabel(project, key.slice(0, -'_label'.length) as CodedProjectField, lang);
    case 'countries_label':
      return project.countries.map((code) => countryName(code, lang)).join(MULTI_VALUE_SEPARATOR);
    case 'countries':
      return project.countries.join(MULTI_VALUE_SEPARATOR);
    case 'endDate':
      return project.endDate ?? '';
    case 'funders':
      return funderText(project.funders);
    case 'committedUsd':
    case 'disbursedUsd':
    case 'spentUsd':
      // Not provided stays empty, never 0.
      return project[key] ?? '';
    case 'budgetUsd':
      // Not provided is an empty cell, never 0.
      return project.budgetUsd ?? '';
    default:
      return project[key];
  }
}
