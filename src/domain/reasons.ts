import type { Language } from './codes/languages';

/** Why a record was rejected: a code, the field and the offending value. */
export interface RejectionReason {
  code: ReasonCode;
  field?: string;
  value?: string;
}

export type ReasonCode =
  | 'not_an_object'
  | 'missing'
  | 'invalid_date'
  | 'end_before_start'
  | 'invalid_budget'
  | 'negative_budget'
  | 'unknown_code'
  | 'unknown_country'
  | 'invalid_year'
  | 'duplicate_id'
  | 'completed_in_future'
  | 'not_text'
  | 'unterminated_quote'
  | 'not_a_path'
  | 'invalid_amount'
  | 'invalid_funder'
  | 'no_exchange_rate'
  | 'ongoing_but_ended'
  | 'completed_not_ended';

/**
 * Words that agree with the field they follow: French and Spanish adjectives take the field's
 * gender and number ("Titre manquant", "Date de début manquante", "Región desconocida").
 */
type Agreeing = Record<Gender, string>;
type Gender = 'm' | 'f' | 'mp' | 'fp';
type Template = string | Agreeing;

const TEMPLATES: Record<ReasonCode, Record<Language, Template>> = {
  not_an_object: {
    en: 'The record is not an object',
    fr: 'L’enregistrement n’est pas un objet',
    es: 'El registro no es un objeto',
  },
  missing: {
    en: '{field} is missing',
    fr: {
      m: '{field} manquant',
      f: '{field} manquante',
      mp: '{field} manquants',
      fp: '{field} manquantes',
    },
    es: {
      m: 'Falta el campo {field}',
      f: 'Falta el campo {field}',
      mp: 'Falta el campo {field}',
      fp: 'Falta el campo {field}',
    },
  },
  invalid_date: {
    en: '{field} “{value}” is not a date (expected 2019, 2019-03 or 2019-03-15)',
    fr: '{field} « {value} » n’est pas une date (attendu : 2019, 2019-03 ou 2019-03-15)',
    es: '{field} «{value}» no es una fecha (se espera 2019, 2019-03 o 2019-03-15)',
  },
  end_before_start: {
    en: 'End date {value} is before the start date',
    fr: 'La date de fin {value} précède la date de début',
    es: 'La fecha de finalización {value} es anterior a la fecha de inicio',
  },
  invalid_budget: {
    en: 'Budget “{value}” is not a number',
    fr: 'Le budget « {value} » n’est pas un nombre',
    es: 'El presupuesto «{value}» no es un número',
  },
  negative_budget: {
    en: 'Budget {value} is negative',
    fr: 'Le budget {value} est négatif',
    es: 'El presupuesto {value} es negativo',
  },
  unknown_code: {
    en: 'Unknown {field} “{value}”',
    fr: {
      m: '{field} inconnu : « {value} »',
      f: '{field} inconnue : « {value} »',
      mp: '{field} inconnus : « {value} »',
      fp: '{field} inconnues : « {value} »',
    },
    es: {
      m: '{field} desconocido: «{value}»',
      f: '{field} desconocida: «{value}»',
      mp: '{field} desconocidos: «{value}»',
      fp: '{field} desconocidas: «{value}»',
    },
  },
  unknown_country: {
    en: 'Unknown benefiting state “{value}”',
    fr: 'État bénéficiaire inconnu : « {value} »',
    es: 'Estado beneficiario desconocido: «{value}»',
  },
  invalid_year: {
    en: 'Funding year “{value}” is not a year',
    fr: 'L’année de financement « {value} » n’est pas une année',
    es: 'El año de financiación «{value}» no es un año',
  },
  duplicate_id: {
    en: 'Project ID {value} appears more than once',
    fr: 'L’ID du projet {value} apparaît plusieurs fois',
    es: 'El ID del proyecto {value} aparece más de una vez',
  },
  completed_in_future: {
    en: 'Status is completed but the end date {value} is after the data date',
    fr: 'Le statut est « achevé » mais la date de fin {value} est postérieure à la date des données',
    es: 'El estado es «finalizado», pero la fecha de finalización {value} es posterior a la fecha de los datos',
  },
  not_text: {
    en: '{field} is not text',
    fr: '{field} n’est pas un texte',
    es: '{field} no es un texto',
  },
  ongoing_but_ended: {
    en: 'Status is ongoing but the activity ended on {value}',
    fr: 'Le statut est « en cours » mais l’activité s’est terminée le {value}',
    es: 'El estado es «en curso», pero la actividad terminó el {value}',
  },
  completed_not_ended: {
    en: 'Status is completed but the end date {value} is still to come',
    fr: 'Le statut est « achevé » mais la date de fin {value} n’est pas encore passée',
    es: 'El estado es «finalizado», pero la fecha de finalización {value} aún no ha llegado',
  },
  no_exchange_rate: {
    en: 'Budget {value} cannot be converted to USD: no annual rate for that currency and year',
    fr: 'Le budget {value} ne peut être converti en USD : pas de taux annuel pour cette devise et cette année',
    es: 'El presupuesto {value} no se puede convertir a USD: no hay tipo de cambio anual para esa moneda y ese año',
  },
  unterminated_quote: {
    en: 'A quote opens on line {value} and never closes: the row is cut at the end of that line',
    fr: 'Un guillemet s’ouvre à la ligne {value} et ne se ferme jamais : la ligne est coupée à sa fin',
    es: 'Unas comillas se abren en la línea {value} y no se cierran: la fila se corta al final de esa línea',
  },
  not_a_path: {
    en: 'Project ID “{value}” cannot be part of an address (it is “.” or “..”)',
    fr: 'L’ID du projet « {value} » ne peut pas faire partie d’une adresse (c’est « . » ou « .. »)',
    es: 'El ID del proyecto «{value}» no puede formar parte de una dirección (es «.» o «..»)',
  },
  invalid_amount: {
    en: '{field} “{value}” is not an amount of zero or more',
    fr: '{field} « {value} » n’est pas un montant positif ou nul',
    es: '{field} «{value}» no es un importe igual o mayor que cero',
  },
  invalid_funder: {
    en: 'Funder “{value}” has no name, or a share outside 0–100 %',
    fr: 'Le bailleur de fonds « {value} » n’a pas de nom, ou une part hors de 0 à 100 %',
    es: 'El financiador «{value}» no tiene nombre, o su parte está fuera de 0–100 %',
  },
};

