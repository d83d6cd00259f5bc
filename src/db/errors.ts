/**
 * The one error type repositories throw on purpose. Screens translate `code` (and name
 * `field` when there is one); `message` is English for logs and tests only.
 */
export type RepositoryErrorCode =
  /** A record the call refers to does not exist (any more). */
  | 'notFound'
  /** The assessment is submitted and therefore read-only until reopened. */
  | 'submitted'
  /** The assessment is a draft, but the call needs a submitted one (reopen). */
  | 'notSubmitted'
  /** The input breaks a rule; `field` names the offending input. */
  | 'invalid'
  /** The browser refused to store more data. */
  | 'quotaExceeded';

export class RepositoryError extends Error {
  override readonly name = 'RepositoryError';

  constructor(
    readonly code: RepositoryErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export function isRepositoryError(error: unknown, code?: RepositoryErrorCode): boolean {
  return error instanceof RepositoryError && (code === undefined || error.code === code);
}
