export { generateStaticParams, TagPage as default, generateTagMetadata as generateMetadata } from '@/components/site/listing/tag-page';

// Rendered whole before it is sent (see app/(site)/[...path]/page.tsx).
export const instant = false;
