// npm run bench:align — the sentence aligner against the hand-made gold set
// (tests/fixtures/alignment-gold), beside a Gale–Church length-only baseline
// run on the same sentences: precision, recall and F1, strict and lax, with
// paragraphs given and with each document joined into one stream; the
// confidence calibration; and speed on one core. Prints figures, asserts nothing.
import { performance } from 'node:perf_hooks';
import type { TextLanguage } from '../../contract/languages';
import { loadCedictLexicon } from '../../main/domain/alignment/cedictLexicon';
import type { Lexicon } from '../../main/domain/alignment/lexicon';
import { alignParagraph } from '../../main/domain/alignment/segmentAligner';
import { alignSentenceLists, type AlignedLink } from '../../main/domain/alignment/sentenceAligner';
import { alignTexts, featuresOf, locateSentences, type LocatedSentence } from '../../main/domain/alignment/textAligner';
import { galeChurch } from './align/galeChurch';
import { lineSpan, loadHeldOut } from '../helpers/alignment/heldout';
import { rebreak } from '../helpers/alignment/rebreak';
import { goldKeySet, isStrictlyRight, loadGold, scoreLinks, type GoldDocument, type Scores, type Span, type SpanLink } from '../helpers/alignment/goldSet';

type Mode = 'paragraphs' | 'stream';
type Aligner = (zh: LocatedSentence[], en: LocatedSentence[]) => { zh: number[]; en: number[]; confidence?: number }[];

const nonSpace = (s: string) => s.replace(/\s/g, '').length;

function toSpans(link: { zh: number[]; en: number[] }, zh: LocatedSentence[], en: LocatedSentence[], segmentOfLine: string[]): SpanLink {
  const span = (s: LocatedSentence) => ({ segment: segmentOfLine[s.line], start: s.start, end: s.end });
  return { zh: link.zh.map((k) => span(zh[k])), en: link.en.map((k) => span(en[k])) };
}

interface Run {
  links: (SpanLink & { confidence?: number })[];
  sentences: number;
  ms: number;
}

/** Runs one aligner over one document, per paragraph or as one stream. */
function runDocument(doc: GoldDocument, mode: Mode, align: (zh: LocatedSentence[], en: LocatedSentence[], cues: boolean) => ReturnType<Aligner>): Run {
  const segmentOfLine = doc.source.segments.map((s) => s.id);
  const zhLines = doc.source.segments.map((s) => s.zh ?? '');
  const enLines = doc.source.segments.map((s) => s.en ?? '');
  const links: Run['links'] = [];
  let sentences = 0;
  const start = performance.now();
  const groups = mode === 'paragraphs' ? zhLines.map((_, k) => [k]) : [zhLines.map((_, k) => k)];
  for (const lines of groups) {
    const zh = locateSentences(lines.map((k) => zhLines[k]), 'zh').map((s) => ({ ...s, line: lines[s.line] }));
    const en = locateSentences(lines.map((k) => enLines[k]), 'en').map((s) => ({ ...s, line: lines[s.line] }));
    sentences += zh.length + en.length;
    for (const link of align(zh, en, false)) links.push({ ...toSpans(link, zh, en, segmentOfLine), confidence: link.confidence });
  }
  return { links, sentences, ms: performance.now() - start };
}

const ours = (lexicon: Lexicon) => (zh: LocatedSentence[], en: LocatedSentence[], cues: boolean): AlignedLink[] =>
  alignSentenceLists(featuresOf(zh, 'zh', lexicon, cues), featuresOf(en, 'en', lexicon, cues), lexicon.keyCount, { paragraphCues: cues });
const baseline = (zh: LocatedSentence[], en: LocatedSentence[]) => galeChurch(zh.map((s) => nonSpace(s.text)), en.map((s) => nonSpace(s.text)));

/** Two files' lines, and where each sentence found in them stands in the gold set. */
interface LinePair {
  zhLines: string[];
  enLines: string[];
  spanOf(side: TextLanguage, sentence: LocatedSentence): Span;
}

/** Aligns each pair's sentences, line breaks as cues (as npm run align does), as spans the gold set can score. */
function runLinePairs(pairs: LinePair[], align: (zh: LocatedSentence[], en: LocatedSentence[]) => ReturnType<Aligner>): (SpanLink & { confidence?: number })[] {
  return pairs.flatMap((p) => {
    const zh = locateSentences(p.zhLines, 'zh');
    const en = locateSentences(p.enLines, 'en');
    return align(zh, en).map((l) => ({ zh: l.zh.map((k) => p.spanOf('zh', zh[k])), en: l.en.map((k) => p.spanOf('en', en[k])), confidence: l.confidence }));
  });
}

