import { attr, children, text, type XmlElement } from './xml';

/**
 * The text of elements' narratives in the wanted language. IATI 2 writes one element with
 * <narrative> children; IATI 1.0x writes the text in the element itself, one element per
 * language. A text without xml:lang is in the activity's default language. Picks the wanted
 * language, else the default language, else the first text; says which language it took.
 */
export function pickNarrative(
  elements: XmlElement | readonly XmlElement[] | undefined,
  wanted: string,
  defaultLang: string,
): { text: string; lang: string } | undefined {
  const list = elements === undefined ? [] : Array.isArray(elements) ? elements : [elements];
  const texts = list
    .flatMap((element) => {
      const narratives = children(element, 'narrative');
      const own = { text: text(element), lang: attr(element, 'xml:lang') ?? defaultLang };
      return narratives.length > 0
        ? narratives.map((n) => ({ text: text(n), lang: attr(n, 'xml:lang') ?? own.lang }))
        : [own];
    })
    .map((n) => ({ text: n.text, lang: n.lang.toLowerCase() }))
    .filter((n) => n.text !== '');
  if (texts.length === 0) return undefined;
  return (
    texts.find((n) => n.lang === wanted) ?? texts.find((n) => n.lang === defaultLang) ?? texts[0]
  );
}
