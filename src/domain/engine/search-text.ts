import { countryName } from '../codes/countries';
import type { Language } from '../codes/languages';
import { normalizeText } from '../codes/normalize';
import { typeLabel } from '../codes/project-types';
import type { ProjectSummary } from '../project';

/** The text a search covers for one project: title, IDs, type and country names in the language. */
export function searchTextOf(project: ProjectSummary, lang: Language): string {
  return normalizeText(
    [
      project.title,
      project.id,
      project.primaId,
      typeLabel(project.type, lang),
      ...project.countries.map((c) => countryName(c, lang)),
    ].join(' \u0001 '),
  );
}

/** The words of a query, normalised; a project matches when its text holds every one. */
export function queryTokens(q: string): string[] {
  return normalizeText(q)
    .split(' ')
    .filter((t) => t.length > 0);
}
