import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCorpus, englishInChinese, headingNumber, parseRecordedIds, publishedTextDigest, type CorpusCheck } from '../../../main/domain/corpus/corpusChecks';
import type { CorpusDocumentSource, SegmentSource } from '../../../main/domain/corpus/corpusSource';
import { digitNumbers, missingNumbers } from '../../../main/domain/alignment/numbers';
import { bundledSources, CORPUS_SOURCES_DIR } from '../../helpers/corpus';

const recordedIds = () => parseRecordedIds(fs.readFileSync(path.join(CORPUS_SOURCES_DIR, 'segment-ids.txt'), 'utf8'));

describe('the bundled corpus', () => {
  it('passes every corpus check', () => {
    expect(checkCorpus(bundledSources(), recordedIds())).toEqual([]);
  });

  it('has both sides of every segment of all five documents', () => {
    const sources = bundledSources();
    expect(sources).toHaveLength(5);
    for (const { segments } of sources) for (const s of segments) expect(s.zh && s.en, s.id).toBeTruthy();
  });

  it('faces the official Chinese stretch of the national plan with English, and its English with Chinese', () => {
    const plan = bundledSources().find((s) => s.document.id === 'national-health-plan-14th-fyp-2022')!;
    const official = plan.segments.filter((s) => s.origin?.en === 'reference-translation');
    const rendered = plan.segments.filter((s) => s.origin?.zh === 'reference-translation');
    expect(official[0].zh).toMatch(/^提升医养结合发展水平/);
    const lastHeading = official.findLast((s) => s.kind === 'heading');
    expect(lastHeading?.zh).toBe('(五)完善卫生健康法治体系。');
    expect(official.at(-1)).toBe(official[official.indexOf(lastHeading!) + 1]);
    expect(official.length + rendered.length).toBe(plan.segments.length);
  });

  // The places an independent audit found a speaker could be embarrassed by (issue #12).
  it('flags or corrects every place the audit found', () => {
    const segment = (id: string) => {
      const [doc, key] = id.split(':');
      return bundledSources().find((s) => s.document.id === doc)!.segments.find((s) => s.id === key)!;
    };
    expect(segment('national-health-plan-14th-fyp-2022:p0002').review?.en).toContain('Guo Ban Fa [2022] No. 11');
    const xi = segment('shanghai-health-service-guidelines-briefing-2018:p0005');
    expect(xi.zh).toContain('习近平总书记');
    expect(xi.zh).not.toContain('习近平主席');
    const hospitals = segment('shgh-public-hospital-pilot:p0002');
    expect(hospitals.review?.en).toMatch(/names six/);
    expect(hospitals.review?.zh).toMatch(/6个名称/);
    expect(hospitals.review?.en).toMatch(/no year/);
    expect(bundledSources().find((s) => s.document.id === 'shgh-public-hospital-pilot')!.document.issuedOn).toBeNull();
  });
});

