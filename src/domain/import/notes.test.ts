import { describe, expect, it } from 'vitest';
import { describeImportNote } from './notes';

describe('describeImportNote', () => {
  it('names the language a title was taken in, in the reader’s language', () => {
    const note = { code: 'title_language', value: 'fr', id: 'A-1' } as const;
    expect(describeImportNote(note, 'en')).toBe(
      'A-1: No title in the requested language: the French one is used',
    );
    expect(describeImportNote(note, 'fr')).toBe(
      'A-1: Pas de titre dans la langue demandée : celui en français est utilisé',
    );
    expect(describeImportNote(note, 'es')).toBe(
      'A-1: No hay título en el idioma solicitado: se usa el título en francés',
    );
    expect(describeImportNote({ ...note, value: 'x-zz-9' }, 'en')).toContain('the “x-zz-9” one');
  });

  it('writes conversions, fields and counts in Spanish', () => {
    const converted = {
      code: 'budget_converted',
      value: 'EUR 28871|2014|38298.22',
      id: 'B',
    } as const;
    expect(describeImportNote(converted, 'es').replace(/\s/g, ' ')).toBe(
      'B: Presupuesto de 28.871 EUR convertido al tipo de cambio medio de 2014: 38.298 US$',
    );
    expect(describeImportNote({ code: 'field_not_found', field: 'startDate' }, 'es')).toBe(
      'Ninguna columna da el campo Fecha de inicio',
    );
    expect(describeImportNote({ code: 'year_derived', count: 3 }, 'es')).toBe(
      'Año de financiación tomado de la fecha de inicio (3 registros)',
    );
  });
});
