import { defineCodeList } from './code-list';

export const coverages = defineCodeList([
  {
    code: 'national',
    labels: { en: 'National', fr: 'National' },
    aliases: ['nationale', 'country'],
  },
  {
    code: 'regional',
    labels: { en: 'Regional', fr: 'Régional' },
    aliases: ['regionale', 'multi-country'],
  },
  {
    code: 'global',
    labels: { en: 'Global', fr: 'Mondial' },
    aliases: ['globale', 'mondiale', 'worldwide'],
  },
] as const);

export type CoverageCode = (typeof coverages.codes)[number];
