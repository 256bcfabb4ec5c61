import type { Language, Labels } from '@/domain/codes';

export type ImportErrorCode =
  | 'empty_file'
  | 'invalid_xml'
  | 'not_iati'
  | 'invalid_json'
  | 'unsupported_json'
  | 'no_records'
  | 'unknown_format';

/** Why a whole file could not be imported: a code, its message in the language, and a detail from the parser. */
export interface ImportError {
  code: ImportErrorCode;
  message: string;
  detail?: string;
}

const MESSAGES: Record<ImportErrorCode, Labels> = {
  empty_file: {
    en: 'The file is empty.',
    fr: 'Le fichier est vide.',
    es: 'El archivo está vacío.',
  },
  invalid_xml: {
    en: 'The file is not well-formed XML.',
    fr: 'Le fichier n’est pas un XML bien formé.',
    es: 'El archivo no es un XML bien formado.',
  },
  not_iati: {
    en: 'The XML file is not IATI activity data (no <iati-activities> or <iati-activity>).',
    fr: 'Le fichier XML ne contient pas d’activités IATI (ni <iati-activities> ni <iati-activity>).',
    es: 'El archivo XML no contiene actividades IATI (ni <iati-activities> ni <iati-activity>).',
  },
  invalid_json: {
    en: 'The file is not valid JSON.',
    fr: 'Le fichier n’est pas un JSON valide.',
    es: 'El archivo no es un JSON válido.',
  },
  unsupported_json: {
    en: 'The JSON file holds no list of records.',
    fr: 'Le fichier JSON ne contient aucune liste d’enregistrements.',
    es: 'El archivo JSON no contiene ninguna lista de registros.',
  },
  no_records: {
    en: 'The file holds no records.',
    fr: 'Le fichier ne contient aucun enregistrement.',
    es: 'El archivo no contiene ningún registro.',
  },
  unknown_format: {
    en: 'The file is neither CSV, JSON nor IATI XML.',
    fr: 'Le fichier n’est ni un CSV, ni un JSON, ni un XML IATI.',
    es: 'El archivo no es ni CSV, ni JSON, ni XML de IATI.',
  },
};

/** An import error with its message in the language. */
export function importError(code: ImportErrorCode, lang: Language, detail?: string): ImportError {
  const error: ImportError = { code, message: MESSAGES[code][lang] };
  if (detail !== undefined) error.detail = detail;
  return error;
}

/** The message of an error code in a language (for a UI that switches language later). */
export function describeImportError(code: ImportErrorCode, lang: Language): string {
  return MESSAGES[code][lang];
}
