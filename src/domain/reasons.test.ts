import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './codes/languages';
import { describeReason, type ReasonCode } from './reasons';

describe('describeReason', () => {
  it('makes French and Spanish words agree with the field they follow', () => {
    const missing = (field: string, lang: 'fr' | 'es') =>
      describeReason({ code: 'missing', field }, lang);
    expect(missing('title', 'fr')).toBe('Titre manquant');
    expect(missing('startDate', 'fr')).toBe('Date de début manquante');
    expect(missing('countries', 'fr')).toBe('États bénéficiaires manquants');
    expect(missing('title', 'es')).toBe('Falta el campo Título');
    const unknown = (field: string, lang: 'fr' | 'es') =>
      describeReason({ code: 'unknown_code', field, value: 'Atlantis' }, lang);
    expect(unknown('region', 'fr')).toBe('Région inconnue : « Atlantis »');
    expect(unknown('type', 'fr')).toBe('Type de projet inconnu : « Atlantis »');
    expect(unknown('region', 'es')).toBe('Región desconocida: «Atlantis»');
    expect(unknown('status', 'es')).toBe('Estado desconocido: «Atlantis»');
  });

  it('has every reason in every language, with its field and value', () => {
    const codes: ReasonCode[] = ['invalid_date', 'invalid_amount'];
    for (const lang of LANGUAGES)
      for (const code of codes) {
        const text = describeReason({ code, field: 'budgetUsd', value: 'x1' }, lang);
        expect(text, `${lang} ${code}`).toContain('x1');
        expect(text, `${lang} ${code}`).toMatch(/Budget|Presupuesto/);
      }
  });
});
