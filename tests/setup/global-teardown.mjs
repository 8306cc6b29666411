import fs from 'node:fs';

export default async function globalTeardown() {
  await globalThis.__bylineTestDb?.drop();
  if (globalThis.__bylineUploadDir) fs.rmSync(globalThis.__bylineUploadDir, { recursive: true, force: true });
}
