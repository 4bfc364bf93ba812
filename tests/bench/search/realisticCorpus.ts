import path from 'node:path';
import Database from 'better-sqlite3';
import type { GeneratedPair } from './generateCorpus';
import { seededRandom } from '../../helpers/seededRandom';

/** A linked pair of clauses: kept together, so both sides of a generated sentence stay plausible. */
interface ClausePair {
  zh: string;
  en: string;
}

/** One sentence link of the bundled corpus, cut into clause pairs (one pair when the two sides cut differently). */
type LinkedSentence = ClausePair[];

const CORPUS_DB = path.resolve(__dirname, '..', '..', '..', 'resources', 'corpus.sqlite');

const ZH_CUT = /(?<=[，；、：])/u;
const EN_CUT = /(?<=[,;:])\s+/u;

/** Splits a linked sentence at ，；、： and , ; : where both sides have the same number of clauses, else keeps it whole. */
function clausePairs(zh: string, en: string): LinkedSentence {
  const zhClauses = zh.split(ZH_CUT).map((s) => s.trim()).filter(Boolean);
  const enClauses = en.split(EN_CUT).map((s) => s.trim()).filter(Boolean);
  if (zhClauses.length === enClauses.length && zhClauses.length > 1) return zhClauses.map((c, i) => ({ zh: c, en: enClauses[i] }));
  return [{ zh: zh.trim(), en: en.trim() }];
}

interface CorpusShape {
  /** Sentence links per paragraph, one entry per bundled paragraph: the length distribution. */
  sentencesPerParagraph: number[];
  /** Clauses per sentence, one entry per bundled sentence link. */
  clausesPerSentence: number[];
  /** Clause pairs by place: opening a sentence, inside it, closing it (with its full stop), or alone (a whole sentence). */
  opening: ClausePair[];
  inner: ClausePair[];
  closing: ClausePair[];
  whole: ClausePair[];
  headings: ClausePair[];
}

/** Reads the bundled corpus's sentence links (resources/corpus.sqlite) and cuts them into clause pairs. */
function readCorpusShape(): CorpusShape {
  const db = new Database(CORPUS_DB, { readonly: true });
  const rows = db
    .prepare(
      `SELECT s.link_id AS link, s.side, seg.id AS segment, seg.text_zh AS zh, seg.text_en AS en, s.start, s.end
       FROM sentence s JOIN segment seg ON seg.id = s.segment_id WHERE seg.kind = 'paragraph' ORDER BY seg.document_id, seg.position, s.n`,
    )
    .all() as { link: number; side: 'zh' | 'en'; segment: string; zh: string; en: string; start: number; end: number }[];
  const headings = db.prepare("SELECT text_zh AS zh, text_en AS en FROM segment WHERE kind = 'heading' AND text_zh IS NOT NULL AND text_en IS NOT NULL").all() as ClausePair[];
  db.close();
  const links = new Map<number, { segment: string; zh: string; en: string }>();
  for (const r of rows) {
    const link = links.get(r.link) ?? { segment: r.segment, zh: '', en: '' };
    const text = (r.side === 'zh' ? r.zh : r.en).slice(r.start, r.end);
    if (r.side === 'zh') link.zh += text;
    else link.en += (link.en ? ' ' : '') + text;
    links.set(r.link, link);
  }
  const shape: CorpusShape = { sentencesPerParagraph: [], clausesPerSentence: [], opening: [], inner: [], closing: [], whole: [], headings };
  const perSegment = new Map<string, number>();
  for (const link of links.values()) {
    if (!link.zh || !link.en) continue;
    perSegment.set(link.segment, (perSegment.get(link.segment) ?? 0) + 1);
    const clauses = clausePairs(link.zh, link.en);
    shape.clausesPerSentence.push(clauses.length);
    if (clauses.length === 1) shape.whole.push(clauses[0]);
    else {
      shape.opening.push(clauses[0]);
      shape.inner.push(...clauses.slice(1, -1));
      shape.closing.push(clauses.at(-1)!);
    }
  }
  shape.sentencesPerParagraph = [...perSegment.values()];
  return shape;
}

/** A Chinese sentence of clauses: each clause keeps its own ending punctuation, as in the source. */
function sentenceOf(clauses: readonly ClausePair[]): ClausePair {
  const en = clauses.map((c) => c.en).join(' ');
  return { zh: clauses.map((c) => c.zh).join(''), en: en.charAt(0).toUpperCase() + en.slice(1) };
}

/**
 * `paragraphs` distinct paragraph pairs (and a heading every 25th row) recombined
 * from the bundled corpus's clauses: a paragraph has as many sentences as a
 * bundled paragraph drawn at random, each sentence as many clauses as a
 * bundled sentence drawn at random, each clause pair taken from a bundled
 * sentence link at the same place in its sentence. So the vocabulary, the
 * characters' frequencies and the lengths are the corpus's, the texts are not.
 * Documents of 20–600 rows, each with its own type and date, so that
 * document and date filters select something real. Deterministic.
 */
export function realisticPairs(paragraphs: number, seed = 20261201): GeneratedPair[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const shape = readCorpusShape();
  const seen = new Set<string>();
  const sentence = (): ClausePair => {
    const clauses = pick(shape.clausesPerSentence);
    if (clauses === 1) return pick(shape.whole);
    return sentenceOf([pick(shape.opening), ...Array.from({ length: clauses - 2 }, () => pick(shape.inner)), pick(shape.closing)]);
  };
  const paragraph = (): ClausePair => {
    for (;;) {
      const sentences = Array.from({ length: pick(shape.sentencesPerParagraph) }, sentence);
      const pair = { zh: sentences.map((s) => s.zh).join(''), en: sentences.map((s) => s.en).join(' ') };
      if (!seen.has(pair.zh)) return seen.add(pair.zh), pair;
    }
  };
  const pairs: GeneratedPair[] = [];
  for (let documentNumber = 0; seen.size < paragraphs; documentNumber++) {
    const documentId = `generated-${String(documentNumber).padStart(4, '0')}`;
    const length = 20 + Math.floor(random() * random() * 580);
    const docDate = `${2008 + Math.floor(random() * 18)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    // The bundled corpus's kinds, so the generated library and its figures stay as they were measured.
    const docType = pick(['press-release', 'plan', 'news'] as const);
    for (let position = 0; position < length && seen.size < paragraphs; position++) {
      const segmentId = `${documentId}:p${String(position).padStart(4, '0')}`;
      const heading = position % 25 === 0;
      const text = heading ? pick(shape.headings) : paragraph();
      pairs.push({ segmentId, documentId, docType, docDate, position, kind: heading ? 'heading' : 'paragraph', zh: text.zh, en: text.en });
    }
  }
  return pairs;
}
