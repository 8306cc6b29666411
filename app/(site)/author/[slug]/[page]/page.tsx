export { AuthorPage as default, generateAuthorMetadata as generateMetadata } from '@/components/site/listing/author-page';

/** One sample for `next build`; real pages are rendered on their first visit. */
export function generateStaticParams() {
  return [{ slug: '_', page: '2' }];
}
