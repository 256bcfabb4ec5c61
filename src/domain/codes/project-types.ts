import { defineCodeList } from './code-list';

/** Thematic project types; `prefix` starts the project IDs of that type (e.g. RR.0083). */
export const projectTypes = defineCodeList([
  {
    code: 'avrr',
    labels: {
      en: 'Assisted voluntary return and reintegration',
      fr: 'Aide au retour et à la réintégration à l’intention des migrants et des gouvernements',
    },
    aliases: [
      'avrr',
      'assisted voluntary return and reintegration for migrants and governments',
      'return and reintegration',
      'retour et reintegration',
    ],
  },
  {
    code: 'counter-trafficking',
    labels: { en: 'Counter-trafficking', fr: 'Lutte contre la traite' },
    aliases: [
      'counter trafficking',
      'lutte contre la traite des personnes',
      'trafficking in persons',
    ],
  },
  {
    code: 'labour-migration',
    labels: { en: 'Labour migration', fr: 'Migration de main-d’œuvre' },
    aliases: ['labor migration', 'migration de travail', 'labour mobility'],
  },
  {
    code: 'border-management',
    labels: {
      en: 'Immigration and border management',
      fr: 'Gestion de l’immigration et des frontières',
    },
    aliases: ['border management', 'gestion des frontieres', 'immigration and border governance'],
  },
  {
    code: 'migration-development',
    labels: { en: 'Migration and development', fr: 'Migration et développement' },
    aliases: ['migration & development'],
  },
  {
    code: 'migration-health',
    labels: { en: 'Migration health', fr: 'Migration et santé' },
    aliases: ['health', 'sante des migrants', 'migrant health'],
  },
  {
    code: 'policy-research',
    labels: { en: 'Migration policy and research', fr: 'Politique et recherche sur la migration' },
    aliases: ['policy and research', 'research', 'recherche', 'migration governance'],
  },
  {
    code: 'environment',
    labels: {
      en: 'Migration, environment and climate change',
      fr: 'Migration, environnement et changement climatique',
    },
    aliases: ['climate change', 'environment', 'changement climatique'],
  },
  {
    code: 'other',
    labels: { en: 'Other or not stated', fr: 'Autre ou non précisé' },
    aliases: ['other', 'autre', 'unspecified', 'non precise'],
  },
] as const);

export type ProjectTypeCode = (typeof projectTypes.codes)[number];

/** The project-ID prefix for each type. */
export const PROJECT_ID_PREFIX: Record<ProjectTypeCode, string> = {
  avrr: 'RR',
  'counter-trafficking': 'CT',
  'labour-migration': 'LM',
  'border-management': 'IB',
  'migration-development': 'MD',
  'migration-health': 'MH',
  'policy-research': 'PR',
  environment: 'CC',
  other: 'OT',
};
