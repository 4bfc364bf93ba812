// npm run bench:term-marks — what marking the termbase's terms costs when a 2,000-paragraph document is opened
// (issue "Terminology workbench": "term highlighting adds ≤ 20 ms to opening a 2,000-paragraph document").
// (a) The server side: getDocumentTermMarks's work (documentTermMarks with the starter termbase) on 2,000 pairs of
//     the search benchmark's generator, median of 5, beside a naive peer that looks for every term with
//     String.indexOf and nothing else (no folding, no inflections, no overlap rule): the floor of any matcher.
//     Each is timed three ways: right after the termbase changed (the scanner is built), for a document not marked
//     yet, and for the same document opened again (kept per termbase version, its text unchanged).
// (b) The renderer (termMarks/rendererCost.ts): the same document opened in Chromium through the browser host,
//     marks off and on, with the time until the rows are painted and until the marks are. A benchmark: it prints,
//     it asserts nothing. BENCH_SKIP_BROWSER=1 leaves (b) out.
import { performance } from 'node:perf_hooks';
import type { DocumentDetail, Segment } from '../../contract/model';
import type { Concept } from '../../contract/terminology';
import { documentTermMarks } from '../../main/domain/terminology/documentTermMarks';
import { starterConcepts } from '../helpers/starterConcepts';
import { generatePairs } from './search/generateCorpus';
import { measureRendererCost } from './termMarks/rendererCost';

const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 2_000);
const RUNS = 5;
const BUDGET_MS = 20;

/** The generated pairs as one document, as the reader's getDocument gives it. */
export function generatedDocument(paragraphs: number): DocumentDetail {
  const documentId = 'bench-term-marks';
  const segments = generatePairs(paragraphs).map(
    (pair, position): Segment =>
      ({
        id: `${documentId}:p${String(position + 1).padStart(4, '0')}`,
        position,
        kind: pair.kind,
        level: pair.kind === 'heading' ? 1 : null,
        zh: { text: pair.zh, origin: 'published' },
        en: { text: pair.en, origin: 'published' },
        reviewNote: null,
        sentences: { zh: [], en: [] },
      }) as Segment,
  );
  return { id: documentId, segments, links: [] } as unknown as DocumentDetail;
}

function median(run: () => unknown): { ms: number; result: unknown } {
  const times: number[] = [];
  let result: unknown;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    result = run();
    times.push(performance.now() - started);
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(RUNS / 2)], result };
}

/** Every term's text found with indexOf in each side: no folding, no inflection, no overlap rule. */
function naivePeer(document: DocumentDetail, concepts: readonly Concept[]): number {
  const terms = concepts.flatMap((c) => c.terms);
  let found = 0;
  for (const segment of document.segments) {
    const lowerEnglish = segment.en?.text.toLowerCase();
    for (const term of terms) {
      const text = term.language === 'zh' ? segment.zh?.text : lowerEnglish;
      const needle = term.language === 'zh' ? term.text : term.text.toLowerCase();
      if (!text) continue;
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) found++;
    }
  }
  return found;
}

const count = (marks: ReturnType<typeof documentTermMarks>) => Object.values(marks.segments).reduce((n, s) => n + s.zh.length + s.en.length, 0);

async function main(): Promise<void> {
  const document = generatedDocument(PARAGRAPHS);
  const concepts = starterConcepts();
  const terms = concepts.reduce((n, c) => n + c.terms.length, 0);
  console.log(`term marks: ${PARAGRAPHS} paragraphs, starter termbase (${concepts.length} concepts, ${terms} terms), median of ${RUNS}; budget ${BUDGET_MS} ms`);
  documentTermMarks(document, [...concepts]); // warm-up: the JIT, the folding tables
  // A copy of the concepts is a new termbase version: its scanner is built anew and nothing is kept from before.
  const afterChange = median(() => documentTermMarks(document, [...concepts]));
  const sameTermbase = [...concepts];
  let n = 0;
  const firstOpen = median(() => documentTermMarks({ ...document, id: `${document.id}-${n++}` }, sameTermbase));
  const reopen = median(() => documentTermMarks(document, sameTermbase));
  const peer = median(() => naivePeer(document, concepts));
  const marks = count(afterChange.result as ReturnType<typeof documentTermMarks>);
  const row = (label: string, ms: number, tail = '') => console.log(`  ${label.padEnd(52)} ${ms.toFixed(1).padStart(7)} ms${tail}`);
  row('getDocumentTermMarks, first after a termbase change', afterChange.ms, `  ${marks} marks`);
  row('getDocumentTermMarks, a document not yet marked', firstOpen.ms);
  row('getDocumentTermMarks, the same document again', reopen.ms);
  row('peer: indexOf of every term, no folding or rules', peer.ms, `  ${String(peer.result)} hits`);
  if (process.env.BENCH_SKIP_BROWSER) return;
  await measureRendererCost(document);
}

void main();
