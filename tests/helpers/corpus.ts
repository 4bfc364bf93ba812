import path from 'node:path';
import { buildCorpusDatabase } from '../../main/domain/corpus/corpusDatabase';
import { loadCorpusSources, type CorpusDocumentSource } from '../../main/domain/corpus/corpusSource';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const CORPUS_SOURCES_DIR = path.join(REPO_ROOT, 'resources', 'corpus');

/** The bundled corpus sources, as the build reads them. */
export function bundledSources(): CorpusDocumentSource[] {
  return loadCorpusSources(CORPUS_SOURCES_DIR);
}

/** Builds the bundled corpus into `dir` and returns the database file. */
export function buildBundledCorpusInto(dir: string): string {
  const file = path.join(dir, 'corpus.sqlite');
  buildCorpusDatabase(bundledSources(), file);
  return file;
}
