import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { TextLanguage } from '../../../contract/languages';
import { loadCorpusSources, type CorpusDocumentSource } from '../../../main/domain/corpus/corpusSource';

/**
 * The hand-made gold alignment (tests/fixtures/alignment-gold), turned into
 * character spans so that any segmentation can be scored against it: a link
 * is the set of (segment, side, start, end) spans on each side.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
export const GOLD_DIR = path.join(ROOT, 'tests', 'fixtures', 'alignment-gold');

export interface Span {
  segment: string;
  start: number;
  end: number;
}

export interface SpanLink {
  zh: Span[];
  en: Span[];
}

export interface GoldDocument {
  source: CorpusDocumentSource;
  /** Gold sentences per segment and side, as spans of the segment text. */
  sentences: Map<string, Record<TextLanguage, Span[]>>;
  links: SpanLink[];
}

interface GoldFile {
  document: string;
  segments: { id: string; links: { zh: string[]; en: string[] }[] }[];
}

export function loadGold(): GoldDocument[] {
  const sources = loadCorpusSources(path.join(ROOT, 'resources', 'corpus'));
  return sources.map((source) => {
    const file = YAML.parse(fs.readFileSync(path.join(GOLD_DIR, `${source.document.id}.yaml`), 'utf8')) as GoldFile;
    const sentences = new Map<string, Record<TextLanguage, Span[]>>();
    const links: SpanLink[] = [];
    for (const segment of file.segments) {
      const text = source.segments.find((s) => s.id === segment.id);
      if (!text) throw new Error(`${source.document.id}: gold segment ${segment.id} is not in the corpus`);
      const cursor: Record<TextLanguage, number> = { zh: 0, en: 0 };
      const perSide: Record<TextLanguage, Span[]> = { zh: [], en: [] };
      for (const link of segment.links) {
        const spans = { zh: [] as Span[], en: [] as Span[] };
        for (const side of ['zh', 'en'] as const) {
          for (const sentence of link[side]) {
            const start = (text[side] ?? '').indexOf(sentence, cursor[side]);
            if (start < 0) throw new Error(`${source.document.id} ${segment.id} ${side}: gold sentence not found: ${sentence}`);
            const span = { segment: segment.id, start, end: start + sentence.length };
            cursor[side] = span.end;
            spans[side].push(span);
            perSide[side].push(span);
          }
        }
        links.push(spans);
      }
      sentences.set(segment.id, perSide);
    }
    return { source, sentences, links };
  });
}

const spanKey = (s: Span) => `${s.segment}:${s.start}-${s.end}`;
const linkKey = (l: SpanLink) => `${l.zh.map(spanKey).join(',')}|${l.en.map(spanKey).join(',')}`;

function overlaps(a: Span[], b: Span[]): boolean {
  return a.some((x) => b.some((y) => x.segment === y.segment && x.start < y.end && y.start < x.end));
}

/** Strict: the link equals a gold link. Lax: it overlaps one on both sides (a 1–0 link: on its side, the other side empty in both). */
export function laxMatch(a: SpanLink, b: SpanLink): boolean {
  const sideMatch = (x: Span[], y: Span[]) => (x.length === 0 || y.length === 0 ? x.length === 0 && y.length === 0 : overlaps(x, y));
  return sideMatch(a.zh, b.zh) && sideMatch(a.en, b.en) && (a.zh.length > 0 || a.en.length > 0);
}

export interface Scores {
  strict: { precision: number; recall: number; f1: number };
  lax: { precision: number; recall: number; f1: number };
  predicted: number;
  gold: number;
}

export function scoreLinks(predicted: SpanLink[], gold: SpanLink[]): Scores {
  const goldKeys = new Set(gold.map(linkKey));
  const predictedKeys = new Set(predicted.map(linkKey));
  const strictP = predicted.filter((l) => goldKeys.has(linkKey(l))).length;
  const strictR = gold.filter((l) => predictedKeys.has(linkKey(l))).length;
  const laxP = predicted.filter((p) => gold.some((g) => laxMatch(p, g))).length;
  const laxR = gold.filter((g) => predicted.some((p) => laxMatch(p, g))).length;
  const prf = (p: number, r: number) => {
    const precision = predicted.length ? p / predicted.length : 0;
    const recall = gold.length ? r / gold.length : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  };
  return { strict: prf(strictP, strictR), lax: prf(laxP, laxR), predicted: predicted.length, gold: gold.length };
}

export function isStrictlyRight(link: SpanLink, goldKeys: Set<string>): boolean {
  return goldKeys.has(linkKey(link));
}

export function goldKeySet(gold: SpanLink[]): Set<string> {
  return new Set(gold.map(linkKey));
}
