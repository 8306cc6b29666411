// Typed errors thrown by the data layer and mapped to form state, notFound() or HTTP statuses.

export class AppError extends Error {
  readonly status: number = 500;
}

export class AuthRequiredError extends AppError {
  override readonly status = 401;
  constructor(message = 'Please sign in to continue.') {
    super(message);
    this.name = 'AuthRequiredError';
  }
}

export class ForbiddenError extends AppError {
  override readonly status = 403;
  constructor(message = 'You do not have permission to do that.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

export class NotFoundError extends AppError {
  override readonly status = 404;
  constructor(message = 'Not found.') {
    super(message);
    this.name = 'NotFoundError';
  }
}

export class ConflictError extends AppError {
  override readonly status = 409;
  constructor(message = 'Someone else changed this in the meantime.') {
    super(message);
    this.name = 'ConflictError';
  }
}

export class ValidationError extends AppError {
  override readonly status = 400;
  constructor(
    message = 'Some fields need attention.',
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

export class RateLimitError extends AppError {
  override readonly status = 429;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = 'RateLimitError';
  }
}

/** Maps any thrown value to a status and a message that is safe to show. */
export function toPublicError(error: unknown): { status: number; message: string } {
  if (error instanceof AppError) return { status: error.status, message: error.message };
  const code = (error as { code?: string } | null)?.code;
  if (code === 'P2002') return { status: 409, message: 'That value is already taken.' };
  if (code === 'P2025') return { status: 404, message: 'Not found.' };
  return { status: 500, message: 'Something went wrong on our side. Please try again.' };
}
