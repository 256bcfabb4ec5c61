import {
  PROJECT_ID_PREFIX,
  type ProjectTypeCode,
  type RegionCode,
  type StatusCode,
} from '@/domain/codes';

/**
 * OECD DAC recipient regions (IATI Region vocabulary 1) → the fund's regions.
 * Every code of the IATI Region list maps. 689 South & Central Asia and 798 Asia straddle two
 * of the fund's regions (Central Asia belongs to "Europe and Central Asia"): they go to Asia and
 * Oceania, where most of their states are.
 * 298 "Africa, regional" goes to Africa although it also covers North Africa: it is the
 * continent-wide code, and the fund's Africa region is the continent's larger part.
 */
export const DAC_REGION_TO_REGION: Readonly<Record<string, RegionCode>> = {
  '88': 'europe-central-asia', // States Ex-Yugoslavia unspecified
  '89': 'europe-central-asia', // Europe, regional
  '189': 'middle-east-north-africa', // North of Sahara, regional
  '289': 'africa', // South of Sahara, regional
  '298': 'africa', // Africa, regional
  '380': 'latin-america-caribbean', // West Indies, regional
  '389': 'latin-america-caribbean', // North & Central America, regional
  '489': 'latin-america-caribbean', // South America, regional
  '498': 'latin-america-caribbean', // America, regional
  '589': 'middle-east-north-africa', // Middle East, regional
  '619': 'europe-central-asia', // Central Asia, regional
  '679': 'asia-oceania', // South Asia, regional
  '689': 'asia-oceania', // South & Central Asia, regional: most of its states are South Asian
  '798': 'asia-oceania', // Asia, regional: most of its states are in Asia and Oceania
  '789': 'asia-oceania', // Far East Asia, regional
  '889': 'asia-oceania', // Oceania, regional
  '998': 'global', // Developing countries, unspecified
  '1027': 'africa', // Eastern Africa, regional
  '1028': 'africa', // Middle Africa, regional
  '1029': 'africa', // Southern Africa, regional
  '1030': 'africa', // Western Africa, regional
  '1031': 'latin-america-caribbean', // Caribbean, regional
  '1032': 'latin-america-caribbean', // Central America, regional
  '1033': 'asia-oceania', // Melanesia, regional
  '1034': 'asia-oceania', // Micronesia, regional
  '1035': 'asia-oceania', // Polynesia, regional
};

/**
 * UNDP regional bureaux (the `region` of open.undp.org data) → the fund's regions. The Arab
 * States bureau covers a few countries the fund files under Africa (Somalia, Djibouti): the
 * bureau is kept as the record's region all the same, because it is what the source states.
 */
export const UNDP_BUREAU_TO_REGION: Readonly<Record<string, RegionCode>> = {
  RBA: 'africa',
  RBAP: 'asia-oceania',
  RBAS: 'middle-east-north-africa',
  RBEC: 'europe-central-asia',
  RBLAC: 'latin-america-caribbean',
};

/**
 * IATI ActivityStatus → the fund's two statuses. 1 pipeline and 2 implementation are ongoing,
 * 3 finalisation and 4 closed completed. The codes the fund has no word for are imported and
 * kept as such (DESIGN §11): 5 cancelled, 6 suspended.
 */
export const IATI_STATUS: Readonly<Record<string, StatusCode>> = {
  '1': 'ongoing',
  '2': 'ongoing',
  '3': 'completed',
  '4': 'completed',
  '5': 'cancelled',
  '6': 'suspended',
};

/**
 * DAC 5-digit purpose codes (IATI sector vocabulary 1, the default) → project types. A small
 * table of the codes that name one of the fund's themes; anything else imports as `other`
 * with a note.
 *   15190 Facilitation of orderly, safe, regular and responsible migration and mobility → policy and research
 *         (migration governance, the fund's policy theme)
 *   15136 Immigration → immigration and border management
 *   24050 Remittance facilitation, promotion and optimisation → migration and development
 *   93015 Refugees in donor countries – voluntary repatriation → AVRR
 *   13010 Population policy and administrative management, 13096 Population statistics and data → policy and research
 *   121xx, 122xx, 123xx health; 72011 Basic health care services in emergencies → migration health
 *   410xx general environment protection; 43060 Disaster risk reduction; 74010 Disaster prevention
 *         and preparedness; 74020 Multi-hazard response preparedness → environment and climate change
 */
const DAC_PURPOSE_TO_TYPE: Readonly<Record<string, ProjectTypeCode>> = {
  '15190': 'policy-research',
  '15136': 'border-management',
  '24050': 'migration-development',
  '93015': 'avrr',
  '13010': 'policy-research',
  '13096': 'policy-research',
  '72011': 'migration-health',
  '43060': 'environment',
  '74010': 'environment',
  '74020': 'environment',
};
/** DAC 3-digit categories (IATI sector vocabulary 2), also the prefixes of the 5-digit codes. */
const DAC_CATEGORY_TO_TYPE: Readonly<Record<string, ProjectTypeCode>> = {
  '121': 'migration-health',
  '122': 'migration-health',
  '123': 'migration-health',
  '410': 'environment',
};

/** The project type of a DAC sector code (3 or 5 digits), or undefined. */
export function typeFromDacSector(code: string): ProjectTypeCode | undefined {
  const c = code.trim();
  if (/^\d{5}$/.test(c)) return DAC_PURPOSE_TO_TYPE[c] ?? DAC_CATEGORY_TO_TYPE[c.slice(0, 3)];
  if (/^\d{3}$/.test(c)) return DAC_CATEGORY_TO_TYPE[c];
  return undefined;
}

const TYPE_BY_PREFIX = new Map(
  Object.entries(PROJECT_ID_PREFIX).map(([type, prefix]) => [prefix, type as ProjectTypeCode]),
);

/**
 * The fund's project-type codes are IOM's own (the prefixes of its project IDs: RR, CT, LM…),
 * which IOM also publishes as its sector vocabulary 99 and at the start of its IATI activity
 * ids (XM-DAC-47066-RR.0083). The type for such a code, or undefined (e.g. DP, displaced persons).
 */
export function typeFromIomCode(code: string): ProjectTypeCode | undefined {
  const type = TYPE_BY_PREFIX.get(code.trim().toUpperCase());
  return type === 'other' ? undefined : type;
}

/** IOM's IATI organisation identifier. */
export const IOM_ORG_REF = 'XM-DAC-47066';
