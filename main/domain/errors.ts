import type { ErrorCode, ErrorDetails } from '../../contract/result';

/** An error the domain raises on purpose, carrying the code the renderer translates. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What the UI needs to say more than the code, in its own words. */
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
