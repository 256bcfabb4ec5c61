import { coverageFromCountries, regionFromCountries, yearOfDate } from './derive';
import type { ImportNote, NoteCode } from './notes';
import type { DefaultableField, FieldMapping, ImportField, RecordDefaults } from './types';
import {
  isBlank,
  transformCountries,
  transformRegion,
  transformText,
  transformType,
} from './value-transforms';
import { resolveCountry } from '@/domain/codes';

/** Fields no rule can fill: without a column (or a default) every record is rejected. */
export const REQUIRED_FIELDS: readonly ImportField[] = [
  'id',
  'title',
  'startDate',
  'status',
  'budgetUsd',
];

export interface MappedRecords {
  records: Record<string, unknown>[];
  notes: ImportNote[];
}

/** Collects notes: one per record where a column exists, one counted note for the file where none does. */
class Notes {
  readonly list: ImportNote[] = [];
  private readonly fileNotes = new Map<string, ImportNote>();
  constructor(private readonly mapped: ReadonlySet<ImportField>) {}

  add(
    code: NoteCode,
    index: number,
    record: Record<string, unknown>,
    field?: ImportField,
    value?: string,
  ) {
    if (field && !this.mapped.has(field) && code !== 'country_unknown')
      return this.addToFile(code, field, value);
    const note: ImportNote = { code, index };
    if (typeof record.id === 'string' || typeof record.id === 'number')
      note.id = String(record.id).trim();
    if (field) note.field = field;
    if (value !== undefined) note.value = value;
    this.list.push(note);
  }

  addToFile(code: NoteCode, field?: ImportField, value?: string) {
    const key = `${code}|${field ?? ''}|${value ?? ''}`;
    const existing = this.fileNotes.get(key);
    if (existing) existing.count = (existing.count ?? 1) + 1;
    else {
      const note: ImportNote = { code, count: 1 };
      if (field) note.field = field;
      if (value !== undefined) note.value = value;
      this.fileNotes.set(key, note);
    }
  }

  all(): ImportNote[] {
    return [...this.fileNotes.values(), ...this.list];
  }
}

function readRow(
  row: readonly unknown[],
  mapping: FieldMapping,
  index: number,
  notes: Notes,
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  mapping.forEach((field, column) => {
    const value = row[column];
    if (!field || isBlank(value) || !isBlank(record[field])) return;
    record[field] = transformText(field, value);
  });
  if (!isBlank(record.countries)) {
    const { countries, dropped } = transformCountries(record.countries);
    record.countries = countries;
    for (const code of dropped) notes.add('country_unknown', index, record, 'countries', code);
  }
  if (!isBlank(record.region)) record.region = transformRegion(record.region);
  if (!isBlank(record.type)) {
    const type = transformType(record.type);
    record.type = type.value;
    if (type.unmapped) notes.add('type_other', index, record, 'type', type.unmapped.join(', '));
    if (type.several)
      notes.add('sector_several_types', index, record, 'type', type.several.join(', '));
  }
  return record;
}

/** Fills blank fields that other fields determine, and says so. */
function derive(record: Record<string, unknown>, index: number, notes: Notes) {
  const countries = Array.isArray(record.countries) ? record.countries : [];
  if (isBlank(record.year)) {
    const year = yearOfDate(record.startDate);
    if (year !== undefined) {
      record.year = year;
      notes.add('year_derived', index, record, 'year');
    }
  }
  if (isBlank(record.region)) {
    const codes = countries
      .map((c) => (typeof c === 'string' ? resolveCountry(c) : undefined))
      .filter((c) => c !== undefined);
    const { region, several } = regionFromCountries(codes);
    if (region) {
      record.region = region;
      notes.add(several ? 'region_several' : 'region_derived', index, record, 'region');
    }
  }
  if (isBlank(record.coverage)) {
    record.coverage = coverageFromCountries(
      countries.length,
      typeof record.region === 'string' ? record.region : undefined,
    );
    notes.add('coverage_derived', index, record, 'coverage');
  }
  if (isBlank(record.type)) {
    record.type = 'other';
    notes.add('type_other', index, record, 'type');
  }
}

/**
 * Turns source rows (CSV rows, or JSON records laid out by key) into raw records for
 * `parseProjectSummaries`: each mapped column fills its field, values are normalised (alpha-3
 * countries, UNDP bureaux, DAC sector codes, our export's formula quotes), the person's
 * defaults fill blanks, and fields other fields determine are derived — funding year from
 * the start date, region and coverage from the countries, type `other` when unstated. Every
 * such step leaves a note.
 */
export function applyMapping(
  rows: readonly (readonly unknown[])[],
  mapping: FieldMapping,
  defaults: RecordDefaults = {},
): MappedRecords {
  const notes = new Notes(new Set(mapping.filter((f): f is ImportField => f !== null)));
  const records = rows.map((row, index) => {
    const record = readRow(row, mapping, index, notes);
    for (const [field, value] of Object.entries(defaults) as [
      DefaultableField,
      string | undefined,
    ][]) {
      if (value !== undefined && value.trim() !== '' && isBlank(record[field])) {
        record[field] = field === 'region' ? transformRegion(value) : value;
        notes.addToFile('default_applied', field, value);
      }
    }
    derive(record, index, notes);
    return record;
  });
  return { records, notes: notes.all() };
}

/** Notes on the mapping itself: ignored columns and required fields no column gives. */
export function mappingNotes(
  headers: readonly string[],
  mapping: FieldMapping,
  defaults: RecordDefaults = {},
): ImportNote[] {
  const notes: ImportNote[] = headers
    .filter((header, i) => !mapping[i] && header.trim() !== '')
    .map((header) => ({ code: 'column_unmapped', value: header }));
  for (const field of missingRequiredFields(mapping, defaults))
    notes.push({ code: 'field_not_found', field });
  return notes;
}

/** Required fields with neither a column nor a default. */
export function missingRequiredFields(
  mapping: FieldMapping,
  defaults: RecordDefaults = {},
): ImportField[] {
  return REQUIRED_FIELDS.filter(
    (field) =>
      !mapping.includes(field) && !(defaults as Record<string, string | undefined>)[field]?.trim(),
  );
}
