import { beforeAll, describe, expect, it } from 'vitest';
import type { TextLanguage } from '../../../contract/languages';
import type { Segment } from '../../../contract/model';
import { exportAnnotations, type ExportContext } from '../../../main/domain/annotations/annotationExport';
import { AnnotationService } from '../../../main/domain/annotations/annotationService';
import { CorpusRepository } from '../../../main/domain/corpus/corpusRepository';
import { openUserDatabase } from '../../../main/domain/database/userDatabase';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';

// Issue "Sentence by sentence": an exported annotation's counterpart is the sentences aligned
// with the ones its quote touches, not the whole other paragraph; checked against the corpus's links.
const PLAN = 'national-health-plan-14th-fyp-2022';
const corpusDir = tempDirForFile('duizhao-corpus-');
let corpus: CorpusRepository;
beforeAll(() => {
  corpus = CorpusRepository.open(buildBundledCorpusInto(corpusDir()));
});

function annotationService() {
  const user = openUserDatabase(tempDir());
  return new AnnotationService(user.db, { getSegment: (id) => corpus.getSegment(id), documentOrder: () => corpus.listDocuments().map((d) => d.id) }, { author: () => 'Li Wei' });
}

function context(overrides: Partial<ExportContext> = {}): ExportContext {
  return {
    documents: corpus.listDocuments(),
    segmentOf: (id) => corpus.getSegment(id),
    sentences: corpus.sentences,
    language: 'en',
    generated: new Date('2026-11-22T08:00:00Z'),
    generator: 'test',
    ...overrides,
  };
}

const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A long paragraph of the plan, and a few words from the middle of one of its sentences on `side`. */
function middleOfLongParagraph(side: TextLanguage) {
  const segment = corpus
    .getDocument(PLAN)!
    .segments.find((s: Segment) => s.sentences.zh.length >= 5 && s.sentences.en.length >= 5 && s.sentences.zh.length === s.sentences.en.length)!;
  const sentence = segment.sentences[side][2];
  const text = segment[side]!.text;
  const start = sentence.start + 2;
  const end = start + (side === 'zh' ? 6 : 12);
  const other: TextLanguage = side === 'zh' ? 'en' : 'zh';
  const linked = corpus.sentences.counterpart(segment.id, side, start, end);
  const otherText = segment[other]!.text;
  const counterpart = otherText.slice(Math.min(...linked.map((s) => s.start)), Math.max(...linked.map((s) => s.end)));
  return { segment, selection: { segmentId: segment.id, side, start, end, exact: text.slice(start, end) }, linked, counterpart, otherText, sentenceNumber: sentence.n };
}

describe('exported counterparts are the aligned sentences', () => {
  it('Markdown quotes only the sentence aligned with the annotated one, says which, and what each side is', () => {
    const { segment, selection, linked, counterpart, otherText, sentenceNumber } = middleOfLongParagraph('zh');
    const service = annotationService();
    service.create({ ...selection, colour: 'yellow', note: 'check this rendering' });
    const md = exportAnnotations('markdown', service.records(), context()).content;

    expect(md).toContain(`> ${escapeMarkdown(counterpart)}`);
    expect(counterpart.length).toBeLessThan(otherText.length / 2);
    // Other sentences of the English paragraph are left out.
    const firstEnglish = otherText.slice(segment.sentences.en[0].start, segment.sentences.en[0].end);
    expect(linked.some((s) => s.start === segment.sentences.en[0].start)).toBe(false);
    expect(md).not.toContain(escapeMarkdown(firstEnglish));
    const numbers = linked.map((s) => Number(s.id.split('.s')[1]));
    const which = numbers.length === 1 ? `sentence ${numbers[0]}` : `sentences ${numbers[0]}–${numbers.at(-1)}`;
    const origin = (o: string) => (o === 'published' ? 'published text' : 'reference translation prepared for this edition, not an official text');
    expect(md).toContain(`English counterpart, ${which} (${origin(segment.en!.origin)}):`);
    expect(md).toContain(`*Chinese, sentence ${sentenceNumber}: ${origin(segment.zh!.origin)}*`);

    const zh = exportAnnotations('markdown', service.records(), context({ language: 'zh-CN' })).content;
    expect(zh).toContain(`英文对照（第 ${numbers.length === 1 ? numbers[0] : `${numbers[0]}–${numbers.at(-1)}`} 句`);
  });

  it('CSV holds the aligned sentence, its ids and both sides’ provenance', () => {
    const { segment, selection, linked, counterpart, otherText } = middleOfLongParagraph('en');
    const service = annotationService();
    service.create({ ...selection, colour: 'green' });
    const csv = exportAnnotations('csv', service.records(), context()).content;
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      'Document,Paragraph,Segment id,Language,Quote,Quote provenance,Counterpart,Counterpart sentences,Counterpart provenance,Review note,Note,Tags,Colour,Author,Created,Updated,Status,Chinese script',
    );
    const provenance = (o: string) => (o === 'published' ? 'published text' : 'reference translation prepared for this edition, not an official text');
    expect(row).toContain(
      [csvCell(selection.exact), csvCell(provenance(segment.en!.origin)), csvCell(counterpart), linked.map((s) => s.id).join('; '), csvCell(provenance(segment.zh!.origin))].join(','),
    );
    expect(row).not.toContain(otherText);
  });

  it('W3C JSON carries the counterpart sentences and still imports', () => {
    const { selection, linked, counterpart } = middleOfLongParagraph('zh');
    const service = annotationService();
    service.create({ ...selection, colour: 'blue', tags: ['terms'] });
    const json = exportAnnotations('w3c-json', service.records(), context()).content;
    const [item] = JSON.parse(json).first.items;
    expect(item['duizhao:counterpart']).toMatchObject({
      type: 'SpecificResource',
      source: `app://duizhao/documents/${PLAN}/segments/${selection.segmentId.split(':')[1]}/en`,
      selector: [{ type: 'TextQuoteSelector', exact: counterpart }, { type: 'TextPositionSelector', start: linked[0].start, end: linked.at(-1)!.end }],
      'duizhao:sentences': linked.map((s) => s.id),
    });
    const other = annotationService();
    expect(other.import([{ name: 'colleague.jsonld', content: json }], 'apply')).toMatchObject({ counts: { added: 1 } });
    expect(other.records()[0].record).toEqual(service.records()[0].record);
  });

  it('falls back to the whole paragraph where there is no sentence data', () => {
    const { selection, otherText } = middleOfLongParagraph('zh');
    const service = annotationService();
    service.create({ ...selection, colour: 'yellow' });
    const md = exportAnnotations('markdown', service.records(), context({ sentences: undefined })).content;
    expect(md).toContain('English counterpart, the whole paragraph (');
    expect(md).toContain(`> ${escapeMarkdown(otherText)}`);
    const csv = exportAnnotations('csv', service.records(), context({ sentences: undefined })).content;
    expect(csv).toContain(`,${csvCell(otherText)},,`);
  });
});

