import type { TmxLevel } from '../../../contract/alignment';
import type { ExportFile } from '../../../contract/annotations';
import type { TextLanguage } from '../../../contract/languages';
import { STORED_CHINESE_SCRIPT, type DocumentDetail, type Segment } from '../../../contract/model';
import { makeSentenceId } from '../../../contract/sentenceId';
import { TMX_ALL_LANGUAGES, TMX_VERSION, tmxDate, type TmxFile, type TmxNote, type TmxProp, type TmxUnit, type TmxVariant } from './tmxModel';
import { writeTmx } from './tmxWriter';

/**
 * A document as a TMX 1.4b translation memory (issue "Sentence by sentence").
 *  - Sentence level: one `<tu>` per sentence link, in reading order. A 1–0 or
 *    0–1 link (a sentence with no counterpart) is a `<tu>` with a single
 *    `<tuv>`, which TMX allows; it is kept so that the file holds every
 *    sentence, and tools that need pairs skip it.
 *  - Paragraph level: one `<tu>` per segment, its tuid the segment id.
 *  - srclang: a unit's source is the language of its one published variant;
 *    a unit with none or both published has no source (`*all*`). The header
 *    names the language when every unit agrees, else `*all*` (the bundled
 *    documents mix published Chinese and published English), and each `<tu>`
 *    whose source differs from the header's says its own.
 *  - Each `<tuv>` says where its text comes from (x-provenance); a segment's
 *    review note concerns the pair, so it is a `<note>` of each of its units.
 */
export const TMX_LANGUAGE: Record<TextLanguage, string> = { zh: 'zh-CN', en: 'en' };

/** The property types Duizhao writes; the import of TMX files reads the same names. */
export const TMX_PROP = {
  documentId: 'x-document-id',
  documentType: 'x-document-type',
  title: 'x-title',
  issuer: 'x-issuer',
  documentNumber: 'x-document-number',
  issuedOn: 'x-issued-on',
  publishedOn: 'x-published-on',
  sourceUrl: 'x-source-url',
  provenance: 'x-provenance',
  sentences: 'x-sentences',
  segment: 'x-segment',
  segmentKind: 'x-segment-kind',
  headingLevel: 'x-heading-level',
  confidence: 'x-confidence',
  corrected: 'x-corrected',
  chineseScript: 'x-chinese-script',
} as const;

/** Whatever script the reader shows, the Chinese of a TMX file is the stored text: the header says so, in words and as x-chinese-script. */
export const CHINESE_SCRIPT_NOTE = 'The Chinese text is in Simplified characters, as published.';

export const REFERENCE_TRANSLATION_NOTE =
  'A variant whose x-provenance is reference-translation was translated for the Duizhao edition; it is not an official text.';

export const USER_DRAFT_NOTE = "A variant whose x-provenance is user-draft is the user's own draft translation of an imported document; it is not an official text.";

export interface TmxExportContext {
  appVersion: string;
  generated: Date;
}

const SIDES: readonly TextLanguage[] = ['zh', 'en'];
/** How two sentences of one side that are not adjacent in one segment are joined. */
const SEPARATOR: Record<TextLanguage, string> = { zh: '', en: ' ' };

export function exportDocumentTmx(document: DocumentDetail, level: TmxLevel, context: TmxExportContext): ExportFile {
  const tmx = documentToTmx(document, level, context);
  return {
    fileName: `${document.id}-${level === 'sentence' ? 'sentences' : 'paragraphs'}.tmx`,
    mimeType: 'application/x-tmx+xml',
    content: writeTmx(tmx),
    count: tmx.units.length,
  };
}

export function documentToTmx(document: DocumentDetail, level: TmxLevel, context: TmxExportContext): TmxFile {
  const units = level === 'sentence' ? sentenceUnits(document) : paragraphUnits(document);
  const sources = new Set(units.map(sourceOf));
  const srclang = sources.size === 1 ? [...sources][0] : TMX_ALL_LANGUAGES;
  for (const unit of units) {
    const source = sourceOf(unit);
    if (source !== srclang) unit.srclang = source;
  }
  return {
    version: TMX_VERSION,
    header: {
      attributes: {
        creationtool: 'Duizhao',
        creationtoolversion: context.appVersion,
        segtype: level,
        'o-tmf': 'Duizhao',
        adminlang: 'en',
        srclang,
        datatype: 'plaintext',
        creationdate: tmxDate(context.generated),
      },
      notes: [
        { text: REFERENCE_TRANSLATION_NOTE, lang: 'en' },
        ...(document.segments.some((s) => s.zh?.origin === 'user-draft' || s.en?.origin === 'user-draft') ? [{ text: USER_DRAFT_NOTE, lang: 'en' }] : []),
        { text: CHINESE_SCRIPT_NOTE, lang: 'en' },
      ],
      props: metadataProps(document),
    },
    units,
  };
}