const pct = (x: number) => x.toFixed(3);
function scoreRow(name: string, s: Scores): string {
  return `| ${name} | ${pct(s.strict.precision)} | ${pct(s.strict.recall)} | **${pct(s.strict.f1)}** | ${pct(s.lax.precision)} | ${pct(s.lax.recall)} | ${pct(s.lax.f1)} |`;
}

function main(): void {
  const gold = loadGold();
  const goldLinks = gold.flatMap((d) => d.links);
  const count = (side: TextLanguage) => goldLinks.reduce((n, l) => n + l[side].length, 0);
  console.log(`Gold set: ${goldLinks.length} links over ${gold.length} documents (${count('zh')} Chinese and ${count('en')} English sentences).`);

  let start = performance.now();
  const lexicon = loadCedictLexicon();
  const lexiconMs = performance.now() - start;
  console.log(`CC-CEDICT lexicon: ${lexicon.size} Chinese forms, ${lexicon.keyCount} English keys, loaded in ${lexiconMs.toFixed(0)} ms.\n`);

  const ourAligner = ours(lexicon);
  const results: Record<Mode, { ours: Run[]; baseline: Run[] }> = { paragraphs: { ours: [], baseline: [] }, stream: { ours: [], baseline: [] } };
  for (const mode of ['paragraphs', 'stream'] as const) {
    for (const doc of gold) {
      results[mode].ours.push(runDocument(doc, mode, ourAligner));
      results[mode].baseline.push(runDocument(doc, mode, baseline));
    }
  }

  console.log('| aligner | strict P | strict R | strict F1 | lax P | lax R | lax F1 |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const mode of ['paragraphs', 'stream'] as const) {
    const label = mode === 'paragraphs' ? 'paragraphs given' : 'one stream per document';
    console.log(scoreRow(`Duizhao, ${label}`, scoreLinks(results[mode].ours.flatMap((r) => r.links), goldLinks)));
    console.log(scoreRow(`Gale–Church, ${label}`, scoreLinks(results[mode].baseline.flatMap((r) => r.links), goldLinks)));
  }

  // Lines that do not correspond: the English re-broken, page furniture added; line breaks are cues, as for npm run align.
  const rebroken = gold.map((doc) => rebreak(doc));
  const rebrokenPairs: LinePair[] = rebroken.map((r) => ({ ...r, spanOf: (side, s) => r.spanOf(side, s.line, s.start, s.end) ?? { segment: '?', start: s.start, end: s.end } }));
  const rebrokenGold = rebroken.flatMap((r) => r.gold);
  const oursRebroken = runLinePairs(rebrokenPairs, (zh, en) => ourAligner(zh, en, true));
  console.log(scoreRow('Duizhao, lines re-broken (npm run align)', scoreLinks(oursRebroken, rebrokenGold)));
  console.log(scoreRow('Gale–Church, lines re-broken', scoreLinks(runLinePairs(rebrokenPairs, baseline), rebrokenGold)));
  const lineCounts = rebroken.reduce((t, r) => ({ zh: t.zh + r.zhLines.length, en: t.en + r.enLines.length }), { zh: 0, en: 0 });
  console.log(`(re-broken: ${lineCounts.zh} Chinese lines against ${lineCounts.en} English lines, the same sentences)`);

  // The held-out set: documents written for testing, translated freely, never used for tuning.
  const heldOut = loadHeldOut();
  const heldOutPairs: LinePair[] = heldOut.map((p) => ({ ...p, spanOf: lineSpan }));
  const heldOutGold = heldOut.flatMap((p) => p.gold);
  const oursHeldOut = runLinePairs(heldOutPairs, (zh, en) => ourAligner(zh, en, true));
  console.log(scoreRow('Duizhao, held-out free translations (npm run align)', scoreLinks(oursHeldOut, heldOutGold)));
  console.log(scoreRow('Gale–Church, held-out free translations', scoreLinks(runLinePairs(heldOutPairs, baseline), heldOutGold)));
  console.log(`(held-out: ${heldOut.length} documents, ${heldOutGold.length} gold links, written for testing and translated freely; see tests/fixtures/alignment-heldout)`);

  console.log('\nPer document, strict F1 (Duizhao / Gale–Church):');
  gold.forEach((doc, k) => {
    const cell = (mode: Mode) =>
      `${pct(scoreLinks(results[mode].ours[k].links, doc.links).strict.f1)} / ${pct(scoreLinks(results[mode].baseline[k].links, doc.links).strict.f1)}`;
    console.log(`- ${doc.source.document.id}: paragraphs ${cell('paragraphs')}; stream ${cell('stream')}`);
  });

  console.log('\nConfidence calibration: each predicted link, right or wrong by the strict measure:');
  console.log('| confidence | paragraphs given: links | wrong | one stream: links | wrong | lines re-broken: links | wrong | held-out: links | wrong |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const calibrated: { links: (SpanLink & { confidence?: number })[]; keys: Set<string> }[] = [
    { links: results.paragraphs.ours.flatMap((r) => r.links), keys: goldKeySet(goldLinks) },
    { links: results.stream.ours.flatMap((r) => r.links), keys: goldKeySet(goldLinks) },
    { links: oursRebroken, keys: goldKeySet(rebrokenGold) },
    { links: oursHeldOut, keys: goldKeySet(heldOutGold) },
  ];
  const bins: [string, number, number][] = [['< 0.5', 0, 0.5], ['0.5–0.8', 0.5, 0.8], ['0.8–0.95', 0.8, 0.95], ['≥ 0.95', 0.95, 1.01]];
  for (const [label, lo, hi] of bins) {
    const cells = calibrated.map(({ links, keys }) => {
      const inBin = links.filter((l) => (l.confidence ?? 0) >= lo && (l.confidence ?? 0) < hi);
      const wrong = inBin.filter((l) => !isStrictlyRight(l, keys)).length;
      return `${inBin.length} | ${inBin.length ? `${((100 * wrong) / inBin.length).toFixed(1)} %` : '–'}`;
    });
    console.log(`| ${label} | ${cells.join(' | ')} |`);
  }

  console.log('\nSpeed on one core (best of 5 runs, lexicon already loaded; segmentation included, for both aligners):');
  const speed = (align: Parameters<typeof runDocument>[2], mode: Mode) => {
    const times: number[] = [];
    let sentences = 0;
    for (let run = 0; run < 5; run++) {
      const runs = gold.map((doc) => runDocument(doc, mode, align));
      times.push(runs.reduce((t, r) => t + r.ms, 0));
      sentences = runs.reduce((t, r) => t + r.sentences, 0);
    }
    const ms = Math.min(...times);
    return `${sentences} sentences in ${ms.toFixed(1)} ms: ${Math.round((sentences / ms) * 1000).toLocaleString('en')} sentences/s`;
  };
  for (const mode of ['paragraphs', 'stream'] as const) {
    console.log(`- ${mode}: Duizhao ${speed(ourAligner, mode)}; Gale–Church ${speed(baseline, mode)}`);
  }
  // What the corpus build does: every paragraph aligned, with the word pairs it stores.
  const buildTimes: number[] = [];
  for (let run = 0; run < 5; run++) {
    start = performance.now();
    for (const doc of gold) for (const s of doc.source.segments) alignParagraph(s.zh, s.en, lexicon);
    buildTimes.push(performance.now() - start);
  }
  console.log(`- the corpus build's alignment (${gold.reduce((n, d) => n + d.source.segments.length, 0)} paragraphs, word pairs included): ${Math.min(...buildTimes).toFixed(0)} ms (best of 5; target under 1 s)`);
  // A long document: the corpus four times over, aligned as one text with its line breaks as cues.
  const zhLines = Array.from({ length: 4 }, () => gold.flatMap((d) => d.source.segments.map((s) => s.zh ?? ''))).flat();
  const enLines = Array.from({ length: 4 }, () => gold.flatMap((d) => d.source.segments.map((s) => s.en ?? ''))).flat();
  start = performance.now();
  const long = alignTexts(zhLines, enLines, lexicon, { paragraphs: 'lines' });
  const longMs = performance.now() - start;
  const longSentences = long.zh.length + long.en.length;
  console.log(`- one long text (the corpus 4×, ${zhLines.length} lines a side): ${longSentences} sentences in ${longMs.toFixed(0)} ms: ${Math.round((longSentences / longMs) * 1000).toLocaleString('en')} sentences/s`);
}

main();
