import Link from 'next/link';
import type { ArticleCard as ArticleCardShape } from '@/lib/data/shapes';
import { formatDate } from '@/lib/format/date';
import { MediaImage } from './media-image';

interface ArticleCardProps {
  article: ArticleCardShape;
  showImage?: boolean;
  headingLevel?: 'h2' | 'h3';
}

/** A story in a list: section, headline, dek, byline and date, and a thumbnail (see globals.css). */
export function ArticleCard({ article, showImage = true, headingLevel = 'h3' }: ArticleCardProps) {
  const Heading = headingLevel;
  return (
    <article className="card">
      <p className="card-kicker">
        <Link href={`/${article.section.path}`}>{article.section.name}</Link>
      </p>
      <Heading className="card-title">
        <Link href={article.url}>{article.title}</Link>
      </Heading>
      {article.dek ? <p className="card-dek">{article.dek}</p> : null}
      <p className="card-meta">
        {`${article.authors.map((a) => a.name).join(', ')} · `}
        <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
      </p>
      {/* At most 12rem wide (6rem on phones): the 480 px variant is sharp up to 2× screens. */}
      {showImage && article.cover ? <MediaImage image={article.cover} sizes="(min-width: 640px) 12rem, 6rem" maxWidth={480} className="card-image" /> : null}
    </article>
  );
}
