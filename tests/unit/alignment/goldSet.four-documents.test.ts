import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCorpusSources, type SegmentSource } from '../../../main/domain/corpus/corpusSource';

/**
 * Checks the hand-made gold sentence alignments of four corpus documents against
 * the corpus sources: every segment appears in order, the sentences of each side
 * rebuild the segment text exactly, and every link has a sentence on some side.
 */
const ROOT = path.resolve(__dirname, '../../..');
const GOLD_DIR = path.join(ROOT, 'tests/fixtures/alignment-gold');
const DOCUMENTS = [
  'lingang-social-services-briefing-2021',
  'shanghai-health-plan-briefing-2021',
  'shanghai-health-service-guidelines-briefing-2018',
  'shgh-public-hospital-pilot',
];

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

const sources = new Map(loadCorpusSources(path.join(ROOT, 'resources/corpus')).map((s) => [s.document.id, s]));

/** Returns a problem, or null when `sentences`, in order and separated only by whitespace, are exactly `text`. */
function rebuildProblem(text: string, sentences: string[]): string | null {
  let pos = 0;
  for (const [i, sentence] of sentences.entries()) {
    if (typeof sentence !== 'string' || sentence.length === 0) return `sentence ${i + 1} is not a non-empty string`;
    if (sentence.trim() !== sentence) return `sentence ${i + 1} has leading or trailing whitespace`;
    let start = pos;
    while (start < text.length && /\s/.test(text[start])) start += 1;
    if (i === 0 && start !== 0) return 'the text starts with whitespace';
    if (!text.startsWith(sentence, start)) return `sentence ${i + 1} does not continue the text at offset ${start}: ${JSON.stringify(sentence)}`;
    pos = start + sentence.length;
  }
  if (pos !== text.length) return `text left over after the last sentence: ${JSON.stringify(text.slice(pos))}`;
  return null;
}

function linkType(link: GoldLink): string {
  const key = `${link.zh.length}-${link.en.length}`;
  return ['1-1', '1-2', '2-1', '2-2', '1-0', '0-1'].includes(key) ? key : 'other';
}

describe('gold sentence alignment of four documents', () => {
  const totals: Record<string, number> = {};
  for (const documentId of DOCUMENTS) {
    it(`${documentId}: covers every segment in order and rebuilds every text`, () => {
      const file = path.join(GOLD_DIR, `${documentId}.yaml`);
      const gold = YAML.parse(fs.readFileSync(file, 'utf8')) as GoldFile;
      const source = sources.get(documentId);
      expect(source, `corpus document ${documentId}`).toBeDefined();
      expect(gold.document).toBe(documentId);
      // Rule 1: every segment, in order.
      expect(gold.segments.map((s) => s.id)).toEqual(source!.segments.map((s) => s.id));

      const counts: Record<string, number> = {};
      let zhSentences = 0;
      let enSentences = 0;
      gold.segments.forEach((goldSegment, i) => {
        const segment: SegmentSource = source!.segments[i];
        expect(Array.isArray(goldSegment.links), `${segment.id}: links`).toBe(true);
        expect(goldSegment.links.length, `${segment.id}: at least one link`).toBeGreaterThan(0);
        for (const link of goldSegment.links) {
          expect(Array.isArray(link.zh) && Array.isArray(link.en), `${segment.id}: zh and en lists`).toBe(true);
          // Rule 3: a link is never empty on both sides; a one-sided segment has only one-sided links.
          expect(link.zh.length + link.en.length, `${segment.id}: empty link`).toBeGreaterThan(0);
          if (segment.zh === undefined) expect(link.zh, `${segment.id}: no Chinese text`).toEqual([]);
          if (segment.en === undefined) expect(link.en, `${segment.id}: no English text`).toEqual([]);
          const type = linkType(link);
          counts[type] = (counts[type] ?? 0) + 1;
        }
        // Rule 2: the sentences of each side, in order, rebuild the text exactly (each sentence once).
        for (const side of ['zh', 'en'] as const) {
          const sentences = goldSegment.links.flatMap((l) => l[side]);
          const text = segment[side] ?? '';
          expect(rebuildProblem(text, sentences), `${segment.id} ${side}`).toBeNull();
          if (side === 'zh') zhSentences += sentences.length;
          else enSentences += sentences.length;
        }
        // A Chinese sentence ends at 。！？； : none may hold one before its end (closing quotes/brackets aside).
        for (const sentence of goldSegment.links.flatMap((l) => l.zh)) {
          expect(/[。！？；!?;…][”’」』）》】)\]]*(?=.)/u.test(sentence.replace(/[。！？；!?;…]+[”’」』）》】)\]]*$/u, '')), `${segment.id}: unsplit zh ${sentence}`).toBe(false);
        }
      });
      const links = Object.values(counts).reduce((a, b) => a + b, 0);
      for (const [k, v] of Object.entries(counts)) totals[k] = (totals[k] ?? 0) + v;
      console.log(`${documentId}: ${links} links ${JSON.stringify(counts)}; ${zhSentences} zh and ${enSentences} en sentences`);
      expect(links).toBeGreaterThan(0);
    });
  }
  it('prints the totals', () => {
    const all = Object.values(totals).reduce((a, b) => a + b, 0);
    console.log(`four documents: ${all} links ${JSON.stringify(totals)}`);
  });
});
