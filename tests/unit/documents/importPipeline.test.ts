import { beforeAll, describe, expect, it } from 'vitest';
import { loadCedictLexicon } from '../../../main/domain/alignment/cedictLexicon';
import type { Lexicon } from '../../../main/domain/alignment/lexicon';
import type { LocatedSentence } from '../../../main/domain/alignment/textAligner';
import type { ImportBlock, ImportPlan, ImportUnit, ParsedBilingual, ParsedText } from '../../../main/domain/documents/importModel';
import { makeImportPlan, runImport } from '../../../main/domain/documents/importPipeline';
import { linkGroups } from '../../../main/domain/documents/segmentGrouping';
import { DomainError } from '../../../main/domain/errors';

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadCedictLexicon();
});

const heading = (text: string): ImportBlock => ({ kind: 'heading', level: 1, text });
const paragraph = (text: string): ImportBlock => ({ kind: 'paragraph', level: null, text });
const textFile = (language: 'zh' | 'en', blocks: ImportBlock[], title: string | null = null): ParsedText => ({
  shape: 'text',
  format: 'txt',
  language,
  encoding: 'utf-8',
  title,
  blocks,
  pages: null,
});
const request = (shape: ImportPlan['shape'], names: string[], sides: ('zh' | 'en' | undefined)[] = []) => ({
  shape,
  files: names.map((name, k) => ({ name, bytes: new TextEncoder().encode(name), side: sides[k] })),
});

/** Every sentence inside its side's text, in order, and in exactly one link; no link without a sentence. */
function expectWellFormed(plan: ImportPlan): void {
  for (const segment of plan.segments) {
    for (const side of ['zh', 'en'] as const) {
      const sentences = segment.sentences[side];
      const text = segment[side] ?? '';
      sentences.forEach((s, k) => {
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(text.length);
        if (k > 0) expect(s.start).toBeGreaterThanOrEqual(sentences[k - 1].end);
      });
      const numbers = segment.links.flatMap((l) => l[side]);
      expect(numbers).toEqual(sentences.map((_, k) => k + 1));
    }
    for (const link of segment.links) expect(link.zh.length + link.en.length).toBeGreaterThan(0);
  }
}

const ZH = [
  heading('第一章 总体要求'),
  paragraph('坚持以人民为中心的发展思想。推进健康中国建设。'),
  paragraph('加强公共卫生体系建设。完善医疗服务体系。'),
  heading('第二章 主要任务'),
  paragraph('提高医疗保障水平。'),
];
const EN = [
  heading('Chapter 1 General Requirements'),
  paragraph('We will adhere to the people-centred philosophy of development.'),
  paragraph('We will advance the building of a Healthy China. We will strengthen the public health system.'),
  paragraph('We will improve the medical service system.'),
  heading('Chapter 2 Main Tasks'),
  paragraph('We will raise the level of medical insurance.'),
];

describe('a pair', () => {
  it('groups paragraphs broken differently on each side into one segment, and keeps headings apart', () => {
    const plan = makeImportPlan(request('pair', ['plan.zh.txt', 'plan.en.txt']), [textFile('zh', ZH), textFile('en', EN)], lexicon);
    expectWellFormed(plan);
    expect(plan.segments.map((s) => [s.kind, s.zh, s.en])).toEqual([
      ['heading', ZH[0].text, EN[0].text],
      ['paragraph', `${ZH[1].text}\n${ZH[2].text}`, `${EN[1].text}\n${EN[2].text}\n${EN[3].text}`],
      ['heading', ZH[3].text, EN[4].text],
      ['paragraph', ZH[4].text, EN[5].text],
    ]);
    // The sentences of the joined text sit where the text has them, and the links pair them as translated.
    const joined = plan.segments[1];
    const zhSentence = (n: number) => joined.zh!.slice(joined.sentences.zh[n - 1].start, joined.sentences.zh[n - 1].end);
    const enSentence = (n: number) => joined.en!.slice(joined.sentences.en[n - 1].start, joined.sentences.en[n - 1].end);
    const pairs = joined.links.map((l) => [l.zh.map(zhSentence).join(''), l.en.map(enSentence).join(' ')]);
    expect(pairs).toContainEqual(['加强公共卫生体系建设。', 'We will strengthen the public health system.']);
    expect(pairs).toContainEqual(['完善医疗服务体系。', 'We will improve the medical service system.']);
    expect(joined.links.every((l) => l.confidence > 0 && l.confidence <= 1 && !l.corrected)).toBe(true);
    expect(joined.links.some((l) => l.words.length > 0)).toBe(true);
  });

  it('takes each file to the side of its language, whichever comes first', () => {
    const plan = makeImportPlan(request('pair', ['en.txt', 'zh.txt']), [textFile('en', EN, 'The plan'), textFile('zh', ZH, '规划')], lexicon);
    expect(plan.segments[0].zh).toBe(ZH[0].text);
    expect(plan.suggestedTitle).toEqual({ zh: '规划', en: 'The plan' });
    expect(plan.files.map((f) => [f.name, f.language])).toEqual([
      ['en.txt', 'en'],
      ['zh.txt', 'zh'],
    ]);
  });

  it('refuses two files in the same language, by what they hold or by what the request calls them', () => {
    const refusal = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof DomainError ? [error.code, error.details?.reason] : error;
      }
      return 'not refused';
    };
    expect(refusal(() => makeImportPlan(request('pair', ['a.txt', 'b.txt']), [textFile('zh', ZH), textFile('zh', ZH)], lexicon))).toEqual([
      'document-file-refused',
      'pair-same-language',
    ]);
    expect(refusal(() => makeImportPlan(request('pair', ['a.txt', 'b.txt'], ['zh', 'zh']), [textFile('zh', ZH), textFile('en', EN)], lexicon))).toEqual([
      'document-file-refused',
      'pair-same-language',
    ]);
  });
});

