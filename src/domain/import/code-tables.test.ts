import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, isKnownCountry } from '@/domain/codes';
import { typeFromDacSector, typeFromIomCode } from './code-tables';
import { alpha2FromAlpha3, knownAlpha3Codes } from './iso3';

describe('alpha-3 country codes', () => {
  it('cover every country the fund knows', () => {
    const covered = new Set(knownAlpha3Codes().map((c) => alpha2FromAlpha3(c)));
    expect(COUNTRY_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it('only lead to codes the platform knows as countries', () => {
    expect(knownAlpha3Codes().filter((c) => !isKnownCountry(alpha2FromAlpha3(c)!))).toEqual([]);
  });

  it('are read in any case and reject hubs', () => {
    expect(alpha2FromAlpha3('fsm')).toBe('FM');
    expect(alpha2FromAlpha3('H70')).toBeUndefined();
  });
});

describe('sector codes to project types', () => {
  it.each([
    ['15190', 'policy-research'],
    ['15136', 'border-management'],
    ['93015', 'avrr'],
    ['12220', 'migration-health'],
    ['122', 'migration-health'],
    ['41010', 'environment'],
    ['43060', 'environment'],
    ['72010', undefined],
    ['51010', undefined],
    ['abc', undefined],
  ])('DAC %s → %s', (code, type) => {
    expect(typeFromDacSector(code)).toBe(type);
  });

  it('reads IOM’s own codes, which are the fund’s project-ID prefixes', () => {
    expect(typeFromIomCode('RR')).toBe('avrr');
    expect(typeFromIomCode('ct')).toBe('counter-trafficking');
    expect(typeFromIomCode('DP')).toBeUndefined();
    expect(typeFromIomCode('OT')).toBeUndefined();
  });
});
