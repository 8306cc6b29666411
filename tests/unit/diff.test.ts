import { bodyLines, diffBody, diffSnapshots, diffText, type ArticleSnapshot } from '@/lib/content/diff';
import { doc, h2, hr, ol, p, quote, social, ul } from '@/prisma/seed/doc';

const base: ArticleSnapshot = {
  title: 'Radio station stays on air',
  dek: 'The council reversed its decision.',
  body: doc([p('First paragraph.'), p('Second paragraph.'), p('Third paragraph.'), p('Fourth paragraph.'), p('Fifth paragraph.')]),
  slug: 'radio-station',
  sectionId: 's-news',
  excerpt: null,
  seoTitle: null,
  seoDescription: null,
  coverImageId: null,
  coverAlt: null,
  coverCredit: null,
  authorIds: ['u-maya'],
  tagIds: ['t-radio', 't-council'],
};

const joined = (segments: { kind: string; text: string }[], kind: string) =>
  segments.filter((s) => s.kind === kind).map((s) => s.text.trim()).join(' ');

describe('diffText', () => {
  it('marks inserted and deleted words', () => {
    const segments = diffText('The council met on Tuesday.', 'The senate met on Wednesday.');
    expect(joined(segments, 'removed')).toBe('council Tuesday');
    expect(joined(segments, 'added')).toBe('senate Wednesday');
    expect(segments.map((s) => (s.kind === 'added' ? '' : s.text)).join('')).toBe('The council met on Tuesday.');
    expect(segments.map((s) => (s.kind === 'removed' ? '' : s.text)).join('')).toBe('The senate met on Wednesday.');
  });

  it('returns one unchanged segment, or nothing, for equal texts', () => {
    expect(diffText('Same', 'Same')).toEqual([{ kind: 'same', text: 'Same' }]);
    expect(diffText('', '')).toEqual([]);
  });
});

describe('bodyLines', () => {
  it('gives every block a readable line, including links, quotes, lists, posts and dividers', () => {
    const body = doc([
      h2('What happened'),
      p('Read the [statement](https://example.org/s).'),
      quote('We stay open.', 'The dean'),
      ul(['One']),
      ol(['Two']),
      hr(),
      social({ network: 'x', author: 'Campus Radio', handle: 'hu_radio', text: 'On air!', date: '2026-10-01', url: 'https://x.com/hu_radio/status/1' }),
    ]);
    expect(bodyLines(body)).toEqual([
      'Heading: What happened',
      'Read the statement <https://example.org/s>.',
      'Quote: We stay open.',
      'Quote source: The dean',
      '• One',
      '1. Two',
      'Divider',
      'Social post by Campus Radio (@hu_radio): On air! <https://x.com/hu_radio/status/1>',
    ]);
  });

  it('ignores malformed bodies', () => {
    expect(bodyLines(null)).toEqual([]);
    expect(bodyLines({ type: 'doc', content: [{ type: 'script', text: 'x' }] })).toEqual([]);
  });
});

describe('diffBody', () => {
  it('shows a changed paragraph word by word and collapses distant unchanged ones', () => {
    const after = doc([p('First paragraph.'), p('Second paragraph.'), p('Third paragraph.'), p('Fourth paragraph, revised.'), p('Fifth paragraph.')]);
    const blocks = diffBody(base.body, after);
    expect(blocks.map((b) => b.kind)).toEqual(['skipped', 'same', 'changed', 'same']);
    expect(blocks[0]).toEqual({ kind: 'skipped', count: 2 });
    const changed = blocks[2];
    expect(changed.kind === 'changed' && joined(changed.segments, 'added')).toBe(', revised');
  });

  it('lists added and removed paragraphs whole', () => {
    const after = doc([p('First paragraph.'), p('Second paragraph.'), p('Third paragraph.'), p('Fourth paragraph.'), p('Fifth paragraph.'), p('A new ending.')]);
    expect(diffBody(base.body, after).filter((b) => b.kind === 'added')).toEqual([{ kind: 'added', text: 'A new ending.' }]);
    const shorter = doc([p('Second paragraph.'), p('Third paragraph.'), p('Fourth paragraph.'), p('Fifth paragraph.')]);
    expect(diffBody(base.body, shorter).filter((b) => b.kind === 'removed')).toEqual([{ kind: 'removed', text: 'First paragraph.' }]);
  });
});

describe('diffSnapshots', () => {
  it('reports identical snapshots as identical', () => {
    const result = diffSnapshots(base, { ...base });
    expect(result.identical).toBe(true);
    expect(result.changedFields).toEqual([]);
    expect(result.body.every((b) => b.kind === 'same' || b.kind === 'skipped')).toBe(true);
  });

  it('lists every changed field with readable names from the lookup', () => {
    const after: ArticleSnapshot = {
      ...base,
      title: 'Radio station stays on air for good',
      sectionId: 's-culture',
      authorIds: ['u-maya', 'u-sam'],
      tagIds: ['t-council', 't-radio'],
      coverCredit: 'Photo: Lee Park',
      seoTitle: 'Campus radio saved',
    };
    const result = diffSnapshots(base, after, {
      sections: { 's-news': 'News', 's-culture': 'Culture' },
      users: { 'u-maya': 'Maya Okafor', 'u-sam': 'Sam Reyes' },
    });
    expect(result.identical).toBe(false);
    expect(result.changedFields).toEqual(['Title', 'Section', 'Authors', 'Cover credit', 'SEO title']);
    expect(result.fieldChanges.find((f) => f.field === 'sectionId')).toMatchObject({ before: 'News', after: 'Culture' });
    expect(result.fieldChanges.find((f) => f.field === 'authorIds')).toMatchObject({ before: 'Maya Okafor', after: 'Maya Okafor, Sam Reyes' });
    expect(joined(result.title, 'added')).toBe('for good');
  });

  it('treats missing and null values alike', () => {
    const withoutTitle = { ...base };
    delete withoutTitle.title;
    expect(diffSnapshots({ ...withoutTitle, dek: null }, { ...base, title: '', dek: '' }).identical).toBe(true);
  });
});
