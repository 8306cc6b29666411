import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SharedPreview } from '@/components/studio/preview/shared-preview';

// GET /preview/<token>: read-only draft for outside reviewers. The referrer policy keeps the
// token out of the Referer header when the reviewer follows a link in the article.
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false }, referrer: 'no-referrer' };

export default function SharedPreviewPage({ params }: { params: Promise<{ token: string }> }) {
  return (
    <Suspense fallback={<main id="main" className="mx-auto max-w-6xl px-4 py-8">Loading the preview…</main>}>
      <SharedPreview params={params} />
    </Suspense>
  );
}
