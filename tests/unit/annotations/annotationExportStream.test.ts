import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, type AnnotationFilter, type HighlightColour } from '../../../contract/annotations';
import { UI_LANGUAGES } from '../../../contract/languages';
import type { Segment } from '../../../contract/model';
import { streamAnnotationExport, type ExportContext } from '../../../main/domain/annotations/annotationExport';
import { AnnotationService } from '../../../main/domain/annotations/annotationService';
import { AnnotationStore } from '../../../main/domain/annotations/annotationStore';
import { CorpusRepository } from '../../../main/domain/corpus/corpusRepository';
import { openUserDatabase } from '../../../main/domain/database/userDatabase';
import { burstAnnotation } from '../../helpers/annotationBurst';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';
import { wholeStringAnnotationExport } from '../../helpers/wholeStringAnnotationExport';

// Issue #14: exports are written a page at a time; the file must be the one the whole-string builder wrote.
const corpusDir = tempDirForFile('duizhao-corpus-');
let corpus: CorpusRepository;
let service: AnnotationService;

beforeAll(() => {
  corpus = CorpusRepository.open(buildBundledCorpusInto(corpusDir()));
  const segments: Segment[] = corpus.listDocuments().flatMap((d) => corpus.getDocument(d.id)!.segments);
  const db = openUserDatabase(tempDir()).db;
  const changed = new Set(segments.filter((_, i) => i % 11 === 0).map((s) => s.id));
  const writer = new AnnotationService(db, { getSegment: (id) => corpus.getSegment(id), documentOrder: () => corpus.listDocuments().map((d) => d.id) }, { author: () => 'Li Wei' });
  service = new AnnotationService(
    db,
    {
      // A corrected corpus: some English paragraphs rewritten, so their quotes are exported as orphans.
      getSegment: (id) => {
        const segment = corpus.getSegment(id);
        return segment && changed.has(id) && segment.en ? { ...segment, en: { ...segment.en, text: 'Rewritten.' } } : segment;
      },
      documentOrder: () => corpus.listDocuments().map((d) => d.id),
    },
    { author: () => 'Li Wei' },
  );
  const colours: HighlightColour[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
  const ids = Array.from({ length: 120 }, (_, i) => {
    const made = burstAnnotation(segments, i);
    const note = i % 3 ? `Line one, "quoted" *starred*\nline ${i} 二` : '';
    return writer.create({ ...made, colour: colours[i % 5], note, tags: i % 4 ? [`t${i % 3}`, '=formula'] : [] }).id;
  });
  for (let i = 0; i < ids.length; i += 17) writer.delete(ids[i]);
  const store = new AnnotationStore(db);
  store.setConflict(ids[5], { ...store.find(ids[5])!, note: 'theirs', revision: 'r-theirs' }, '2026-06-01T00:00:00Z');
});

function context(language: ExportContext['language'], filter: AnnotationFilter, format: string): ExportContext {
  return {
    documents: corpus.listDocuments(),
    segmentOf: (id) => corpus.getSegment(id),
    sentences: corpus.sentences,
    language,
    generated: new Date('2026-11-22T08:00:00Z'),
    generator: 'Duizhao test',
    deletions: format === 'w3c-json' ? service.deletions(filter) : [],
  };
}

const FILTERS: [string, AnnotationFilter][] = [
  ['all, by position', {}],
  ['one colour, newest first', { colours: ['blue'], sort: 'created' }],
  ['one document', { documentId: 'national-health-plan-14th-fyp-2022' }],
  ['none', { text: 'no annotation says this' }],
];

describe('exports streamed a page at a time', () => {
  for (const format of EXPORT_FORMATS) {
    it.each(FILTERS)(`${format}: %s, in every interface language, is byte for byte the whole-string export`, (_name, filter) => {
      for (const language of UI_LANGUAGES) {
        const whole = wholeStringAnnotationExport(format, service.records(filter), context(language, filter, format));
        const streamed = streamAnnotationExport(format, service.recordPages(filter, 7), context(language, filter, format));
        const chunks = [...streamed.chunks];
        expect(chunks.join('')).toBe(whole.content);
        expect({ fileName: streamed.fileName, mimeType: streamed.mimeType, count: streamed.count }).toEqual({ fileName: whole.fileName, mimeType: whole.mimeType, count: whole.count });
        // Pages of 7: the file comes in many pieces, never the whole at once.
        if (whole.count > 20) expect(chunks.length).toBeGreaterThan(whole.count / 7);
      }
    });
  }
});
