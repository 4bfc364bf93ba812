import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { bundledSources } from '../../helpers/corpus';
import { GOLD_DIR } from '../../helpers/alignment/goldSet';

/**
 * The hand-made gold sentence alignment (tests/fixtures/alignment-gold/)
 * against the corpus sources: the rules of its format, not the links'
 * content, which were judged by hand (see the NOTES files there).
 */
interface GoldLink {
  zh: string[];
  en: string[];
}
interface GoldFile {
  document: string;
  segments: { id: string; links: GoldLink[] }[];
}

/** Where the sentences, in order and separated only by white space, fail to rebuild `text` exactly; null when they do. */
function rebuildProblem(text: string, sentences: string[]): string | null {
  let pos = 0;
  for (const [i, sentence] of sentences.entries()) {
    if (typeof sentence !== 'string' || sentence.length === 0 || sentence !== sentence.trim()) return `sentence ${i + 1} is empty or has white space around it`;
    if (i > 0) pos += text.slice(pos).match(/^\s*/)![0].length;
    if (!text.startsWith(sentence, pos)) return `sentence ${i + 1} ("${sentence.slice(0, 40)}…") does not follow at offset ${pos}`;
    pos += sentence.length;
  }
  return pos === text.length ? null : `text left over at offset ${pos}: "${text.slice(pos, pos + 40)}…"`;
}

const linkType = (link: GoldLink) => `${link.zh.length}-${link.en.length}`;
const sources = bundledSources();

describe.each(sources.map((s) => [s.document.id, s] as const))('gold sentence alignment of %s', (documentId, source) => {
  const gold = YAML.parse(fs.readFileSync(path.join(GOLD_DIR, `${documentId}.yaml`), 'utf8')) as GoldFile;

  it('names its document and lists every segment, in order', () => {
    expect(gold.document).toBe(documentId);
    expect(gold.segments.map((s) => s.id)).toEqual(source.segments.map((s) => s.id));
  });

  it('rebuilds each side of each segment exactly from its sentences, every link holding a sentence', () => {
    source.segments.forEach((segment, k) => {
      const links = gold.segments[k].links;
      for (const link of links) expect(link.zh.length + link.en.length, `${segment.id}: a link with no sentence`).toBeGreaterThan(0);
      for (const side of ['zh', 'en'] as const) {
        expect(rebuildProblem(segment[side] ?? '', links.flatMap((l) => l[side])), `${segment.id} ${side}`).toBeNull();
      }
      if (segment.zh === undefined || segment.en === undefined) for (const link of links) expect(['1-0', '0-1'], segment.id).toContain(linkType(link));
    });
  });
});

it('holds at least 600 links over the five documents, and prints their types', () => {
  const links = sources.flatMap((s) => (YAML.parse(fs.readFileSync(path.join(GOLD_DIR, `${s.document.id}.yaml`), 'utf8')) as GoldFile).segments.flatMap((g) => g.links));
  const byType = new Map<string, number>();
  for (const link of links) byType.set(linkType(link), (byType.get(linkType(link)) ?? 0) + 1);
  console.log(`gold set: ${links.length} links (${[...byType].sort().map(([t, n]) => `${t}: ${n}`).join(', ')})`);
  expect(links.length).toBeGreaterThanOrEqual(600);
});
