import { CorpusRepository } from '../../main/domain/corpus/corpusRepository';
import { SearchService } from '../../main/domain/search/searchService';
import { buildBundledCorpusInto } from './corpus';
import { tempDir } from './tempDir';

/** A search service over a freshly built bundled corpus. */
export function bundledSearch(): { search: SearchService; corpus: CorpusRepository } {
  const corpus = CorpusRepository.open(buildBundledCorpusInto(tempDir()));
  return { search: new SearchService([corpus.connection]), corpus };
}
