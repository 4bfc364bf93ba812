import { describe, expect, it } from 'vitest';
import { loadCedictLexicon } from '../../../main/domain/alignment/cedictLexicon';
import { EN_PER_ZH_CHARACTER, LENGTH_VARIANCE } from '../../../main/domain/alignment/linkScorer';
import { alignTexts, type LocatedSentence } from '../../../main/domain/alignment/textAligner';
import { alignParagraph } from '../../../main/domain/alignment/segmentAligner';
import { bundledSources } from '../../helpers/corpus';
import { loadGold, scoreLinks, type SpanLink } from '../../helpers/alignment/goldSet';
import { lineSpan, loadHeldOut } from '../../helpers/alignment/heldout';
import { rebreak } from '../../helpers/alignment/rebreak';

/**
 * The aligner against the hand-made gold set (tests/fixtures/alignment-gold):
 * the quality targets as a gate, so a change that costs accuracy
 * fails here. npm run bench:align prints the full figures beside a baseline.
 */
describe('the sentence aligner on the gold set', () => {
  const lexicon = loadCedictLexicon();
  const gold = loadGold();
  const goldLinks = gold.flatMap((d) => d.links);

  it('reaches strict F1 ≥ 0.97 with paragraphs given', () => {
    const predicted: SpanLink[] = gold.flatMap((doc) =>
      doc.source.segments.flatMap((segment) => {
        const { sentences, links } = alignParagraph(segment.zh, segment.en, lexicon);
        const span = (s: LocatedSentence) => ({ segment: segment.id, start: s.start, end: s.end });
        return links.map((l) => ({ zh: l.zh.map((n) => span(sentences.zh[n - 1])), en: l.en.map((n) => span(sentences.en[n - 1])) }));
      }),
    );
    expect(scoreLinks(predicted, goldLinks).strict.f1).toBeGreaterThanOrEqual(0.97);
  });

  it('reaches strict F1 ≥ 0.93 when each document is one stream, and when its lines no longer correspond', () => {
    for (const paragraphs of ['stream', 'lines'] as const) {
      const predicted: SpanLink[] = [];
      const expected: SpanLink[] = [];
      for (const doc of gold) {
        const r = paragraphs === 'stream' ? null : rebreak(doc);
        const zhLines = r?.zhLines ?? doc.source.segments.map((s) => s.zh ?? '');
        const enLines = r?.enLines ?? doc.source.segments.map((s) => s.en ?? '');
        const { zh, en, links } = alignTexts(zhLines, enLines, lexicon, { paragraphs });
        const spanOf = (side: 'zh' | 'en') => (s: LocatedSentence) =>
          (r ? r.spanOf(side, s.line, s.start, s.end) : null) ?? { segment: doc.source.segments[s.line].id, start: s.start, end: s.end };
        predicted.push(...links.map((l) => ({ zh: l.zh.map((k) => spanOf('zh')(zh[k])), en: l.en.map((k) => spanOf('en')(en[k])) })));
        expected.push(...(r?.gold ?? doc.links));
      }
      expect(scoreLinks(predicted, expected).strict.f1, paragraphs).toBeGreaterThanOrEqual(0.93);
    }
  });
});

it('aligns freely translated documents it was never tuned on (the held-out set) far better than length alone', () => {
  const lexicon = loadCedictLexicon();
  const predicted: SpanLink[] = [];
  const expected: SpanLink[] = [];
  for (const pair of loadHeldOut()) {
    const { zh, en, links } = alignTexts(pair.zhLines, pair.enLines, lexicon, { paragraphs: 'lines' });
    predicted.push(...links.map((l) => ({ zh: l.zh.map((k) => lineSpan('zh', zh[k])), en: l.en.map((k) => lineSpan('en', en[k])) })));
    expected.push(...pair.gold);
  }
  expect(expected.length).toBeGreaterThan(100);
  expect(scoreLinks(predicted, expected).strict.f1).toBeGreaterThanOrEqual(0.9);
});

it('uses the length ratio and variance measured on the corpus paragraphs', () => {
  const pairs = bundledSources().flatMap((d) => d.segments.filter((s) => s.zh && s.en).map((s) => [nonSpace(s.zh!), nonSpace(s.en!)] as const));
  const ratio = pairs.reduce((t, [, en]) => t + en, 0) / pairs.reduce((t, [zh]) => t + zh, 0);
  const variance = pairs.reduce((t, [zh, en]) => t + (en - ratio * zh) ** 2 / zh, 0) / pairs.length;
  expect(EN_PER_ZH_CHARACTER).toBeCloseTo(ratio, 1);
  expect(Math.abs(LENGTH_VARIANCE - variance) / variance).toBeLessThan(0.1);
});

const nonSpace = (text: string) => text.replace(/\s/g, '').length;
