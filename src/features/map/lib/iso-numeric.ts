/**
 * world-atlas identifies countries by their ISO 3166-1 numeric code; the portfolio uses alpha-2.
 * This table covers every state of the fund's regions (COUNTRY_CODES) and, so that an imported
 * portfolio naming any other country still finds it on the map, every other state drawn at 110m.
 */
// prettier-ignore
const NUMERIC: Record<string, string> = {
  // Africa
  AO: '024', BF: '854', BI: '108', BJ: '204', BW: '072', CD: '180', CF: '140', CG: '178', CI: '384',
  CM: '120', CV: '132', DJ: '262', ER: '232', ET: '231', GA: '266', GH: '288', GM: '270', GN: '324',
  GW: '624', KE: '404', LR: '430', LS: '426', MG: '450', ML: '466', MR: '478', MU: '480', MW: '454',
  MZ: '508', NA: '516', NE: '562', NG: '566', RW: '646', SC: '690', SL: '694', SN: '686', SO: '706',
  SS: '728', ST: '678', SZ: '748', TD: '148', TG: '768', TZ: '834', UG: '800', ZA: '710', ZM: '894',
  ZW: '716',
  // Asia and Oceania
  AF: '004', BD: '050', BT: '064', CN: '156', FJ: '242', FM: '583', ID: '360', IN: '356', IR: '364',
  KH: '116', KI: '296', LA: '418', LK: '144', MH: '584', MM: '104', MN: '496', MV: '462', NP: '524',
  NR: '520', PG: '598', PH: '608', PK: '586', PW: '585', SB: '090', TH: '764', TL: '626', TO: '776',
  TV: '798', VN: '704', VU: '548', WS: '882',
  // Europe and Central Asia (Kosovo has no numeric code: see ATLAS_NAMES)
  AL: '008', AM: '051', AZ: '031', BA: '070', BY: '112', GE: '268', KG: '417', KZ: '398', MD: '498',
  ME: '499', MK: '807', RS: '688', TJ: '762', TM: '795', TR: '792', UA: '804', UZ: '860',
  // Latin America and the Caribbean
  AG: '028', AR: '032', BB: '052', BO: '068', BR: '076', BZ: '084', CL: '152', CO: '170', CR: '188',
  DM: '212', DO: '214', EC: '218', GD: '308', GT: '320', GY: '328', HN: '340', HT: '332', JM: '388',
  KN: '659', LC: '662', MX: '484', NI: '558', PA: '591', PE: '604', PY: '600', SR: '740', SV: '222',
  TT: '780', UY: '858', VC: '670', VE: '862',
  // Middle East and North Africa
  DZ: '012', EG: '818', IQ: '368', JO: '400', LB: '422', LY: '434', MA: '504', PS: '275', SD: '729',
  SY: '760', TN: '788', YE: '887',
  // Other states drawn at 110m
  AE: '784', AT: '040', AU: '036', BE: '056', BG: '100', BN: '096', BS: '044', CA: '124', CH: '756',
  CU: '192', CY: '196', CZ: '203', DE: '276', DK: '208', EE: '233', EH: '732', ES: '724', FI: '246',
  FK: '238', FR: '250', GB: '826', GL: '304', GQ: '226', GR: '300', HR: '191', HU: '348', IE: '372',
  IL: '376', IS: '352', IT: '380', JP: '392', KP: '408', KR: '410', KW: '414', LT: '440', LU: '442',
  LV: '428', MY: '458', NC: '540', NL: '528', NO: '578', NZ: '554', OM: '512', PL: '616', PR: '630',
  PT: '620', QA: '634', RO: '642', RU: '643', SA: '682', SE: '752', SI: '705', SK: '703', TF: '260',
  TW: '158', US: '840',
};

/** States without an ISO numeric code, which world-atlas names instead. */
const ATLAS_NAMES: Record<string, string> = { Kosovo: 'XK' };

/**
 * States of the fund's regions that the 110m boundaries do not draw: islands too small at
 * that scale. They are listed in the table view instead (checked against the data in tests).
 */
// prettier-ignore
export const TOO_SMALL_AT_110M: readonly string[] = [
  'AG', 'BB', 'CV', 'DM', 'FM', 'GD', 'KI', 'KN', 'LC', 'MH', 'MU', 'MV', 'NR', 'PW', 'SC', 'ST', 'TO',
  'TV', 'VC', 'WS',
];

const ALPHA2_BY_NUMERIC = new Map(
  Object.entries(NUMERIC).map(([alpha2, numeric]) => [numeric, alpha2]),
);
const TOO_SMALL = new Set(TOO_SMALL_AT_110M);

/** The ISO 3166-1 numeric code of an alpha-2 code, or undefined (Kosovo, or a state not in the table). */
export function numericOf(alpha2: string): string | undefined {
  return NUMERIC[alpha2];
}

/** Every alpha-2 code in the table, including those matched by name. */
export function tableCodes(): string[] {
  return [...Object.keys(NUMERIC), ...Object.values(ATLAS_NAMES)];
}

/** The alpha-2 code of a world-atlas feature, from its numeric id or, lacking one, its name. */
export function alpha2OfFeature(
  id: string | number | undefined,
  name: string | undefined,
): string | undefined {
  if (id !== undefined) return ALPHA2_BY_NUMERIC.get(String(id).padStart(3, '0'));
  return name === undefined ? undefined : ATLAS_NAMES[name];
}

/** Whether the map draws this state (known to the table and large enough at 110m). */
export function isDrawn(alpha2: string): boolean {
  return (
    !TOO_SMALL.has(alpha2) && (alpha2 in NUMERIC || Object.values(ATLAS_NAMES).includes(alpha2))
  );
}
