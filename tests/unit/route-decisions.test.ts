import { clearRouteDecisions, memoRouteDecision, type RouteDecision } from '@/lib/cache/route-decisions';

const ok: RouteDecision = { kind: 'ok' };
const gone: RouteDecision = { kind: 'not-found' };

function loader(result: RouteDecision) {
  let calls = 0;
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const find = async () => {
    calls += 1;
    await gate;
    return result;
  };
  return { find, release: () => release(), calls: () => calls };
}

beforeEach(() => clearRouteDecisions());

describe('the proxy’s route-decision memo', () => {
  it('loads once however many requests ask at the same time', async () => {
    const l = loader(ok);
    const all = Promise.all(Array.from({ length: 32 }, () => memoRouteDecision('/a?', l.find)));
    l.release();
    expect(await all).toEqual(Array(32).fill(ok));
    expect(l.calls()).toBe(1);
    expect(await memoRouteDecision('/a?', l.find)).toEqual(ok);
    expect(l.calls()).toBe(1);
  });

  it('answers with the last decision for a short while after it expires, and refreshes it once', async () => {
    await memoRouteDecision('/b?', async () => ok);
    const l = loader(gone);
    const later = Date.now() + 2_500;
    expect(await memoRouteDecision('/b?', l.find, later)).toEqual(ok);
    expect(await memoRouteDecision('/b?', l.find, later)).toEqual(ok);
    l.release();
    await new Promise((r) => setTimeout(r, 0));
    expect(l.calls()).toBe(1);
    expect(await memoRouteDecision('/b?', l.find)).toEqual(gone);
  });

  it('waits for a fresh decision once the grace period is over', async () => {
    await memoRouteDecision('/c?', async () => ok);
    expect(await memoRouteDecision('/c?', async () => gone, Date.now() + 10_000)).toEqual(gone);
  });

  it('forgets everything on a write, including a load that started before it', async () => {
    const before = loader(ok);
    const stale = memoRouteDecision('/d?', before.find);
    clearRouteDecisions();
    const after = memoRouteDecision('/d?', async () => gone);
    before.release();
    expect(await stale).toEqual(ok);
    expect(await after).toEqual(gone);
    expect(await memoRouteDecision('/d?', async () => ok)).toEqual(gone);
  });
});
