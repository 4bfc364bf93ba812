// Issue "Terminology workbench": term candidates mined from aligned sentences, ranked by logDice, with their evidence.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TERM_MATCHING, type Concept } from '../../../contract/terminology';
import { loadCedictLexicon } from '../../../main/domain/alignment/cedictLexicon';
import { Lexicon } from '../../../main/domain/alignment/lexicon';
import { CorpusRepository } from '../../../main/domain/corpus/corpusRepository';
import { readAlignedSentencePairs, type AlignedSentencePair } from '../../../main/domain/terminology/alignedSentencePairs';
import { ChineseSegmenter } from '../../../main/domain/terminology/chineseSegmenter';
import { KnownTermPairs } from '../../../main/domain/terminology/knownTermPairs';
import { mineTermCandidates } from '../../../main/domain/terminology/termCandidates';
import { tempDirForFile } from '../../helpers/tempDir';
import { bundledCorpusFile } from '../../helpers/terminologyCorpus';

const WORDS = ['医保:medical insurance', '支付:pay', '制度:system', '覆盖面:coverage', '基金:fund', '运行:run', '平稳:smooth', '改革:reform', '监管:supervise', '扩大:expand', '完善:improve'];
const lexicon = new Lexicon(WORDS.map((w) => ({ forms: [w.split(':')[0]], glosses: [w.split(':')[1]] })));

const pair = (linkId: number, zh: string, en: string): AlignedSentencePair => ({
  linkId,
  documentId: 'doc',
  zh,
  en,
  zhSentenceIds: [`doc:p${linkId}.s1`],
  enSentenceIds: [`doc:p${linkId}.s2`],
});

const CORPUS = [
  pair(1, '完善医保支付制度。', 'Improve the medical insurance payment system.'),
  pair(2, '扩大医保覆盖面。', 'Expand medical insurance coverage.'),
  pair(3, '医保基金运行平稳。', 'The medical insurance fund runs smoothly.'),
  pair(4, '支付制度改革。', 'Reform of the payment system.'),
  pair(5, '基金监管。', 'Fund supervision.'),
];

const concept = (zh: string, en: string): Concept => ({
  id: 'u1',
  domain: null,
  note: '',
  origin: 'user',
  createdAt: '2026-01-01',
  changedBy: '',
  changedAt: '2026-01-01',
  terms: [
    { id: 'u1.t1', language: 'zh', text: zh, termType: 'fullForm', status: 'preferred', note: '', date: null, sources: [], matching: DEFAULT_TERM_MATCHING },
    { id: 'u1.t2', language: 'en', text: en, termType: 'fullForm', status: 'preferred', note: '', date: null, sources: [], matching: DEFAULT_TERM_MATCHING },
  ],
});

const mine = (pairs: readonly AlignedSentencePair[], exclude?: KnownTermPairs) => mineTermCandidates(pairs, new ChineseSegmenter(lexicon), { exclude });
const texts = (list: ReturnType<typeof mine>) => list.map((c) => `${c.zh} → ${c.en}`);

describe('term candidates from a hand-made corpus', () => {
  it('ranks the pair that always occurs together, in the most links, first', () => {
    const [first] = mine(CORPUS);
    expect(`${first.zh} → ${first.en}`).toBe('医保 → medical insurance');
    expect(first).toMatchObject({ logDice: 14, together: 3, zhLinks: 3, enLinks: 3 });
  });

  it('pairs the units a segmented phrase makes: 支付制度 with "payment system", the plural read as singular', () => {
    const plural = [...CORPUS, pair(6, '支付制度。', 'Payment systems.')];
    expect(mine(plural).find((c) => c.zh === '支付制度')).toMatchObject({ en: 'payment system', together: 3 });
  });

  it('cites the links, and the sentences, that hold both', () => {
    const candidate = mine(CORPUS).find((c) => c.zh === '医保' && c.en === 'medical insurance')!;
    expect(candidate.evidence.linkIds).toEqual([1, 2, 3]);
    expect(candidate.evidence.zhSentenceIds).toEqual(['doc:p1.s1', 'doc:p2.s1', 'doc:p3.s1']);
    expect(candidate.evidence.enSentenceIds).toEqual(['doc:p1.s2', 'doc:p2.s2', 'doc:p3.s2']);
  });

  it('never offers the words a longer unit always holds ("medical" alone, 医保支付)', () => {
    const mined = texts(mine(CORPUS));
    expect(mined).not.toContain('医保 → medical');
    expect(mined).not.toContain('医保 → insurance');
  });

  it('leaves out a pair the termbase already holds, in another form of the English, and keeps the rest', () => {
    const known = new KnownTermPairs([concept('醫保', 'Medical Insurance')]);
    const mined = texts(mine(CORPUS, known));
    expect(mined).not.toContain('医保 → medical insurance');
    expect(mined).toContain('支付制度 → payment system');
  });

  it('gives the same list whatever the order of the links', () => {
    expect(texts(mine([...CORPUS].reverse()))).toEqual(texts(mine(CORPUS)));
    expect(mine(CORPUS)).toEqual(mine(CORPUS));
  });
});

describe('term candidates from the bundled corpus', () => {
  const scratch = tempDirForFile('duizhao-term-candidates-');

  it('offers "hierarchical diagnosis and treatment" among the first three partners of 分级诊疗, with sentences that say it', () => {
    const corpus = CorpusRepository.open(bundledCorpusFile(scratch));
    const pairs = readAlignedSentencePairs(corpus.connection);
    corpus.close();
    const candidates = mineTermCandidates(pairs, new ChineseSegmenter(loadCedictLexicon(), ['分级诊疗']));
    const partners = candidates.filter((c) => c.zh === '分级诊疗');
    expect(partners.map((c) => c.en)).toContain('hierarchical diagnosis and treatment');
    expect(partners.length).toBeLessThanOrEqual(3);
    const evidence = partners.find((c) => c.en === 'hierarchical diagnosis and treatment')!.evidence;
    const cited = pairs.filter((p) => evidence.linkIds.includes(p.linkId));
    expect(cited.length).toBeGreaterThanOrEqual(2);
    for (const p of cited) {
      expect(p.zh).toContain('分级诊疗');
      expect(p.en.toLowerCase()).toContain('hierarchical diagnosis and treatment');
    }
  }, 30_000);
});
