import { defineCodeList } from './code-list';

export const coverages = defineCodeList([
  {
    code: 'national',
    labels: { en: 'National', fr: 'National', es: 'Nacional' },
    aliases: ['nationale', 'country', 'pais'],
  },
  {
    code: 'regional',
    labels: { en: 'Regional', fr: 'Régional', es: 'Regional' },
    aliases: ['regionale', 'multi-country', 'multipays', 'multipais'],
  },
  {
    code: 'global',
    labels: { en: 'Global', fr: 'Mondial', es: 'Mundial' },
    aliases: ['globale', 'mondiale', 'worldwide', 'global'],
  },
] as const);

export type CoverageCode = (typeof coverages.codes)[number];
