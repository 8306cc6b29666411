// Runs the demo seed against DATABASE_URL. `--if-empty`: only when there are no articles.
import path from 'node:path';
import { createDb } from '@/lib/db';
import { seed } from './seed';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set.');
  const db = createDb(url, 4);
  try {
    if (process.argv.includes('--if-empty') && (await db.article.count()) > 0) return;
    const uploadRoot = path.resolve(process.env.UPLOAD_DIR ?? path.join(process.cwd(), 'data', 'uploads'));
    await seed(db, { uploadRoot, log: (line) => console.log(line) });
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
});
