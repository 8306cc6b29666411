// Each test file gets its own copy of the seeded database (CREATE DATABASE … TEMPLATE), so
// suites that publish, unpublish or flood the archive cannot disturb each other's listings.
// Runs before the test file is loaded (module-level clients see the copy). The previous file's
// copy in this worker is dropped here, after its own clean-up hooks ran; global teardown
// drops the last ones. Only with a real server (TEST_DATABASE_URL): the embedded engine
// shares one database.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';

const template = process.env.BYLINE_TEST_TEMPLATE;
const server = process.env.TEST_DATABASE_URL;

function psql(sql: string) {
  execFileSync('psql', [server!, '-v', 'ON_ERROR_STOP=1', '-qc', sql], { stdio: ['ignore', 'ignore', 'pipe'] });
}

if (template && server) {
  const previous = process.env.BYLINE_TEST_FILE_DB;
  if (previous) psql(`DROP DATABASE IF EXISTS "${previous}" WITH (FORCE)`);
  const name = `${template}_f${crypto.randomBytes(4).toString('hex')}`;
  psql(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.BYLINE_TEST_FILE_DB = name;
}
