import { changePasswordSchema, loginSchema, setPasswordSchema } from '@/lib/validation/auth';
import { newPasswordSchema, slugify } from '@/lib/validation/fields';
import { parseForm } from '@/lib/validation/form';
import { normalizeHandle } from '@/lib/validation/social';
import { sectionSchema, tagSchema } from '@/lib/validation/taxonomy';
import { createUserSchema, profileSchema } from '@/lib/validation/users';

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
};

describe('passwords', () => {
  it('need at least 12 characters and may not be common or repetitive', () => {
    expect(newPasswordSchema.safeParse('short-pass').success).toBe(false);
    expect(newPasswordSchema.safeParse('password1234').success).toBe(false);
    expect(newPasswordSchema.safeParse('PASSWORD1234').success).toBe(false);
    expect(newPasswordSchema.safeParse('aaaaaaaaaaaaaaaa').success).toBe(false);
    expect(newPasswordSchema.safeParse('tidewater-route-14-bus').success).toBe(true);
  });

  it('must match their confirmation and differ from the current one', () => {
    expect(setPasswordSchema.safeParse({ token: 'x'.repeat(43), password: 'tidewater-route-14', confirm: 'tidewater-route-15' }).success).toBe(false);
    expect(
      changePasswordSchema.safeParse({ currentPassword: 'tidewater-route-14', password: 'tidewater-route-14', confirm: 'tidewater-route-14' }).success,
    ).toBe(false);
    expect(
      changePasswordSchema.safeParse({ currentPassword: 'old-one', password: 'tidewater-route-14', confirm: 'tidewater-route-14' }).success,
    ).toBe(true);
  });

  it('sign-in only checks shape and normalizes the email', () => {
    expect(loginSchema.parse({ email: ' Writer@Byline.Local ', password: 'x' }).email).toBe('writer@byline.local');
    expect(loginSchema.safeParse({ email: '', password: 'x' }).success).toBe(false);
  });
});

describe('social handles', () => {
  it('accept a handle or an https profile URL on the network and store the bare handle', () => {
    expect(normalizeHandle('xHandle', '@priya_nat')).toEqual({ handle: 'priya_nat' });
    expect(normalizeHandle('xHandle', 'https://x.com/priya_nat')).toEqual({ handle: 'priya_nat' });
    expect(normalizeHandle('xHandle', 'https://twitter.com/priya_nat/')).toEqual({ handle: 'priya_nat' });
    expect(normalizeHandle('instagramHandle', 'https://www.instagram.com/tomasz.on.the.water/')).toEqual({ handle: 'tomasz.on.the.water' });
    expect(normalizeHandle('tiktokHandle', 'https://www.tiktok.com/@maya.reads')).toEqual({ handle: 'maya.reads' });
    expect(normalizeHandle('blueskyHandle', 'https://bsky.app/profile/priyanat.bsky.social')).toEqual({ handle: 'priyanat.bsky.social' });
    expect(normalizeHandle('blueskyHandle', '@PriyaNat.bsky.social')).toEqual({ handle: 'priyanat.bsky.social' });
  });

  it('refuse other hosts, plain http, scripts and malformed handles', () => {
    expect(normalizeHandle('xHandle', 'http://x.com/priya')).toHaveProperty('error');
    expect(normalizeHandle('xHandle', 'https://evil.example/priya')).toHaveProperty('error');
    expect(normalizeHandle('xHandle', 'javascript:alert(1)')).toHaveProperty('error');
    expect(normalizeHandle('xHandle', 'this handle is far too long')).toHaveProperty('error');
    expect(normalizeHandle('instagramHandle', 'https://x.com/someone')).toHaveProperty('error');
    expect(normalizeHandle('tiktokHandle', 'https://www.tiktok.com/someone')).toHaveProperty('error');
    expect(normalizeHandle('blueskyHandle', 'not a domain')).toHaveProperty('error');
  });
});

describe('profile schema', () => {
  const valid = {
    name: 'Maya Okafor', slug: 'maya-okafor', jobTitle: '', bio: 'Hi.', website: 'https://maya.example/',
    linkedinUrl: '', xHandle: '@maya', instagramHandle: '', tiktokHandle: '', blueskyHandle: '',
  };

  it('turns empty optional fields into null and normalizes handles', () => {
    const data = profileSchema.parse(valid);
    expect(data).toMatchObject({ jobTitle: null, linkedinUrl: null, xHandle: 'maya', website: 'https://maya.example/' });
  });

  it('rejects non-https websites and LinkedIn links elsewhere', () => {
    expect(profileSchema.safeParse({ ...valid, website: 'http://maya.example' }).success).toBe(false);
    expect(profileSchema.safeParse({ ...valid, linkedinUrl: 'https://evil.example/in/maya' }).success).toBe(false);
    expect(profileSchema.safeParse({ ...valid, slug: 'Maya Okafor' }).success).toBe(false);
  });

  it('drops fields outside the schema (no mass assignment)', () => {
    const parsed = parseForm(profileSchema, form({ ...valid, role: 'ADMIN', active: 'false', email: 'x@y.z', sessionVersion: '9' }));
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(Object.keys(parsed.data).sort()).toEqual(Object.keys(valid).sort());
  });
});

describe('admin and taxonomy schemas', () => {
  it('create-user takes name, email and role only', () => {
    const parsed = parseForm(createUserSchema, form({ name: 'Ana', email: 'ANA@byline.local', role: 'WRITER', passwordHash: 'x' }));
    expect(parsed.success && parsed.data).toEqual({ name: 'Ana', email: 'ana@byline.local', role: 'WRITER' });
    expect(createUserSchema.safeParse({ name: 'Ana', email: 'ana@byline.local', role: 'OWNER' }).success).toBe(false);
  });

  it('section and tag slugs are validated', () => {
    expect(sectionSchema.safeParse({ name: 'Arts', slug: 'arts', description: '', parentId: '' }).success).toBe(true);
    expect(sectionSchema.safeParse({ name: 'Arts', slug: 'Arts & Crafts', description: '', parentId: '' }).success).toBe(false);
    expect(sectionSchema.safeParse({ name: 'Arts', slug: '-arts', description: '', parentId: '' }).success).toBe(false);
    expect(tagSchema.safeParse({ name: 'Rowing', slug: 'rowing', description: '' }).success).toBe(true);
    expect(tagSchema.safeParse({ name: '', slug: 'rowing', description: '' }).success).toBe(false);
  });

  it('reports field errors by field', () => {
    const parsed = parseForm(tagSchema, form({ name: '', slug: 'no slug', description: '' }));
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(Object.keys(parsed.state.fieldErrors ?? {}).sort()).toEqual(['name', 'slug']);
  });

  it('slugify makes URL-safe slugs', () => {
    expect(slugify('Élodie Marchand')).toBe('elodie-marchand');
    expect(slugify('  Culture & Arts!  ')).toBe('culture-arts');
  });
});
