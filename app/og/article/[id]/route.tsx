// GET /og/article/<id>: the generated 1200x630 share image for a published article without
// a cover. Uses the font bundled with next/og, so nothing is fetched at build or request time.
import { ImageResponse } from 'next/og';
import { connection } from 'next/server';
import { getArticleForSocialImage } from '@/lib/data/public-article';

const ID = /^[a-z0-9]{10,40}$/;

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await ctx.params;
  const article = ID.test(id) ? await getArticleForSocialImage(id) : null;
  if (!article) return new Response('Not found', { status: 404 });
  const byline = article.authors.map((a) => a.user.name).join(', ');
  const title = article.title.length > 140 ? `${article.title.slice(0, 139)}…` : article.title;
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 72px',
          background: '#fafaf9',
          color: '#18181b',
          borderTop: '16px solid #b4232a',
        }}
      >
        <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, letterSpacing: 2, textTransform: 'uppercase', color: '#961c22' }}>
          {article.section.name}
        </div>
        <div style={{ display: 'flex', fontSize: title.length > 80 ? 58 : 72, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 28, color: '#3f3f46' }}>
          <div style={{ display: 'flex', maxWidth: 820 }}>{byline}</div>
          <div style={{ display: 'flex', fontSize: 44, fontWeight: 700, color: '#18181b' }}>
            <span style={{ color: '#b4232a', marginRight: 8 }}>¶</span>Byline
          </div>
        </div>
      </div>
    ),
    {
      width: 1200,
      height: 630,
      // Headlines can be edited: let shared caches keep it for an hour, not forever.
      headers: { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' },
    },
  );
}
