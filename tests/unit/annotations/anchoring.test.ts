import { describe, expect, it } from 'vitest';
import { QUOTE_CONTEXT_LENGTH, type AnnotationPlacement } from '../../../contract/annotations';
import { anchor, describeRange } from '../../../main/domain/annotations/anchoring';
import { bundledSources } from '../../helpers/corpus';

/** Describes the first occurrence of `quote` in `text` (the test's way of "selecting" it). */
function select(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let k = 0; k <= occurrence; k++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" not in the text`);
  return describeRange(text, start, start + quote.length);
}

function placeAgain(oldText: string, quote: string, newText: string, occurrence = 0): AnnotationPlacement {
  const { quote: q, position } = select(oldText, quote, occurrence);
  return anchor(newText, q, position);
}

const EN =
  'Article 3. Medical institutions shall publish their prices. The health commission shall supervise medical institutions and report to the State Council every year.';
const ZH = '第三条 医疗机构应当公开收费标准。卫生健康委员会负责监督医疗机构，并每年向国务院报告工作情况。';

describe('describeRange', () => {
  it('keeps the quote, up to QUOTE_CONTEXT_LENGTH units of context, and the position', () => {
    const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40);
    const { quote, position } = describeRange(text, 40, 45);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'QUOTE', prefix: 'a'.repeat(QUOTE_CONTEXT_LENGTH), suffix: 'b'.repeat(QUOTE_CONTEXT_LENGTH) });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 40, end: 45 });
  });

  it('stops the context at the edges of the text', () => {
    expect(describeRange('abcdef', 0, 6).quote).toMatchObject({ exact: 'abcdef', prefix: '', suffix: '' });
    expect(describeRange('abcdef', 0, 1).quote).toMatchObject({ exact: 'a', prefix: '', suffix: 'bcdef' });
    expect(describeRange('abcdef', 5, 6).quote).toMatchObject({ exact: 'f', prefix: 'abcde', suffix: '' });
  });

  it('refuses an empty, reversed, out-of-range or fractional range', () => {
    for (const [start, end] of [
      [2, 2],
      [3, 2],
      [-1, 2],
      [0, 7],
      [0.5, 2],
      [Number.NaN, 2],
    ]) {
      expect(() => describeRange('abcdef', start, end), `${start}..${end}`).toThrow(Error);
    }
    expect(() => describeRange('', 0, 0)).toThrow(Error);
  });

  it('never cuts a surrogate pair at the context edges, nor accepts a range that does', () => {
    const rare = '\u{20BB7}'; // 𠮷, outside the BMP: two UTF-16 units
    // The 32nd unit before the quote is the low half of 𠮷: the prefix drops the whole character.
    const text = rare + 'x'.repeat(31) + 'QUOTE' + 'y'.repeat(31) + rare + 'z';
    const start = 2 + 31;
    const { quote } = describeRange(text, start, start + 5);
    expect(quote.prefix).toBe('x'.repeat(31));
    expect(quote.suffix).toBe('y'.repeat(31));
    // A quote made of such characters keeps them whole, context included.
    const zh = `${rare}${rare}野家${rare}`;
    expect(describeRange(zh, 2, 6).quote).toMatchObject({ exact: `${rare}野家`, prefix: rare, suffix: rare });
    expect(() => describeRange(zh, 1, 4)).toThrow(/surrogate/);
    expect(() => describeRange(zh, 2, 3)).toThrow(/surrogate/);
  });
});

