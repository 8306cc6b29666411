import 'server-only';
// Section tree reads for navigation. Public read.
import { getDb, withPreparedStatements } from '@/lib/db';

export interface SectionNavItem {
  id: string;
  name: string;
  path: string;
  children: { id: string; name: string; path: string }[];
}

/** Top-level sections in order, each with its subsections. Public read. */
export async function findSectionNav(): Promise<SectionNavItem[]> {
  return withPreparedStatements(() =>
    getDb().section.findMany({
      where: { parentId: null },
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
      select: {
        id: true,
        name: true,
        path: true,
        children: { orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true, path: true } },
      },
    }),
  );
}
