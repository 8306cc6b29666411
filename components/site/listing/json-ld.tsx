// Structured data for search engines. The JSON is escaped so that no string in it can close
// the <script> element.

/** The public origin (feeds, sitemaps and JSON-LD need absolute URLs). */
export function absoluteUrl(path: string): string {
  return new URL(path, process.env.SITE_URL ?? 'http://localhost:3000').toString();
}

export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
