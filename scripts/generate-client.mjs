// postinstall: generate the Prisma client offline. `prisma generate` never runs the native
// schema engine, but the CLI tries to download it at start-up unless this points at a file.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
};
const result = spawnSync(
  process.execPath,
  ['node_modules/prisma/build/index.js', 'generate', '--schema', 'prisma/schema.prisma'],
  { cwd: root, env, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
