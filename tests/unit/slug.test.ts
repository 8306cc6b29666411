import { isValidSlug, MAX_SLUG_LENGTH, slugify, withSuffix } from '@/lib/content/slug';

describe('slugify', () => {
  it.each([
    ['Campus News', 'campus-news'],
    ['  Über-Café: 10 Things & More!  ', 'uber-cafe-10-things-and-more'],
    ['Crème brûlée at the Ñandú café', 'creme-brulee-at-the-nandu-cafe'],
    ["Students' union won't budge", 'students-union-wont-budge'],
    ['Straße, Æsir, Øresund, Łódź', 'strasse-aesir-oresund-lodz'],
    ['---Hello___World---', 'hello-world'],
    ['日本語のタイトル', ''],
    ['', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('keeps slugs within 80 characters, cutting at a word boundary', () => {
    const slug = slugify('The council voted tonight on the long-delayed plan to rebuild the harbour footbridge before winter storms');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(isValidSlug(slug)).toBe(true);
    expect(slug.endsWith('-')).toBe(false);
    expect('the-council-voted-tonight-on-the-long-delayed-plan-to-rebuild-the-harbour-footbridge'.startsWith(slug)).toBe(true);
    expect(slugify('a'.repeat(200))).toBe('a'.repeat(80));
  });

  it('only ever produces valid slugs or the empty string', () => {
    for (const title of ['Hello, World', 'ÀÉÎÕÜ', '1,000 reasons', 'a - b - c', 'x'.repeat(81) + ' y']) {
      const slug = slugify(title);
      expect(slug === '' || isValidSlug(slug)).toBe(true);
    }
  });
});

describe('isValidSlug', () => {
  it.each(['campus-news', 'a', '2026-budget', 'a'.repeat(80)])('accepts %j', (slug) => expect(isValidSlug(slug)).toBe(true));
  it.each(['', 'Campus-News', 'campus--news', '-campus', 'campus-', 'campus news', 'café', 'a/b', 'a'.repeat(81), 'x_y'])('refuses %j', (slug) =>
    expect(isValidSlug(slug)).toBe(false),
  );
});

describe('withSuffix', () => {
  it('adds a numeric suffix within the length limit', () => {
    expect(withSuffix('campus-news', 1)).toBe('campus-news');
    expect(withSuffix('campus-news', 2)).toBe('campus-news-2');
    const long = withSuffix('a'.repeat(80), 12);
    expect(long).toBe(`${'a'.repeat(77)}-12`);
    expect(isValidSlug(long)).toBe(true);
  });
});
