import { CorpusRepository } from '../../main/domain/corpus/corpusRepository';
import { SearchService } from '../../main/domain/search/searchService';
import { buildBundledCorpusInto } from './corpus';
import { tempDir } from './tempDir';

/** A search service over a freshly built bundled corpus, with its sentence links, as the app makes it. */
export function bundledSearch(): { search: SearchService; corpus: CorpusRepository } {
  const corpus = CorpusRepository.open(buildBundledCorpusInto(tempDir()));
  return { search: new SearchService([{ db: corpus.connection, sentences: corpus.sentences, provenance: corpus.provenance }]), corpus };
}
