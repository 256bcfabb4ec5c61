import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '@/domain/codes/countries';
import { regions } from '@/domain/codes/regions';
import {
  countryKey,
  PLACE_KEY_COUNT,
  proseCountryName,
  proseNameOfPlaceKey,
  proseRegionName,
  regionKey,
} from './place-names';
import { mulberry32 } from './prng';
import { createDescriptionWriter } from './project-text';

describe('descriptions written from their number', () => {
  it('names every place key as the place it was made from', () => {
    for (const code of COUNTRY_CODES)
      expect(proseNameOfPlaceKey(countryKey(code), 'en')).toBe(proseCountryName(code, 'en'));
    for (const region of regions.codes)
      expect(proseNameOfPlaceKey(regionKey(region), 'fr')).toBe(proseRegionName(region, 'fr'));
    expect(() => proseNameOfPlaceKey(PLACE_KEY_COUNT, 'en')).toThrow(RangeError);
  });

  it('writes the text of a drawn number about its place, once, and refuses a number never drawn', () => {
    const writer = createDescriptionWriter();
    const key = writer.key(mulberry32(3), 'avrr', countryKey('SN'));
    const text = writer.text(key);
    expect(text).toContain('Senegal');
    expect(writer.text(key)).toBe(text);
    expect(() => writer.text(-1)).toThrow(RangeError);
  });
});
