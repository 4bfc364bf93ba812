import fs from 'node:fs';
import path from 'node:path';
import type { Span, SpanLink } from './goldSet';

/**
 * The held-out set (tests/fixtures/alignment-heldout): pairs of files written
 * for testing, translated freely, with gold links made by hand and never
 * used to tune the aligner. A sentence is a (line, start, end) span.
 */
const DIR = path.resolve(__dirname, '..', '..', 'fixtures', 'alignment-heldout');

interface GoldSentence {
  text: string;
  line: number;
  start: number;
  end: number;
}

interface GoldFile {
  zh: GoldSentence[];
  en: GoldSentence[];
  links: { zh: number[]; en: number[] }[];
}

export interface HeldOutPair {
  name: string;
  zhLines: string[];
  enLines: string[];
  gold: SpanLink[];
}

const lines = (file: string) => fs.readFileSync(file, 'utf8').split(/\r\n|\n|\r/);
export const lineSpan = (side: 'zh' | 'en', s: { line: number; start: number; end: number }): Span => ({ segment: `${side}${s.line}`, start: s.start, end: s.end });

export function loadHeldOut(): HeldOutPair[] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.gold\.json$/, '');
      const gold = JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as GoldFile;
      return {
        name,
        zhLines: lines(path.join(DIR, `${name}.zh.txt`)),
        enLines: lines(path.join(DIR, `${name}.en.txt`)),
        gold: gold.links.map((l) => ({ zh: l.zh.map((i) => lineSpan('zh', gold.zh[i])), en: l.en.map((j) => lineSpan('en', gold.en[j])) })),
      };
    });
}
