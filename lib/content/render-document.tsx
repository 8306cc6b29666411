// Server-side renderer for body documents. It only ever sees the output of sanitizeDocument,
// builds every element and attribute explicitly and lets React escape all text: no raw HTML,
// no spread attributes, no third-party embeds (social posts become static cards).
import { Fragment, type ReactNode } from 'react';
import { sanitizeDocument, type BlockNode, type ImageAttrs, type InlineNode, type Mark, type SocialPostAttrs } from './sanitize-document';

type LinkMark = Extract<Mark, { type: 'link' }>;

export { sanitizeDocument, safeHref } from './sanitize-document';
export type { BlockNode, DocNode, DocumentNode, InlineNode, Mark } from './sanitize-document';

const NETWORKS: Record<string, string> = {
  x: 'X',
  twitter: 'X',
  instagram: 'Instagram',
  bluesky: 'Bluesky',
  tiktok: 'TikTok',
  mastodon: 'Mastodon',
  threads: 'Threads',
  youtube: 'YouTube',
  facebook: 'Facebook',
};

// Quoted posts carry a calendar date: format it as such, not shifted into a time zone.
const calendarDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

interface RenderContext {
  siteOrigin: string | null;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

interface LinkProps {
  href: string;
  ctx: RenderContext;
  className?: string;
  children: ReactNode;
}

function Link({ href, ctx, className, children }: LinkProps) {
  const external = !href.startsWith('mailto:') && originOf(href) !== ctx.siteOrigin;
  return (
    <a href={href} rel={external ? 'noopener noreferrer' : undefined} className={className}>
      {children}
    </a>
  );
}

function renderInline(nodes: InlineNode[], ctx: RenderContext): ReactNode[] {
  return nodes.map((node, i) => {
    if (node.type === 'hardBreak') return <br key={i} />;
    const marks = node.marks ?? [];
    let out: ReactNode = node.text;
    if (marks.some((m) => m.type === 'italic')) out = <em>{out}</em>;
    if (marks.some((m) => m.type === 'bold')) out = <strong>{out}</strong>;
    // The link goes outermost so a bold word inside a link stays one link.
    const link = marks.find((m): m is LinkMark => m.type === 'link');
    if (link) out = <Link href={link.attrs.href} ctx={ctx}>{out}</Link>;
    return <Fragment key={i}>{out}</Fragment>;
  });
}

export function socialNetworkName(network: string, url: string): string {
  return NETWORKS[network] ?? new URL(url).hostname.replace(/^www\./, '');
}

function SocialPostCard({ post, ctx }: { post: SocialPostAttrs; ctx: RenderContext }) {
  const network = socialNetworkName(post.network, post.url);
  const date = post.date ? new Date(post.date) : null;
  return (
    <figure className="not-prose my-8 rounded-lg border font-sans border-zinc-300 bg-zinc-50 p-5 dark:border-zinc-700 dark:bg-zinc-900">
      <figcaption className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-semibold text-zinc-900 dark:text-zinc-100">{post.author || `@${post.handle}`}</span>{' '}
        {post.author && post.handle ? <span className="text-zinc-600 dark:text-zinc-400">@{post.handle}</span> : null}{' '}
        <span className="text-zinc-600 dark:text-zinc-400">on {network}</span>
      </figcaption>
      <blockquote cite={post.url} className="mt-3 font-serif text-lg leading-relaxed whitespace-pre-line text-zinc-900 dark:text-zinc-100">
        {post.text}
      </blockquote>
      <p className="mt-3 flex flex-wrap gap-x-3 text-sm text-zinc-600 dark:text-zinc-400">
        {date ? <time dateTime={post.date ?? undefined}>{calendarDate.format(date)}</time> : null}{' '}
        <Link href={post.url} ctx={ctx} className="font-medium text-accent-700 underline dark:text-accent-300">
          View original on {network}
        </Link>
      </p>
    </figure>
  );
}

function BodyImage({ image }: { image: ImageAttrs }) {
  const widths = image.variants;
  const src = image.mediaId ? `/media/${image.mediaId}/${widths[widths.length - 1] ?? image.width}.webp` : image.src!;
  const srcSet = image.mediaId && widths.length > 1 ? widths.map((w) => `/media/${image.mediaId}/${w}.webp ${w}w`).join(', ') : undefined;
  return (
    <figure>
      {/* eslint-disable-next-line @next/next/no-img-element -- variants are pre-encoded at upload */}
      <img
        src={src}
        srcSet={srcSet}
        sizes={srcSet ? '(min-width: 768px) 48rem, 100vw' : undefined}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading="lazy"
        decoding="async"
        className="h-auto w-full rounded"
      />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.caption && image.credit ? ' ' : null}
          {image.credit ? <span className="whitespace-nowrap">{image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

function renderBlocks(nodes: BlockNode[], ctx: RenderContext): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'paragraph':
        return <p key={i}>{renderInline(node.content, ctx)}</p>;
      case 'heading': {
        const Tag = `h${node.attrs.level}` as const;
        return <Tag key={i}>{renderInline(node.content, ctx)}</Tag>;
      }
      case 'blockquote': {
        const quote = <blockquote>{renderBlocks(node.content, ctx)}</blockquote>;
        if (!node.attrs.citation) return <Fragment key={i}>{quote}</Fragment>;
        return (
          <figure key={i}>
            {quote}
            <figcaption>— {node.attrs.citation}</figcaption>
          </figure>
        );
      }
      case 'bulletList':
        return <ul key={i}>{node.content.map((item, j) => <li key={j}>{renderBlocks(item.content, ctx)}</li>)}</ul>;
      case 'orderedList':
        return (
          <ol key={i} start={node.attrs.start === 1 ? undefined : node.attrs.start}>
            {node.content.map((item, j) => <li key={j}>{renderBlocks(item.content, ctx)}</li>)}
          </ol>
        );
      case 'horizontalRule':
        return <hr key={i} />;
      case 'socialPost':
        return <SocialPostCard key={i} post={node.attrs} ctx={ctx} />;
      case 'image':
        return <BodyImage key={i} image={node.attrs} />;
    }
  });
}

interface RenderDocumentProps {
  doc: unknown;
  /** Links to this origin are internal (no rel); defaults to SITE_URL. */
  siteOrigin?: string;
}

/** Renders a body document (any JSON value) through the allow-list. */
export function RenderDocument({ doc, siteOrigin }: RenderDocumentProps) {
  const ctx: RenderContext = { siteOrigin: originOf(siteOrigin ?? process.env.SITE_URL ?? 'http://localhost:3000') };
  return <>{renderBlocks(sanitizeDocument(doc).content, ctx)}</>;
}
