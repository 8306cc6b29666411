// npm run db:seed: loads the demo content into DATABASE_URL (idempotent).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!process.env.DATABASE_URL) {
  console.error('DATABASE_URL is not set. Example: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/byline npm run db:seed');
  process.exit(1);
}
const child = spawn(process.execPath, ['--import', 'tsx', 'prisma/seed/run.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 1));
