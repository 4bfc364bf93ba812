import type { ErrorReason } from '../../../../contract/result';
import { DomainError } from '../../errors';

/** Why a parser refuses a user's file; each has its message in the three locales. */
export type RefusalReason = Extract<
  ErrorReason,
  | 'file-empty'
  | 'file-binary'
  | 'file-encoding-unknown'
  | 'file-too-large'
  | 'file-format-unsupported'
  | 'docx-corrupt'
  | 'docx-too-expanded'
  | 'pdf-corrupt'
  | 'pdf-encrypted'
  | 'pdf-no-text'
  | 'tmx-malformed'
  | 'tmx-entities'
  | 'html-no-text'
  | 'html-too-deep'
>;

/** The error a refused file raises: the message is for logs, the reason is what the user reads. */
export function refusal(reason: RefusalReason, message: string, values?: Record<string, number>): DomainError {
  return new DomainError('document-file-refused', message, values ? { reason, values } : { reason });
}
