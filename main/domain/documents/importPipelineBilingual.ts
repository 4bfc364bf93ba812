import type { TextLanguage } from '../../../contract/languages';
import { TMX_PROP } from '../alignment/documentTmx';
import type { Lexicon } from '../alignment/lexicon';
import { alignParagraph } from '../alignment/segmentAligner';
import { featuresOf, type LocatedSentence } from '../alignment/textAligner';
import { wordPairs } from '../alignment/wordLinks';
import type { ImportUnit, ParsedBilingual, PlannedSegment } from './importModel';

/**
 * The segments of a file that is aligned already (TMX, a two-column table).
 * Paragraph units are segments whose sentences are aligned within them.
 * Sentence units are links given by the file, not aligned again, grouped into segments where the file says which
 * segment each belongs to (Duizhao's own x-segment prop), else one unit each.
 */
export function planBilingual(file: ParsedBilingual, lexicon: Lexicon): PlannedSegment[] {
  if (file.segmentation === 'paragraph') return file.units.filter(hasText).map((unit) => paragraphUnit(unit, lexicon));
  const groups: ImportUnit[][] = [];
  let previous: string | undefined;
  for (const unit of file.units.filter(hasText)) {
    const segment = unit.props[TMX_PROP.segment];
    if (segment !== undefined && segment === previous) groups[groups.length - 1].push(unit);
    else groups.push([unit]);
    previous = segment;
  }
  return groups.map((units) => sentenceUnits(units, lexicon));
}

const hasText = (unit: ImportUnit) => Boolean(unit.zh) || Boolean(unit.en);

function paragraphUnit(unit: ImportUnit, lexicon: Lexicon): PlannedSegment {
  const alignment = alignParagraph(unit.zh, unit.en, lexicon);
  const offsets = (side: TextLanguage) => alignment.sentences[side].map(({ start, end }) => ({ start, end }));
  return { ...kindOf(unit), zh: unit.zh || null, en: unit.en || null, sentences: { zh: offsets('zh'), en: offsets('en') }, links: alignment.links };
}

/** Chinese sentences run on without a space between them; English ones take one. */
const SEPARATOR: Record<TextLanguage, string> = { zh: '', en: ' ' };

function sentenceUnits(units: ImportUnit[], lexicon: Lexicon): PlannedSegment {
  const located: Record<TextLanguage, LocatedSentence[]> = { zh: [], en: [] };
  const links: { zh: number[]; en: number[]; confidence: number; corrected: boolean }[] = [];
  const texts: Record<TextLanguage, string> = { zh: '', en: '' };
  for (const unit of units) {
    const link = { zh: [] as number[], en: [] as number[], ...givenConfidence(unit) };
    for (const side of ['zh', 'en'] as const) {
      const text = unit[side];
      if (!text) continue;
      if (texts[side]) texts[side] += SEPARATOR[side];
      located[side].push({ text, line: 0, start: texts[side].length, end: texts[side].length + text.length });
      texts[side] += text;
      link[side].push(located[side].length);
    }
    links.push(link);
  }
  const features = { zh: featuresOf(located.zh, 'zh', lexicon, false), en: featuresOf(located.en, 'en', lexicon, false) };
  return {
    ...kindOf(units[0]),
    zh: texts.zh || null,
    en: texts.en || null,
    sentences: { zh: located.zh.map(({ start, end }) => ({ start, end })), en: located.en.map(({ start, end }) => ({ start, end })) },
    links: links.map((link) => ({
      ...link,
      words: wordPairs(
        link.zh.map((n) => features.zh[n - 1]),
        link.en.map((n) => features.en[n - 1]),
      ),
    })),
  };
}

/**
 * A link the file gives is a person's (confidence 1, corrected), unless it is
 * Duizhao's own export, which says how sure the aligner was and whether a person set it.
 */
function givenConfidence(unit: ImportUnit): { confidence: number; corrected: boolean } {
  const confidence = Number(unit.props[TMX_PROP.confidence]);
  if (unit.props[TMX_PROP.corrected] !== 'false' || !(confidence >= 0 && confidence <= 1)) return { confidence: 1, corrected: true };
  return { confidence, corrected: false };
}

/** The unit's kind, and its level where Duizhao's own TMX names one. */
function kindOf(unit: ImportUnit): Pick<PlannedSegment, 'kind' | 'level'> {
  const kind = unit.props[TMX_PROP.segmentKind] === 'title' ? 'title' : unit.kind;
  if (kind === 'paragraph') return { kind, level: null };
  const level = unit.props[TMX_PROP.headingLevel];
  return { kind, level: level === '2' ? 2 : kind === 'heading' ? 1 : null };
}
