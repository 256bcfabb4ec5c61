import { describe, expect, it } from 'vitest';
import world110 from 'world-atlas/countries-110m.json';
import world50 from 'world-atlas/countries-50m.json';
import { COUNTRY_CODES, countryName } from '@/domain/codes/countries';
import { normalizeText } from '@/domain/codes/normalize';
import { alpha2OfFeature, isDrawn, numericOf, tableCodes, TOO_SMALL_AT_110M } from './iso-numeric';

interface AtlasGeometry {
  id?: string;
  properties: { name: string };
}
const geometriesOf = (topology: unknown) =>
  (topology as { objects: { countries: { geometries: AtlasGeometry[] } } }).objects.countries
    .geometries;
const at110 = geometriesOf(world110);
const at50 = geometriesOf(world50);
const ids110 = new Set(at110.map((g) => g.id));

// The atlas abbreviates or uses other short names; these are the states where neither name starts like the other.
const ATLAS_SHORT_NAMES: Record<string, string> = {
  CD: 'Dem. Rep. Congo',
  CV: 'Cabo Verde',
  EH: 'W. Sahara',
  GQ: 'Eq. Guinea',
  LC: 'Saint Lucia',
  MK: 'Macedonia',
  SS: 'S. Sudan',
  TF: 'Fr. S. Antarctic Lands',
  TR: 'Turkey',
};

describe('the numeric → alpha-2 table', () => {
  it('covers every country code of the product', () => {
    const missing = COUNTRY_CODES.filter((code) => !tableCodes().includes(code));
    expect(missing).toEqual([]);
  });

  it('gives every state its own numeric code (Kosovo, which has none, aside)', () => {
    const numerics = tableCodes().map(numericOf);
    expect(numerics.filter((n) => n === undefined)).toHaveLength(1);
    expect(numericOf('XK')).toBeUndefined();
    expect(new Set(numerics).size).toBe(numerics.length);
  });

  it('agrees with the names world-atlas gives its numeric ids', () => {
    const atlasName = new Map<string | undefined, string>();
    for (const g of [...at50, ...at110]) atlasName.set(g.id, g.properties.name);
    const wrong: string[] = [];
    for (const code of tableCodes()) {
      const numeric = numericOf(code);
      const name = atlasName.get(numeric);
      if (numeric === undefined || name === undefined) continue; // Kosovo; Tuvalu is in neither file
      const expected = ATLAS_SHORT_NAMES[code];
      const ours = normalizeText(countryName(code, 'en')).slice(0, 4);
      const ok = expected ? name === expected : normalizeText(name).startsWith(ours);
      if (!ok) wrong.push(`${code} ${numeric} ${name}`);
    }
    expect(wrong).toEqual([]);
  });

  it('finds every state drawn at 110m, Antarctica and unrecognised territories aside', () => {
    const unmapped = at110
      .filter((g) => alpha2OfFeature(g.id, g.properties.name) === undefined)
      .map((g) => g.properties.name);
    expect(unmapped.sort()).toEqual(['Antarctica', 'N. Cyprus', 'Somaliland']);
  });

  it('finds Kosovo by its name, as world-atlas gives it no id', () => {
    const kosovo = at110.find((g) => g.properties.name === 'Kosovo');
    expect(kosovo?.id).toBeUndefined();
    expect(alpha2OfFeature(kosovo?.id, 'Kosovo')).toBe('XK');
    expect(isDrawn('XK')).toBe(true);
  });

  it('lists exactly the states of the fund that 110m does not draw', () => {
    const absent = COUNTRY_CODES.filter((code) => code !== 'XK' && !ids110.has(numericOf(code)));
    expect([...TOO_SMALL_AT_110M].sort()).toEqual(absent);
    for (const code of absent) expect(isDrawn(code)).toBe(false);
    expect(absent).toContain('TV');
    expect(absent).toContain('MV');
  });

  it('draws every other state of the fund, and no state the table does not know', () => {
    const drawn = COUNTRY_CODES.filter(isDrawn);
    expect(drawn.length).toBe(COUNTRY_CODES.length - TOO_SMALL_AT_110M.length);
    expect(isDrawn('SG')).toBe(false);
    expect(isDrawn('US')).toBe(true);
  });
});
