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
  if (startsWith(bytes, [0xff, 0xfe]))
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      bom: true,
    };
  if (startsWith(bytes, [0xfe, 0xff]))
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      bom: true,
    };
  return { ...decodeStrictOrLegacy(bytes), bom: false };
}

function decodeStrictOrLegacy(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    // ignoreBOM: a BOM was already removed above; any further one is content.
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252 characters for bytes 0x80–0x9F (the rest are Latin-1, i.e. the byte's code point). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252 by table rather than `TextDecoder('windows-1252')`: some Node releases decode
 * that label as plain Latin-1 and turn `€` or `’` into control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const codes = new Uint16Array(Math.min(bytes.length, 8192));
  for (let start = 0; start < bytes.length; start += codes.length) {
    const end = Math.min(start + codes.length, bytes.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    chunks.push(String.fromCharCode(...codes.subarray(0, end - start)));
  }
  return chunks.join('');
}
