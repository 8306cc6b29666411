import { serializeJsonLd } from '@/lib/seo/article';

/** Structured data for search engines; the serializer escapes `<` so text cannot end the script. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
