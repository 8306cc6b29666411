import 'server-only';
// Studio pages: the current actor or a trip to the sign-in page. For the experience only;
// the data layer authorizes every read and write again.
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { getCurrentActor } from '@/lib/auth/session';
import type { Actor } from '@/lib/auth/permissions';

export async function requireStudioActor(callbackPath = '/studio'): Promise<Actor> {
  await connection();
  const actor = await getCurrentActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return actor;
}
