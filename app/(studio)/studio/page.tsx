import type { Metadata } from 'next';
import { Suspense } from 'react';
import { DashboardContent } from '@/components/studio/dashboard/dashboard-content';

export const metadata: Metadata = { title: 'Dashboard' };

interface StudioDashboardPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default function StudioDashboardPage({ searchParams }: StudioDashboardPageProps) {
  return (
    <Suspense fallback={<p>Loading your dashboard…</p>}>
      <DashboardContent searchParams={searchParams} />
    </Suspense>
  );
}
