import type { Metadata } from 'next';
import { Suspense } from 'react';
import { StaffPreview } from '@/components/studio/preview/staff-preview';

export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

export default function StaffPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <Suspense fallback={<p>Loading the preview…</p>}>
      <StaffPreview params={params} />
    </Suspense>
  );
}
