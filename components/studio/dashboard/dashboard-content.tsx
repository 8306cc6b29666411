import Link from 'next/link';
import { parsePageParam } from '@/components/site/listing/page-param';
import { requireStudioActor } from '@/app/(studio)/studio/_components/studio-actor';
import { can, type Actor } from '@/lib/auth/permissions';
import { findSectionNav } from '@/lib/data/sections';
import { listDashboardArticles, type DashboardQuery } from '@/lib/data/studio-articles';
import { ArticleTable } from './article-table';
import { DashboardFilters, type DashboardFilterValues } from './dashboard-filters';
import { Pager } from './pager';
import { isArticleStatus, STATUS_GROUPS, STATUS_LABELS } from './status';
import { SchedulingProblems } from '@/components/studio/workflow/scheduled-list';
import { listSchedulingProblems } from '@/lib/data/review-queue';

type Params = Record<string, string | string[] | undefined>;

export interface DashboardContentProps {
  searchParams: Promise<Params>;
}

/** Rows per status group before "Show all" (the filtered view pages through the rest). */
const GROUP_ROWS = 10;

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.trim() : '');

/**
 * The studio dashboard: the actor's articles grouped by status (editors: everyone's), or
 * one filtered, paged list once a search or filter is set. Never cached.
 */
export async function DashboardContent({ searchParams }: DashboardContentProps) {
  const actor = await requireStudioActor('/studio');
  const params = await searchParams;
  const canSeeAll = can(actor, 'article.readAll');
  const status = one(params.status);
  const values: DashboardFilterValues = {
    q: one(params.q).slice(0, 200),
    status: isArticleStatus(status) ? status : '',
    sectionId: one(params.section).slice(0, 40),
    mine: canSeeAll && one(params.mine) === '1',
  };
  const filtered = Boolean(values.q || values.status || values.sectionId);
  const sections = await findSectionNav();
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-bold">{canSeeAll && !values.mine ? 'All articles' : 'Your articles'}</h1>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">
            {canSeeAll ? 'Everyone’s work, last edited first.' : 'Articles you created or co-author, last edited first.'}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-4 text-sm">
          <Link href="/studio/trash" className="underline">
            Trash
          </Link>
          <Link href="/studio/media" className="underline">
            Media library
          </Link>
          <Link
            href="/studio/articles/new"
            className="rounded bg-zinc-900 px-3 py-2 font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
          >
            New article
          </Link>
        </div>
      </div>
      {can(actor, 'article.review') ? <SchedulingProblems items={await listSchedulingProblems(actor)} /> : null}
      <DashboardFilters values={values} sections={sections} canSeeAll={canSeeAll} />
      {filtered ? (
        <FilteredList actor={actor} values={values} page={parsePageParam(params.page) ?? 1} canSeeAll={canSeeAll} />
      ) : (
        <GroupedLists actor={actor} mine={values.mine} canSeeAll={canSeeAll} />
      )}
    </div>
  );
}

async function FilteredList({ actor, values, page, canSeeAll }: { actor: Actor; values: DashboardFilterValues; page: number; canSeeAll: boolean }) {
  const query: DashboardQuery = {
    page,
    mine: values.mine,
    ...(values.q ? { q: values.q } : {}),
    ...(isArticleStatus(values.status) ? { status: values.status } : {}),
    ...(values.sectionId ? { sectionId: values.sectionId } : {}),
  };
  const result = await listDashboardArticles(actor, query);
  const keep: Record<string, string> = {
    ...(values.q ? { q: values.q } : {}),
    ...(values.status ? { status: values.status } : {}),
    ...(values.sectionId ? { section: values.sectionId } : {}),
    ...(values.mine ? { mine: '1' } : {}),
  };
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="text-xl font-semibold">
        {result.total === 1 ? '1 article' : `${result.total} articles`}
        {isArticleStatus(values.status) ? ` · ${STATUS_LABELS[values.status]}` : ''}
      </h2>
      {result.items.length === 0 ? (
        <p className="mt-3 text-zinc-700 dark:text-zinc-300">No articles match. Try other words or clear the filters.</p>
      ) : (
        <div className="mt-3">
          <ArticleTable articles={result.items} caption="Matching articles" showAuthors={canSeeAll} />
        </div>
      )}
      <Pager basePath="/studio" page={result.page} pageCount={result.pageCount} noun="articles" params={keep} />
    </section>
  );
}

async function GroupedLists({ actor, mine, canSeeAll }: { actor: Actor; mine: boolean; canSeeAll: boolean }) {
  const groups = await Promise.all(
    STATUS_GROUPS.map(async (g) => ({ ...g, result: await listDashboardArticles(actor, { status: g.status, mine, page: 1 }) })),
  );
  return (
    <>
      {groups.map((g) => {
        const id = `group-${g.status.toLowerCase()}`;
        const shown = g.result.items.slice(0, GROUP_ROWS);
        const more = g.result.total > shown.length;
        return (
          <section key={g.status} aria-labelledby={id}>
            <h2 id={id} className="text-xl font-semibold">
              {g.heading} <span className="text-base font-normal text-zinc-600 dark:text-zinc-400">({g.result.total})</span>
            </h2>
            {shown.length === 0 ? (
              <p className="mt-2 text-zinc-700 dark:text-zinc-300">{g.empty}</p>
            ) : (
              <div className="mt-2">
                <ArticleTable articles={shown} caption={g.heading} showAuthors={canSeeAll} />
              </div>
            )}
            {more ? (
              <p className="mt-2 text-sm">
                <Link href={`/studio?status=${g.status}${mine ? '&mine=1' : ''}`} className="underline">
                  Show all {g.result.total}
                  <span className="sr-only"> {g.heading.toLowerCase()} articles</span>
                </Link>
              </p>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
