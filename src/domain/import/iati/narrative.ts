import { attr, children, text, type XmlElement } from './xml';

/**
 * The text of an element's narratives in the wanted language. A narrative without xml:lang
 * is in the activity's default language. Picks the wanted language, else the default
 * language, else the first narrative; says which language it took.
 */
export function pickNarrative(
  element: XmlElement | undefined,
  wanted: string,
  defaultLang: string,
): { text: string; lang: string } | undefined {
  const narratives = children(element, 'narrative')
    .map((n) => ({ text: text(n), lang: (attr(n, 'xml:lang') ?? defaultLang).toLowerCase() }))
    .filter((n) => n.text !== '');
  if (narratives.length === 0) return undefined;
  return (
    narratives.find((n) => n.lang === wanted) ??
    narratives.find((n) => n.lang === defaultLang) ??
    narratives[0]
  );
}
