// Image uploads through POST /api/studio/media with real files: type checked by content,
// size limit, WebP variants stored and served with long cache headers; the media library.
import sharp from 'sharp';
import type { Actor } from '@/lib/auth/permissions';
import { POST } from '@/app/api/studio/media/route';
import { GET as getMediaFile } from '@/app/media/[id]/[file]/route';
import { listMedia, updateMediaDetails, uploadImage } from '@/lib/data/media-library';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { testDb } from '../helpers/fixtures';
import { createStaff } from './users-fixtures';

let currentActor: Actor | null = null;
jest.mock('@/lib/auth/session', () => ({ getCurrentActor: async () => currentActor }));
jest.mock('next/server', () => ({ ...jest.requireActual('next/server'), connection: async () => undefined }));

afterAll(() => testDb.$disconnect());

function upload(file: Blob, name: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', file, name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return POST(new Request('http://localhost/api/studio/media', { method: 'POST', body: form }));
}

const blob = (data: Buffer | string, type = 'application/octet-stream') => new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type });

describe('POST /api/studio/media', () => {
  let writer: Actor;
  beforeAll(async () => {
    writer = await createStaff(testDb, 'WRITER');
  });
  beforeEach(() => {
    currentActor = writer;
  });

  it('stores a real PNG as WebP variants capped at its width and serves them immutable', async () => {
    const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#0f766e' } }).png().toBuffer();
    const res = await upload(blob(png, 'image/png'), 'harbour.png', { alt: 'The harbour at dawn', credit: 'Photo: Ana Ruiz' });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toEqual({ id: expect.any(String), width: 1200, height: 800, variants: [480, 960, 1200], alt: 'The harbour at dawn', credit: 'Photo: Ana Ruiz' });
    const row = await testDb.media.findUniqueOrThrow({ where: { id: body.id } });
    expect(row).toMatchObject({ mimeType: 'image/png', originalName: 'harbour.png', uploadedById: writer.id, size: png.length });

    const file = await getMediaFile(new Request('http://localhost'), { params: Promise.resolve({ id: body.id, file: '960.webp' }) });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/webp');
    expect(file.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 960, height: 640 });
  });

  it('keeps a small image at its own width (at least one variant)', async () => {
    const gif = await sharp({ create: { width: 120, height: 90, channels: 4, background: '#ff0000' } }).gif().toBuffer();
    const res = await upload(blob(gif), 'tiny.gif');
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ width: 120, variants: [120] });
  });

  it('refuses an SVG with a script, an HTML file renamed .png and plain text, storing nothing', async () => {
    const before = await testDb.media.count();
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>';
    const svgRes = await upload(blob(svg, 'image/svg+xml'), 'logo.svg');
    expect(svgRes.status).toBe(400);
    expect((await svgRes.json()).error).toMatch(/SVG images are not accepted.*JPEG, PNG, WebP or GIF/);

    const html = await upload(blob('<!doctype html><html><body><script>alert(1)</script></body></html>', 'image/png'), 'photo.png');
    expect(html.status).toBe(400);
    expect((await html.json()).error).toMatch(/not an image we can read/);

    const empty = await upload(blob(''), 'empty.png');
    expect(empty.status).toBe(400);
    expect(await testDb.media.count()).toBe(before);
  });

  it('answers 413 for a file over 10 MB', async () => {
    const before = await testDb.media.count();
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x41);
    const res = await upload(blob(big, 'image/png'), 'huge.png');
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/larger than 10 MB/);
    // The data layer refuses it too, for callers other than the route.
    await expect(uploadImage(writer, big)).rejects.toBeInstanceOf(ValidationError);
    expect(await testDb.media.count()).toBe(before);
  });

  it('answers 401 without a session and 403 for a deactivated account', async () => {
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } }).png().toBuffer();
    currentActor = null;
    expect((await upload(blob(png), 'a.png')).status).toBe(401);
    currentActor = { ...writer, active: false };
    expect((await upload(blob(png), 'a.png')).status).toBe(403);
  });
});

describe('the media library', () => {
  it('lists uploads newest first with search, and lets uploaders and editors edit details', async () => {
    const writer = await createStaff(testDb, 'WRITER');
    const other = await createStaff(testDb, 'WRITER');
    const editor = await createStaff(testDb, 'EDITOR');
    const marker = `lib${Date.now()}`;
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#123456' } }).png().toBuffer();
    const media = await uploadImage(writer, png, { alt: `${marker} rowing crew`, credit: 'Photo: Staff' });
    const found = await listMedia(other, { q: marker });
    expect(found.items).toEqual([expect.objectContaining({ id: media.id, alt: `${marker} rowing crew`, uploadedBy: { id: writer.id, name: writer.name } })]);

    await expect(updateMediaDetails(other, media.id, { alt: 'vandalised' })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await testDb.media.findUniqueOrThrow({ where: { id: media.id } })).alt).toBe(`${marker} rowing crew`);
    await expect(updateMediaDetails(writer, media.id, { alt: 'x'.repeat(301) })).rejects.toBeInstanceOf(ValidationError);
    expect(await updateMediaDetails(writer, media.id, { alt: 'Crew at the finish', credit: '' })).toMatchObject({ alt: 'Crew at the finish', credit: null });
    expect(await updateMediaDetails(editor, media.id, { alt: 'Crew', credit: 'Photo: Desk' })).toMatchObject({ alt: 'Crew', credit: 'Photo: Desk' });
    await expect(listMedia(null)).rejects.toThrow(/sign in/i);
  });
});
