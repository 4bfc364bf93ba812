import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { ErrorReason } from '../../../../contract/result';
import type { ImportBlock, ImportFileInput, ParsedBilingual, ParsedFile, ParsedText } from '../../../../main/domain/documents/importModel';
import { DomainError } from '../../../../main/domain/errors';

export const FIXTURES = path.resolve(__dirname, '../../../fixtures/import');

export function fixture(name: string, encoding?: string): ImportFileInput {
  const bytes = new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
  return encoding === undefined ? { name, bytes } : { name, bytes, encoding };
}

export function asText(parsed: ParsedFile): ParsedText {
  if (parsed.shape !== 'text') throw new Error(`expected a text, got ${parsed.shape}`);
  return parsed;
}

export function asBilingual(parsed: ParsedFile): ParsedBilingual {
  if (parsed.shape !== 'bilingual') throw new Error(`expected a bilingual file, got ${parsed.shape}`);
  return parsed;
}

/** The error a promise was refused with, checked to be the import's refusal for `reason`. */
export async function expectRefused(promise: Promise<unknown>, reason: ErrorReason): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  const refusal = error as DomainError;
  expect(refusal.code).toBe('document-file-refused');
  expect(refusal.details?.reason).toBe(reason);
  return refusal;
}

/** Blocks as `kind[level]: text`, one string each, as a reader would list them. */
export const blockLines = (blocks: readonly ImportBlock[]): string[] => blocks.map((block) => `${block.kind}${block.level ?? ''}: ${block.text}`);
