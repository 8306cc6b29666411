import type { Metadata } from 'next';
import { Suspense } from 'react';
import { TrashContent, type TrashContentProps } from '@/components/studio/dashboard/trash-content';

export const metadata: Metadata = { title: 'Trash' };

export default function TrashPage(props: TrashContentProps) {
  return (
    <Suspense fallback={<p>Loading the trash…</p>}>
      <TrashContent {...props} />
    </Suspense>
  );
}
