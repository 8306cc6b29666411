import { safeCallbackPath } from '@/lib/auth/callback-url';

describe('safeCallbackPath', () => {
  it('keeps paths on this site', () => {
    expect(safeCallbackPath('/studio/users')).toBe('/studio/users');
    expect(safeCallbackPath('/studio?tab=drafts#top')).toBe('/studio?tab=drafts#top');
    expect(safeCallbackPath('http://localhost:3000/studio/tags', 'http://localhost:3000')).toBe('/studio/tags');
  });

  it.each([
    'https://evil.example',
    'https://evil.example/studio',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/%2F%2Fevil.example',
    '%2F%2Fevil.example',
    '/%5Cevil.example',
    '/%252F%252Fevil.example',
    'javascript:alert(1)',
    '/\t/evil.example',
    ' //evil.example',
    'evil.example',
    'http://localhost:3000.evil.example/x',
  ])('sends %s home', (value) => {
    const result = safeCallbackPath(value, 'http://localhost:3000');
    expect(result).toBe('/studio');
    expect(new URL(result, 'http://localhost:3000').origin).toBe('http://localhost:3000');
  });

  it('falls back for non-strings', () => {
    expect(safeCallbackPath(undefined)).toBe('/studio');
    expect(safeCallbackPath(['/a'])).toBe('/studio');
  });
});
