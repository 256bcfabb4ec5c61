import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from './decode-text';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8('Date de début;Réintégration'))).toEqual({
      text: 'Date de début;Réintégration',
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('reads UTF-8 with a BOM and drops it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Année')]);
    expect(decodeText(bytes)).toEqual({ text: 'Année', encoding: 'utf-8', bom: true });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Date de début;Coût €" as Excel writes it on a French Windows.
    const bytes = new Uint8Array([
      ...utf8('Date de d'),
      0xe9,
      ...utf8('but;Co'),
      0xfb,
      ...utf8('t '),
      0x80,
    ]);
    expect(decodeText(bytes)).toEqual({
      text: 'Date de début;Coût €',
      encoding: 'windows-1252',
      bom: false,
    });
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text")', () => {
    const text = 'Titre\tÉtat';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-16le', bom: true });
  });
});

describe('decodeWindows1252', () => {
  it('maps the 0x80–0x9F range to the Windows characters and the rest to Latin-1', () => {
    const bytes = new Uint8Array([
      0x80, 0x85, 0x8c, 0x92, 0x93, 0x94, 0x96, 0x9c, 0xa0, 0xc9, 0xe7, 0xff,
    ]);
    expect(decodeWindows1252(bytes)).toBe('€…Œ’“”–œ\u00a0Éçÿ');
  });

  it('decodes long inputs in chunks without losing bytes', () => {
    const bytes = new Uint8Array(20_000).map((_, i) => 0x41 + (i % 26));
    const text = decodeWindows1252(bytes);
    expect(text).toBe(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
  });
});
