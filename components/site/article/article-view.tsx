import type { ArticleDetail } from '@/lib/data/article-page';
import type { ArticleCard as ArticleCardShape } from '@/lib/data/shapes';
import { toCardData } from '../card-data';
import { CardList } from '../card-list';
import { MediaImage } from '../media-image';
import { ArticleTags, CorrectionsLog } from './article-extras';
import { AuthorBio } from './author-bio';
import { Breadcrumb } from './breadcrumb';
import { Byline } from './byline';

interface ArticleViewProps {
  article: ArticleDetail;
  related: ArticleCardShape[];
}

/** The public article page body: everything between the site header and footer. */
export function ArticleView({ article, related }: ArticleViewProps) {
  return (
    <>
      <article className="mx-auto max-w-3xl">
        <header>
          <Breadcrumb items={article.breadcrumb} />
          <h1 className="mt-3 font-serif text-3xl leading-tight font-bold text-balance sm:text-5xl">{article.title}</h1>
          {article.dek ? <p className="mt-4 text-lg text-zinc-700 sm:text-xl dark:text-zinc-300">{article.dek}</p> : null}
          <Byline article={article} />
        </header>
        {article.cover ? (
          <figure className="mt-8">
            <MediaImage image={article.cover} priority sizes="(min-width: 48rem) 48rem, 100vw" className="h-auto w-full rounded" />
            {article.cover.credit ? (
              <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{article.cover.credit}</figcaption>
            ) : null}
          </figure>
        ) : null}
        {/* The body's HTML, built from the sanitised document by lib/content/render-document.ts. */}
        <div
          className="prose prose-zinc mt-8 max-w-none font-serif sm:prose-lg dark:prose-invert prose-headings:font-serif prose-figcaption:font-sans"
          dangerouslySetInnerHTML={{ __html: article.bodyHtml }}
        />
        <ArticleTags tags={article.tags} />
        <CorrectionsLog corrections={article.corrections} />
        <section aria-labelledby="authors-heading" className="mt-12">
          <h2 id="authors-heading" className="font-serif text-xl font-semibold">
            {article.authors.length === 1 ? 'About the author' : 'About the authors'}
          </h2>
          <ul className="mt-4 space-y-4">
            {article.authors.map((a) => (
              <li key={a.id}>
                <AuthorBio author={a} />
              </li>
            ))}
          </ul>
        </section>
      </article>
      {related.length ? (
        <section aria-labelledby="related-heading" className="mx-auto mt-16 max-w-3xl border-t border-zinc-200 pt-8 dark:border-zinc-800">
          <h2 id="related-heading" className="font-serif text-2xl font-bold">
            Related stories
          </h2>
          <CardList cards={related.map(toCardData)} className="cards mt-4" />
        </section>
      ) : null}
    </>
  );
}
