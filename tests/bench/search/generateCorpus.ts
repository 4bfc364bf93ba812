import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { bundledSources } from '../../helpers/corpus';
import { seededRandom } from '../../helpers/seededRandom';

export interface GeneratedPair {
  segmentId: string;
  documentId: string;
  docType: 'press-release' | 'plan' | 'news';
  docDate: string;
  kind: 'paragraph' | 'heading';
  position: number;
  zh: string;
  en: string;
}

const splitZh = (text: string) => text.split(/(?<=[。；！？])/u).map((s) => s.trim()).filter(Boolean);
const splitEn = (text: string) => text.split(/(?<=[.;!?])\s+/u).map((s) => s.trim()).filter(Boolean);

/**
 * 100,000 aligned pairs (about 50 MB) made of the bundled corpus's own
 * sentences: each pair takes one or two sentence runs of one bundled
 * segment, Chinese and English from the same segment, so the vocabulary,
 * the character distribution and the lengths are the corpus's own.
 */
export function generatePairs(count: number, seed = 20261122): GeneratedPair[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const segments = bundledSources()
    .flatMap((s) => s.segments)
    .filter((s) => s.zh && s.en && s.kind === 'paragraph')
    .map((s) => ({ zh: splitZh(s.zh!), en: splitEn(s.en!) }));
  const headings = bundledSources()
    .flatMap((s) => s.segments)
    .filter((s) => s.kind === 'heading' && s.zh && s.en);
  const types = ['press-release', 'plan', 'news'] as const;
  const pairs: GeneratedPair[] = [];
  for (let i = 0; i < count; i++) {
    const documentNumber = Math.floor(i / 100);
    const documentId = `generated-${String(documentNumber).padStart(4, '0')}`;
    const year = 2015 + (documentNumber % 10);
    const docDate = `${year}-${String(1 + (documentNumber % 12)).padStart(2, '0')}-${String(1 + (documentNumber % 28)).padStart(2, '0')}`;
    const base = { documentId, docType: types[documentNumber % 3], docDate, position: i % 100, segmentId: `${documentId}:p${String(i % 100).padStart(4, '0')}` };
    if (i % 25 === 0) {
      const heading = pick(headings);
      pairs.push({ ...base, kind: 'heading', zh: heading.zh!, en: heading.en! });
      continue;
    }
    const source = pick(segments);
    const takeZh = Math.min(source.zh.length, 1 + Math.floor(random() * 3));
    const startZh = Math.floor(random() * (source.zh.length - takeZh + 1));
    const share = startZh / Math.max(1, source.zh.length);
    const takeEn = Math.min(source.en.length, Math.max(1, Math.round((takeZh / source.zh.length) * source.en.length)));
    const startEn = Math.min(source.en.length - takeEn, Math.floor(share * source.en.length));
    pairs.push({
      ...base,
      kind: 'paragraph',
      zh: source.zh.slice(startZh, startZh + takeZh).join(''),
      en: source.en.slice(startEn, startEn + takeEn).join(' '),
    });
  }
  return pairs;
}

export function writePairs(file: string, pairs: readonly GeneratedPair[]): number {
  const text = pairs.map((p) => JSON.stringify(p)).join('\n');
  fs.writeFileSync(file, text);
  return pairs.reduce((bytes, p) => bytes + Buffer.byteLength(p.zh) + Buffer.byteLength(p.en), 0);
}

/** Streams the pairs back a chunk at a time, so an engine's peak memory is its own, not the file's. */
export function* readPairs(file: string): Generator<GeneratedPair> {
  const fd = fs.openSync(file, 'r');
  const chunk = Buffer.alloc(1 << 20);
  // A chunk may end inside a character: the decoder keeps its first bytes for the next one.
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for (let read = fs.readSync(fd, chunk); read > 0; read = fs.readSync(fd, chunk)) {
      const lines = (rest + decoder.write(chunk.subarray(0, read))).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (line) yield JSON.parse(line) as GeneratedPair;
    }
    if (rest) yield JSON.parse(rest) as GeneratedPair;
  } finally {
    fs.closeSync(fd);
  }
}
