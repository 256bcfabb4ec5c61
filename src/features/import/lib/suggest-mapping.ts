import { normalizeText } from '@/domain/codes';
import { headerKey, knownExportHeaders } from '@/lib/csv/columns';
import type { FieldMapping, ImportField } from './types';

/**
 * Header words, in English and French, that sources use for each field: the fund's own page
 * labels (DESIGN §2), our CSV export's headers, the API's field names, IATI and UNDP keys.
 * Compared after `normalizeHeader`, so case, accents, punctuation and `_` do not matter.
 */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  id: ['id', 'project id', 'projet id', 'id projet', 'id du projet', 'identifiant', 'identifiant du projet', 'project code', 'code projet', 'code du projet', 'project number', 'numero de projet', 'iati identifier', 'activity id'],
  primaId: ['prima id', 'primaid', 'prima', 'prima code', 'code prima'],
  title: ['title', 'titre', 'heading', 'name', 'project name', 'project title', 'titre du projet', 'nom', 'nom du projet', 'intitule', 'intitule du projet', 'activity title'],
  startDate: ['start date', 'date de debut', 'start', 'debut', 'date debut', 'actual start date', 'planned start date', 'begin date', 'starting date', 'date start', 'start date actual', 'start date planned'],
  endDate: ['end date', 'date de fin', 'end', 'fin', 'date fin', 'actual end date', 'planned end date', 'completion date', 'date d achevement', 'date end', 'end date actual', 'end date planned'],
  status: ['status', 'statut', 'statut du projet', 'project status', 'etat du projet', 'activity status', 'statut de l activite'],
  type: ['type', 'project type', 'type de projet', 'type of project', 'thematic area', 'domaine thematique', 'theme', 'thematique', 'sector', 'secteur', 'dac sector', 'sector code', 'purpose code', 'crs', 'crs code'],
  budgetUsd: ['budget', 'budget usd', 'budget amount usd', 'budget amount', 'montant du budget', 'montant du budget usd', 'montant', 'montant usd', 'amount', 'amount usd', 'total budget', 'budget total', 'budget total usd', 'cost', 'cout', 'cout total'],
  coverage: ['coverage', 'couverture', 'scope', 'portee', 'geographic coverage', 'couverture geographique', 'activity scope'],
  year: ['year', 'annee', 'funding year', 'annee de financement', 'fiscal year', 'exercice', 'exercice budgetaire', 'approval year', 'annee d approbation'],
  region: ['region', 'idf region', 'region idf', 'fdi region', 'region fdi', 'bureau', 'regional bureau', 'recipient region'],
  countries: ['countries', 'country', 'pays', 'benefiting states', 'benefiting countries', 'etats beneficiaires', 'etats membres beneficiaires', 'etat membre beneficiaire', 'member states', 'etats membres', 'recipient country', 'recipient countries', 'operating unit', 'beneficiary countries', 'beneficiary country', 'country code', 'country codes', 'code pays', 'states'],
  description: ['description', 'summary', 'resume', 'objective', 'objectif', 'objectives', 'abstract', 'project description', 'description du projet'],
};

/** Lower-case ASCII words: camelCase split, accents, brackets and punctuation removed. */
export function normalizeHeader(header: string): string {
  return normalizeText(header.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .replace(/[()]/g, '') // "Etat(s) membre(s)" reads as "Etats membres"
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Match strength: a key from our export beats a header word, which beats one of our label columns. */
const EXPORT_KEY = 3;
const WORD = 2;
const LABEL_COLUMN = 1;

let lookup: Map<string, { field: ImportField | null; strength: number }> | undefined;
function wordLookup() {
  if (lookup) return lookup;
  lookup = new Map();
  for (const [field, words] of Object.entries(SYNONYMS) as [ImportField, readonly string[]][]) {
    for (const word of words) lookup.set(normalizeHeader(word), { field, strength: WORD });
  }
  for (const { header, key } of knownExportHeaders()) {
    const normal = normalizeHeader(header);
    if (lookup.has(normal)) continue;
    lookup.set(normal, classifyExportKey(key));
  }
  return lookup;
}

function classifyExportKey(key: string): { field: ImportField | null; strength: number } {
  if (key === 'link') return { field: null, strength: EXPORT_KEY };
  if (key.endsWith('_label')) return { field: key.slice(0, -'_label'.length) as ImportField, strength: LABEL_COLUMN };
  return { field: key as ImportField, strength: EXPORT_KEY };
}

function matchHeader(header: string): { field: ImportField | null; strength: number } {
  const key = headerKey(header);
  if (key) return classifyExportKey(key);
  return wordLookup().get(normalizeHeader(header)) ?? { field: null, strength: 0 };
}

/**
 * The field each header most likely holds, or null. Each field is given to one column only:
 * the strongest match, then the leftmost — so an export's `region` code column wins over its
 * `region_label` column, which still fills the field when the code column was deleted.
 */
export function suggestMapping(headers: readonly string[]): FieldMapping {
  const matches = headers.map(matchHeader);
  const winner = new Map<ImportField, number>();
  matches.forEach((m, i) => {
    if (!m.field) return;
    const current = winner.get(m.field);
    if (current === undefined || matches[current]!.strength < m.strength) winner.set(m.field, i);
  });
  return matches.map((m, i) => (m.field && winner.get(m.field) === i ? m.field : null));
}
