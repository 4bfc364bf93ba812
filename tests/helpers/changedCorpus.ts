import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TextLanguage } from '../../contract/languages';
import { parseSegmentId } from '../../contract/segmentId';
import { buildCorpusDatabase } from '../../main/domain/corpus/corpusDatabase';
import { loadCorpusSources, type CorpusDocumentSource } from '../../main/domain/corpus/corpusSource';

const CORPUS_SOURCES_DIR = path.resolve(__dirname, '..', '..', 'resources', 'corpus');

export type CorpusChange =
  /** One side of one paragraph takes new text (or the old text rewritten by a function). */
  | { kind: 'text'; segmentId: string; side: TextLanguage; text: string | ((old: string) => string) }
  /**
   * A new paragraph is inserted before this one. Paragraph keys count positions
   * (p0001, p0002, …), so this one and every later paragraph of the document
   * take the next key, as a corrected source would number them: a quote of
   * p0017 is then found in p0018.
   */
  | { kind: 'insert-before'; segmentId: string; zh: string; en: string };

/**
 * The bundled corpus as it would be built after an edit of its sources: the
 * sources are edited in memory and built into a new corpus database (the
 * sentences, their links, the search index and the corpus version all follow,
 * as for a real correction). Returns the database file in a new folder of
 * its own under the system's temporary folder; `removeChangedCorpus` removes it.
 */
export function buildChangedCorpus(changes: readonly CorpusChange[]): string {
  const sources = loadCorpusSources(CORPUS_SOURCES_DIR);
  for (const change of changes) applyChange(sources, change);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-changed-corpus-'));
  const file = path.join(dir, 'corpus.sqlite');
  buildCorpusDatabase(sources, file);
  return file;
}

export function removeChangedCorpus(file: string): void {
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

function applyChange(sources: CorpusDocumentSource[], change: CorpusChange): void {
  const place = parseSegmentId(change.segmentId);
  const source = sources.find((s) => s.document.id === place?.documentId);
  const index = source?.segments.findIndex((s) => s.id === place?.key) ?? -1;
  if (!source || index < 0) throw new Error(`changedCorpus: no segment ${change.segmentId}`);
  const segment = source.segments[index];
  if (change.kind === 'text') {
    const old = segment[change.side];
    if (old === undefined) throw new Error(`changedCorpus: ${change.segmentId} has no ${change.side} text`);
    segment[change.side] = typeof change.text === 'function' ? change.text(old) : change.text;
    // Links corrected by hand were for the old sentences: the aligner links the new ones.
    delete segment.links;
    return;
  }
  const keys = source.segments.map((s) => s.id);
  for (let i = source.segments.length - 1; i >= index; i--) {
    const number = /^p(\d+)$/.exec(keys[i]);
    if (!number) throw new Error(`changedCorpus: ${source.document.id}:${keys[i]} is not a positional key`);
    source.segments[i].id = `p${String(Number(number[1]) + 1).padStart(4, '0')}`;
  }
  source.segments.splice(index, 0, { id: keys[index], kind: 'paragraph', zh: change.zh, en: change.en });
}
