import { localeOf, type Labels, type Language } from '@/domain/codes';
import { DESCRIPTION_FIELD, fieldLabel } from '@/domain/project-fields';
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
    es: 'La columna «{value}» no se importa',
  },
  field_not_found: {
    en: 'No column gives {field}',
    fr: 'Aucune colonne ne donne le champ {field}',
    es: 'Ninguna columna da el campo {field}',
  },
  default_applied: {
    en: '{field} set to “{value}” where blank',
    fr: '{field} : « {value} » là où le champ est vide',
    es: '{field}: «{value}» donde el campo está vacío',
  },
  type_other: {
    en: 'Project type not stated or not recognised{value}: imported as “Other”',
    fr: 'Type de projet absent ou non reconnu{value} : importé comme « Autre »',
    es: 'Tipo de proyecto no indicado o no reconocido{value}: importado como «Otro»',
  },
  coverage_derived: {
    en: 'Coverage derived from the number of benefiting states',
    fr: 'Couverture déduite du nombre d’États bénéficiaires',
    es: 'Cobertura deducida del número de Estados beneficiarios',
  },
  region_derived: {
    en: 'Region derived from the benefiting states',
    fr: 'Région déduite des États bénéficiaires',
    es: 'Región deducida de los Estados beneficiarios',
  },
  region_several: {
    en: 'The benefiting states or regions span several regions: region set to Global',
    fr: 'Les États ou régions bénéficiaires couvrent plusieurs régions : région « Mondial »',
    es: 'Los Estados o regiones beneficiarios abarcan varias regiones: región «Mundial»',
  },
  region_unmapped: {
    en: 'Recipient region {value} matches none of the fund’s regions',
    fr: 'La région bénéficiaire {value} ne correspond à aucune région du fonds',
    es: 'La región beneficiaria {value} no corresponde a ninguna región del fondo',
  },
  year_derived: {
    en: 'Funding year taken from the start date',
    fr: 'Année de financement tirée de la date de début',
    es: 'Año de financiación tomado de la fecha de inicio',
  },
  country_unknown: {
    en: 'Country code “{value}” is not known: left out',
    fr: 'Code pays « {value} » inconnu : ignoré',
    es: 'Código de país «{value}» desconocido: se omite',
  },
  status_cancelled: {
    en: 'Activity status {value} (cancelled) imported as completed',
    fr: 'Statut d’activité {value} (annulée) importé comme achevé',
    es: 'Estado de la actividad {value} (cancelada) importado como finalizado',
  },
  status_suspended: {
    en: 'Activity status {value} (suspended) imported as ongoing',
    fr: 'Statut d’activité {value} (suspendue) importé comme en cours',
    es: 'Estado de la actividad {value} (suspendida) importado como en curso',
  },
  status_derived: {
    en: 'No activity status: {value} deduced from the dates',
    fr: 'Pas de statut d’activité : {value}, déduit des dates',
    es: 'Sin estado de la actividad: {value}, deducido de las fechas',
  },
  status_unknown: {
    en: 'Unknown activity status “{value}”',
    fr: 'Statut d’activité inconnu : « {value} »',
    es: 'Estado de la actividad desconocido: «{value}»',
  },
  date_planned: {
    en: '{field}: planned date {value} used (no actual date)',
    fr: '{field} : date prévue {value} utilisée (pas de date effective)',
    es: '{field}: se usa la fecha prevista {value} (no hay fecha real)',
  },
  budget_currency_other: {
    en: 'Budget of {value} left out: only USD amounts are imported, never converted',
    fr: 'Budget de {value} écarté : seuls les montants en USD sont importés, sans conversion',
    es: 'Presupuesto de {value} omitido: solo se importan importes en USD, nunca convertidos',
  },
  budget_currency_missing: {
    en: 'Budget of {value} has no currency (and no default currency): left out',
    fr: 'Le budget de {value} n’a pas de devise (ni de devise par défaut) : écarté',
    es: 'El presupuesto de {value} no tiene moneda (ni moneda por defecto): se omite',
  },
  budget_invalid: {
    en: 'Budget value “{value}” is not a number: left out',
    fr: 'Le montant « {value} » n’est pas un nombre : écarté',
    es: 'El importe «{value}» no es un número: se omite',
  },
  budget_none: {
    en: 'No budget in the activity: budget “not provided” (left out of sums, not 0)',
    fr: 'Aucun budget dans l’activité : budget « non communiqué » (hors des totaux, pas 0)',
    es: 'La actividad no tiene presupuesto: presupuesto «no comunicado» (fuera de las sumas, no 0)',
  },
  budget_not_provided: {
    en: 'The publisher states no budget is provided (code {value}): budget “not provided”',
    fr: 'L’éditeur indique qu’aucun budget n’est fourni (code {value}) : budget « non communiqué »',
    es: 'El publicador indica que no se facilita presupuesto (código {value}): presupuesto «no comunicado»',
  },
  budget_converted: {
    en: 'Budget of {value}',
    fr: 'Budget de {value}',
    es: 'Presupuesto de {value}',
  },
  budget_negative: {
    en: 'Negative budget value {value} left out (a budget cannot be negative)',
    fr: 'Montant de budget négatif {value} écarté (un budget ne peut être négatif)',
    es: 'Importe de presupuesto negativo {value} omitido (un presupuesto no puede ser negativo)',
  },
  budget_nested: {
    en: '{count} budget(s) for a period inside another budget’s period (e.g. quarters in a year) not added: the containing period counts them',
    fr: '{count} budget(s) d’une période incluse dans celle d’un autre budget (p. ex. trimestres d’une année) non ajouté(s) : la période englobante les compte',
    es: '{count} presupuesto(s) de un periodo incluido en el de otro presupuesto (p. ej., trimestres de un año) no sumado(s): el periodo que los contiene ya los cuenta',
  },
  budget_duplicate: {
    en: '{count} budget(s) repeating a period already budgeted counted once',
    fr: '{count} budget(s) répétant une période déjà budgétée, compté(s) une seule fois',
    es: '{count} presupuesto(s) que repiten un periodo ya presupuestado, contado(s) una sola vez',
  },
  budget_overlapping: {
    en: '{count} budget(s) whose period partly overlaps another are counted: check they do not repeat money',
    fr: '{count} budget(s) dont la période chevauche en partie une autre sont comptés : vérifiez qu’ils ne répètent pas les mêmes montants',
    es: '{count} presupuesto(s) cuyo periodo se solapa en parte con otro se cuentan: compruebe que no repiten los mismos importes',
  },
  status_contradicts_dates: {
    en: 'Activity status and dates disagree ({value}): status kept as published',
    fr: 'Le statut et les dates de l’activité se contredisent ({value}) : statut conservé tel que publié',
    es: 'El estado y las fechas de la actividad no concuerdan ({value}): se mantiene el estado publicado',
  },
  entity_unknown: {
    en: 'Unknown entity {value} left as written',
    fr: 'Entité inconnue {value}, laissée telle quelle',
    es: 'Entidad desconocida {value}, dejada tal cual',
  },
  rolled_up: {
    en: 'Child activities rolled up into this project: {value} ({count})',
    fr: 'Activités enfants regroupées dans ce projet : {value} ({count})',
    es: 'Actividades hijas agrupadas en este proyecto: {value} ({count})',
  },
  budget_from_children: {
    en: 'No budget of its own: the budgets of its child activities are summed ({count})',
    fr: 'Pas de budget propre : les budgets de ses activités enfants sont additionnés ({count})',
    es: 'Sin presupuesto propio: se suman los presupuestos de sus actividades hijas ({count})',
  },
  hierarchy_rolled_up: {
    en: 'Child activities rolled up into their parent, money counted once: {count}',
    fr: 'Activités enfants regroupées dans leur activité parente, montants comptés une fois : {count}',
    es: 'Actividades hijas agrupadas en su actividad madre, importes contados una vez: {count}',
  },
  hierarchy_separate: {
    en: 'Parent and child activities imported separately ({count} children): their budgets may repeat the same money',
    fr: 'Activités parentes et enfants importées séparément ({count} enfants) : leurs budgets peuvent répéter les mêmes montants',
    es: 'Actividades madre e hijas importadas por separado ({count} hijas): sus presupuestos pueden repetir los mismos importes',
  },
  region_none: {
    en: 'No recipient country or region: region set to Global',
    fr: 'Aucun pays ni région bénéficiaire : région « Mondial »',
    es: 'Ningún país ni región beneficiarios: región «Mundial»',
  },
  iati_version: {
    en: 'IATI version {value}',
    fr: 'Version IATI {value}',
    es: 'Versión IATI {value}',
  },
  budget_original_superseded: {
    en: '{count} original budget(s) replaced by the revised budget of the same period',
    fr: '{count} budget(s) initial(aux) remplacé(s) par le budget révisé de la même période',
    es: '{count} presupuesto(s) original(es) sustituido(s) por el presupuesto revisado del mismo periodo',
  },
  transaction_currency_missing: {
    en: '{count} transaction value(s) have no currency and the activity no default currency',
    fr: '{count} transaction(s) sans devise, et l’activité n’a pas de devise par défaut',
    es: '{count} transacción(es) sin moneda, y la actividad no tiene moneda por defecto',
  },
  title_language: {
    en: 'No title in the requested language: the {value} one is used',
    fr: 'Pas de titre dans la langue demandée : celui en {value} est utilisé',
    es: 'No hay título en el idioma solicitado: se usa el título en {value}',
  },
  sector_several_types: {
    en: 'Sectors point to several project types ({value}): the first is used',
    fr: 'Les secteurs renvoient à plusieurs types de projet ({value}) : le premier est retenu',
    es: 'Los sectores remiten a varios tipos de proyecto ({value}): se usa el primero',
  },
  hierarchy_levels: {
    en: 'The file mixes activity hierarchy levels ({value}): parent and child activities are both imported',
    fr: 'Le fichier mêle des niveaux d’activité ({value}) : activités parentes et enfants sont toutes importées',
    es: 'El archivo mezcla niveles de jerarquía de actividades ({value}): se importan tanto las actividades madre como las hijas',
  },
  json_array_property: {
    en: 'Records read from the “{value}” property',
    fr: 'Enregistrements lus dans la propriété « {value} »',
    es: 'Registros leídos de la propiedad «{value}»',
  },
  csv_row_error: { en: 'CSV row {value}', fr: 'Ligne CSV {value}', es: 'Fila CSV {value}' },
  csv_extra_cells: {
    en: 'More cells than the header has columns: “{value}” not imported',
    fr: 'Plus de cellules que l’en-tête n’a de colonnes : « {value} » non importé',
    es: 'Más celdas que columnas en el encabezado: «{value}» no se importa',
  },
  transactions_found: {
    en: 'Transactions found, in USD: {value}',
    fr: 'Transactions trouvées, en USD : {value}',
    es: 'Transacciones encontradas, en USD: {value}',
  },
  transaction_unconverted: {
    en: 'Transaction “{value}” cannot be converted to USD: not counted',
    fr: 'La transaction « {value} » ne peut être convertie en USD : non comptée',
    es: 'La transacción «{value}» no se puede convertir a USD: no se cuenta',
  },
  csv_missing_cells: {
    en: 'Fewer cells than the header has columns ({value}): the missing ones read as blank',
    fr: 'Moins de cellules que l’en-tête n’a de colonnes ({value}) : les cellules manquantes sont lues comme vides',
    es: 'Menos celdas que columnas en el encabezado ({value}): las que faltan se leen como vacías',
  },
};

