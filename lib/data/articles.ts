import 'server-only';
// Public article reads. Every query here filters to published, untrashed articles itself.
import { getDb } from '@/lib/db';
import { articleCardSelect, publicArticleWhere, toArticleCard, type ArticleCard } from './shapes';

/** Newest published articles, newest first. Public read; no permission needed. */
export async function findLatestArticles(limit = 20): Promise<ArticleCard[]> {
  const rows = await getDb().article.findMany({
    where: publicArticleWhere,
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: Math.min(Math.max(1, limit), 100),
    select: articleCardSelect,
  });
  return rows.map(toArticleCard);
}
