import Link from 'next/link';
import type { ArticleCard as ArticleCardShape } from '@/lib/data/shapes';
import { formatDate } from '@/lib/format/date';
import { MediaImage } from './media-image';

interface ArticleCardProps {
  article: ArticleCardShape;
  showImage?: boolean;
  headingLevel?: 'h2' | 'h3';
}

export function ArticleCard({ article, showImage = true, headingLevel = 'h3' }: ArticleCardProps) {
  const Heading = headingLevel;
  return (
    <article className="flex gap-4">
      <div className="min-w-0 flex-1">
        <p className="text-xs font-semibold tracking-wide text-accent-600 uppercase dark:text-accent-300">
          <Link href={`/${article.section.path}`}>{article.section.name}</Link>
        </p>
        <Heading className="mt-1 font-serif text-xl leading-snug font-semibold">
          <Link href={article.url} className="hover:underline">
            {article.title}
          </Link>
        </Heading>
        {article.dek ? <p className="mt-1 text-zinc-700 dark:text-zinc-300">{article.dek}</p> : null}
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          {article.authors.map((a) => a.name).join(', ')}
          {' · '}
          <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
        </p>
      </div>
      {showImage && article.cover ? (
        <MediaImage
          image={article.cover}
          sizes="(min-width: 640px) 12rem, 6rem"
          className="h-auto w-24 shrink-0 self-start rounded object-cover sm:w-48"
        />
      ) : null}
    </article>
  );
}