describe('anchor', () => {
  it('keeps the position when the text there is unchanged', () => {
    const at = EN.indexOf('publish their prices');
    expect(placeAgain(EN, 'publish their prices', EN)).toEqual({ status: 'anchored', method: 'position', start: at, end: at + 20, text: 'publish their prices' });
    const zh = placeAgain(ZH, '公开收费标准', ZH);
    expect(zh).toMatchObject({ status: 'anchored', method: 'position', text: '公开收费标准' });
  });

  it('finds the quote again after an insertion before it', () => {
    const inserted = EN.replace('Article 3.', 'Article 3 (as amended in 2024).');
    const placement = placeAgain(EN, 'publish their prices', inserted);
    expect(placement).toMatchObject({ status: 'anchored', method: 'quote', text: 'publish their prices' });
    if (placement.status === 'anchored') expect(placement.start).toBe(inserted.indexOf('publish their prices'));

    const zhInserted = ZH.replace('第三条 ', '第三条（2024年修订） ');
    expect(placeAgain(ZH, '公开收费标准', zhInserted)).toMatchObject({ status: 'anchored', method: 'quote', start: zhInserted.indexOf('公开收费标准'), text: '公开收费标准' });
  });

  it('tells duplicate quotes apart by their context', () => {
    // "institutions" occurs twice; the second one is annotated, then the text shifts.
    const shifted = 'Preamble. ' + EN;
    const second = EN.lastIndexOf('institutions');
    expect(second).toBeGreaterThan(EN.indexOf('institutions'));
    const placement = placeAgain(EN, 'institutions', shifted, 1);
    expect(placement).toMatchObject({ status: 'anchored', method: 'quote', start: second + 10, text: 'institutions' });

    const zhShifted = '序言。' + ZH;
    const zhSecond = ZH.lastIndexOf('医疗机构');
    expect(placeAgain(ZH, '医疗机构', zhShifted, 1)).toMatchObject({ status: 'anchored', method: 'quote', start: zhSecond + 3, text: '医疗机构' });
  });

  it('places a quote whose typo was fixed on the corrected text (fuzzy)', () => {
    const typo = EN.replace('supervise', 'supervize');
    const placement = placeAgain(typo, 'shall supervize medical', EN);
    expect(placement).toMatchObject({ status: 'anchored', method: 'fuzzy', start: EN.indexOf('shall supervise medical'), text: 'shall supervise medical' });

    const zhTypo = ZH.replace('监督', '监肚');
    expect(placeAgain(zhTypo, '负责监肚医疗机构', ZH)).toMatchObject({ status: 'anchored', method: 'fuzzy', start: ZH.indexOf('负责监督医疗机构'), text: '负责监督医疗机构' });
  });

  it('does not move a short quote whose text changed to the same words elsewhere', () => {
    // The second 医疗 is annotated, then corrected to 医务: the first 医疗 is an exact
    // match in the wrong surroundings, the fuzzy match in the right ones wins.
    const edited = ZH.replace('监督医疗机构', '监督医务机构');
    const at = edited.indexOf('医务');
    expect(placeAgain(ZH, '医疗', edited, 1)).toEqual({ status: 'anchored', method: 'fuzzy', start: at, end: at + 2, text: '医务' });
    const en = EN.replace('supervise medical institutions', 'supervise medical institutes');
    const enAt = en.indexOf('institutes');
    expect(placeAgain(EN, 'institutions', en, 1)).toEqual({ status: 'anchored', method: 'fuzzy', start: enAt, end: enAt + 10, text: 'institutes' });
    // With nothing like it left in those surroundings, the exact quote elsewhere is taken, as Hypothesis does.
    const replaced = EN.replace('supervise medical institutions', 'supervise hospitals');
    expect(placeAgain(EN, 'institutions', replaced, 1)).toMatchObject({ status: 'anchored', method: 'quote', start: EN.indexOf('institutions'), text: 'institutions' });
  });

  it('orphans a quote that was deleted', () => {
    const deleted = EN.replace(' and report to the State Council every year', '');
    expect(placeAgain(EN, 'report to the State Council', deleted)).toEqual({ status: 'orphaned' });
    expect(placeAgain(ZH, '每年向国务院报告', ZH.replace('并每年向国务院报告工作情况', '并接受社会监督'))).toEqual({ status: 'orphaned' });
  });

  it('orphans the annotations of a rewritten segment', () => {
    const rewritten = 'Article 3. Hospitals must display what they charge. Inspections take place twice a year.';
    for (const quote of ['publish their prices', 'The health commission shall', 'State Council every year']) {
      expect(placeAgain(EN, quote, rewritten), quote).toEqual({ status: 'orphaned' });
    }
    const zhRewritten = '第三条 医院应当在显著位置公示价格，每半年接受一次检查。';
    for (const quote of ['公开收费标准', '负责监督医疗机构', '向国务院报告']) {
      expect(placeAgain(ZH, quote, zhRewritten), quote).toEqual({ status: 'orphaned' });
    }
  });

  it('does not fuzzy-match a single character, nor a short whole segment without context', () => {
    expect(placeAgain('x3y', '3', 'x4y')).toEqual({ status: 'orphaned' });
    expect(placeAgain('第一章 总则', '第一章 总则', '第二章 总则')).toEqual({ status: 'orphaned' });
  });

  it('keeps surrogate pairs whole', () => {
    const rare = '\u{20BB7}';
    const old = `本店招牌为${rare}野家牛肉饭，开业于二〇〇〇年，深受附近居民欢迎。`;
    const shifted = '【更正】' + old;
    expect(placeAgain(old, `${rare}野家`, shifted)).toMatchObject({ status: 'anchored', method: 'quote', start: old.indexOf(rare) + 4, text: `${rare}野家` });
    // The typo next to 𠮷 is fixed: the fuzzy range still starts on 𠮷's high half.
    const typo = old.replace('野家', '野嫁');
    const placement = placeAgain(typo, `${rare}野嫁牛肉`, old);
    expect(placement).toMatchObject({ status: 'anchored', method: 'fuzzy', start: old.indexOf(rare), text: `${rare}野家牛肉` });
  });

  it('never throws on malformed selectors', () => {
    const { quote, position } = select(EN, 'publish their prices');
    expect(anchor(EN, { ...quote, exact: '' }, position)).toEqual({ status: 'orphaned' });
    expect(anchor('', quote, position)).toEqual({ status: 'orphaned' });
    const at = position.start;
    expect(anchor(EN, quote, { ...position, start: Number.NaN, end: 3 })).toMatchObject({ status: 'anchored', method: 'quote', start: at });
    expect(anchor(EN, quote, { ...position, start: 500, end: 520 })).toMatchObject({ status: 'anchored', method: 'quote', start: at });
    expect(anchor(EN, { ...quote, prefix: undefined as unknown as string, suffix: undefined as unknown as string }, position)).toMatchObject({
      status: 'anchored',
      start: at,
    });
  });
});

