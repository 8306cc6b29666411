// Next's start-up hook: refuses to run in production without NEXTAUTH_SECRET, and runs the
// scheduler worker inside every Node.js server instance. Each
// run promotes due scheduled articles (safe with several instances: rows are claimed with
// FOR UPDATE SKIP LOCKED). Never during `next build`, never on the edge runtime.

const DEFAULT_INTERVAL_MS = 15_000;

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  if (process.env.NODE_ENV === 'production' && !process.env.NEXTAUTH_SECRET) {
    // Refuse to serve rather than sign sessions with a guessable key.
    const { MissingSecretError } = await import('./lib/auth/secret');
    console.error(new MissingSecretError().message);
    process.exit(1);
  }
  if (!process.env.DATABASE_URL) return;
  const holder = globalThis as unknown as { bylineScheduler?: NodeJS.Timeout };
  if (holder.bylineScheduler) return; // already started in this process (dev reloads)

  const { runDueSchedules } = await import('./lib/data/scheduler');
  const configured = Number(process.env.SCHEDULER_INTERVAL_MS);
  const interval = Number.isFinite(configured) && configured >= 200 ? configured : DEFAULT_INTERVAL_MS;
  let running = false;
  const tick = async () => {
    if (running) return; // a slow run is still going: skip, never overlap
    running = true;
    try {
      const { published, failed } = await runDueSchedules();
      if (published.length) console.log(`Scheduler: published ${published.length} scheduled article(s).`);
      if (failed.length) console.error(`Scheduler: ${failed.length} scheduled article(s) failed; they will be retried.`);
    } catch (error) {
      console.error('Scheduler run failed; retrying on the next tick.', error);
    } finally {
      running = false;
    }
  };
  holder.bylineScheduler = setInterval(tick, interval);
  holder.bylineScheduler.unref(); // never keeps the process alive on shutdown
  void tick(); // catch up at once after downtime
}
