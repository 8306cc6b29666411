// Studio draft saves: 200 sequential saves of one draft through the studio's save path
// (lib/data/studio-articles.ts saveArticle), timed one by one. When that module does not
// exist yet, reports { measured: false } so the benchmark says so instead of guessing.
// Run: node --conditions react-server --import tsx scripts/bench/draft-saves.ts [count]
// Prints one JSON line: { measured, p50, p99, count } or { measured: false, reason }.
import type { Actor } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db';

type SaveArticle = (
  actor: Actor,
  id: string,
  input: Record<string, unknown>,
  options: { expectedVersion: number; kind: string },
) => Promise<{ version?: number } | undefined>;

// A variable specifier: the module is optional, so the type checker must not require it.
const STUDIO_MODULE = '@/lib/data/studio-articles';

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function main() {
  const mod = (await import(STUDIO_MODULE).catch(() => null)) as { saveArticle?: SaveArticle } | null;
  if (!mod?.saveArticle) {
    process.stdout.write(`${JSON.stringify({ measured: false, reason: 'save path not present' })}\n`);
    return;
  }
  const count = Number(process.argv[2] ?? 200);
  const db = getDb();
  const writer = await db.user.findFirstOrThrow({ where: { role: 'WRITER', active: true, passwordHash: { not: null } }, select: { id: true, role: true, active: true, name: true } });
  const section = await db.section.findFirstOrThrow({ where: { parentId: { not: null } }, select: { id: true } });
  const draft = await db.article.create({
    data: {
      slug: `bench-draft-${Date.now().toString(36)}`,
      title: 'Draft: the ferry schedule',
      body: { type: 'doc', content: [] },
      sectionId: section.id,
      createdById: writer.id,
      authors: { create: [{ userId: writer.id, position: 0 }] },
    },
    select: { id: true, version: true },
  });
  let version = draft.version;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const text = `Paragraph ${i}: the ferry schedule changes again this spring, the transit authority said.`;
    const body = { type: 'doc', content: Array.from({ length: 12 }, () => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
    const start = performance.now();
    const saved = await mod.saveArticle(writer, draft.id, { title: `Draft: the ferry schedule (${i})`, dek: 'What changes for riders', body, sectionId: section.id }, { expectedVersion: version, kind: 'AUTOSAVE' });
    times.push(performance.now() - start);
    version = saved?.version ?? (await db.article.findUniqueOrThrow({ where: { id: draft.id }, select: { version: true } })).version;
  }
  times.sort((a, b) => a - b);
  process.stdout.write(`${JSON.stringify({ measured: true, count, p50: Math.round(quantile(times, 0.5) * 10) / 10, p99: Math.round(quantile(times, 0.99) * 10) / 10 })}\n`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ measured: false, reason: error instanceof Error ? error.message.split('\n')[0] : String(error) })}\n`);
  process.exit(0);
});
