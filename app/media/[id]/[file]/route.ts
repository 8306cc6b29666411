// GET /media/<id>/<width>.webp: a stored image variant, cached for a year (immutable keys).
import { connection } from 'next/server';
import { storage } from '@/lib/storage';

export async function GET(_req: Request, ctx: { params: Promise<{ id: string; file: string }> }) {
  await connection();
  const { id, file } = await ctx.params;
  if (!/^[a-z0-9]{10,40}$/.test(id) || !/^[0-9]{2,5}\.webp$/.test(file)) {
    return new Response('Not found', { status: 404 });
  }
  const data = await storage.get(`${id}/${file}`);
  if (!data) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(data), {
    headers: {
      'Content-Type': 'image/webp',
      'Content-Length': String(data.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
