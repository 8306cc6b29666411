// POST /api/internal/revalidate: expires cache tags on this instance for writes made in
// another process (scheduler, scripts). Signed with NEXTAUTH_SECRET; never public.
import { revalidateTag } from 'next/cache';
import { forgetPublicAnswers } from '@/lib/cache/invalidate';
import { verifyInternal } from '@/lib/cache/signature';

export async function POST(request: Request) {
  const body = await request.text();
  if (!verifyInternal(body, request.headers.get('x-byline-signature'))) {
    return Response.json({ error: 'Invalid signature.' }, { status: 403 });
  }
  let tags: unknown;
  try {
    tags = (JSON.parse(body) as { tags?: unknown }).tags;
  } catch {
    return Response.json({ error: 'Body must be JSON: {"tags": [...]}' }, { status: 400 });
  }
  if (!Array.isArray(tags) || tags.length > 500 || !tags.every((t) => typeof t === 'string' && t.length > 0 && t.length <= 200)) {
    return Response.json({ error: 'tags must be a list of up to 500 non-empty strings.' }, { status: 400 });
  }
  forgetPublicAnswers();
  for (const tag of new Set(tags as string[])) revalidateTag(tag, { expire: 0 });
  return new Response(null, { status: 204 });
}