function metadataProps(document: DocumentDetail): TmxProp[] {
  const props: TmxProp[] = [
    { type: TMX_PROP.documentId, value: document.id },
    { type: TMX_PROP.documentType, value: document.type },
    { type: TMX_PROP.chineseScript, value: STORED_CHINESE_SCRIPT },
  ];
  const bilingual = [
    [TMX_PROP.title, document.title],
    [TMX_PROP.issuer, document.issuer],
    [TMX_PROP.documentNumber, document.documentNumber],
  ] as const;
  for (const [type, value] of bilingual) {
    for (const side of SIDES) {
      const text = value[side];
      if (text !== null) props.push({ type, value: text, lang: TMX_LANGUAGE[side] });
    }
  }
  const single = [
    [TMX_PROP.issuedOn, document.issuedOn],
    [TMX_PROP.publishedOn, document.publishedOn],
    [TMX_PROP.sourceUrl, document.sourceUrl],
  ] as const;
  for (const [type, value] of single) if (value !== null) props.push({ type, value });
  return props;
}

function paragraphUnits(document: DocumentDetail): TmxUnit[] {
  return document.segments.flatMap((segment): TmxUnit[] => {
    const variants = SIDES.flatMap((side): TmxVariant[] => {
      const text = segment[side];
      return text ? [{ lang: TMX_LANGUAGE[side], text: text.text, props: [{ type: TMX_PROP.provenance, value: text.origin }], notes: [] }] : [];
    });
    if (variants.length === 0) return [];
    const props: TmxProp[] = [{ type: TMX_PROP.segmentKind, value: segment.kind }];
    if (segment.level !== null) props.push({ type: TMX_PROP.headingLevel, value: String(segment.level) });
    return [{ tuid: segment.id, srclang: null, props, notes: reviewNotes([segment]), variants }];
  });
}

interface PlacedSentence {
  id: string;
  segment: Segment;
  n: number;
  start: number;
  end: number;
}

function sentenceUnits(document: DocumentDetail): TmxUnit[] {
  const sentences = new Map<string, PlacedSentence>();
  for (const segment of document.segments) {
    for (const side of SIDES) {
      for (const s of segment.sentences[side]) {
        const id = makeSentenceId(segment.id, s.n);
        sentences.set(`${side} ${id}`, { id, segment, n: s.n, start: s.start, end: s.end });
      }
    }
  }
  return document.links.flatMap((link): TmxUnit[] => {
    const placed = (side: TextLanguage) =>
      link[side].map((id) => {
        const sentence = sentences.get(`${side} ${id}`);
        if (!sentence) throw new Error(`Link ${link.id} of ${document.id} names ${side} sentence ${id}, which the document does not have`);
        return sentence;
      });
    const bySide = SIDES.map((side) => ({ side, sentences: placed(side) })).filter((s) => s.sentences.length > 0);
    if (bySide.length === 0) return [];
    const segments = [...new Set(bySide.flatMap((s) => s.sentences.map((p) => p.segment)))];
    return [
      {
        tuid: sentenceUnitId(bySide),
        srclang: null,
        props: [
          { type: TMX_PROP.segment, value: segments.map((s) => s.id).join(' ') },
          { type: TMX_PROP.confidence, value: String(link.confidence) },
          { type: TMX_PROP.corrected, value: String(link.corrected) },
        ],
        notes: reviewNotes(segments),
        variants: bySide.map(({ side, sentences: run }) => ({
          lang: TMX_LANGUAGE[side],
          text: sentenceText(side, run),
          props: [
            { type: TMX_PROP.provenance, value: run[0].segment[side]!.origin },
            { type: TMX_PROP.sentences, value: run.map((s) => s.id).join(' ') },
          ],
          notes: [],
        })),
      },
    ];
  });
}

/** `<segment id>.zh1+2.en1`: readable, and unique because every sentence is in exactly one link. */
function sentenceUnitId(bySide: { side: TextLanguage; sentences: PlacedSentence[] }[]): string {
  const first = bySide[0].sentences[0].segment.id;
  return [first, ...bySide.map(({ side, sentences }) => `${side}${sentences.map((s) => s.n).join('+')}`)].join('.');
}

/** The sentences' text as the side has it: adjacent sentences keep the white space between them. */
function sentenceText(side: TextLanguage, run: readonly PlacedSentence[]): string {
  let text = '';
  run.forEach((sentence, i) => {
    const source = sentence.segment[side]!.text;
    const previous = run[i - 1];
    if (!previous) text += source.slice(sentence.start, sentence.end);
    else if (previous.segment === sentence.segment && previous.n + 1 === sentence.n) text += source.slice(previous.end, sentence.end);
    else text += SEPARATOR[side] + source.slice(sentence.start, sentence.end);
  });
  return text;
}

/** Both languages' review notes: a translation memory serves readers of either side. */
function reviewNotes(segments: readonly Segment[]): TmxNote[] {
  return segments.flatMap((s) => (s.reviewNote ? [{ text: s.reviewNote.en, lang: 'en' }, { text: s.reviewNote['zh-CN'], lang: TMX_LANGUAGE.zh }] : []));
}

/** The language of the unit's one published variant; `*all*` when none or both are published. */
function sourceOf(unit: TmxUnit): string {
  const published = unit.variants.filter((v) => v.props.some((p) => p.type === TMX_PROP.provenance && p.value === 'published'));
  return published.length === 1 ? published[0].lang : TMX_ALL_LANGUAGES;
}
