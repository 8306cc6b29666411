export { generateStaticParams, AuthorPage as default, generateAuthorMetadata as generateMetadata } from '@/components/site/listing/author-page';

// Rendered whole before it is sent (see app/(site)/[...path]/page.tsx).
export const instant = false;
