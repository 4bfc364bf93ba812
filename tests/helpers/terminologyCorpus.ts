import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { buildCorpusDatabase, corpusVersion } from '../../main/domain/corpus/corpusDatabase';
import { bundledSources, REPO_ROOT } from './corpus';

export const TERMINOLOGY_DIR = path.join(REPO_ROOT, 'resources', 'terminology');

export interface CorpusSegment {
  id: string;
  zh: string;
  en: string;
  origin: { zh: string; en: string };
  documentDate: string | null;
}

/** One sentence link of a segment: the texts of its Chinese and English sentences. */
export interface LinkedSentences {
  zh: string[];
  en: string[];
}

export interface CorpusText {
  segment(documentId: string, key: string): CorpusSegment | undefined;
  links(segmentId: string): LinkedSentences[];
}

/**
 * The bundled corpus as the termbase cites it: resources/corpus.sqlite when it
 * was built from the current sources, otherwise a fresh build of them, so the
 * check never runs against a stale file.
 */
export function openBundledCorpusText(scratchDir: () => string): CorpusText {
  const db = new Database(bundledCorpusFile(scratchDir), { readonly: true });
  try {
    return readCorpusText(db);
  } finally {
    db.close();
  }
}

/** resources/corpus.sqlite when it was built from the current sources, otherwise a fresh build of them in the scratch folder. */
export function bundledCorpusFile(scratchDir: () => string): string {
  const sources = bundledSources();
  const file = path.join(REPO_ROOT, 'resources', 'corpus.sqlite');
  if (fs.existsSync(file) && storedVersion(file) === corpusVersion(sources)) return file;
  const built = path.join(scratchDir(), 'corpus.sqlite');
  if (!fs.existsSync(built)) buildCorpusDatabase(sources, built);
  return built;
}

function storedVersion(file: string): string | undefined {
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare("SELECT value FROM corpus_info WHERE key = 'version'").get() as { value: string } | undefined;
    return row?.value;
  } finally {
    db.close();
  }
}

interface SegmentRow {
  id: string;
  text_zh: string | null;
  text_en: string | null;
  origin_zh: string;
  origin_en: string;
  issued_on: string | null;
  published_on: string | null;
}

interface SentenceRow {
  segment_id: string;
  side: 'zh' | 'en';
  start: number;
  end: number;
  link_id: number;
}

function readCorpusText(db: Database.Database): CorpusText {
  const segments = new Map<string, CorpusSegment>();
  const rows = db
    .prepare('SELECT s.id, s.text_zh, s.text_en, s.origin_zh, s.origin_en, d.issued_on, d.published_on FROM segment s JOIN document d ON d.id = s.document_id')
    .all() as SegmentRow[];
  for (const r of rows) {
    segments.set(r.id, {
      id: r.id,
      zh: r.text_zh ?? '',
      en: r.text_en ?? '',
      origin: { zh: r.origin_zh, en: r.origin_en },
      documentDate: r.issued_on ?? r.published_on,
    });
  }
  const links = new Map<string, Map<number, LinkedSentences>>();
  const sentences = db.prepare('SELECT segment_id, side, start, end, link_id FROM sentence ORDER BY segment_id, side, n').all() as SentenceRow[];
  for (const s of sentences) {
    const bySegment = links.get(s.segment_id) ?? new Map<number, LinkedSentences>();
    const link = bySegment.get(s.link_id) ?? { zh: [], en: [] };
    link[s.side].push(segments.get(s.segment_id)![s.side].slice(s.start, s.end));
    bySegment.set(s.link_id, link);
    links.set(s.segment_id, bySegment);
  }
  return {
    segment: (documentId, key) => segments.get(`${documentId}:${key}`),
    links: (segmentId) => [...(links.get(segmentId)?.values() ?? [])],
  };
}

/**
 * How a rendering is found in English text, as resources/terminology/README.md
 * documents it: case-insensitive, curly apostrophes read as straight ones, any
 * run of white space between words, whole words only (a hyphen joins words, so
 * "long-term" is not "long term"), and the last word inflected for number
 * (-s, -es, y → -ies, -um → -a as in consortium → consortia).
 */
export function renderingPattern(rendering: string): RegExp {
  const words = rendering.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const last = words.pop()!;
  let inflected = `${last}(?:s|es)?`;
  if (/um$/i.test(last)) inflected = `${last.slice(0, -2)}(?:um|a)`;
  else if (/[^aeiou]y$/i.test(last)) inflected = `${last.slice(0, -1)}(?:y|ies)`;
  return new RegExp(`(?<![\\p{L}\\p{N}-])${[...words, inflected].join('\\s+')}(?![\\p{L}\\p{N}-])`, 'giu');
}

export function countRendering(rendering: string, englishText: string): number {
  return englishText.replace(/[\u2018\u2019]/g, "'").match(renderingPattern(rendering))?.length ?? 0;
}

export function countOccurrences(needle: string, text: string): number {
  return text.split(needle).length - 1;
}
