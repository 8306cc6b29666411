import 'server-only';
// Public tag pages: the tag and its published articles. Public read.
import { getDb } from '@/lib/db';
import { findPublicArticlePage, type Paginated } from './authors';
import { publicArticleWhere, type ArticleCard } from './shapes';

export interface TagDetail {
  id: string;
  name: string;
  slug: string;
  description: string | null;
}

/**
 * The tag with this slug, or null when it does not exist or labels no published article
 * (a tag used only on drafts could reveal unpublished work). Public read.
 */
export async function findTag(slug: string): Promise<TagDetail | null> {
  return getDb().tag.findFirst({
    where: { slug, articles: { some: { article: publicArticleWhere } } },
    select: { id: true, name: true, slug: true, description: true },
  });
}

/** Published articles carrying this tag, newest first. Public read. */
export function findTagArticles(tagId: string, page: number): Promise<Paginated<ArticleCard>> {
  return findPublicArticlePage({ tagId }, page);
}
