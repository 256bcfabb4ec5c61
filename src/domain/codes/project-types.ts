import type { ProjectTypeEntry } from '../project';
import { defineCodeList } from './code-list';
import { DAC_SECTOR_CATEGORIES } from './dac-sector-categories';
import type { Language } from './languages';

/** Thematic project types; `prefix` starts the project IDs of that type (e.g. RR.0083). */
export const projectTypes = defineCodeList([
  {
    code: 'avrr',
    labels: {
      en: 'Assisted voluntary return and reintegration',
      fr: 'Aide au retour et à la réintégration à l’intention des migrants et des gouvernements',
      es: 'Retorno voluntario asistido y reintegración',
    },
    aliases: [
      'avrr',
      'assisted voluntary return and reintegration for migrants and governments',
      'return and reintegration',
      'retour et reintegration',
      'retorno y reintegracion',
    ],
  },
  {
    code: 'counter-trafficking',
    labels: {
      en: 'Counter-trafficking',
      fr: 'Lutte contre la traite',
      es: 'Lucha contra la trata',
    },
    aliases: [
      'counter trafficking',
      'lutte contre la traite des personnes',
      'trafficking in persons',
      'lucha contra la trata de personas',
      'trata de personas',
    ],
  },
  {
    code: 'labour-migration',
    labels: { en: 'Labour migration', fr: 'Migration de main-d’œuvre', es: 'Migración laboral' },
    aliases: ['labor migration', 'migration de travail', 'labour mobility', 'movilidad laboral'],
  },
  {
    code: 'border-management',
    labels: {
      en: 'Immigration and border management',
      fr: 'Gestion de l’immigration et des frontières',
      es: 'Gestión de la inmigración y de las fronteras',
    },
    aliases: [
      'border management',
      'gestion des frontieres',
      'immigration and border governance',
      'gestion de fronteras',
    ],
  },
  {
    code: 'migration-development',
    labels: {
      en: 'Migration and development',
      fr: 'Migration et développement',
      es: 'Migración y desarrollo',
    },
    aliases: ['migration & development'],
  },
  {
    code: 'migration-health',
    labels: { en: 'Migration health', fr: 'Migration et santé', es: 'Migración y salud' },
    aliases: ['health', 'sante des migrants', 'migrant health', 'salud de los migrantes'],
  },
  {
    code: 'policy-research',
    labels: {
      en: 'Migration policy and research',
      fr: 'Politique et recherche sur la migration',
      es: 'Políticas e investigación sobre migración',
    },
    aliases: [
      'policy and research',
      'research',
      'recherche',
      'migration governance',
      'investigacion',
    ],
  },
  {
    code: 'environment',
    labels: {
      en: 'Migration, environment and climate change',
      fr: 'Migration, environnement et changement climatique',
      es: 'Migración, medio ambiente y cambio climático',
    },
    aliases: ['climate change', 'environment', 'changement climatique', 'cambio climatico'],
  },
  {
    code: 'other',
    labels: { en: 'Other or not stated', fr: 'Autre ou non précisé', es: 'Otro o no indicado' },
    aliases: ['other', 'autre', 'unspecified', 'non precise', 'otro', 'no indicado'],
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

/** The type code of a DAC sector category (IATI imports): `dac-` and its three digits. */
export const dacTypeCode = (category: string): string => `dac-${category}`;

const DAC_TYPE_LABELS = new Map(
  DAC_SECTOR_CATEGORIES.map(([code, en, fr, es]) => [dacTypeCode(code), { en, fr, es }] as const),
);

/**
 * The label of a project type in the language, whatever the portfolio's list: the IOM
 * Development Fund's types, DAC sector categories (`dac-410`), else the portfolio's own entry,
 * else the code itself (a CSV's types are their own labels).
 */
export function typeLabel(
  code: string,
  lang: Language,
  portfolioTypes?: readonly ProjectTypeEntry[],
): string {
  if (projectTypes.has(code)) return projectTypes.label(code, lang);
  const dac = DAC_TYPE_LABELS.get(code);
  if (dac) return dac[lang];
  const own = portfolioTypes?.find((t) => t.code === code)?.labels;
  // A list written before Spanish existed has no Spanish label: the English one stands in.
  return own ? (own[lang] ?? own.en) : code;
}

/** Orders type codes: IOM's in its list order, then any other by code (DAC categories by number). */
export function compareTypeCodes(a: string, b: string): number {
  const ia = projectTypes.has(a) ? projectTypes.codes.indexOf(a) : Number.MAX_SAFE_INTEGER;
  const ib = projectTypes.has(b) ? projectTypes.codes.indexOf(b) : Number.MAX_SAFE_INTEGER;
  return ia - ib || (a < b ? -1 : a > b ? 1 : 0);
}

/** True for the type code of a known DAC sector category (`dac-410`). */
export const isDacTypeCode = (code: string): boolean => DAC_TYPE_LABELS.has(code);

/** The entry of a DAC sector category for a portfolio's type list, or undefined for an unknown code. */
export function dacTypeEntry(category: string): ProjectTypeEntry | undefined {
  const labels = DAC_TYPE_LABELS.get(dacTypeCode(category));
  return labels ? { code: dacTypeCode(category), labels: { ...labels } } : undefined;
}

/** The IOM Development Fund's types, as a portfolio type list (the sample's). */
export const IOM_TYPE_ENTRIES: readonly ProjectTypeEntry[] = projectTypes.entries.map((e) => ({
  code: e.code,
  labels: { ...e.labels },
}));

/**
 * A portfolio's type codes in display order: its meta's list when it has one (then any code a
 * project holds that the list lacks), else IOM's list when every project uses it, else the
 * codes the projects hold, sorted.
 */
export function portfolioTypeCodes(
  projects: readonly { type: string }[],
  metaTypes?: readonly ProjectTypeEntry[],
): string[] {
  const held = new Set(projects.map((p) => p.type));
  const listed = metaTypes?.map((t) => t.code) ?? [];
  if (listed.length === 0 && [...held].every((c) => projectTypes.has(c)))
    return [...projectTypes.codes];
  const extra = [...held].filter((c) => !listed.includes(c)).sort(compareTypeCodes);
  return [...listed, ...extra];
}
