import type { TextEncoding } from './types';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** True when the bytes began with a byte order mark (removed from `text`). */
  bom: boolean;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes a file's bytes without the DOM (it runs in a Worker). A byte order mark decides
 * UTF-8 or UTF-16 (Excel's "Unicode text" is UTF-16LE). Otherwise strict UTF-8 is tried
 * first — valid UTF-8 almost never happens by accident in a legacy 8-bit file — and bytes
 * that are not valid UTF-8 are read as Windows-1252, what Excel on Windows writes for "CSV"
 * in Western European locales (a superset of Latin-1 for the printable range).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { ...decodeStrictOrLegacy(bytes.subarray(3)), bom: true };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  return { ...decodeStrictOrLegacy(bytes), bom: false };
}

function decodeStrictOrLegacy(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    // ignoreBOM: a BOM was already removed above; any further one is content.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
