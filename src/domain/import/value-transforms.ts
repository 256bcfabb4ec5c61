import { resolveCountry } from '@/domain/codes';
import { unneutralizeCell } from '@/lib/csv/neutralize';
import { typeFromDacSector, typeFromIomCode, UNDP_BUREAU_TO_REGION } from './code-tables';
import { alpha2FromAlpha3 } from './iso3';
import type { ImportField } from './types';

export function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.every(isBlank))
  );
}

/** A value's parts: array elements, or a string split on `;` `,` `|`. */
function parts(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.filter((v) => !isBlank(v));
  if (typeof value === 'string')
    return value
      .split(/[;,|]/)
      .map((s) => s.trim())
      .filter(Boolean);
  return [value];
}

/**
 * Benefiting states as alpha-2 codes where they can be read: alpha-2 codes and names pass
 * on (the record parser resolves names and rejects unknown words), alpha-3 codes are turned
 * into alpha-2, and three-character codes that are no country (UNDP's regional hubs such as
 * H70) are dropped and reported.
 */
export function transformCountries(value: unknown): { countries: unknown[]; dropped: string[] } {
  const countries: unknown[] = [];
  const dropped: string[] = [];
  for (const part of parts(value)) {
    if (typeof part === 'string' && /^[A-Za-z0-9]{3}$/.test(part.trim())) {
      const code = alpha2FromAlpha3(part);
      if (code) countries.push(code);
      else if (resolveCountry(part)) countries.push(part);
      else dropped.push(part.trim());
    } else countries.push(part);
  }
  return { countries, dropped };
}

/** A UNDP bureau code (RBA, RBAP…) becomes the fund's region; other values pass on. */
export function transformRegion(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return UNDP_BUREAU_TO_REGION[value.trim().toUpperCase()] ?? value;
}

export interface TypeTransform {
  value: unknown;
  /** Sector codes none of which names a type (the type is then `other`). */
  unmapped?: string[];
  /** More than one type named by the codes. */
  several?: string[];
}

/**
 * Project types written as DAC sector codes (`15190`, `["23030", null]`) or IOM's two-letter
 * codes go through the code tables; words pass on for the record parser to resolve.
 */
export function transformType(value: unknown): TypeTransform {
  const items = parts(value).map((p) => (typeof p === 'number' ? String(p) : p));
  const codes = items.filter(
    (p): p is string =>
      typeof p === 'string' && (/^\d{3}(\d{2})?$/.test(p) || /^[A-Za-z]{2}$/.test(p)),
  );
  if (codes.length === 0 || codes.length !== items.length) return { value };
  const types = [
    ...new Set(
      codes.map((c) => typeFromDacSector(c) ?? typeFromIomCode(c)).filter((t) => t !== undefined),
    ),
  ];
  if (types.length === 0) return { value: 'other', unmapped: codes };
  return types.length > 1 ? { value: types[0], several: types } : { value: types[0] };
}

const TEXT_FIELDS = new Set<ImportField>(['id', 'primaId', 'title', 'description']);

/** Text fields lose the quote our CSV export adds against formula injection (see lib/csv/neutralize). */
export function transformText(field: ImportField, value: unknown): unknown {
  return TEXT_FIELDS.has(field) && typeof value === 'string' ? unneutralizeCell(value) : value;
}
