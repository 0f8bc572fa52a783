import type { MessageKey } from './messages';

/** Error codes the API returns in `extensions.code` (ADR 0005). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'STALE_VERSION'
  | 'VALIDATION_FAILED'
  | 'CONFLICT'
  | 'BAD_CREDENTIALS'
  | 'ARTEFACTS_MISSING'
  | 'INVALID_TRANSITION'
  | 'INVALID_TOKEN'
  | 'TOO_MANY_ATTEMPTS'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'IDEMPOTENCY_KEY_IN_USE'
  | 'DATABASE_BUSY'
  | 'DATABASE_UNAVAILABLE'
  | 'KITOS_FAILED';

export interface FieldError {
  field: string;
  message: MessageKey;
  params?: Record<string, string | number>;
}

/** A typed domain error; the message is a key localised when the response is formatted. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldError[] = [],
    /** Machine-readable details beside the code, e.g. `retryAfterSeconds`. */
    readonly details: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = 'DomainError';
  }
}

export const notFound = (entity: string) => new DomainError('NOT_FOUND', 'error.notFound', { entity });
export const forbidden = () => new DomainError('FORBIDDEN', 'error.forbidden');
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'error.unauthenticated');
export const staleVersion = (entity: string) =>
  new DomainError('STALE_VERSION', 'error.staleVersion', { entity });
export const conflict = (messageKey: MessageKey, params: Record<string, string | number> = {}) =>
  new DomainError('CONFLICT', messageKey, params);
export const invalid = (fields: FieldError[]) =>
  new DomainError('VALIDATION_FAILED', 'error.validation', {}, fields);

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that is not a UUID cannot exist: answer NOT_FOUND rather than a database error. */
export function assertId(id: string, entity: string): void {
  if (!UUID.test(id)) throw notFound(entity);
}
