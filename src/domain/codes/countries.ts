import type { RegionCode } from './regions';
import { LANGUAGES, type Language } from './languages';
import { normalizeText } from './normalize';

/** Member states by the fund's region (ISO 3166-1 alpha-2). Global projects may name any. */
export const COUNTRIES_BY_REGION: Record<Exclude<RegionCode, 'global'>, readonly string[]> = {
  africa: [
    'AO',
    'BF',
    'BI',
    'BJ',
    'BW',
    'CD',
    'CF',
    'CG',
    'CI',
    'CM',
    'CV',
    'DJ',
    'ER',
    'ET',
    'GA',
    'GH',
    'GM',
    'GN',
    'GW',
    'KE',
    'LR',
    'LS',
    'MG',
    'ML',
    'MR',
    'MU',
    'MW',
    'MZ',
    'NA',
    'NE',
    'NG',
    'RW',
    'SC',
    'SL',
    'SN',
    'SO',
    'SS',
    'ST',
    'SZ',
    'TD',
    'TG',
    'TZ',
    'UG',
    'ZA',
    'ZM',
    'ZW',
  ],
  'asia-oceania': [
    'AF',
    'BD',
    'BT',
    'CN',
    'FJ',
    'FM',
    'ID',
    'IN',
    'IR',
    'KH',
    'KI',
    'LA',
    'LK',
    'MH',
    'MM',
    'MN',
    'MV',
    'NP',
    'NR',
    'PG',
    'PH',
    'PK',
    'PW',
    'SB',
    'TH',
    'TL',
    'TO',
    'TV',
    'VN',
    'VU',
    'WS',
  ],
  'europe-central-asia': [
    'AL',
    'AM',
    'AZ',
    'BA',
    'BY',
    'GE',
    'KG',
    'KZ',
    'MD',
    'ME',
    'MK',
    'RS',
    'TJ',
    'TM',
    'TR',
    'UA',
    'UZ',
    'XK',
  ],
  'latin-america-caribbean': [
    'AG',
    'AR',
    'BB',
    'BO',
    'BR',
    'BZ',
    'CL',
    'CO',
    'CR',
    'DM',
    'DO',
    'EC',
    'GD',
    'GT',
    'GY',
    'HN',
    'HT',
    'JM',
    'KN',
    'LC',
    'MX',
    'NI',
    'PA',
    'PE',
    'PY',
    'SR',
    'SV',
    'TT',
    'UY',
    'VC',
    'VE',
  ],
  'middle-east-north-africa': [
    'DZ',
    'EG',
    'IQ',
    'JO',
    'LB',
    'LY',
    'MA',
    'PS',
    'SD',
    'SY',
    'TN',
    'YE',
  ],
};

/**
 * Every other ISO 3166-1 country and territory, so that each belongs to exactly one region
 * (DESIGN §11). Rules: Europe, Russia and Greenland → Europe and Central Asia; the Gulf states,
 * Israel and Western Sahara → Middle East and North Africa; East and South-East Asia and the
 * Pacific (Australia, New Zealand, the Cook Islands, Niue…) → Asia and Oceania; the whole of
 * the Americas, North America included → Latin America and the Caribbean (the fund has no North
 * America region); Comoros, Equatorial Guinea and the African islands → Africa; Antarctica and
 * uninhabited territories → Global.
 */
const OTHER_COUNTRIES_BY_REGION: Record<RegionCode, readonly string[]> = {
  africa: ['KM', 'GQ', 'RE', 'YT', 'SH'],
  'asia-oceania': [
    'AS',
    'AU',
    'BN',
    'CX',
    'CC',
    'CK',
    'PF',
    'GU',
    'HK',
    'IO',
    'JP',
    'KP',
    'KR',
    'MO',
    'MY',
    'NC',
    'NZ',
    'NU',
    'NF',
    'MP',
    'PN',
    'SG',
    'TW',
    'TK',
    'WF',
  ],
  'europe-central-asia': [
    'AX',
    'AD',
    'AT',
    'BE',
    'BG',
    'HR',
    'CY',
    'CZ',
    'DK',
    'EE',
    'FO',
    'FI',
    'FR',
    'DE',
    'GI',
    'GR',
    'GL',
    'GG',
    'VA',
    'HU',
    'IS',
    'IE',
    'IM',
    'IT',
    'JE',
    'LV',
    'LI',
    'LT',
    'LU',
    'MT',
    'MC',
    'NL',
    'NO',
    'PL',
    'PT',
    'RO',
    'RU',
    'SM',
    'SK',
    'SI',
    'ES',
    'SJ',
    'SE',
    'CH',
    'GB',
  ],
  'latin-america-caribbean': [
    'AI',
    'AW',
    'BS',
    'BQ',
    'KY',
    'CU',
    'CW',
    'FK',
    'GF',
    'GP',
    'MQ',
    'MS',
    'AN',
    'PR',
    'BL',
    'MF',
    'SX',
    'TC',
    'VG',
    'VI',
    'US',
    'CA',
    'BM',
    'PM',
  ],
  'middle-east-north-africa': ['BH', 'IL', 'KW', 'OM', 'QA', 'SA', 'AE', 'EH'],
  global: ['AQ', 'BV', 'GS', 'HM', 'TF', 'UM'],
};

/** Every country code the product knows, sorted. */
export const COUNTRY_CODES: readonly string[] = Object.values(COUNTRIES_BY_REGION).flat().sort();

const REGION_OF_COUNTRY = new Map<string, RegionCode>(
  [...Object.entries(COUNTRIES_BY_REGION), ...Object.entries(OTHER_COUNTRIES_BY_REGION)].flatMap(
    ([region, codes]) => codes.map((code) => [code, region as RegionCode] as const),
  ),
);

/** The region a country belongs to, or undefined for an unknown code. */
export function regionOfCountry(code: string): RegionCode | undefined {
  return REGION_OF_COUNTRY.get(code);
}

const ISO_ALPHA2 = /^[A-Z]{2}$/;

/** True for a well-formed ISO 3166-1 alpha-2 code that the product knows. */
export function isKnownCountry(code: string): boolean {
  return (
    ISO_ALPHA2.test(code) &&
    (REGION_OF_COUNTRY.has(code) || countryNameIfAssigned(code, 'en') !== undefined)
  );
}

const displayNames = new Map<Language, Intl.DisplayNames>();
function namesFor(lang: Language): Intl.DisplayNames {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    displayNames.set(lang, names);
  }
  return names;
}

function countryNameIfAssigned(code: string, lang: Language): string | undefined {
  if (code === 'XK') return 'Kosovo';
  try {
    return namesFor(lang).of(code) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The country's name in the language (from the platform's CLDR data), or the code itself. */
export function countryName(code: string, lang: Language): string {
  return countryNameIfAssigned(code, lang) ?? code;
}

let byName: Map<string, string> | undefined;
/** The code for a country code or a country name in any interface language, or undefined. */
export function resolveCountry(word: string): string | undefined {
  const upper = word.trim().toUpperCase();
  if (ISO_ALPHA2.test(upper) && isKnownCountry(upper)) return upper;
  if (!byName) {
    byName = new Map();
    for (const code of COUNTRY_CODES) {
      for (const lang of LANGUAGES) byName.set(normalizeText(countryName(code, lang)), code);
    }
  }
  return byName.get(normalizeText(word));
}
