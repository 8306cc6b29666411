import type { Metadata } from 'next';
import { SearchPageContent, searchMetadata } from '@/components/site/listing/search-page';

// The search form alone; proxy.ts sends `/search?q=…` to ./[...args] (lib/search-path.ts).
export const metadata: Metadata = searchMetadata(null);

export default function SearchPage() {
  return <SearchPageContent target={null} />;
}
