import type { AlignmentLevel } from '../../../contract/alignment';
import type { ExportFile } from '../../../contract/annotations';
import type { TextLanguage } from '../../../contract/languages';
import { STORED_CHINESE_SCRIPT, type DocumentDetail, type Segment } from '../../../contract/model';
import { ALIGNED_SIDES, alignmentFileName, alignmentRows, type AlignmentRow } from './alignmentRows';
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

const SIDES = ALIGNED_SIDES;

export function exportDocumentTmx(document: DocumentDetail, level: AlignmentLevel, context: TmxExportContext): ExportFile {
  const tmx = documentToTmx(document, level, context);
  return {
    fileName: alignmentFileName(document, level, 'tmx'),
    mimeType: 'application/x-tmx+xml',
    content: writeTmx(tmx),
    count: tmx.units.length,
  };
}

export function documentToTmx(document: DocumentDetail, level: AlignmentLevel, context: TmxExportContext): TmxFile {
  const rows = alignmentRows(document, level);
  const units = level === 'sentence' ? sentenceUnits(rows) : paragraphUnits(rows);
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

function paragraphUnits(rows: readonly AlignmentRow[]): TmxUnit[] {
  return rows.map((row) => {
    const [segment] = row.segments;
    const props: TmxProp[] = [{ type: TMX_PROP.segmentKind, value: segment.kind }];
    if (segment.level !== null) props.push({ type: TMX_PROP.headingLevel, value: String(segment.level) });
    const variants = SIDES.flatMap((side): TmxVariant[] => {
      const text = row[side];
      return text ? [{ lang: TMX_LANGUAGE[side], text: text.text, props: [{ type: TMX_PROP.provenance, value: text.origin }], notes: [] }] : [];
    });
    return { tuid: row.id, srclang: null, props, notes: reviewNotes(row.segments), variants };
  });
}

function sentenceUnits(rows: readonly AlignmentRow[]): TmxUnit[] {
  return rows.map((row) => ({
    tuid: row.id,
    srclang: null,
    props: [
      { type: TMX_PROP.segment, value: row.segments.map((s) => s.id).join(' ') },
      { type: TMX_PROP.confidence, value: String(row.confidence) },
      { type: TMX_PROP.corrected, value: String(row.corrected) },
    ],
    notes: reviewNotes(row.segments),
    variants: SIDES.flatMap((side): TmxVariant[] => {
      const text = row[side];
      if (!text) return [];
      const props = [
        { type: TMX_PROP.provenance, value: text.origin },
        { type: TMX_PROP.sentences, value: text.sentenceIds.join(' ') },
      ];
      return [{ lang: TMX_LANGUAGE[side], text: text.text, props, notes: [] }];
    }),
  }));
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
