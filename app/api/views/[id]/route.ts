// GET /api/views/<article id>: the "most read" counter. Article pages are served whole from
// the page cache, so the view is counted by this 1×1 image the page loads, not by rendering
// it: prefetches and crawlers that skip images are not views. Nothing about the reader is
// kept (no cookie, no IP); views are added up in memory and written every few seconds.
import { connection } from 'next/server';
import { countArticleView } from '@/lib/cache/view-counter';

// A transparent 1×1 GIF.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const ID = /^[a-z0-9]{20,40}$/;

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  if (!ID.test(id)) return new Response('Not an article.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  if (request.method === 'GET') countArticleView(id);
  return new Response(new Uint8Array(PIXEL), {
    headers: { 'content-type': 'image/gif', 'cache-control': 'no-store', 'content-length': String(PIXEL.length) },
  });
}