/** A field's name per language, with its French and Spanish gender and number. */
interface FieldName {
  en: string;
  fr: [string, Gender];
  es: [string, Gender];
}

const FIELD_NAMES: Record<string, FieldName> = {
  id: { en: 'Project ID', fr: ['ID du projet', 'm'], es: ['ID del proyecto', 'm'] },
  primaId: { en: 'Prima ID', fr: ['ID Prima', 'm'], es: ['ID de Prima', 'm'] },
  title: { en: 'Title', fr: ['Titre', 'm'], es: ['Título', 'm'] },
  startDate: { en: 'Start date', fr: ['Date de début', 'f'], es: ['Fecha de inicio', 'f'] },
  endDate: { en: 'End date', fr: ['Date de fin', 'f'], es: ['Fecha de finalización', 'f'] },
  status: { en: 'Status', fr: ['Statut', 'm'], es: ['Estado', 'm'] },
  type: { en: 'Project type', fr: ['Type de projet', 'm'], es: ['Tipo de proyecto', 'm'] },
  budgetUsd: { en: 'Budget (USD)', fr: ['Budget (USD)', 'm'], es: ['Presupuesto (USD)', 'm'] },
  coverage: { en: 'Coverage', fr: ['Couverture', 'f'], es: ['Cobertura', 'f'] },
  year: {
    en: 'Funding year',
    fr: ['Année de financement', 'f'],
    es: ['Año de financiación', 'm'],
  },
  region: { en: 'Region', fr: ['Région', 'f'], es: ['Región', 'f'] },
  countries: {
    en: 'Benefiting states',
    fr: ['États bénéficiaires', 'mp'],
    es: ['Estados beneficiarios', 'mp'],
  },
  funders: { en: 'Funders', fr: ['Bailleurs de fonds', 'mp'], es: ['Financiadores', 'mp'] },
  committedUsd: {
    en: 'Committed (USD)',
    fr: ['Engagé (USD)', 'm'],
    es: ['Comprometido (USD)', 'm'],
  },
  disbursedUsd: {
    en: 'Disbursed (USD)',
    fr: ['Décaissé (USD)', 'm'],
    es: ['Desembolsado (USD)', 'm'],
  },
  spentUsd: { en: 'Spent (USD)', fr: ['Dépensé (USD)', 'm'], es: ['Gastado (USD)', 'm'] },
  spendingByYear: {
    en: 'Spending by year',
    fr: ['Dépenses par année', 'fp'],
    es: ['Gasto por año', 'm'],
  },
  description: { en: 'Description', fr: ['Description', 'f'], es: ['Descripción', 'f'] },
};

/** A field's name in the language and the gender its adjectives take (English has none). */
function fieldName(field: string | undefined, lang: Language): [string, Gender] {
  if (!field) return ['', 'm'];
  const names = FIELD_NAMES[field];
  if (!names) return [field, 'm'];
  return lang === 'en' ? [names.en, 'm'] : names[lang];
}

/** True for a reason code this version knows (a stored record may carry an older one). */
export function isReasonCode(code: unknown): code is ReasonCode {
  return typeof code === 'string' && Object.hasOwn(TEMPLATES, code);
}

/** A rejection reason as a sentence a person can read, in the language. */
export function describeReason(reason: RejectionReason, lang: Language = 'en'): string {
  const [field, gender] = fieldName(reason.field, lang);
  const template = TEMPLATES[reason.code][lang];
  // A replacer function, so that "$&" or "{field}" inside a value is shown as written.
  const text = (typeof template === 'string' ? template : template[gender]).replace(
    /\{(field|value)\}/g,
    (_, key: string) => (key === 'field' ? field : (reason.value ?? '')),
  );
  return text.charAt(0).toUpperCase() + text.slice(1);
}