/** "EUR 28871|2014|38298.22" as "EUR 28,871 converted at the 2014 average rate: US$38,298". */
function describeConversion(value: string, lang: Language): string {
  const [original = '', year = '', usd = '0'] = value.split('|');
  const [currency = '', amount = '0'] = original.split(' ');
  const number = (n: number, options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 0, ...options }).format(n);
  let shown = `${currency} ${number(Number(amount), {})}`;
  try {
    shown = number(Number(amount), { style: 'currency', currency, currencyDisplay: 'code' });
  } catch {
    // Not an ISO 4217 code Intl knows: the plain form above.
  }
  const inUsd = number(Number(usd), { style: 'currency', currency: 'USD' });
  const sentence: Labels = {
    en: `${shown} converted at the ${year} average rate: ${inUsd}`,
    fr: `${shown} converti au taux moyen de ${year} : ${inUsd}`,
    es: `${shown} convertido al tipo de cambio medio de ${year}: ${inUsd}`,
  };
  return sentence[lang];
}

const TRANSACTION_KIND_LABELS: Record<string, Labels> = {
  commitment: { en: 'commitments', fr: 'engagements', es: 'compromisos' },
  disbursement: { en: 'disbursements', fr: 'décaissements', es: 'desembolsos' },
  expenditure: { en: 'expenditure', fr: 'dépenses', es: 'gastos' },
  incoming: { en: 'incoming funds', fr: 'fonds reçus', es: 'fondos recibidos' },
};

