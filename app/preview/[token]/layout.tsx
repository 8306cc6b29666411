import { Suspense } from 'react';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader, SiteHeaderFallback } from '@/components/site/site-header';

// The public site's frame, outside the studio: a reviewer with a link sees the article as
// readers will, under a preview notice.
export default function SharedPreviewLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-zinc-900"
      >
        Skip to content
      </a>
      <Suspense fallback={<SiteHeaderFallback />}>
        <SiteHeader />
      </Suspense>
      {children}
      <SiteFooter />
    </>
  );
}
