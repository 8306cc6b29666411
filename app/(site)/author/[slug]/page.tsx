export { generateStaticParams, AuthorPage as default, generateAuthorMetadata as generateMetadata } from '@/components/site/listing/author-page';
