import { defineCodeList } from './code-list';

/** The fund's regions (its "IDF Region" field). */
export const regions = defineCodeList([
  {
    code: 'africa',
    labels: { en: 'Africa', fr: 'Afrique', es: 'África' },
    aliases: ['sub-saharan africa', 'afrique subsaharienne', 'africa subsahariana'],
  },
  {
    code: 'asia-oceania',
    labels: { en: 'Asia and Oceania', fr: 'Asie et Océanie', es: 'Asia y Oceanía' },
    aliases: [
      'asia and the pacific',
      'asia-pacific',
      'asie-pacifique',
      'asia & oceania',
      'asia y el pacifico',
    ],
  },
  {
    code: 'europe-central-asia',
    labels: {
      en: 'Europe and Central Asia',
      fr: 'Europe et Asie centrale',
      es: 'Europa y Asia Central',
    },
    aliases: ['europe', 'europe & central asia', 'europa'],
  },
  {
    code: 'latin-america-caribbean',
    labels: {
      en: 'Latin America and the Caribbean',
      fr: 'Amérique latine et Caraïbes',
      es: 'América Latina y el Caribe',
    },
    aliases: [
      'latin america',
      'americas',
      'amerique latine et les caraibes',
      'latin america & the caribbean',
      'america latina',
    ],
  },
  {
    code: 'middle-east-north-africa',
    labels: {
      en: 'Middle East and North Africa',
      fr: 'Moyen-Orient et Afrique du Nord',
      es: 'Oriente Medio y Norte de África',
    },
    aliases: [
      'mena',
      'arab states',
      'etats arabes',
      'estados arabes',
      'oriente medio y africa del norte',
    ],
  },
  {
    code: 'global',
    labels: { en: 'Global', fr: 'Mondial', es: 'Mundial' },
    aliases: ['worldwide', 'interregional', 'interrégional'],
  },
] as const);

export type RegionCode = (typeof regions.codes)[number];
