import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/domain/codes/languages';
import { DESCRIPTION_FIELD, PROJECT_FIELD_TABLE } from '@/domain/project-fields';
import { suggestMapping } from './suggest-mapping';
import { IMPORT_FIELDS } from './types';

describe('suggestMapping', () => {
  it('offers every field of the field table, and the description, in the table’s order', () => {
    expect(IMPORT_FIELDS).toEqual([...PROJECT_FIELD_TABLE.map((f) => f.key), 'description']);
  });

  it('maps each field’s own label, in every language, to that field', () => {
    for (const lang of LANGUAGES) {
      const fields = [...PROJECT_FIELD_TABLE, DESCRIPTION_FIELD];
      expect(suggestMapping(fields.map((f) => f.label[lang])), lang).toEqual(IMPORT_FIELDS);
    }
  });

  it('reads the fund page labels (DESIGN §2) in French and English', () => {
    const headers = [
      'Budget Amount (USD)',
      'Date de début',
      'Etat(s) membre(s) bénéficiaires',
      'Projet ID',
      'IDF Region',
      'Statut du projet',
      'Type de projet',
      'Couverture',
      'Année',
      'Prima ID',
      'Titre',
      'Date de fin',
    ];
    expect(suggestMapping(headers)).toEqual([
      'budgetUsd',
      'startDate',
      'countries',
      'id',
      'region',
      'status',
      'type',
      'coverage',
      'year',
      'primaId',
      'title',
      'endDate',
    ]);
  });

  it('reads Spanish headers', () => {
    expect(
      suggestMapping([
        'ID del proyecto',
        'Título',
        'Fecha de inicio',
        'Fecha de finalización',
        'Estado',
        'Tipo de proyecto',
        'Presupuesto (USD)',
        'Cobertura',
        'Año de financiación',
        'Región',
        'Estados beneficiarios',
        'Financiadores',
        'Desembolsado',
        'Descripción',
      ]),
    ).toEqual([
      'id',
      'title',
      'startDate',
      'endDate',
      'status',
      'type',
      'budgetUsd',
      'coverage',
      'year',
      'region',
      'countries',
      'funders',
      'disbursedUsd',
      'description',
    ]);
  });

  it('reads the headers exports wrote before and after French used one term per concept', () => {
    const former = ['Projet ID', 'Statut du projet (code)', 'Statut du projet (libellé)', 'Année'];
    expect(suggestMapping(former)).toEqual(['id', 'status', null, 'year']);
    const current = ['ID du projet', 'Statut (code)', 'Statut (libellé)', 'Année de financement'];
    expect(suggestMapping(current)).toEqual(['id', 'status', null, 'year']);
    const spanish = ['Estado (etiqueta)', 'Región (código)', 'Región (etiqueta)'];
    expect(suggestMapping(spanish)).toEqual(['status', 'region', null]);
  });

  it('ignores case, accents, punctuation and underscores', () => {
    expect(
      suggestMapping([
        'TITLE',
        'heading',
        'DATE DE DEBUT',
        'start_date',
        'end-date',
        'ÉTATS BÉNÉFICIAIRES',
        'fiscal_year',
        'budgetUsd',
      ]),
    ).toEqual(['title', null, 'startDate', null, 'endDate', 'countries', 'year', 'budgetUsd']);
  });

  it('maps a JSON record’s keys, donors and expenditure included, and leaves unknown ones out', () => {
    expect(
      suggestMapping([
        'donors',
        'name',
        'focus_area',
        'crs',
        'region',
        'operating_unit',
        'fiscal_year',
        'expenditure',
        'budget',
        'id',
      ]),
    ).toEqual([
      'funders',
      'title',
      null,
      'type',
      'region',
      'countries',
      'year',
      'spentUsd',
      'budgetUsd',
      'id',
    ]);
  });

  it('reads our export headers by their bracketed key, whatever the label says', () => {
    expect(
      suggestMapping([
        'Whatever [startDate]',
        'Région (libellé) [region_label]',
        'Région (code) [region]',
        'Lien [link]',
      ]),
    ).toEqual(['startDate', null, 'region', null]);
  });

  it('uses a label column when the code column is gone', () => {
    expect(suggestMapping(['Statut du projet (libellé) [status_label]', 'Status (label)'])).toEqual(
      ['status', null],
    );
    expect(suggestMapping(['Region (label)', 'Region (code)'])).toEqual([null, 'region']);
  });

  it('gives each field to one column only, the leftmost of equal matches', () => {
    expect(suggestMapping(['Title', 'Name', 'Titre'])).toEqual(['title', null, null]);
  });
});