// Each check must be able to fail: a corpus with one planted fault of each kind.
describe('corpus checks catch', () => {
  const doc = (segments: SegmentSource[]): CorpusDocumentSource[] => [
    {
      document: {
        id: 'probe-doc',
        order: 0,
        type: 'news',
        title: { en: 'Probe', zh: '探针' },
        issuer: { en: null, zh: null },
        issuedOn: null,
        publishedOn: null,
        documentNumber: { en: null, zh: null },
        sourceUrl: null,
        summary: { en: 'A probe.', zh: '探针。' },
        keywords: { en: ['probe'], zh: ['探针'] },
        origin: { en: 'published', zh: 'reference-translation' },
        strippedChrome: [],
        publishedTextSha256: '',
      },
      segments,
    },
  ];
  /** The probe document, its digest set to what its published text hashes to. */
  const sealed = (segments: SegmentSource[]) =>
    doc(segments).map((source) => ({ ...source, document: { ...source.document, publishedTextSha256: publishedTextDigest(source) } }));
  const checksFor = (segments: SegmentSource[], recorded = segments.map((s) => `probe-doc:${s.id}`)): CorpusCheck[] =>
    checkCorpus(sealed(segments), recorded).map((p) => p.check);

  it('an edit to the published text, but not to a translation or to white space', () => {
    const [original] = sealed([{ id: 'p1', kind: 'paragraph', en: 'Five public public hospital.', zh: '5家公立医院。' }]);
    const edit = (en: string, zh: string) => [{ ...original, segments: [{ ...original.segments[0], en, zh }] }];
    expect(checkCorpus(edit('Five public hospitals.', '5家公立医院。'), ['probe-doc:p1']).map((p) => p.check)).toEqual(['published-text-changed']);
    expect(checkCorpus(edit('Five  public public\nhospital.', '五家公立医院。'), ['probe-doc:p1'])).toEqual([]);
  });

  it('a missing side without a reason, and accepts one with a reason', () => {
    expect(checksFor([{ id: 'p1', kind: 'paragraph', en: 'Text.' }])).toEqual(['missing-side']);
    expect(checksFor([{ id: 'p1', kind: 'paragraph', en: 'Text.', missing: { zh: 'not yet translated' } }])).toEqual([]);
  });

  it('a figure on one side only', () => {
    expect(checksFor([{ id: 'p1', kind: 'paragraph', en: 'Life expectancy reached 83.67 years.', zh: '人均预期寿命达到83.76岁。' }])).toEqual(['numbers', 'numbers']);
    expect(checksFor([{ id: 'p1', kind: 'paragraph', en: 'A total of "10+10+20" hospitals.', zh: '共“10+10+20”家医院。' }])).toEqual([]);
    expect(checksFor([{ id: 'p1', kind: 'paragraph', en: 'By 2025, 5+X parks.', zh: '到2025年，建设“5+X”园区。' }])).toEqual([]);
    expect(checksFor([{ id: 'p1', kind: 'paragraph', en: 'By 2025.', zh: '到2035年。', numbersDiffer: 'explained' }])).toEqual([]);
  });

  it('sentence links corrected by hand that no longer fit the sentences of the text', () => {
    const segment = { id: 'p1', kind: 'paragraph' as const, en: 'First. Second.', zh: '第一句，第二句。' };
    expect(checksFor([{ ...segment, links: [{ zh: [1], en: [1, 2] }] }])).toEqual([]);
    // A sentence left out, a number that does not exist, an order that runs back.
    expect(checksFor([{ ...segment, links: [{ zh: [1], en: [1] }] }])).toEqual(['sentence-links']);
    expect(checksFor([{ ...segment, links: [{ zh: [1], en: [1, 2, 3] }] }])).toEqual(['sentence-links']);
    expect(checksFor([{ ...segment, links: [{ zh: [1], en: [2] }, { zh: [], en: [1] }] }])).toEqual(['sentence-links']);
  });

  it('headings numbered differently on the two sides', () => {
    expect(checksFor([{ id: 'p1', kind: 'heading', level: 1, en: '5. Improve services', zh: '六、提高服务' }])).toContain('heading-numbering');
    expect(checksFor([{ id: 'p1', kind: 'heading', level: 1, en: 'Improve services', zh: '六、提高服务' }])).toEqual(['heading-numbering']);
    expect(checksFor([{ id: 'p1', kind: 'heading', level: 1, en: 'Five, protect health', zh: '五、保障健康' }])).toEqual([]);
    expect(checksFor([{ id: 'p1', kind: 'heading', level: 2, en: '(3) Promote health.', zh: '（三）促进健康。' }])).toEqual([]);
  });

  it('English sentences in the Chinese side and Chinese in the English side, but not names or acronyms', () => {
    expect(checksFor([{ id: 'p1', kind: 'paragraph', en: 'We will act.', zh: '我们将 take further action now。' }])).toEqual(['language-mix']);
    expect(checksFor([{ id: 'p1', kind: 'paragraph', en: 'We will act 立即.', zh: '我们将立即行动。' }])).toEqual(['language-mix']);
    const flagged = { en: 'Chinese form of Cen Fukang not confirmed.', zh: 'Cen Fukang 的中文姓名未经核实。' };
    expect(checksFor([{ id: 'p1', kind: 'paragraph', en: 'Cen Fukang spoke on 5G and CA use.', zh: 'Cen Fukang介绍了5G和CA应用。', review: flagged }])).toEqual([]);
  });

  it('a person named in Latin letters in the Chinese side, unless a review note names that person', () => {
    const said = (zh: string, review?: SegmentSource['review']) => checksFor([{ id: 'p1', kind: 'paragraph', en: 'They spoke.', zh, numbersDiffer: 'the English is a stub', ...(review ? { review } : {}) }]);
    expect(said('规划和国土资源管理局副局长Cen Fukang出席发布会。')).toEqual(['latin-name']);
    expect(said('副市长Weng介绍了有关情况。')).toEqual(['latin-name']);
    expect(said('Zhang主任回答了提问。')).toEqual(['latin-name']);
    // A note about something else does not excuse the name.
    expect(said('副局长Cen Fukang出席。', { en: 'Check the bureau name.', zh: '请核对机构名称。' })).toEqual(['latin-name']);
    expect(said('副局长Cen Fukang出席。', { en: 'Chinese form of Cen Fukang not confirmed; a person must check it.', zh: 'Cen Fukang 的中文姓名未经核实，须由人工核对。' })).toEqual([]);
    // Acronyms, units and the few capitalised words that are not names.
    expect(said('推广5G、CT和TCM，参照WHO标准；COVID-19疫情期间，服务半径3 km，开发手机App和Internet Plus服务。')).toEqual([]);
    expect(said('推进医务人员CA证书应用，建设“5+X”园区，发展AI辅助诊断。')).toEqual([]);
  });

  it('a person named in Latin letters in the catalogue\'s Chinese, which has no review note', () => {
    const [source] = sealed([{ id: 'p1', kind: 'paragraph', en: 'A.', zh: '甲。' }]);
    const summary = { en: 'Wu Jinglei spoke.', zh: '主任Wu Jinglei介绍。' };
    expect(checkCorpus([{ ...source, document: { ...source.document, summary } }], ['probe-doc:p1']).map((p) => p.check)).toEqual(['latin-name']);
  });

  it('a review note without its Chinese or its English version, or with English for Chinese', () => {
    const segment = { id: 'p1', kind: 'paragraph' as const, en: 'A.', zh: '甲。' };
    expect(checksFor([{ ...segment, review: { en: 'Check the name.', zh: '请核实名称。' } }])).toEqual([]);
    expect(checksFor([{ ...segment, review: { en: 'Check the name.' } }])).toEqual(['review-note']);
    expect(checksFor([{ ...segment, review: { zh: '请核实名称。' } }])).toEqual(['review-note']);
    expect(checksFor([{ ...segment, review: { en: 'Check the name.', zh: 'Check the name.' } }])).toEqual(['review-note']);
  });

  it('a duplicated id, a recorded id that disappeared and an unrecorded new one', () => {
    const one: SegmentSource = { id: 'p1', kind: 'paragraph', en: 'A.', zh: '甲。' };
    expect(checkCorpus([...sealed([one]), ...sealed([one])], ['probe-doc:p1']).map((p) => p.check)).toEqual(['duplicate-id']);
    expect(checksFor([one], ['probe-doc:p1', 'probe-doc:p0'])).toEqual(['id-removed']);
    expect(checksFor([one], [])).toEqual(['id-unrecorded']);
  });
});

