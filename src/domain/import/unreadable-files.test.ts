import { describe, expect, it } from 'vitest';
import { importFile } from './import-file';
import { jsonBytes as json } from './import.test-utils';

describe('files that cannot be read', () => {
  it.each([
    [
      'broken.json',
      '{"items": [1, 2',
      'invalid_json',
      'The file is not valid JSON.',
      'Le fichier n’est pas un JSON valide.',
    ],
    ['empty.csv', '', 'empty_file', 'The file is empty.', 'Le fichier est vide.'],
    ['blank.json', '  \n ', 'empty_file', 'The file is empty.', 'Le fichier est vide.'],
    [
      'object.json',
      '{"a": 1}',
      'unsupported_json',
      'The JSON file holds no list of records.',
      'Le fichier JSON ne contient aucune liste d’enregistrements.',
    ],
    [
      'none.json',
      '[]',
      'no_records',
      'The file holds no records.',
      'Le fichier ne contient aucun enregistrement.',
    ],
    [
      'header-only.csv',
      'Title,Start date\r\n',
      'no_records',
      'The file holds no records.',
      'Le fichier ne contient aucun enregistrement.',
    ],
  ])('%s → %s', async (name, text, code, en, fr) => {
    const bytes = new TextEncoder().encode(text);
    expect(await importFile({ name, bytes, lang: 'en' })).toMatchObject({
      ok: false,
      error: { code, message: en },
    });
    expect(await importFile({ name, bytes, lang: 'fr' })).toMatchObject({
      ok: false,
      error: { code, message: fr },
    });
  });

  it('refuses binary files such as Excel workbooks', async () => {
    const bytes = new Uint8Array([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00,
    ]);
    expect(await importFile({ name: 'book.xlsx', bytes, lang: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_format' },
    });
  });

  it('recognises the format from the content when the name says nothing', async () => {
    const xml = new TextEncoder().encode(
      '<iati-activity><iati-identifier>X</iati-identifier></iati-activity>',
    );
    expect(await importFile({ name: 'download', bytes: xml, lang: 'en' })).toMatchObject({
      ok: true,
      format: 'iati-xml',
    });
    expect(
      await importFile({ name: 'data.txt', bytes: json([{ a: 1 }]), lang: 'en' }),
    ).toMatchObject({
      ok: true,
      format: 'json',
    });
  });
});
