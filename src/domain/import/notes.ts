import type { Labels, Language } from '@/domain/codes';
import { fieldLabel } from '@/lib/csv/columns';
import type { ImportField } from './types';

export type NoteCode =
  | 'column_unmapped'
  | 'field_not_found'
  | 'default_applied'
  | 'type_other'
  | 'coverage_derived'
  | 'region_derived'
  | 'region_several'
  | 'region_unmapped'
  | 'year_derived'
  | 'country_unknown'
  | 'status_cancelled'
  | 'status_suspended'
  | 'status_derived'
  | 'status_unknown'
  | 'date_planned'
  | 'budget_currency_other'
  | 'budget_currency_missing'
  | 'budget_invalid'
  | 'budget_none'
  | 'budget_original_superseded'
  | 'transaction_currency_missing'
  | 'title_language'
  | 'sector_several_types'
  | 'hierarchy_levels'
  | 'json_array_property'
  | 'csv_row_error'
  | 'csv_extra_cells'
  | 'csv_missing_cells';

/**
 * Something the importer mapped, defaulted or left out. With `index` (the record's position
 * in the file) and `id` it concerns one record; without, the whole file, and `count` says how
 * many records it touched.
 */
export interface ImportNote {
  code: NoteCode;
  index?: number;
  id?: string;
  field?: ImportField;
  value?: string;
  count?: number;
}

const TEMPLATES: Record<NoteCode, Labels> = {
  column_unmapped: {
    en: 'Column “{value}” is not imported',
    fr: 'La colonne « {value} » n’est pas importée',
  },
  field_not_found: { en: 'No column gives {field}', fr: 'Aucune colonne ne donne : {field}' },
  default_applied: {
    en: '{field} set to “{value}” where blank',
    fr: '{field} fixé à « {value} » là où il manque',
  },
  type_other: {
    en: 'Project type not stated or not recognised{value}: imported as “Other”',
    fr: 'Type de projet absent ou non reconnu{value} : importé comme « Autre »',
  },
  coverage_derived: {
    en: 'Coverage derived from the number of benefiting states',
    fr: 'Couverture déduite du nombre d’États bénéficiaires',
  },
  region_derived: {
    en: 'Region derived from the benefiting states',
    fr: 'Région déduite des États bénéficiaires',
  },
  region_several: {
    en: 'The benefiting states or regions span several regions: region set to Global',
    fr: 'Les États ou régions bénéficiaires couvrent plusieurs régions : région « Mondial »',
  },
  region_unmapped: {
    en: 'Recipient region {value} matches none of the fund’s regions',
    fr: 'La région bénéficiaire {value} ne correspond à aucune région du fonds',
  },
  year_derived: {
    en: 'Funding year taken from the start date',
    fr: 'Année de financement tirée de la date de début',
  },
  country_unknown: {
    en: 'Country code “{value}” is not known: left out',
    fr: 'Code pays « {value} » inconnu : ignoré',
  },
  status_cancelled: {
    en: 'Activity status {value} (cancelled) imported as completed',
    fr: 'Statut d’activité {value} (annulé) importé comme achevé',
  },
  status_suspended: {
    en: 'Activity status {value} (suspended) imported as ongoing',
    fr: 'Statut d’activité {value} (suspendu) importé comme en cours',
  },
  status_derived: {
    en: 'No activity status: {value} deduced from the dates',
    fr: 'Pas de statut d’activité : {value} déduit des dates',
  },
  status_unknown: {
    en: 'Unknown activity status “{value}”',
    fr: 'Statut d’activité inconnu « {value} »',
  },
  date_planned: {
    en: '{field}: planned date {value} used (no actual date)',
    fr: '{field} : date prévue {value} utilisée (pas de date effective)',
  },
  budget_currency_other: {
    en: 'Budget of {value} left out: only USD amounts are imported, never converted',
    fr: 'Budget de {value} écarté : seuls les montants en USD sont importés, sans conversion',
  },
  budget_currency_missing: {
    en: 'Budget of {value} has no currency (and no default currency): left out',
    fr: 'Le budget de {value} n’a pas de devise (ni de devise par défaut) : écarté',
  },
  budget_invalid: {
    en: 'Budget value “{value}” is not a number: left out',
    fr: 'Le montant « {value} » n’est pas un nombre : écarté',
  },
  budget_none: {
    en: 'No budget in the activity: imported with a budget of 0',
    fr: 'Aucun budget dans l’activité : importée avec un budget de 0',
  },
  budget_original_superseded: {
    en: '{count} original budget(s) replaced by the revised budget of the same period',
    fr: '{count} budget(s) initial(aux) remplacé(s) par le budget révisé de la même période',
  },
  transaction_currency_missing: {
    en: '{count} transaction value(s) have no currency and the activity no default currency',
    fr: '{count} transaction(s) sans devise, et l’activité n’a pas de devise par défaut',
  },
  title_language: {
    en: 'No title in the requested language: the “{value}” one is used',
    fr: 'Pas de titre dans la langue demandée : celui en « {value} » est utilisé',
  },
  sector_several_types: {
    en: 'Sectors point to several project types ({value}): the first is used',
    fr: 'Les secteurs renvoient à plusieurs types de projet ({value}) : le premier est retenu',
  },
  hierarchy_levels: {
    en: 'The file mixes activity hierarchy levels ({value}): parent and child activities are both imported',
    fr: 'Le fichier mêle des niveaux d’activité ({value}) : activités parentes et enfants sont toutes importées',
  },
  json_array_property: {
    en: 'Records read from the “{value}” property',
    fr: 'Enregistrements lus dans la propriété « {value} »',
  },
  csv_row_error: { en: 'CSV row {value}', fr: 'Ligne CSV {value}' },
  csv_extra_cells: {
    en: 'More cells than the header has columns: “{value}” not imported',
    fr: 'Plus de cellules que l’en-tête n’a de colonnes : « {value} » non importé',
  },
  csv_missing_cells: {
    en: 'Fewer cells than the header has columns ({value}): the missing ones read as blank',
    fr: 'Moins de cellules que l’en-tête n’a de colonnes ({value}) : les manquantes lues comme vides',
  },
};

function labelOf(field: ImportField | undefined, lang: Language): string {
  if (!field) return '';
  if (field === 'description') return 'Description';
  return fieldLabel(field, lang);
}

/** A note as a sentence in the language, prefixed with the record it concerns. */
export function describeImportNote(note: ImportNote, lang: Language): string {
  let value = note.value ?? '';
  if (note.code === 'type_other') value = value ? ` (${value})` : '';
  let text = TEMPLATES[note.code][lang]
    .replace('{field}', labelOf(note.field, lang))
    .replace('{value}', value)
    .replace('{count}', String(note.count ?? 1));
  text = text.charAt(0).toUpperCase() + text.slice(1);
  if (note.id !== undefined) return `${note.id}: ${text}`;
  if (note.index !== undefined) return `#${note.index + 1}: ${text}`;
  if (note.count !== undefined && !TEMPLATES[note.code].en.includes('{count}')) {
    const unit = lang === 'fr' ? 'enregistrement' : 'record';
    return `${text} (${note.count} ${note.count === 1 ? unit : `${unit}s`})`;
  }
  return text;
}
