import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { createDb } from '@/lib/db';
import { runChangePassword, runUpdateProfile, runUploadAvatar } from '@/lib/actions/run-profile';
import { onInvalidate } from '@/lib/cache/invalidate';
import { tags } from '@/lib/cache-tags';
import { authenticate } from '@/lib/data/auth';
import { MAX_UPLOAD_BYTES, uploadImage } from '@/lib/data/media';
import { getOwnProfile } from '@/lib/data/users';
import { ValidationError } from '@/lib/errors';
import { createStaff, formData, TEST_PASSWORD } from './users-fixtures';

const db = createDb(process.env.DATABASE_URL!, 2);
afterAll(() => db.$disconnect());

const profileFields = (slug: string) => ({
  name: 'Renamed Person', slug, jobTitle: 'Night Editor', bio: 'Writes at night.', website: 'https://night.example',
  linkedinUrl: 'https://www.linkedin.com/in/renamed', xHandle: 'https://x.com/renamed_p', instagramHandle: '@renamed.p',
  tiktokHandle: '', blueskyHandle: 'renamed.bsky.social',
});

describe('own profile', () => {
  it('saves the profile fields only, normalizes handles and invalidates the author\'s pages', async () => {
    const writer = await createStaff(db, 'WRITER');
    const seen: string[][] = [];
    const stop = onInvalidate((t) => seen.push(t));
    const slug = `renamed-${writer.id.slice(-6)}`;
    const state = await runUpdateProfile(
      writer,
      formData({ ...profileFields(slug), role: 'ADMIN', active: 'false', email: 'evil@example.com', sessionVersion: '7', id: 'other' }),
    );
    stop();
    expect(state).toEqual({ ok: true, message: 'Profile saved.' });
    const row = await db.user.findUniqueOrThrow({ where: { id: writer.id } });
    expect(row).toMatchObject({
      name: 'Renamed Person', slug, xHandle: 'renamed_p', instagramHandle: 'renamed.p', tiktokHandle: null,
      role: 'WRITER', active: true, email: writer.email, sessionVersion: 1,
    });
    expect(seen.flat()).toEqual(expect.arrayContaining([tags.author(writer.id), tags.home]));
  });

  it('refuses a slug another staff member uses and invalid links', async () => {
    const writer = await createStaff(db, 'WRITER');
    const taken = await runUpdateProfile(writer, formData(profileFields('maya-okafor')));
    expect(taken).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringMatching(/already uses/)] } });
    const bad = await runUpdateProfile(writer, formData({ ...profileFields(`ok-${writer.id.slice(-6)}`), website: 'javascript:alert(1)' }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { website: expect.any(Array) } });
    expect(await db.user.findUniqueOrThrow({ where: { id: writer.id }, select: { name: true } })).toEqual({ name: writer.name });
  });

  it('changes the password only with the current one', async () => {
    const writer = await createStaff(db, 'WRITER');
    const wrong = await runChangePassword(writer, formData({ currentPassword: 'not-it-at-all', password: 'fresh-sea-breeze-7', confirm: 'fresh-sea-breeze-7' }));
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: expect.any(Array) } });
    const weak = await runChangePassword(writer, formData({ currentPassword: TEST_PASSWORD, password: 'password1234', confirm: 'password1234' }));
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: expect.any(Array) } });
    const ok = await runChangePassword(writer, formData({ currentPassword: TEST_PASSWORD, password: 'fresh-sea-breeze-7', confirm: 'fresh-sea-breeze-7' }));
    expect(ok).toMatchObject({ ok: true });
    expect(await authenticate(writer.email, 'fresh-sea-breeze-7', '198.51.100.7')).toMatchObject({ id: writer.id });
  });
});

describe('avatar upload', () => {
  const png = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#b4232a' } }).png().toBuffer();

  it('re-encodes to WebP variants no wider than the original and sets the avatar', async () => {
    const writer = await createStaff(db, 'WRITER');
    const image = await png(300, 200);
    const state = await runUploadAvatar(writer, formData({ avatar: new Blob([new Uint8Array(image)], { type: 'text/plain' }) }));
    expect(state).toMatchObject({ ok: true });
    const profile = await getOwnProfile(writer);
    expect(profile.avatar).toMatchObject({ width: 300, height: 200, variants: [96, 256, 300] });
    for (const w of [96, 256, 300]) {
      const file = path.join(process.env.UPLOAD_DIR!, profile.avatar!.id, `${w}.webp`);
      const meta = await sharp(fs.readFileSync(file)).metadata();
      expect(meta).toMatchObject({ format: 'webp', width: w });
    }
    const media = await db.media.findUniqueOrThrow({ where: { id: profile.avatar!.id } });
    expect(media).toMatchObject({ mimeType: 'image/png', uploadedById: writer.id });
  });

  it('refuses SVG, non-images and files over 10 MB by their content', async () => {
    const writer = await createStaff(db, 'WRITER');
    const before = await db.media.count({ where: { uploadedById: writer.id } });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    await expect(uploadImage(writer, { data: svg, originalName: 'x.png' })).rejects.toThrow(/SVG images are not accepted/);
    await expect(uploadImage(writer, { data: Buffer.from('%PDF-1.4 not an image'), originalName: 'a.jpg' })).rejects.toThrow(ValidationError);
    await expect(uploadImage(writer, { data: Buffer.alloc(MAX_UPLOAD_BYTES + 1) })).rejects.toThrow(/larger than 10 MB/);
    const tiff = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).tiff().toBuffer();
    await expect(uploadImage(writer, { data: tiff })).rejects.toThrow(/TIFF files are not accepted/);
    const state = await runUploadAvatar(writer, formData({ avatar: new Blob([new Uint8Array(svg)], { type: 'image/png' }) }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { avatar: [expect.stringMatching(/SVG/)] } });
    expect(await db.media.count({ where: { uploadedById: writer.id } })).toBe(before);
  });

  it('accepts JPEG, WebP and GIF', async () => {
    const writer = await createStaff(db, 'WRITER');
    const base = sharp({ create: { width: 40, height: 40, channels: 3, background: '#0f766e' } });
    for (const data of [await base.clone().jpeg().toBuffer(), await base.clone().webp().toBuffer(), await base.clone().gif().toBuffer()]) {
      await expect(uploadImage(writer, { data }, [96])).resolves.toMatchObject({ width: 40, variants: [40] });
    }
  });
});
