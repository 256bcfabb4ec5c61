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

const TEMPLATES: Record<ReasonCode, Record<Language, string>> = {
  not_an_object: { en: 'The record is not an object', fr: 'L’enregistrement n’est pas un objet' },
  missing: { en: '{field} is missing', fr: '{field} manque' },
  invalid_date: {
    en: '{field} “{value}” is not a date (expected 2019, 2019-03 or 2019-03-15)',
    fr: '{field} « {value} » n’est pas une date (attendu : 2019, 2019-03 ou 2019-03-15)',
  },
  end_before_start: {
    en: 'End date {value} is before the start date',
    fr: 'La date de fin {value} précède la date de début',
  },
  invalid_budget: {
    en: 'Budget “{value}” is not a number',
    fr: 'Le budget « {value} » n’est pas un nombre',
  },
  negative_budget: { en: 'Budget {value} is negative', fr: 'Le budget {value} est négatif' },
  unknown_code: { en: 'Unknown {field} “{value}”', fr: '{field} inconnu : « {value} »' },
  unknown_country: {
    en: 'Unknown benefiting state “{value}”',
    fr: 'État bénéficiaire inconnu : « {value} »',
  },
  invalid_year: {
    en: 'Funding year “{value}” is not a year',
    fr: 'L’année de financement « {value} » n’est pas une année',
  },
  duplicate_id: {
    en: 'Project ID {value} appears more than once',
    fr: 'L’identifiant {value} apparaît plusieurs fois',
  },
  completed_in_future: {
    en: 'Status is completed but the end date {value} is after the data date',
    fr: 'Le statut est « achevé » mais la date de fin {value} est postérieure à la date des données',
  },
  not_text: { en: '{field} is not text', fr: '{field} n’est pas un texte' },
  ongoing_but_ended: {
    en: 'Status is ongoing but the activity ended on {value}',
    fr: 'Le statut est « en cours » mais l’activité s’est terminée le {value}',
  },
  completed_not_ended: {
    en: 'Status is completed but the end date {value} is still to come',
    fr: 'Le statut est « achevé » mais la date de fin {value} n’est pas encore passée',
  },
  no_exchange_rate: {
    en: 'Budget {value} cannot be converted to USD: no annual rate for that currency and year',
    fr: 'Le budget {value} ne peut être converti en USD : pas de taux annuel pour cette devise et cette année',
  },
  unterminated_quote: {
    en: 'A quote opens on line {value} and never closes: the row is cut at the end of that line',
    fr: 'Un guillemet s’ouvre à la ligne {value} et ne se ferme jamais : la ligne est coupée à sa fin',
  },
  not_a_path: {
    en: 'Project ID “{value}” cannot be part of an address (it is “.” or “..”)',
    fr: 'L’identifiant « {value} » ne peut pas faire partie d’une adresse (c’est « . » ou « .. »)',
  },
  invalid_amount: {
    en: '{field} “{value}” is not an amount of zero or more',
    fr: '{field} « {value} » n’est pas un montant positif ou nul',
  },
  invalid_funder: {
    en: 'Funder “{value}” has no name, or a share outside 0–100 %',
    fr: 'Le bailleur « {value} » n’a pas de nom, ou une part hors de 0 à 100 %',
  },
};

const FIELD_NAMES: Record<string, Record<Language, string>> = {
  id: { en: 'Project ID', fr: 'Projet ID' },
  primaId: { en: 'Prima ID', fr: 'Prima ID' },
  title: { en: 'Title', fr: 'Titre' },
  startDate: { en: 'Start date', fr: 'Date de début' },
  endDate: { en: 'End date', fr: 'Date de fin' },
  status: { en: 'Status', fr: 'Statut' },
  type: { en: 'Project type', fr: 'Type de projet' },
  budgetUsd: { en: 'Budget (USD)', fr: 'Budget (USD)' },
  coverage: { en: 'Coverage', fr: 'Couverture' },
  year: { en: 'Funding year', fr: 'Année' },
  region: { en: 'Region', fr: 'Région' },
  countries: { en: 'Benefiting states', fr: 'États bénéficiaires' },
  funders: { en: 'Funders', fr: 'Bailleurs' },
  committedUsd: { en: 'Committed (USD)', fr: 'Engagé (USD)' },
  disbursedUsd: { en: 'Disbursed (USD)', fr: 'Décaissé (USD)' },
  spentUsd: { en: 'Spent (USD)', fr: 'Dépensé (USD)' },
  spendingByYear: { en: 'Spending by year', fr: 'Dépenses par année' },
  description: { en: 'Description', fr: 'Description' },
};

/** True for a reason code this version knows (a stored record may carry an older one). */
export function isReasonCode(code: unknown): code is ReasonCode {
  return typeof code === 'string' && Object.hasOwn(TEMPLATES, code);
}

/** A rejection reason as a sentence a person can read, in the language. */
export function describeReason(reason: RejectionReason, lang: Language = 'en'): string {
  const field = reason.field ? (FIELD_NAMES[reason.field]?.[lang] ?? reason.field) : '';
  // A replacer function, so that "$&" or "{field}" inside a value is shown as written.
  const text = TEMPLATES[reason.code][lang].replace(/\{(field|value)\}/g, (_, key: string) =>
    key === 'field' ? field : (reason.value ?? ''),
  );
  return text.charAt(0).toUpperCase() + text.slice(1);
}
