import { describe, expect, it } from 'vitest';
import { mockApiSettingsOf, mockApiWorkerName } from './start-settings';

describe('the mock API Worker’s start settings, carried in its name', () => {
  it('come back from the name exactly as given', () => {
    for (const settings of [
      { baseUrl: '/api' },
      { count: 1_000_000, seed: 5, baseUrl: 'https://data.example.org/api', marks: true },
      { count: 0, baseUrl: '/api' },
    ])
      expect(mockApiSettingsOf(mockApiWorkerName(settings))).toEqual(settings);
  });

  it('name the Worker readably first', () => {
    expect(mockApiWorkerName({ baseUrl: '/api' })).toMatch(/^mock-api /);
  });

  it('are missing from any other name, and from a name whose settings do not read', () => {
    for (const name of [
      '',
      'mock-api',
      'engine {"baseUrl":"/api"}',
      'mock-api {"count":5}',
      'mock-api {not json',
      'mock-api null',
      'mock-api "text"',
    ])
      expect(mockApiSettingsOf(name)).toBeUndefined();
  });

  it('drop fields of the wrong type rather than pass them on', () => {
    expect(mockApiSettingsOf('mock-api {"baseUrl":"/api","count":"9","marks":"yes"}')).toEqual({
      baseUrl: '/api',
    });
  });
});
