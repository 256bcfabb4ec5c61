import { defineCodeList } from './code-list';

/** The fund's regions (its "IDF Region" field). */
export const regions = defineCodeList([
  {
    code: 'africa',
    labels: { en: 'Africa', fr: 'Afrique' },
    aliases: ['sub-saharan africa', 'afrique subsaharienne'],
  },
  {
    code: 'asia-oceania',
    labels: { en: 'Asia and Oceania', fr: 'Asie et Océanie' },
    aliases: ['asia and the pacific', 'asia-pacific', 'asie-pacifique', 'asia & oceania'],
  },
  {
    code: 'europe-central-asia',
    labels: { en: 'Europe and Central Asia', fr: 'Europe et Asie centrale' },
    aliases: ['europe', 'europe & central asia'],
  },
  {
    code: 'latin-america-caribbean',
    labels: { en: 'Latin America and the Caribbean', fr: 'Amérique latine et Caraïbes' },
    aliases: [
      'latin america',
      'americas',
      'amerique latine et les caraibes',
      'latin america & the caribbean',
    ],
  },
  {
    code: 'middle-east-north-africa',
    labels: { en: 'Middle East and North Africa', fr: 'Moyen-Orient et Afrique du Nord' },
    aliases: ['mena', 'arab states', 'etats arabes'],
  },
  {
    code: 'global',
    labels: { en: 'Global', fr: 'Mondial' },
    aliases: ['worldwide', 'interregional', 'interrégional'],
  },
] as const);

export type RegionCode = (typeof regions.codes)[number];
