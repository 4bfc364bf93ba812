// The term candidates' section of bench:terms: mine the bundled corpus and score the top 50 pairs against the
// starter termbase (precision@50), logDice beside the plain count of links holding both, with the time each takes.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Concept } from '../../../contract/terminology';
import { loadCedictLexicon } from '../../../main/domain/alignment/cedictLexicon';
import { openConnection } from '../../../main/domain/database/connection';
import { readAlignedSentencePairs, type AlignedSentencePair } from '../../../main/domain/terminology/alignedSentencePairs';
import { ChineseSegmenter } from '../../../main/domain/terminology/chineseSegmenter';
import { KnownTermPairs } from '../../../main/domain/terminology/knownTermPairs';
import { mineTermCandidates, type TermCandidateOptions } from '../../../main/domain/terminology/termCandidates';
import { REPO_ROOT } from '../../helpers/corpus';
import { starterConcepts } from '../../helpers/starterConcepts';

const TOP = 50;

interface Row {
  label: string;
  ms: number;
  precision: number;
  candidates: number;
}

function measure(label: string, pairs: readonly AlignedSentencePair[], segmenter: ChineseSegmenter, known: KnownTermPairs, options: TermCandidateOptions): Row {
  const started = performance.now();
  const candidates = mineTermCandidates(pairs, segmenter, options);
  const ms = performance.now() - started;
  const top = candidates.slice(0, TOP);
  return { label, ms, precision: top.filter((c) => known.has(c.zh, c.en)).length / top.length, candidates: candidates.length };
}

const zhTermsOf = (concepts: readonly Concept[]) => concepts.flatMap((c) => c.terms.filter((t) => t.language === 'zh').map((t) => t.text));

export function candidatePrecision(): void {
  const db = openConnection(path.join(REPO_ROOT, 'resources', 'corpus.sqlite'), { readonly: true });
  const pairs = readAlignedSentencePairs(db);
  db.close();
  const concepts = starterConcepts();
  const known = new KnownTermPairs(concepts);
  let started = performance.now();
  const lexicon = loadCedictLexicon();
  const lexiconMs = performance.now() - started;
  started = performance.now();
  const withTerms = new ChineseSegmenter(lexicon, zhTermsOf(concepts));
  const cedictOnly = new ChineseSegmenter(lexicon);
  const segmenterMs = performance.now() - started;
  const rows = [
    measure('logDice, termbase terms as user dictionary', pairs, withTerms, known, {}),
    measure('co-occurrence count (peer), same segmenter', pairs, withTerms, known, { rankBy: 'together' }),
    measure('logDice, CC-CEDICT alone', pairs, cedictOnly, known, {}),
    measure('co-occurrence count (peer), CC-CEDICT alone', pairs, cedictOnly, known, { rankBy: 'together' }),
  ];
  console.log(`\nTerm candidates: ${pairs.length} sentence links of the bundled corpus; precision@${TOP} against the starter termbase (${concepts.length} concepts)`);
  console.log(`CC-CEDICT read in ${lexiconMs.toFixed(0)} ms (once per process, shared with the aligner); segmenters made in ${segmenterMs.toFixed(0)} ms\n`);
  console.log(`${''.padEnd(48)}${`precision@${TOP}`.padStart(14)}${'time'.padStart(10)}${'pairs'.padStart(8)}`);
  for (const r of rows) console.log(`${r.label.padEnd(48)}${`${(r.precision * 100).toFixed(0)} %`.padStart(14)}${`${r.ms.toFixed(0)} ms`.padStart(10)}${String(r.candidates).padStart(8)}`);
}
