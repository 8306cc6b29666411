import type { Metadata } from 'next';
import { Suspense } from 'react';
import { HistoryContent, type HistoryContentProps } from '@/components/studio/history/history-content';

export const metadata: Metadata = { title: 'History' };

export default function HistoryPage(props: HistoryContentProps) {
  return (
    <Suspense fallback={<p>Loading the history…</p>}>
      <HistoryContent {...props} />
    </Suspense>
  );
}
