export { AuthorPage as default, generateAuthorMetadata as generateMetadata } from '@/components/site/listing/author-page';

// Rendered whole before it is sent (see app/(site)/[...path]/page.tsx).
export const instant = false;

/** One sample for `next build`; real pages are rendered on their first visit. */
export function generateStaticParams() {
  return [{ slug: '_', page: '2' }];
}
