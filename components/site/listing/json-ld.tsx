// Structured data for search engines (one implementation, shared with article pages).
export { absoluteUrl } from '@/lib/site-url';
export { JsonLd } from '@/components/site/article/json-ld';
