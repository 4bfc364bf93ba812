import { z } from 'zod';
import { apiContract, isApiName, type ApiHandlers } from '../../contract/api';
import { fail, ok, type Result } from '../../contract/result';
import { storageErrorCode } from './database/sqliteErrors';
import { DomainError } from './errors';

export type ErrorLogger = (message: string, error: unknown) => void;

/**
 * Runs one API call for any transport (Electron IPC, the loopback browser host):
 * checks the name against the contract, validates the arguments with the call's
 * zod schema, and turns every failure into a Result so nothing escapes as a
 * rejection or a crash. Storage failures (SQLite's full, read-only, I/O and
 * corrupt errors) are classified on every call, so every write reports them.
 */
export async function dispatchApiCall(
  handlers: ApiHandlers,
  name: unknown,
  rawArgs: unknown,
  logError: ErrorLogger = (message, error) => console.error(message, error),
): Promise<Result<unknown>> {
  if (!isApiName(name)) return fail('unknown-call', `No API call is named ${JSON.stringify(name)}`);
  const parsed = apiContract[name].args.safeParse(rawArgs ?? {});
  if (!parsed.success) return fail('invalid-argument', `${name}: ${z.prettifyError(parsed.error)}`);
  try {
    const handler = handlers[name] as (args: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof DomainError) return fail(error.code, error.message, error.details);
    // Full, read-only, I/O and corrupt are the disk's state, not a bug: each gets its own code (issue 13, item 3).
    const storageCode = storageErrorCode(error);
    if (storageCode) {
      logError(`API call ${name} met a storage failure (${storageCode})`, (error as Error).message);
      return fail(storageCode, `${name}: ${(error as Error).message}`);
    }
    logError(`API call ${name} failed`, error);
    return fail('internal', `${name} failed unexpectedly`);
  }
}
