import { countryName } from '../codes/countries';
import type { Language } from '../codes/languages';
import { normalizeText } from '../codes/normalize';
import { typeLabel } from '../codes/project-types';
import type { KeptProject } from './columns';

/** What joins the parts of a search text: no query token holds a space, so none spans two parts. */
export const SEARCH_SEPARATOR = ' \u0001 ';

/** Letters and digits only: "RR.0083", "rr 0083" and "rr-0083" all read "rr0083". */
function compact(normalised: string): string {
  return normalised.replace(/[^\p{L}\p{N}]/gu, '');
}

/** A project's own searchable words: title and IDs, and the IDs without punctuation or spaces. */
export function ownSearchParts(project: KeptProject): string[] {
  const ids = [project.id, project.primaId];
  return [project.title, ...ids, ...ids.map((id) => compact(normalizeText(id)))];
}

/** The text a search covers for one project: title, IDs, type and country names in the language. */
export function searchTextOf(project: KeptProject, lang: Language): string {
  return normalizeText(
    [
      ...ownSearchParts(project),
      typeLabel(project.type, lang),
      ...project.countries.map((c) => countryName(c, lang)),
    ].join(SEARCH_SEPARATOR),
  );
}

/** The words of a query, normalised; a project matches when its text holds every one. */
export function queryTokens(q: string): string[] {
  return normalizeText(q)
    .split(' ')
    .filter((t) => t.length > 0);
}

/**
 * The strings that stand for one query token: the token, and, when it holds punctuation, its
 * letters and digits alone, so "rr0083" and "RR-0083" find RR.0083 through its compact ID.
 */
export function tokenNeedles(token: string): readonly string[] {
  const bare = compact(token);
  return bare === '' || bare === token ? [token] : [token, bare];
}

/** Whether a search text holds a token in one of its forms (the one rule of text search). */
export function holdsToken(text: string, needles: readonly string[]): boolean {
  return needles.some((n) => text.includes(n));
}

/**
 * Whether a token's matches are always among an earlier token's: the earlier token lies inside
 * it, and so does its compact form (a token of punctuation alone has none, so only equal counts).
 */
export function tokenNarrows(earlier: string, token: string): boolean {
  return token === earlier || (token.includes(earlier) && compact(earlier) !== '');
}