/** "commitment=1000;expenditure=250" as "commitments US$1,000, expenditure US$250". */
function describeTransactionSums(value: string, lang: Language): string {
  const usd = new Intl.NumberFormat(localeOf(lang), {
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

const END: Labels = { en: ', end ', fr: ', fin ', es: ', fin ' };
const RECORD: Labels = { en: 'record', fr: 'enregistrement', es: 'registro' };

/** A language code as its name in the language ("fr" → "French", "français", "francés"). */
function languageName(code: string, lang: Language): string {
  try {
    const names = new Intl.DisplayNames([localeOf(lang)], { type: 'language', fallback: 'none' });
    const name = names.of(code);
    if (name) return name;
  } catch {
    // Not a well-formed language tag: shown as written below.
  }
  return `“${code}”`;
}

function labelOf(field: ImportField | undefined, lang: Language): string {
  if (!field) return '';
  if (field === 'description') return DESCRIPTION_FIELD.label[lang];
  return fieldLabel(field, lang);
}

/** A note as a sentence in the language, prefixed with the record it concerns. */
export function describeImportNote(note: ImportNote, lang: Language): string {
  let value = note.value ?? '';
  if (note.code === 'type_other') value = value ? ` (${value})` : '';
  if (note.code === 'budget_converted') value = describeConversion(value, lang);
  if (note.code === 'transactions_found') value = describeTransactionSums(value, lang);
  if (note.code === 'title_language') value = languageName(value, lang);
  if (note.code === 'status_contradicts_dates') value = value.replace('|', END[lang]);
  let text = TEMPLATES[note.code][lang]
    .replace('{field}', labelOf(note.field, lang))
    .replace('{value}', value)
    .replace('{count}', String(note.count ?? 1));
  text = text.charAt(0).toUpperCase() + text.slice(1);
  if (note.id !== undefined) return `${note.id}: ${text}`;
  if (note.index !== undefined) return `#${note.index + 1}: ${text}`;
  if (note.count !== undefined && !TEMPLATES[note.code].en.includes('{count}')) {
    const unit = RECORD[lang];
    return `${text} (${note.count} ${note.count === 1 ? unit : `${unit}s`})`;
  }
  return text;
}
