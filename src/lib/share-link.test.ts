import { describe, expect, it } from 'vitest';
import { shareableUrl } from './share-link';

describe('shareableUrl', () => {
  it('keeps the view and leaves out the language', () => {
    expect(shareableUrl('https://example.org/map?region=africa&lang=fr&measure=projects#top')).toBe(
      'https://example.org/map?region=africa&measure=projects',
    );
  });

  it('leaves an address without a language as it is', () => {
    expect(shareableUrl('https://example.org/projects/RR.0083?q=rr0083')).toBe(
      'https://example.org/projects/RR.0083?q=rr0083',
    );
    expect(shareableUrl('https://example.org/?lang=es')).toBe('https://example.org/');
  });
});
