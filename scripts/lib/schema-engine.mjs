// Prisma's schema engine, run as WebAssembly over a node-postgres driver adapter.
// Why: the native engine binary `prisma migrate` wants cannot be downloaded here, but
// @prisma/schema-engine-wasm ships the same engine. Its package entry imports the
// .wasm file bundler-style, which Node cannot do, so we instantiate it by hand.
//
// Limits (found the hard way): diff between datamodels/empty and applyMigrations work;
// anything that introspects the live database through the adapter (diff from a
// datasource or from migrations, createMigration) fails. Don't introspect.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

// Resolve packages from the project root (npm scripts and Jest both run there), so this
// works the same in Node ESM and in Jest's CommonJS build of this file.
const requireFromRoot = () => createRequire(path.join(process.cwd(), 'package.json'));

// The wasm-bindgen glue keeps the instance in module state, so instantiate once per process.
let gluePromise;
function loadEngineModule() {
  gluePromise ??= (async () => {
    const gluePath = requireFromRoot().resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = await importGlue(gluePath);
    const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    // The engine arms 10 s timers (e.g. its migration lock timeout) and never clears them,
    // which kept every CLI run alive for 10 s. Unref them: the pg sockets keep Node alive
    // while the engine is actually working.
    const imports = { ...glue };
    for (const key of Object.keys(glue).filter((k) => k.startsWith('__wbg_setTimeout_'))) {
      imports[key] = (...args) => {
        const timer = glue[key](...args);
        timer?.unref?.();
        return timer;
      };
    }
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': imports });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start?.();
    return glue;
  })();
  gluePromise.catch(() => (gluePromise = undefined));
  return gluePromise;
}

// Node imports the ESM glue natively. Jest (CommonJS, node_modules untransformed) cannot,
// so there we evaluate its source: it is one self-contained file with no imports.
async function importGlue(gluePath) {
  try {
    return await import(pathToFileURL(gluePath).href);
  } catch (err) {
    const names = [];
    const body = (await readFile(gluePath, 'utf8')).replace(
      /^export (function|class|const|let) ([\w$]+)/gm,
      (_, kind, name) => (names.push(name), `${kind} ${name}`),
    );
    if (/^\s*(import|export)\b/m.test(body)) throw err;
    return new Function(`${body}\nreturn { ${names.join(', ')} };`)();
  }
}

// Engine errors arrive as strings, objects or Errors; flatten them to one readable line.
export function engineErrorMessage(err) {
  let msg = err?.message ?? (typeof err === 'string' ? err : JSON.stringify(err));
  try {
    const parsed = JSON.parse(msg); // some errors are JSON-encoded {message,...}
    if (parsed && typeof parsed.message === 'string') msg = parsed.message;
  } catch {}
  return String(msg)
    .split(/\n\s*0: /)[0] // drop the Rust span trace the engine appends
    .replace(/^external connector error\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Start the engine against a live PostgreSQL (it will not start without a connection).
 * `schemaText` (optional) is the Prisma schema the engine is initialised with.
 * Returns { engine, close }; always call close(), or the pg pool keeps Node alive.
 */
export async function openSchemaEngine(connectionString, schemaText) {
  const glue = await loadEngineModule();
  const req = requireFromRoot();
  const { PrismaPg } = req('@prisma/adapter-pg');
  const { bindMigrationAwareSqlAdapterFactory } = req('@prisma/driver-adapter-utils');

  // The engine opens adapters itself and never disposes them; track them to close later.
  const factory = new PrismaPg({ connectionString });
  const adapters = [];
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    // adapter-pg's executeScript splits scripts on every ";" (even inside strings, comments
    // and $$ bodies) and runs the pieces one by one. Send the script whole instead, as one
    // simple query: like the native engine, and atomic (PostgreSQL's implicit transaction).
    adapter.executeScript = async (script) => {
      try {
        await adapter.underlyingDriver().query(script);
      } catch (err) {
        adapter.onError(err);
      }
    };
    adapters.push(adapter);
    return adapter;
  };

  const debug = process.env.DEBUG_SCHEMA_ENGINE === '1';
  const log = debug ? (line) => console.error('[schema-engine]', line) : () => {};
  const datamodels = schemaText ? [['schema.prisma', schemaText]] : undefined;

  const closeAdapters = () => Promise.allSettled(adapters.splice(0).map((a) => a.dispose()));
  let engine;
  try {
    engine = await glue.SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(factory));
  } catch (err) {
    await closeAdapters();
    throw new Error(`Could not start the schema engine: ${engineErrorMessage(err)}`);
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    engine.free();
    await closeAdapters();
  };
  return { engine, close };
}