describe('numbers', () => {
  it('reads figures with their scale, in both scripts and widths', () => {
    expect(digitNumbers('2418万人，12.9亿元，每10万人3.66')).toEqual([24180000, 1290000000, 100000, 3.66]);
    expect(digitNumbers('24.18 million people and 1.29 billion yuan, 4,000 institutions')).toEqual([24180000, 1290000000, 4000]);
    expect(digitNumbers('２０２５年达到８０％')).toEqual([2025, 80]);
    expect(digitNumbers('2021.07.16, during Covid-19')).toEqual([2021, 7, 16]);
  });

  it('finds Chinese numerals and English number words on the other side', () => {
    expect(missingNumbers('"13th Five-Year" period', '“十三五”时期')).toEqual([]);
    expect(missingNumbers('出台7项规定', 'issued seven regulations')).toEqual([]);
    expect(missingNumbers('10月9日', 'On October 9')).toEqual([]);
    expect(missingNumbers('2000多万人', 'more than 20 million people')).toEqual([]);
    expect(missingNumbers('覆盖4000余家机构', 'covering 400 institutions')).toEqual([4000]);
  });

  it('reads heading numbers in each convention', () => {
    expect(headingNumber('十、加强组织实施', 'zh')).toBe(10);
    expect(headingNumber('(四)加强职业健康保护。', 'zh')).toBe(4);
    expect(headingNumber('10. Strengthen the organization', 'en')).toBe(10);
    expect(headingNumber('II Adhere to policy guidance', 'en')).toBe(2);
    expect(headingNumber('Overall considerations of the Plan', 'en')).toBeNull();
    expect(englishInChinese('医务人员CA（Certificate Authority）证书')).toEqual([]);
  });
});
