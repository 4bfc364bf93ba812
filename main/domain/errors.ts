import type { ErrorCode } from '../../contract/result';

/** An error the domain raises on purpose, carrying the code the renderer translates. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
