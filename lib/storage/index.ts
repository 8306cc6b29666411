import 'server-only';
// Media storage: a small interface with a local-disk implementation (UPLOAD_DIR).
import fs from 'node:fs/promises';
import path from 'node:path';

export interface MediaStorage {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
}

const SAFE_KEY = /^[a-z0-9]+\/[0-9]{2,5}\.webp$/;

export function uploadDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.UPLOAD_DIR ?? path.join(process.cwd(), 'data', 'uploads'));
}

export function createLocalStorage(root = uploadDir()): MediaStorage {
  const resolve = (key: string) => {
    if (!SAFE_KEY.test(key)) throw new Error(`Invalid media key: ${key}`);
    return path.join(root, key);
  };
  return {
    async put(key, data) {
      const file = resolve(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, data);
    },
    async get(key) {
      try {
        return await fs.readFile(resolve(key));
      } catch {
        return null;
      }
    },
  };
}

export const storage = createLocalStorage();
