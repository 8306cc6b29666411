import 'server-only';
// The section tree flattened for a <select>: "Culture", then "Culture › News".
import { findSectionNav } from '@/lib/data/sections';
import type { SectionOption } from './section-select';

export async function loadSectionOptions(): Promise<SectionOption[]> {
  const nav = await findSectionNav();
  return nav.flatMap((s) => [{ id: s.id, label: s.name }, ...s.children.map((c) => ({ id: c.id, label: `${s.name} › ${c.name}` }))]);
}