// Issue "Usable by everyone": the reader may show Chinese in Traditional, but every export carries the
// stored (Simplified) text and says so, in the reader's language.
describe('exports say which Chinese script they carry', () => {
  function exportedQuote(format: 'markdown' | 'csv' | 'w3c-json', language: 'en' | 'zh-CN' | 'zh-TW' = 'en') {
    const { selection } = middleOfLongParagraph('zh');
    const service = annotationService();
    service.create({ ...selection, colour: 'yellow' });
    return { content: exportAnnotations(format, service.records(), context({ language })).content, quote: selection.exact };
  }

  it('Markdown: the stored quote, under a line naming the script, in each interface language', () => {
    const lines = {
      en: 'Chinese text: Simplified characters, as published.',
      'zh-CN': '中文文本：简体字，与发布时一致。',
      'zh-TW': '中文文字：簡體字，與發布時一致。',
    } as const;
    for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
      const { content, quote } = exportedQuote('markdown', language);
      expect(content.split('\n').slice(0, 6)).toContain(lines[language]);
      expect(content).toContain(`> ${escapeMarkdown(quote)}`);
    }
  });

  it('CSV: a column naming the script of every row', () => {
    const { content, quote } = exportedQuote('csv', 'zh-TW');
    const [header, row] = content.replace(/^\uFEFF/, '').split('\r\n');
    expect(header.endsWith(',中文用字')).toBe(true);
    expect(row.endsWith(',簡體，與發布時一致')).toBe(true);
    expect(row).toContain(csvCell(quote));
  });

  it('W3C JSON: the collection names the script, and the quote is the stored text', () => {
    const { content, quote } = exportedQuote('w3c-json');
    const collection = JSON.parse(content);
    expect(collection['duizhao:chineseScript']).toBe('simplified');
    expect(JSON.stringify(collection.first.items[0].target)).toContain(JSON.stringify(quote));
  });
});

// Issue #12: a quote keeps its paragraph's review flag wherever it goes.
describe('exports keep a flagged paragraph’s review note', () => {
  const flaggedId = `${PLAN}:p0002`;
  function annotatedFlaggedParagraph() {
    const segment = corpus.getSegment(flaggedId)!;
    const text = segment.en!.text;
    const service = annotationService();
    service.create({ segmentId: flaggedId, side: 'en', start: 0, end: text.length, exact: text, colour: 'pink' });
    return { service, note: segment.reviewNote! };
  }

  it('in Markdown and CSV, in the export’s language', () => {
    const { service, note } = annotatedFlaggedParagraph();
    expect(note.en).toContain('Guo Ban Fa [2022] No. 11');
    // The lists show it too: the annotated side's provenance and the note.
    expect(service.list().annotations[0].provenance).toEqual({ origin: 'published', reviewNote: note });
    const md = exportAnnotations('markdown', service.records(), context()).content;
    expect(md).toContain(`**Flagged for review:** ${escapeMarkdown(note.en)}`);
    const zh = exportAnnotations('markdown', service.records(), context({ language: 'zh-CN' })).content;
    expect(zh).toContain(`**待核对：** ${escapeMarkdown(note['zh-CN'])}`);
    const [, row] = exportAnnotations('csv', service.records(), context()).content.replace(/^\uFEFF/, '').split('\r\n');
    expect(row).toContain(csvCell(note.en));
  });

  it('in W3C JSON, in every interface language, and the file still imports', () => {
    const { service, note } = annotatedFlaggedParagraph();
    const json = exportAnnotations('w3c-json', service.records(), context()).content;
    const [item] = JSON.parse(json).first.items;
    expect(item.target['duizhao:reviewNote']).toEqual(note);
    const other = annotationService();
    expect(other.import([{ name: 'colleague.jsonld', content: json }], 'apply')).toMatchObject({ counts: { added: 1 } });
  });

  it('and say nothing of one where there is none', () => {
    const segment = corpus.getDocument(PLAN)!.segments.find((s: Segment) => s.kind === 'paragraph' && s.reviewNote === null)!;
    const exact = segment.zh!.text.slice(0, 8);
    const service = annotationService();
    service.create({ segmentId: segment.id, side: 'zh', start: 0, end: exact.length, exact, colour: 'yellow' });
    expect(exportAnnotations('markdown', service.records(), context()).content).not.toContain('Flagged for review');
    expect(JSON.parse(exportAnnotations('w3c-json', service.records(), context()).content).first.items[0].target).not.toHaveProperty('duizhao:reviewNote');
  });
});
