import { decodeHTMLStrict } from 'entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * An element as fast-xml-parser gives it with the options below: attributes as `@_name`
 * strings, text as `#text`, and every child element as an array (so one and many read alike).
 */
export interface XmlElement {
  [key: string]: string | XmlElement[] | undefined;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  alwaysCreateTextNode: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Namespace prefixes are kept (`xml:lang`) and never checked: d-portal writes a prefix
  // before its xmlns declaration, which a namespace-aware parser would refuse.
  removeNSPrefix: false,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
  processEntities: true,
  // Numeric character references (&#xE9;) and common HTML names (&nbsp;) are decoded here; every
  // other HTML5 name (&eacute;) by `decoded` below; a name still undecoded is reported by the
  // importer on its record (see `unknownEntities`).
  htmlEntities: true,
});

/** Parses XML text, or returns the validator's message when it is not well-formed. */
export function parseXml(text: string): { root: XmlElement } | { error: string } {
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return { error: `${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})` };
  return { root: parser.parse(text) as XmlElement };
}

/** The child elements of that name. */
export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  const value = element?.[name];
  return Array.isArray(value) ? value : [];
}

/** The first child element of that name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return children(element, name)[0];
}

/**
 * A parsed value with every HTML5 named character reference decoded (`&eacute;` → é): XML
 * defines only five names, but publishers write HTML's in titles, descriptions and names.
 */
export function decoded(value: string): string {
  return value.includes('&') ? decodeHTMLStrict(value) : value;
}

/** An attribute's trimmed value, decoded, or undefined when absent or empty. */
export function attr(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[`@_${name}`];
  return typeof value === 'string' && value.trim() !== '' ? decoded(value.trim()) : undefined;
}

/** The element's own text, trimmed and decoded ('' when none). */
export function text(element: XmlElement | undefined): string {
  const value = element?.['#text'];
  return typeof value === 'string' ? decoded(value.trim()) : '';
}

/** Every text and attribute value in a parsed tree, as written (not yet decoded). */
export function textsOf(element: XmlElement): string[] {
  return Object.values(element).flatMap((value) =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(textsOf) : [],
  );
}

const ENTITY = /&([A-Za-z][\w.-]*);/g;

/** Named entity references the texts of a tree still hold once decoded: names neither XML nor HTML define. */
export function unknownEntities(element: XmlElement): string[] {
  const names = textsOf(element).flatMap((value) =>
    [...decoded(value).matchAll(ENTITY)].map((m) => `&${m[1]};`),
  );
  return [...new Set(names)];
}