describe('grouping links into segments', () => {
  /** A seeded generator, so a failure can be replayed. */
  const random = (seed: number) => () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);

  it('never lets a link leave its segment, and makes segments as small as the links allow', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const sentences = (count: number): LocatedSentence[] => {
        const out: LocatedSentence[] = [];
        let line = 0;
        for (let k = 0; k < count; k++) {
          if (k > 0 && next() < 0.4) line++;
          out.push({ text: 'x', line, start: k, end: k + 1 });
        }
        return out;
      };
      const zh = sentences(5 + Math.floor(next() * 20));
      const en = sentences(5 + Math.floor(next() * 20));
      const links: { zh: number[]; en: number[]; confidence: number }[] = [];
      let i = 0;
      let j = 0;
      while (i < zh.length || j < en.length) {
        const a = i < zh.length ? Math.floor(next() * 3) : 0;
        const b = j < en.length ? Math.floor(next() * 3) : 0;
        if (a === 0 && b === 0) continue;
        const take = { zh: [] as number[], en: [] as number[], confidence: 1 };
        for (let k = 0; k < a && i < zh.length; k++) take.zh.push(i++);
        for (let k = 0; k < b && j < en.length; k++) take.en.push(j++);
        links.push(take);
      }
      const groups = linkGroups({ zh, en, links });
      expect(groups.flatMap((g) => g.links), `seed ${seed}`).toEqual(links.map((_, k) => k));
      const blocksOf = (linkIndices: number[], side: 'zh' | 'en') =>
        new Set(linkIndices.flatMap((k) => links[k][side].map((s) => (side === 'zh' ? zh : en)[s].line)));
      for (const side of ['zh', 'en'] as const) {
        const seen = new Set<number>();
        for (const group of groups) {
          const mine = blocksOf(group.links, side);
          for (const line of mine) expect(seen.has(line), `seed ${seed}: ${side} block ${line} in two segments`).toBe(false);
          for (const line of mine) seen.add(line);
        }
      }
      for (const group of groups) {
        for (let cut = 1; cut < group.links.length; cut++) {
          const before = group.links.slice(0, cut);
          const after = group.links.slice(cut);
          const shared = (['zh', 'en'] as const).some((side) => [...blocksOf(before, side)].some((line) => blocksOf(after, side).has(line)));
          expect(shared, `seed ${seed}: a segment that could be cut after its link ${cut}`).toBe(true);
        }
      }
    }
  });
});

