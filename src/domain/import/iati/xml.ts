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
  // Numeric character references (&#xE9;) and common HTML names (&nbsp;) are decoded too; a name
  // still undecoded is reported by the importer (see `unknownEntities`).
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

/** An attribute's trimmed value, or undefined when absent or empty. */
export function attr(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[`@_${name}`];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The element's own text, trimmed ('' when none). */
export function text(element: XmlElement | undefined): string {
  const value = element?.['#text'];
  return typeof value === 'string' ? value.trim() : '';
}

const ENTITY = /&([A-Za-z][\w.-]*);/g;

/** Named entity references a text still holds once parsed: names neither XML nor HTML define. */
export function unknownEntities(value: string): string[] {
  return [...value.matchAll(ENTITY)].map((m) => `&${m[1]};`);
}
