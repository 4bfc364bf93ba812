// Builds resources/corpus.sqlite from the reviewable sources in resources/corpus/.
import path from 'node:path';
import { buildCorpusDatabase } from '../main/domain/corpus/corpusDatabase';
import { loadCorpusSources } from '../main/domain/corpus/corpusSource';

export function buildBundledCorpus(root: string): void {
  const sources = loadCorpusSources(path.join(root, 'resources', 'corpus'));
  const { version, segments, sentenceLinks, alignMs } = buildCorpusDatabase(sources, path.join(root, 'resources', 'corpus.sqlite'));
  console.log(
    `corpus: ${sources.length} documents, ${segments} segments, ${sentenceLinks} sentence links (aligned in ${Math.round(alignMs)} ms), version ${version}`,
  );
}

if (require.main === module) {
  try {
    buildBundledCorpus(path.resolve(__dirname, '..'));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
