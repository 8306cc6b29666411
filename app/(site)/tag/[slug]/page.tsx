export { generateStaticParams, TagPage as default, generateTagMetadata as generateMetadata } from '@/components/site/listing/tag-page';
