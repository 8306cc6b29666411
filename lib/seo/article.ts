// Metadata, OpenGraph/Twitter cards and JSON-LD for an article page.
import type { Metadata } from 'next';
import type { ArticleDetail } from '@/lib/data/article-page';

const SOCIAL_IMAGE = { width: 1200, height: 630 };

import { absoluteUrl, siteUrl } from '@/lib/site-url';

export { absoluteUrl, siteUrl };

/** The share image: the largest cover variant (up to 1600px), else the generated card. */
export function articleSocialImage(article: ArticleDetail): { url: string; width: number; height: number; alt: string } {
  const cover = article.cover;
  if (cover && cover.variants.length) {
    const fitting = cover.variants.filter((w) => w <= 1600);
    const width = fitting.length ? Math.max(...fitting) : Math.min(...cover.variants);
    return { url: absoluteUrl(`/media/${cover.id}/${width}.webp`), width, height: Math.round((cover.height * width) / cover.width), alt: cover.alt };
  }
  return { url: absoluteUrl(`/og/article/${article.id}`), ...SOCIAL_IMAGE, alt: article.title };
}

export function articleMetadata(article: ArticleDetail): Metadata {
  const title = article.seoTitle || article.title;
  const description = article.seoDescription || article.excerpt || article.dek || article.description;
  const url = absoluteUrl(article.url);
  const image = articleSocialImage(article);
  const modified = article.revisedAt ?? article.publishedAt;
  return {
    title,
    description,
    alternates: { canonical: url },
    authors: article.authors.map((a) => ({ name: a.name, url: absoluteUrl(`/author/${a.slug}`) })),
    openGraph: {
      type: 'article',
      url,
      siteName: 'Byline',
      title,
      description,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: modified.toISOString(),
      authors: article.authors.map((a) => absoluteUrl(`/author/${a.slug}`)),
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}

/** NewsArticle and BreadcrumbList structured data for the article page. */
export function articleJsonLd(article: ArticleDetail): Record<string, unknown>[] {
  const url = absoluteUrl(article.url);
  const image = articleSocialImage(article);
  const newsArticle = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    mainEntityOfPage: url,
    url,
    headline: article.title.length > 110 ? `${article.title.slice(0, 109)}…` : article.title,
    description: article.seoDescription || article.excerpt || article.dek || article.description,
    image: [image.url],
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.revisedAt ?? article.publishedAt).toISOString(),
    author: article.authors.map((a) => ({
      '@type': 'Person',
      name: a.name,
      url: absoluteUrl(`/author/${a.slug}`),
      ...(a.jobTitle ? { jobTitle: a.jobTitle } : {}),
    })),
    publisher: { '@type': 'NewsMediaOrganization', name: 'Byline', url: siteUrl() },
    articleSection: article.section.name,
    keywords: article.tags.map((t) => t.name),
    wordCount: article.wordCount,
    isAccessibleForFree: true,
  };
  const breadcrumb = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      ...article.breadcrumb.map((s) => ({ name: s.name, item: absoluteUrl(`/${s.path}`) })),
      { name: article.title, item: url },
    ].map((entry, i) => ({ '@type': 'ListItem', position: i + 1, ...entry })),
  };
  return [newsArticle, breadcrumb];
}

/** JSON for an inline <script>: `<` is escaped so no text can close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
