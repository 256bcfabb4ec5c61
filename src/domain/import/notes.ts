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
  | 'status_contradicts_dates'
  | 'budget_not_provided'
  | 'budget_converted'
  | 'budget_negative'
  | 'budget_nested'
  | 'budget_duplicate'
  | 'budget_overlapping'
  | 'entity_unknown'
  | 'rolled_up'
  | 'budget_from_children'
  | 'hierarchy_rolled_up'
  | 'hierarchy_separate'
  | 'region_none'
  | 'iati_version'
  | 'csv_extra_cells'
  | 'csv_missing_cells'
  | 'transactions_found'
  | 'transaction_unconverted';

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
    en: 'No budget in the activity: budget “not provided” (left out of sums, not 0)',
    fr: 'Aucun budget dans l’activité : budget « non communiqué » (hors des totaux, pas 0)',
  },
  budget_not_provided: {
    en: 'The publisher states no budget is provided (code {value}): budget “not provided”',
    fr: 'L’éditeur indique qu’aucun budget n’est fourni (code {value}) : budget « non communiqué »',
  },
  budget_converted: {
    en: 'Budget of {value}',
    fr: 'Budget de {value}',
  },
  budget_negative: {
    en: 'Negative budget value {value} left out (a budget cannot be negative)',
    fr: 'Montant de budget négatif {value} écarté (un budget ne peut être négatif)',
  },
  budget_nested: {
    en: '{count} budget(s) for a period inside another budget’s period (e.g. quarters in a year) not added: the containing period counts them',
    fr: '{count} budget(s) d’une période incluse dans celle d’un autre budget (p. ex. trimestres d’une année) non ajouté(s) : la période englobante les compte',
  },
  budget_duplicate: {
    en: '{count} budget(s) repeating a period already budgeted counted once',
    fr: '{count} budget(s) répétant une période déjà budgétée compté(s) une seule fois',
  },
  budget_overlapping: {
    en: '{count} budget(s) whose period partly overlaps another are counted: check they do not repeat money',
    fr: '{count} budget(s) dont la période chevauche en partie une autre sont comptés : vérifier qu’ils ne répètent pas les mêmes montants',
  },
  status_contradicts_dates: {
    en: 'Activity status and dates disagree ({value}): status kept as published',
    fr: 'Le statut et les dates de l’activité se contredisent ({value}) : statut conservé tel que publié',
  },
  entity_unknown: {
    en: 'Unknown entity {value} left as written',
    fr: 'Entité inconnue {value} laissée telle quelle',
  },
  rolled_up: {
    en: 'Child activities rolled up into this project: {value} ({count})',
    fr: 'Activités enfants regroupées dans ce projet : {value} ({count})',
  },
  budget_from_children: {
    en: 'No budget of its own: the budgets of its child activities are summed ({count})',
    fr: 'Pas de budget propre : les budgets de ses activités enfants sont additionnés ({count})',
  },
  hierarchy_rolled_up: {
    en: 'Child activities rolled up into their parent, money counted once: {count}',
    fr: 'Activités enfants regroupées dans leur parente, montants comptés une fois : {count}',
  },
  hierarchy_separate: {
    en: 'Parent and child activities imported separately ({count} children): their budgets may repeat the same money',
    fr: 'Activités parentes et enfants importées séparément ({count} enfants) : leurs budgets peuvent répéter les mêmes montants',
  },
  region_none: {
    en: 'No recipient country or region: region set to Global',
    fr: 'Aucun pays ni région bénéficiaire : région « Mondial »',
  },
  iati_version: {
    en: 'IATI version {value}',
    fr: 'Version IATI {value}',
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
  transactions_found: {
    en: 'Transactions found, in USD: {value}',
    fr: 'Transactions trouvées, en USD : {value}',
  },
  transaction_unconverted: {
    en: 'Transaction “{value}” cannot be converted to USD: not counted',
    fr: 'La transaction « {value} » ne peut être convertie en USD : non comptée',
  },
  csv_missing_cells: {
    en: 'Fewer cells than the header has columns ({value}): the missing ones read as blank',
    fr: 'Moins de cellules que l’en-tête n’a de colonnes ({value}) : les manquantes lues comme vides',
  },
};

const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

/** "EUR 28871|2014|38298.22" as "EUR 28,871 converted at the 2014 average rate: US$38,298". */
function describeConversion(value: string, lang: Language): string {
  const [original = '', year = '', usd = '0'] = value.split('|');
  const [currency = '', amount = '0'] = original.split(' ');
  const number = (n: number, options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0, ...options }).format(n);
  let shown = `${currency} ${number(Number(amount), {})}`;
  try {
    shown = number(Number(amount), { style: 'currency', currency, currencyDisplay: 'code' });
  } catch {
    // Not an ISO 4217 code Intl knows: the plain form above.
  }
  const inUsd = number(Number(usd), { style: 'currency', currency: 'USD' });
  return lang === 'fr'
    ? `${shown} converti au taux moyen de ${year} : ${inUsd}`
    : `${shown} converted at the ${year} average rate: ${inUsd}`;
}

const TRANSACTION_KIND_LABELS: Record<string, Labels> = {
  commitment: { en: 'commitments', fr: 'engagements' },
  disbursement: { en: 'disbursements', fr: 'décaissements' },
  expenditure: { en: 'expenditure', fr: 'dépenses' },
  incoming: { en: 'incoming funds', fr: 'fonds reçus' },
};

/** "commitment=1000;expenditure=250" as "commitments US$1,000, expenditure US$250". */
function describeTransactionSums(value: string, lang: Language): string {
  const usd = new Intl.NumberFormat(LOCALES[lang], {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
  return value
    .split(';')
    .map((part) => {
      const [kind = '', amount = '0'] = part.split('=');
      const label = TRANSACTION_KIND_LABELS[kind]?.[lang] ?? kind;
      return `${label} ${usd.format(Number(amount))}`;
    })
    .join(', ');
}

function labelOf(field: ImportField | undefined, lang: Language): string {
  if (!field) return '';
  if (field === 'description') return 'Description';
  return fieldLabel(field, lang);
}

/** A note as a sentence in the language, prefixed with the record it concerns. */
export function describeImportNote(note: ImportNote, lang: Language): string {
  let value = note.value ?? '';
  if (note.code === 'type_other') value = value ? ` (${value})` : '';
  if (note.code === 'budget_converted') value = describeConversion(value, lang);
  if (note.code === 'transactions_found') value = describeTransactionSums(value, lang);
  if (note.code === 'status_contradicts_dates')
    value = value.replace('|', lang === 'fr' ? ', fin ' : ', end ');
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
