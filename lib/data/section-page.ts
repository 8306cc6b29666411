import 'server-only';
// Section pages: the section, its breadcrumb and subsections, and its articles (including
// those of its subsections), newest first. Public reads.
import { getDb } from '@/lib/db';
import { PAGE_SIZE, articleCardSelect, publicArticleWhere, toArticleCard, type ArticleCard, type SectionRef } from './shapes';

export interface SectionDetail {
  id: string;
  name: string;
  path: string;
  description: string | null;
  /** Root first, ending with this section. */
  trail: SectionRef[];
  /** Ids of this section and every section below it. */
  subtreeIds: string[];
  children: (SectionRef & { description: string | null })[];
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

function prefixes(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** The section at `path` with its breadcrumb trail, subsections and subtree. Public read. */
export async function findSectionByPath(path: string): Promise<SectionDetail | null> {
  const db = getDb();
  const section = await db.section.findUnique({
    where: { path },
    select: {
      id: true,
      name: true,
      path: true,
      description: true,
      children: { orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { name: true, path: true, description: true } },
    },
  });
  if (!section) return null;
  const [trail, subtree] = await Promise.all([
    db.section.findMany({ where: { path: { in: prefixes(path) } }, select: { name: true, path: true } }),
    db.section.findMany({ where: { OR: [{ path }, { path: { startsWith: `${path}/` } }] }, select: { id: true } }),
  ]);
  trail.sort((a, b) => a.path.length - b.path.length);
  return { ...section, trail, subtreeIds: subtree.map((s) => s.id) };
}

/** One page of published articles in the given sections, newest first. Public read. */
export async function findSectionArticles(sectionIds: string[], page: number): Promise<Paged<ArticleCard>> {
  const db = getDb();
  const where = { ...publicArticleWhere, sectionId: { in: sectionIds } };
  const safePage = Number.isInteger(page) && page > 0 ? page : 1;
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      skip: (safePage - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: articleCardSelect,
    }),
    db.article.count({ where }),
  ]);
  return { items: rows.map(toArticleCard), total, page: safePage, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
