// The session signing secret. Read at request time so `next build` needs no secret.
export class MissingSecretError extends Error {
  constructor() {
    super(
      'NEXTAUTH_SECRET is not set. Set it to a long random string (e.g. `openssl rand -base64 32`); ' +
        '`npm start` generates one into ./data when it runs the embedded database.',
    );
    this.name = 'MissingSecretError';
  }
}

/** NEXTAUTH_SECRET, or a clear error in production; a fixed dev-only secret otherwise. */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === 'production') throw new MissingSecretError();
  return 'byline-development-secret-do-not-use-in-production';
}
