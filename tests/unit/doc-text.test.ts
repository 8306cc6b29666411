import { countWords, documentText, readingMinutes } from '@/lib/content/doc-text';
import { doc, p, quote, social, ul } from '@/prisma/seed/doc';

describe('documentText', () => {
  it('extracts block text in order, including quotes, lists and social posts', () => {
    const body = doc([
      p('The **council** met on [Tuesday](https://example.org).'),
      quote('We will keep the station open.', 'The dean'),
      ul(['First point', 'Second point']),
      social({ network: 'x', author: 'Campus Radio', handle: 'hu_radio', text: 'We are staying on air!', date: '2026-10-01', url: 'https://x.com/hu_radio/status/1' }),
    ]);
    expect(documentText(body)).toBe(
      'The council met on Tuesday.\nWe will keep the station open.\nFirst point\nSecond point\nWe are staying on air!',
    );
  });

  it('ignores malformed input', () => {
    expect(documentText(null)).toBe('');
    expect(documentText({ type: 'doc', content: 'nope' })).toBe('');
  });
});

describe('word count and reading time', () => {
  it('counts words and rounds reading time to at least one minute', () => {
    expect(countWords('It’s a well-known fact, 2026.')).toBe(5);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(690)).toBe(3);
  });
});
