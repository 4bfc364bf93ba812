import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCorpusSources, type SegmentSource } from '../../../main/domain/corpus/corpusSource';

/**
 * Checks the hand-made gold sentence alignment of the national health plan
 * (tests/fixtures/alignment-gold/national-health-plan-14th-fyp-2022.yaml)
 * against the corpus sources: the rules of the format, not the links' content,
 * which were judged by hand (see NOTES-national-plan.md).
 */
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const DOCUMENT_ID = 'national-health-plan-14th-fyp-2022';
const GOLD_FILE = path.join(REPO_ROOT, 'tests', 'fixtures', 'alignment-gold', `${DOCUMENT_ID}.yaml`);

interface GoldLink {
  zh: string[];
  en: string[];
}
interface GoldSegment {
  id: string;
  links: GoldLink[];
}
interface GoldFile {
  document: string;
  segments: GoldSegment[];
}

function loadGold(): GoldFile {
  return YAML.parse(fs.readFileSync(GOLD_FILE, 'utf8')) as GoldFile;
}

function loadSegments(): SegmentSource[] {
  const source = loadCorpusSources(path.join(REPO_ROOT, 'resources', 'corpus')).find((s) => s.document.id === DOCUMENT_ID);
  if (!source) throw new Error(`document ${DOCUMENT_ID} is not in the corpus`);
  return source.segments;
}

/**
 * Where the sentences, in order and separated only by whitespace, fail to
 * reproduce `text` exactly; null when they do.
 */
function reconstructionError(text: string, sentences: string[]): string | null {
  let pos = 0;
  for (const [i, sentence] of sentences.entries()) {
    if (sentence.length === 0 || sentence !== sentence.trim()) return `sentence ${i + 1} is empty or has surrounding whitespace`;
    if (i > 0) {
      const gap = text.slice(pos).match(/^\s*/)![0];
      pos += gap.length;
    }
    if (!text.startsWith(sentence, pos)) return `sentence ${i + 1} ("${sentence.slice(0, 40)}…") does not follow at offset ${pos}`;
    pos += sentence.length;
  }
  if (pos !== text.length) return `text left over at offset ${pos}: "${text.slice(pos, pos + 40)}…"`;
  return null;
}

function linkType(link: GoldLink): string {
  return `${link.zh.length}-${link.en.length}`;
}

describe(`gold sentence alignment: ${DOCUMENT_ID}`, () => {
  const gold = loadGold();
  const segments = loadSegments();

  it('names its document', () => {
    expect(gold.document).toBe(DOCUMENT_ID);
  });

  it('lists every segment of the document, in order', () => {
    expect(gold.segments.map((s) => s.id)).toEqual(segments.map((s) => s.id));
  });

  it('has links that are lists of strings, non-empty on at least one side', () => {
    for (const segment of gold.segments) {
      expect(segment.links.length, segment.id).toBeGreaterThan(0);
      for (const link of segment.links) {
        expect(Object.keys(link).sort(), segment.id).toEqual(['en', 'zh']);
        for (const side of [link.zh, link.en]) {
          expect(Array.isArray(side), segment.id).toBe(true);
          for (const sentence of side) expect(typeof sentence, segment.id).toBe('string');
        }
        expect(link.zh.length + link.en.length, `${segment.id}: a link with no sentence`).toBeGreaterThan(0);
      }
    }
  });

  it('reconstructs each segment text exactly from its sentences, on both sides', () => {
    const byId = new Map(segments.map((s) => [s.id, s]));
    for (const segment of gold.segments) {
      const source = byId.get(segment.id)!;
      for (const side of ['zh', 'en'] as const) {
        const sentences = segment.links.flatMap((l) => l[side]);
        const text = source[side] ?? '';
        expect(reconstructionError(text, sentences), `${segment.id} ${side}`).toBeNull();
      }
    }
  });

  it('gives one-sided segments only 1–0 or 0–1 links', () => {
    const byId = new Map(segments.map((s) => [s.id, s]));
    for (const segment of gold.segments) {
      const source = byId.get(segment.id)!;
      if (source.zh !== undefined && source.en !== undefined) continue;
      for (const link of segment.links) expect(['1-0', '0-1'], segment.id).toContain(linkType(link));
    }
  });

  it('reports its size', () => {
    const links = gold.segments.flatMap((s) => s.links);
    const byType = new Map<string, number>();
    for (const link of links) byType.set(linkType(link), (byType.get(linkType(link)) ?? 0) + 1);
    const zh = links.reduce((n, l) => n + l.zh.length, 0);
    const en = links.reduce((n, l) => n + l.en.length, 0);
    const types = [...byType.entries()].sort().map(([t, n]) => `${t}: ${n}`).join(', ');
    console.log(`${DOCUMENT_ID}: ${links.length} links (${types}); ${zh} Chinese and ${en} English sentences`);
    expect(links.length).toBeGreaterThanOrEqual(400);
  });
});
