import type { DuizhaoApi } from '../../contract/api';
import { ADD_QUOTES_MAX, type Pack, type QuoteSource } from '../../contract/packs';
import type { Result } from '../../contract/result';
import { addToPackStore } from './AddToPackStore';

/** Splits sources into calls the contract accepts (at most ADD_QUOTES_MAX each). */
export function chunksOf<T>(items: readonly T[], size = ADD_QUOTES_MAX): T[][] {
  const chunks: T[][] = [];
  for (let at = 0; at < items.length; at += size) chunks.push(items.slice(at, at + size));
  return chunks;
}

/** Adds every source to the pack, a chunk per call; stops at the first refusal, saying how many went in before it. */
export async function addSourcesToPack(api: DuizhaoApi, packId: string, sources: readonly QuoteSource[]): Promise<void> {
  addToPackStore.tell({ kind: 'working', count: sources.length });
  let added = 0;
  let last: Result<Pack> | null = null;
  for (const chunk of chunksOf(sources)) {
    last = await api.addQuotes({ packId, sources: chunk });
    if (!last.ok) return addToPackStore.tell({ kind: 'failed', code: last.error.code, added });
    added += chunk.length;
  }
  addToPackStore.rememberPack(packId);
  if (last?.ok) addToPackStore.tell({ kind: 'added', packId, title: last.value.title, count: added });
}

/** "New pack…": creates the pack with its title, then adds the sources to it. */
export async function addSourcesToNewPack(api: DuizhaoApi, title: string, sources: readonly QuoteSource[]): Promise<void> {
  const created = await api.createPack({ title });
  if (!created.ok) return addToPackStore.tell({ kind: 'failed', code: created.error.code, added: 0 });
  addToPackStore.rememberPack(created.value.id);
  await addSourcesToPack(api, created.value.id, sources);
}
