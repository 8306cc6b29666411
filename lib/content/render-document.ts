// Server-side renderer for body documents: the HTML of a sanitised document, built once when
// the article is read (lib/data) and cached with it, so a page render places one string
// instead of building, serialising and streaming an element for every paragraph, mark and link.
// It only ever sees the output of sanitizeDocument, writes every element and attribute
// explicitly and escapes all text and attribute values as React does: no raw HTML from the
// document, no spread attributes, no third-party embeds (social posts become static cards).
import { sanitizeDocument, type BlockNode, type DocumentNode, type ImageAttrs, type InlineNode, type SocialPostAttrs } from './sanitize-document';

/** HTML that only renderDocumentHtml makes: the one string a page may place unescaped. */
export type BodyHtml = string & { readonly __bodyHtml: true };

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

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

/** Text or an attribute value, escaped the way React escapes it. */
function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** ` name="value"` for each attribute that has a value, in order. */
function attrs(list: [string, string | number | null | undefined][]): string {
  let out = '';
  for (const [name, value] of list) if (value !== null && value !== undefined) out += ` ${name}="${escapeHtml(value)}"`;
  return out;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** A link; one to another site (not mailto:) opens nothing of ours to it (rel). */
function link(href: string, siteOrigin: string | null, inner: string, className?: string): string {
  const external = !href.startsWith('mailto:') && originOf(href) !== siteOrigin;
  return `<a${attrs([['href', href], ['rel', external ? 'noopener noreferrer' : null], ['class', className]])}>${inner}</a>`;
}

function inline(nodes: InlineNode[], siteOrigin: string | null): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      out += '<br/>';
      continue;
    }
    const marks = node.marks ?? [];
    let html = escapeHtml(node.text);
    if (marks.some((m) => m.type === 'italic')) html = `<em>${html}</em>`;
    if (marks.some((m) => m.type === 'bold')) html = `<strong>${html}</strong>`;
    // The link goes outermost so a bold word inside a link stays one link.
    const linkMark = marks.find((m) => m.type === 'link');
    if (linkMark) html = link(linkMark.attrs.href, siteOrigin, html);
    out += html;
  }
  return out;
}

function socialNetworkName(network: string, url: string): string {
  return NETWORKS[network] ?? new URL(url).hostname.replace(/^www\./, '');
}

function socialPost(post: SocialPostAttrs, siteOrigin: string | null): string {
  const network = escapeHtml(socialNetworkName(post.network, post.url));
  const date = post.date ? new Date(post.date) : null;
  return (
    '<figure class="not-prose my-8 rounded-lg border font-sans border-zinc-300 bg-zinc-50 p-5 dark:border-zinc-700 dark:bg-zinc-900">' +
    '<figcaption class="flex flex-wrap items-baseline gap-x-2 text-sm">' +
    `<span class="font-semibold text-zinc-900 dark:text-zinc-100">${escapeHtml(post.author || `@${post.handle}`)}</span> ` +
    (post.author && post.handle ? `<span class="text-zinc-600 dark:text-zinc-400">@${escapeHtml(post.handle)}</span>` : '') +
    ` <span class="text-zinc-600 dark:text-zinc-400">on ${network}</span>` +
    '</figcaption>' +
    `<blockquote${attrs([['cite', post.url]])} class="mt-3 font-serif text-lg leading-relaxed whitespace-pre-line text-zinc-900 dark:text-zinc-100">${escapeHtml(post.text)}</blockquote>` +
    '<p class="mt-3 flex flex-wrap gap-x-3 text-sm text-zinc-600 dark:text-zinc-400">' +
    (date ? `<time${attrs([['dateTime', post.date]])}>${escapeHtml(calendarDate.format(date))}</time>` : '') +
    ' ' +
    link(post.url, siteOrigin, `View original on ${network}`, 'font-medium text-accent-700 underline dark:text-accent-300') +
    '</p></figure>'
  );
}

function image(image: ImageAttrs): string {
  const widths = image.variants;
  const src = image.mediaId ? `/media/${image.mediaId}/${widths[widths.length - 1] ?? image.width}.webp` : image.src!;
  const srcSet = image.mediaId && widths.length > 1 ? widths.map((w) => `/media/${image.mediaId}/${w}.webp ${w}w`).join(', ') : null;
  // Variants are pre-encoded at upload; the body's images load as the reader scrolls.
  const img = `<img${attrs([
    ['src', src],
    ['srcSet', srcSet],
    ['sizes', srcSet ? '(min-width: 768px) 48rem, 100vw' : null],
    ['width', image.width],
    ['height', image.height],
    ['alt', image.alt],
    ['loading', 'lazy'],
    ['decoding', 'async'],
    ['class', 'h-auto w-full rounded'],
  ])}/>`;
  if (!image.caption && !image.credit) return `<figure>${img}</figure>`;
  const caption =
    (image.caption ? escapeHtml(image.caption) : '') +
    (image.caption && image.credit ? ' ' : '') +
    (image.credit ? `<span class="whitespace-nowrap">${escapeHtml(image.credit)}</span>` : '');
  return `<figure>${img}<figcaption>${caption}</figcaption></figure>`;
}

function blocks(nodes: BlockNode[], siteOrigin: string | null): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        out += `<p>${inline(node.content, siteOrigin)}</p>`;
        break;
      case 'heading':
        out += `<h${node.attrs.level}>${inline(node.content, siteOrigin)}</h${node.attrs.level}>`;
        break;
      case 'blockquote': {
        const quote = `<blockquote>${blocks(node.content, siteOrigin)}</blockquote>`;
        out += node.attrs.citation ? `<figure>${quote}<figcaption>— ${escapeHtml(node.attrs.citation)}</figcaption></figure>` : quote;
        break;
      }
      case 'bulletList':
        out += `<ul>${node.content.map((item) => `<li>${blocks(item.content, siteOrigin)}</li>`).join('')}</ul>`;
        break;
      case 'orderedList':
        out += `<ol${attrs([['start', node.attrs.start === 1 ? null : node.attrs.start]])}>${node.content.map((item) => `<li>${blocks(item.content, siteOrigin)}</li>`).join('')}</ol>`;
        break;
      case 'horizontalRule':
        out += '<hr/>';
        break;
      case 'socialPost':
        out += socialPost(node.attrs, siteOrigin);
        break;
      case 'image':
        out += image(node.attrs);
        break;
    }
  }
  return out;
}

/**
 * The HTML of a body document (any JSON value, sanitised here through the allow-list). Links
 * to `siteOrigin` (default SITE_URL) are internal and carry no rel.
 */
export function renderDocumentHtml(doc: unknown, siteOrigin?: string): BodyHtml {
  const origin = originOf(siteOrigin ?? process.env.SITE_URL ?? 'http://localhost:3000');
  const clean: DocumentNode = sanitizeDocument(doc);
  return blocks(clean.content, origin) as BodyHtml;
}
