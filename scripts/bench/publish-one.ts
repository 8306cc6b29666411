// Freshness: publishes articles through the data layer (as an editor) and polls the section
// page until each headline appears. Needs DATABASE_URL, NEXTAUTH_SECRET and
// BYLINE_INTERNAL_URL (so the invalidation reaches the running server).
// Run: node --conditions react-server --import tsx scripts/bench/publish-one.ts <sectionPath> <times>
// Prints one JSON line: { runs: [{ publishMs, visibleMs }] }.
import type { Actor } from '@/lib/auth/permissions';
import { flushInvalidations } from '@/lib/cache/invalidate';
import { getDb } from '@/lib/db';
import { publishArticle } from '@/lib/data/workflow';

const POLL_MS = 10;
const GIVE_UP_MS = 10_000;

async function pageHas(url: string, text: string): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  return (await res.text()).includes(text);
}

async function main() {
  const [sectionPath, timesArg] = process.argv.slice(2);
  const base = process.env.BYLINE_INTERNAL_URL;
  if (!sectionPath || !base) throw new Error('Usage: publish-one.ts <sectionPath> <times> with BYLINE_INTERNAL_URL set.');
  const db = getDb();
  const editor = await db.user.findFirstOrThrow({ where: { role: 'EDITOR', active: true }, select: { id: true, role: true, active: true, name: true } });
  const section = await db.section.findUniqueOrThrow({ where: { path: sectionPath }, select: { id: true } });
  const actor: Actor = editor;
  const url = `${base}/${sectionPath}`;
  const runs: { publishMs: number; visibleMs: number }[] = [];
  for (let i = 0; i < Number(timesArg ?? 5); i++) {
    const stamp = `${Date.now().toString(36)}${i}`;
    const title = `Night ferry returns to the harbour, run ${stamp}`;
    const text = 'The night ferry is back on the schedule after a two-year pause, the transit authority said.';
    const article = await db.article.create({
      data: {
        slug: `night-ferry-returns-${stamp}`,
        title,
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
        bodyText: text,
        wordCount: 17,
        sectionId: section.id,
        status: 'IN_REVIEW',
        createdById: editor.id,
        authors: { create: [{ userId: editor.id, position: 0 }] },
      },
      select: { id: true },
    });
    // The section page must be cached before the publish, as it is on a busy site.
    await pageHas(url, title);
    await pageHas(url, title);
    const start = performance.now();
    await publishArticle(actor, article.id);
    await flushInvalidations();
    const publishMs = performance.now() - start;
    let visibleMs = -1;
    while (performance.now() - start < GIVE_UP_MS) {
      if (await pageHas(url, title)) {
        visibleMs = performance.now() - start;
        break;
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    runs.push({ publishMs: Math.round(publishMs), visibleMs: Math.round(visibleMs) });
  }
  process.stdout.write(`${JSON.stringify({ runs })}\n`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
