import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { can } from '@/lib/auth/permissions';
import { listOwnRecentArticles } from '@/lib/data/users';
import { formatDateTime } from '@/lib/format/date';
import { requireStudioActor } from './_components/studio-actor';

export const metadata: Metadata = { title: 'Dashboard' };

const STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  CHANGES_REQUESTED: 'Changes requested',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  UNPUBLISHED: 'Unpublished',
};

export default function StudioDashboardPage() {
  return (
    <Suspense fallback={<p>Loading your dashboard…</p>}>
      <Dashboard />
    </Suspense>
  );
}

async function Dashboard() {
  const actor = await requireStudioActor('/studio');
  const articles = await listOwnRecentArticles(actor, 15);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-bold">Welcome, {actor.name.split(' ')[0]}</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          Your recent work is below.{' '}
          {can(actor, 'user.manage')
            ? 'As an admin you also run the staff, the sections and the tags.'
            : can(actor, 'section.manage')
              ? 'As an editor you also look after the sections and tags.'
              : null}
        </p>
      </div>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="text-xl font-semibold">
          Your recent articles
        </h2>
        {articles.length === 0 ? (
          <p className="mt-3 text-zinc-700 dark:text-zinc-300">You have no articles yet.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <thead className="border-b border-zinc-300 dark:border-zinc-700">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-semibold">Title</th>
                  <th scope="col" className="py-2 pr-4 font-semibold">Status</th>
                  <th scope="col" className="py-2 pr-4 font-semibold">Section</th>
                  <th scope="col" className="py-2 font-semibold">Last edit</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
                {articles.map((a) => (
                  <tr key={a.id}>
                    <td className="py-2 pr-4 font-medium">{a.title}</td>
                    <td className="py-2 pr-4">{STATUS_LABELS[a.status] ?? a.status}</td>
                    <td className="py-2 pr-4">{a.section}</td>
                    <td className="py-2">
                      <time dateTime={a.updatedAt.toISOString()}>{formatDateTime(a.updatedAt)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <p className="text-sm">
        <Link href="/studio/profile" className="underline">
          Edit your profile
        </Link>{' '}
        to change how your name, bio and photo appear on your articles.
      </p>
    </div>
  );
}
