// HMAC signatures for internal calls between processes of one deployment (e.g. a worker
// asking the web server to expire cache tags). The key is NEXTAUTH_SECRET.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signInternal(body: string, secret = process.env.NEXTAUTH_SECRET ?? ''): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

export function verifyInternal(body: string, signature: string | null, secret = process.env.NEXTAUTH_SECRET ?? ''): boolean {
  if (!secret || !signature || !/^[0-9a-f]{64}$/.test(signature)) return false;
  const expected = Buffer.from(signInternal(body, secret), 'hex');
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}