describe('a bilingual file', () => {
  const unit = (zh: string | null, en: string | null, props: Record<string, string> = {}, kind: ImportUnit['kind'] = 'paragraph'): ImportUnit => ({
    kind,
    zh,
    en,
    props,
    notes: [],
  });
  const tmx = (segmentation: ParsedBilingual['segmentation'], units: ImportUnit[]): ParsedBilingual => ({
    shape: 'bilingual',
    format: 'tmx',
    title: '健康规划',
    props: { 'x-issuer': '国务院办公厅' },
    segmentation,
    units,
  });

  it('keeps the sentence links the file gives, grouped into the segments it names, without aligning them again', () => {
    const file = tmx('sentence', [
      unit('第一章', 'Chapter 1', { 'x-segment': 'h1', 'x-segment-kind': 'heading', 'x-heading-level': '1' }, 'heading'),
      unit('推进健康中国建设。', 'We will build a Healthy China.', { 'x-segment': 'p1' }),
      unit('加强公共卫生。', null, { 'x-segment': 'p1' }),
      unit('完善医疗服务。', 'We will improve medical services.', { 'x-segment': 'p1' }),
      unit('提高保障水平。', 'We will raise insurance levels.'),
    ]);
    const plan = makeImportPlan(request('bilingual', ['plan.tmx']), [file], lexicon);
    expectWellFormed(plan);
    expect(plan.props).toEqual({ 'x-issuer': '国务院办公厅' });
    expect(plan.suggestedTitle).toEqual({ zh: '健康规划', en: null });
    expect(plan.segments.map((s) => [s.kind, s.level, s.zh, s.en])).toEqual([
      ['heading', 1, '第一章', 'Chapter 1'],
      ['paragraph', null, '推进健康中国建设。加强公共卫生。完善医疗服务。', 'We will build a Healthy China. We will improve medical services.'],
      ['paragraph', null, '提高保障水平。', 'We will raise insurance levels.'],
    ]);
    expect(plan.segments[1].links.map(({ zh, en, confidence, corrected }) => ({ zh, en, confidence, corrected }))).toEqual([
      { zh: [1], en: [1], confidence: 1, corrected: true },
      { zh: [2], en: [], confidence: 1, corrected: true },
      { zh: [3], en: [2], confidence: 1, corrected: true },
    ]);
    expect(plan.segments[1].sentences.en.map((s) => plan.segments[1].en!.slice(s.start, s.end))).toEqual([
      'We will build a Healthy China.',
      'We will improve medical services.',
    ]);
  });

  it('aligns the sentences within each paragraph unit', () => {
    const plan = makeImportPlan(request('bilingual', ['plan.tmx']), [tmx('paragraph', [unit(ZH[2].text, 'We will strengthen the public health system. We will improve the medical service system.')])], lexicon);
    expectWellFormed(plan);
    expect(plan.segments[0].links.map((l) => [l.zh, l.en])).toEqual([
      [[1], [1]],
      [[2], [2]],
    ]);
  });
});

describe('a single-language document', () => {
  it('is one segment per paragraph, its other side empty, each sentence linked to nothing', () => {
    const plan = makeImportPlan(request('single', ['draft.txt']), [textFile('en', EN)], lexicon);
    expectWellFormed(plan);
    expect(plan.segments).toHaveLength(EN.length);
    expect(plan.segments.every((s) => s.zh === null && s.sentences.zh.length === 0)).toBe(true);
    expect(plan.segments[2].links.map((l) => [l.zh, l.en])).toEqual([
      [[], [1]],
      [[], [2]],
    ]);
    expect(plan.segments[0].kind).toBe('heading');
  });
});

describe('runImport', () => {
  it('reads the files, reports each phase, and previews what it made', async () => {
    const encode = (blocks: ImportBlock[]) => new TextEncoder().encode(blocks.map((b) => b.text).join('\n\n'));
    const phases: string[] = [];
    const { plan, preview } = await runImport(
      { shape: 'pair', files: [{ name: 'zh.txt', bytes: encode(ZH) }, { name: 'en.txt', bytes: encode(EN) }] },
      { lexicon, onProgress: (phase) => phases.push(phase) },
    );
    expect([...new Set(phases)]).toEqual(['reading', 'parsing', 'aligning', 'ready']);
    expect(preview.files.map((f) => [f.name, f.language, f.paragraphs])).toEqual([
      ['zh.txt', 'zh', 5],
      ['en.txt', 'en', 6],
    ]);
    expect(preview.segments).toBe(plan.segments.length);
    expect(preview.links).toBe(plan.segments.reduce((n, s) => n + s.links.length, 0));
    expect(preview.sample).toHaveLength(3);
    expect(plan.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runImport({ shape: 'single', files: [{ name: 'zh.txt', bytes: new TextEncoder().encode('一。') }] }, { lexicon, signal: controller.signal })).rejects.toThrow();
  });
});