// ---------------------------------------------------------------------------
// The property check: 1,000 annotations on the bundled corpus, each text then
// edited one way, and every placement judged against the known truth.

/** xorshift32: tiny, seeded, the same sequence on every machine. */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x1_0000_0000;
  };
}

type Lang = 'zh' | 'en';
const LANGS: Lang[] = ['zh', 'en'];
const EDIT_KINDS = ['unchanged', 'typo before', 'typo inside', 'typo after', 'sentence inserted', 'rewritten', 'quote deleted'] as const;
type EditKind = (typeof EDIT_KINDS)[number];
const KEEPS_QUOTE: ReadonlySet<EditKind> = new Set(['unchanged', 'typo before', 'typo after', 'sentence inserted']);

/** What the placement should be. */
type Truth =
  | { kind: 'same'; start: number; end: number } // the quote unchanged, now at [start, end)
  | { kind: 'edited'; start: number; end: number; extent: number } // the quote edited, now [start, end)
  | { kind: 'gone' }; // the quote's passage no longer exists (an identical quote elsewhere may)

type Verdict = 'exact' | 'fuzzy' | 'orphaned' | 'imprecise' | 'wrong';

const ZH_CHARS = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经';
const EN_CHARS = 'abcdefghijklmnopqrstuvwxyz';

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** True when offset `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

interface Edit {
  text: string;
  truth: Truth;
}

function splice(text: string, at: number, removed: number, inserted: string): string {
  return text.slice(0, at) + inserted + text.slice(at + removed);
}

class Generator {
  readonly random: () => number;
  constructor(
    seed: number,
    private readonly texts: Record<Lang, string[]>,
    private readonly sentences: Record<Lang, string[]>,
  ) {
    this.random = prng(seed);
  }

  int(n: number): number {
    return Math.floor(this.random() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** A typo fixed at `at`: one character substituted, inserted or deleted; `insertOnly` where there is no character to change. */
  typo(text: string, at: number, lang: Lang, insertOnly: boolean): { text: string; at: number; removed: number; inserted: number } {
    const alphabet = lang === 'zh' ? ZH_CHARS : EN_CHARS;
    const kind = insertOnly || isSurrogate(text.charCodeAt(at)) ? 'insert' : this.pick(['substitute', 'insert', 'delete'] as const);
    if (kind === 'delete') return { text: splice(text, at, 1, ''), at, removed: 1, inserted: 0 };
    let char = this.pick([...alphabet]);
    if (kind === 'substitute') {
      while (char === text[at]) char = this.pick([...alphabet]);
      return { text: splice(text, at, 1, char), at, removed: 1, inserted: 1 };
    }
    return { text: splice(text, at, 0, char), at, removed: 0, inserted: 1 };
  }

  /** A code-unit offset in [lo, hi] that does not cut a surrogate pair. */
  boundary(text: string, lo: number, hi: number): number {
    let at = lo + this.int(hi - lo + 1);
    if (splitsPair(text, at)) at = at > lo ? at - 1 : at + 1;
    return at;
  }

  edit(kind: EditKind, lang: Lang, text: string, start: number, end: number, exact: string): Edit {
    const shifted = (at: number, delta: number): Truth => (at <= start ? { kind: 'same', start: start + delta, end: end + delta } : { kind: 'same', start, end });
    switch (kind) {
      case 'unchanged':
        return { text, truth: { kind: 'same', start, end } };
      case 'typo before': {
        // Substitute or delete a character of [0, start), or insert one at an offset in [0, start].
        const t = start === 0 ? this.typo(text, 0, lang, true) : this.typo(text, this.boundary(text, 0, start - 1), lang, false);
        return { text: t.text, truth: shifted(t.at, t.inserted - t.removed) };
      }
      case 'typo after': {
        const t = end === text.length ? this.typo(text, end, lang, true) : this.typo(text, this.boundary(text, end, text.length - 1), lang, false);
        return { text: t.text, truth: { kind: 'same', start, end } };
      }
      case 'typo inside': {
        // Change a character of the quote, or insert one strictly inside it.
        const insert = this.random() < 1 / 3;
        const at = insert ? this.boundary(text, start + 1, end - 1) : this.boundary(text, start, end - 1);
        const t = this.typo(text, at, lang, insert);
        return { text: t.text, truth: { kind: 'edited', start, end: end + t.inserted - t.removed, extent: Math.max(t.inserted, t.removed) } };
      }
      case 'sentence inserted': {
        // Another sentence of the corpus, between two sentences (or at either end), before or after the quote.
        let sentence = this.pick(this.sentences[lang]);
        while (sentence.includes(exact)) sentence = this.pick(this.sentences[lang]);
        const boundaries = [0, text.length];
        for (const m of text.matchAll(lang === 'zh' ? /[。！？；]/g : /[.!?;]\s+/g)) boundaries.push(m.index + m[0].length);
        const before = boundaries.filter((b) => b <= start);
        const after = boundaries.filter((b) => b >= end);
        const at = this.pick(this.random() < 0.5 ? before : after);
        const inserted = lang === 'en' ? (at === text.length ? ` ${sentence}` : `${sentence} `) : sentence;
        return { text: splice(text, at, 0, inserted), truth: shifted(at <= start ? at : Number.POSITIVE_INFINITY, inserted.length) };
      }
      case 'rewritten': {
        let other = this.pick(this.texts[lang]);
        while (other === text) other = this.pick(this.texts[lang]);
        return { text: other, truth: { kind: 'gone' } };
      }
      case 'quote deleted':
        return { text: splice(text, start, end - start, ''), truth: { kind: 'gone' } };
    }
  }
}

function judge(placement: AnnotationPlacement, truth: Truth, exact: string): Verdict {
  if (placement.status === 'orphaned') return 'orphaned';
  if (truth.kind === 'same') return placement.start === truth.start && placement.end === truth.end && placement.text === exact ? 'exact' : 'wrong';
  // Gone: placing it is right only where the very same words still stand.
  if (truth.kind === 'gone') return placement.text === exact ? 'exact' : 'wrong';
  // Edited: "wrong text" is a range that misses the true one or covers less than half of it.
  const overlap = Math.min(placement.end, truth.end) - Math.max(placement.start, truth.start);
  if (overlap <= 0 || overlap < (truth.end - truth.start) / 2) return 'wrong';
  const edgesClose = Math.abs(placement.start - truth.start) <= truth.extent && Math.abs(placement.end - truth.end) <= truth.extent;
  if (!edgesClose) return 'imprecise';
  return placement.method === 'fuzzy' ? 'fuzzy' : 'exact';
}

function corpusTexts(): { texts: Record<Lang, string[]>; sentences: Record<Lang, string[]> } {
  const texts: Record<Lang, string[]> = { zh: [], en: [] };
  const sentences: Record<Lang, string[]> = { zh: [], en: [] };
  for (const { segments } of bundledSources()) {
    for (const segment of segments) {
      for (const lang of LANGS) {
        const text = segment[lang];
        if (text === undefined || text.length < 12) continue;
        texts[lang].push(text);
        const parts = lang === 'zh' ? text.split(/(?<=[。！？；])/) : text.split(/(?<=[.!?;])\s+/);
        for (const part of parts) if (part.trim().length >= 8 && part.length <= 160) sentences[lang].push(part.trim());
      }
    }
  }
  return { texts, sentences };
}

describe('anchoring on the bundled corpus (property check)', () => {
  const corpus = corpusTexts();

  it('re-anchors unchanged quotes exactly, and edited ones correctly or to the orphans, never onto the wrong text', () => {
    const TOTAL = 1000;
    // ANCHORING_SEED=n replays the check on another draw.
    const generator = new Generator(Number(process.env.ANCHORING_SEED ?? 20240607), corpus.texts, corpus.sentences);
    const counts = new Map<string, Record<Verdict | 'n', number>>();
    const failures: string[] = [];
    let elapsed = 0;

    for (let i = 0; i < TOTAL; i++) {
      const lang = LANGS[i % 2];
      const kind = EDIT_KINDS[Math.floor(i / 2) % EDIT_KINDS.length];
      const text = generator.pick(corpus.texts[lang]);
      const length = Math.min(text.length, 2 + generator.int(59));
      let start = generator.int(text.length - length + 1);
      let end = start + length;
      if (splitsPair(text, start)) start -= 1;
      if (splitsPair(text, end)) end += 1;
      const { quote, position } = describeRange(text, start, end);
      const edit = generator.edit(kind, lang, text, start, end, quote.exact);

      const began = performance.now();
      const placement = anchor(edit.text, quote, position);
      elapsed += performance.now() - began;

      const wellFormed =
        placement?.status === 'orphaned' ||
        (placement?.status === 'anchored' && placement.start < placement.end && placement.text === edit.text.slice(placement.start, placement.end));
      if (!wellFormed) {
        failures.push(`#${i} ${kind} ${lang} malformed placement ${JSON.stringify(placement)}`);
        continue;
      }
      const verdict = judge(placement, edit.truth, quote.exact);
      for (const key of [`${kind}|${lang}`, `${kind}|all`, `all|${lang}`]) {
        const row = counts.get(key) ?? { n: 0, exact: 0, fuzzy: 0, orphaned: 0, imprecise: 0, wrong: 0 };
        row.n += 1;
        row[verdict] += 1;
        counts.set(key, row);
      }
      const mustBeExact = KEEPS_QUOTE.has(kind) && verdict !== 'exact';
      if (verdict === 'wrong' || verdict === 'imprecise' || mustBeExact) {
        failures.push(`#${i} ${kind} ${lang} ${verdict}: quote ${JSON.stringify(quote.exact)} truth ${JSON.stringify(edit.truth)} placement ${JSON.stringify(placement)}`);
        // ANCHORING_DEBUG=1 prints the texts of a failure, to make a unit case of it.
        if (process.env.ANCHORING_DEBUG) console.log(JSON.stringify({ i, old: text, new: edit.text, quote, position }));
      }
    }

    const pct = (k: number, n: number) => `${((100 * k) / n).toFixed(1).padStart(5)}%`;
    const lines = [`anchoring ${TOTAL} annotations on the bundled corpus: ${elapsed.toFixed(1)} ms`];
    for (const kind of [...EDIT_KINDS, 'all' as const]) {
      for (const lang of [...LANGS, 'all' as const]) {
        const row = counts.get(`${kind}|${lang}`);
        if (!row) continue;
        lines.push(
          `${kind.padEnd(17)} ${lang.padEnd(3)} n=${String(row.n).padStart(4)} | exact ${pct(row.exact, row.n)} | fuzzy ${pct(row.fuzzy, row.n)} | orphaned ${pct(row.orphaned, row.n)} | imprecise ${row.imprecise} | wrong ${row.wrong}`,
        );
      }
    }
    console.log(lines.join('\n'));

    expect(failures).toEqual([]);
    for (const kind of KEEPS_QUOTE) expect(counts.get(`${kind}|all`)?.exact, kind).toBe(counts.get(`${kind}|all`)?.n);
  });

  // Timings are printed for the record; `npm run bench:annotations` measures them properly.
  it('never lands on other words in the worst case: 1,000 annotations of the longest segments, all rewritten', () => {
    const generator = new Generator(7, corpus.texts, corpus.sentences);
    const longest = [...corpus.texts.zh, ...corpus.texts.en].sort((a, b) => b.length - a.length).slice(0, 50);
    const cases = Array.from({ length: 1000 }, (_, i) => {
      const text = longest[i % longest.length];
      const length = 2 + generator.int(59);
      let start = generator.int(text.length - length + 1);
      let end = start + length;
      if (splitsPair(text, start)) start -= 1;
      if (splitsPair(text, end)) end += 1;
      return { ...describeRange(text, start, end), text: longest[(i + 1) % longest.length] };
    });
    const began = performance.now();
    const placements = cases.map((c) => anchor(c.text, c.quote, c.position));
    const elapsed = performance.now() - began;
    console.log(`worst case (1,000 annotations, longest segments ${longest[0].length}–${longest[49].length} units, all rewritten): ${elapsed.toFixed(1)} ms`);
    expect(placements.every((p, i) => p.status === 'orphaned' || p.text === cases[i].quote.exact)).toBe(true);
  });
});
