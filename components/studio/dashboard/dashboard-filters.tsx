import Link from 'next/link';
import { inputClass } from '@/app/(studio)/studio/_components/form-controls';
import type { SectionNavItem } from '@/lib/data/sections';
import { STATUS_GROUPS } from './status';

export interface DashboardFilterValues {
  q: string;
  status: string;
  sectionId: string;
  mine: boolean;
}

interface DashboardFiltersProps {
  values: DashboardFilterValues;
  sections: SectionNavItem[];
  /** Editors see everyone's articles and may narrow them to their own. */
  canSeeAll: boolean;
}

/** Search and filters as a plain GET form: works without JavaScript and gives shareable URLs. */
export function DashboardFilters({ values, sections, canSeeAll }: DashboardFiltersProps) {
  return (
    <form method="get" action="/studio" role="search" aria-label="Filter articles" className="flex flex-wrap items-end gap-3">
      <div className="min-w-48 flex-1">
        <label htmlFor="dash-q" className="block text-sm font-medium">
          Search titles
        </label>
        <input id="dash-q" name="q" type="search" defaultValue={values.q} maxLength={200} className={inputClass} />
      </div>
      <div>
        <label htmlFor="dash-status" className="block text-sm font-medium">
          Status
        </label>
        <select id="dash-status" name="status" defaultValue={values.status} className={inputClass}>
          <option value="">Any status</option>
          {STATUS_GROUPS.map((g) => (
            <option key={g.status} value={g.status}>
              {g.heading}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="dash-section" className="block text-sm font-medium">
          Section
        </label>
        <select id="dash-section" name="section" defaultValue={values.sectionId} className={inputClass}>
          <option value="">Any section</option>
          {sections.map((s) => (
            <optgroup key={s.id} label={s.name}>
              <option value={s.id}>{s.name}</option>
              {s.children.map((c) => (
                <option key={c.id} value={c.id}>
                  {s.name} › {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {canSeeAll ? (
        <div className="flex items-center gap-2 pb-2">
          <input id="dash-mine" name="mine" type="checkbox" value="1" defaultChecked={values.mine} className="size-4" />
          <label htmlFor="dash-mine" className="text-sm font-medium">
            Mine only
          </label>
        </div>
      ) : null}
      <div className="flex items-center gap-3 pb-0.5">
        <button type="submit" className="rounded bg-zinc-900 px-3 py-2 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300">
          Apply
        </button>
        <Link href="/studio" className="text-sm underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
