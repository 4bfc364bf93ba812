import type { AlignmentEdit } from '../../../contract/alignmentEdits';
import type { SentenceLink } from '../../../contract/alignment';
import type { TextLanguage } from '../../../contract/languages';
import type { DocumentDetail } from '../../../contract/model';
import { parseSegmentId } from '../../../contract/segmentId';
import { sentenceIdOfKey, type SentenceIndex } from '../sentences/sentenceIndex';

/** What the editor's buttons and keys do, each to the sentence (and link, and paragraph) chosen. */
export const EDIT_ACTIONS = [
  'merge-sentences',
  'split-sentence',
  'move-previous',
  'move-next',
  'link',
  'unlink',
  'no-counterpart',
  'merge-paragraphs',
  'split-paragraph',
] as const;
export type EditAction = (typeof EDIT_ACTIONS)[number];

/** The sentence an edit applies to, with its link and paragraph as the edits name them. */
export interface EditTarget {
  sentenceKey: string;
  segmentKey: string;
  side: TextLanguage;
  /** 1-based on its side of the paragraph, and how many that side has. */
  sentence: number;
  sentences: number;
  link: SentenceLink;
  /** 1-based among the paragraph's links, in reading order, and how many it has. */
  linkNumber: number;
  links: number;
  /** The paragraph's place in the document, 0-based, and how many there are. */
  position: number;
  paragraphs: number;
  /** The caret, in the side's text, when it stands inside this sentence. */
  caret: number | null;
}

/** The target of the sentence `sentenceKey`; `caret` is an offset in its side's text, kept only when inside the sentence. */
export function editTarget(doc: DocumentDetail, index: SentenceIndex, sentenceKey: string | null, caret: number | null): EditTarget | null {
  const entry = sentenceKey ? index.entries.get(sentenceKey) : undefined;
  const link = entry ? index.links.get(entry.link) : undefined;
  const segment = entry ? doc.segments.find((s) => s.id === entry.segmentId) : undefined;
  const segmentKey = entry ? parseSegmentId(entry.segmentId)?.key : undefined;
  if (!entry || !link || !segment || !segmentKey || !sentenceKey) return null;
  // A paragraph's links are numbered in reading order, which their ids follow within a paragraph.
  const linkIds = [...new Set([...segment.sentences.zh, ...segment.sentences.en].map((s) => s.link))].sort((a, b) => a - b);
  return {
    sentenceKey,
    segmentKey,
    side: entry.side,
    sentence: entry.n,
    sentences: entry.count,
    link,
    linkNumber: linkIds.indexOf(link.id) + 1,
    links: linkIds.length,
    position: segment.position,
    paragraphs: doc.segments.length,
    caret: caret !== null && caret > entry.start && caret < entry.end ? caret : null,
  };
}

/** The edit an action makes on the target; null where it cannot apply (the last sentence has no next to merge with). */
export function editFor(action: EditAction, target: EditTarget): AlignmentEdit | null {
  const { segmentKey: segment, side, sentence, linkNumber: link } = target;
  const ownSentences = target.link[side];
  const first = ownSentences[0] === sentenceIdOfKey(target.sentenceKey);
  const last = ownSentences.at(-1) === sentenceIdOfKey(target.sentenceKey);
  switch (action) {
    case 'merge-sentences':
      return sentence < target.sentences ? { type: 'merge-sentences', segment, side, sentence } : null;
    case 'split-sentence':
      return target.caret !== null ? { type: 'split-sentence', segment, side, sentence, offset: target.caret } : null;
    case 'move-previous':
      return first && link > 1 ? { type: 'move-sentence', segment, side, sentence, direction: 'previous' } : null;
    case 'move-next':
      return last && link < target.links ? { type: 'move-sentence', segment, side, sentence, direction: 'next' } : null;
    case 'link':
      return link < target.links ? { type: 'link', segment, link } : null;
    case 'unlink':
      return target.link.zh.length > 0 && target.link.en.length > 0 ? { type: 'unlink', segment, link } : null;
    case 'no-counterpart': {
      const alone = ownSentences.length === 1 && target.link[side === 'zh' ? 'en' : 'zh'].length === 0;
      return (first || last) && !alone ? { type: 'no-counterpart', segment, side, sentence } : null;
    }
    case 'merge-paragraphs':
      return target.position < target.paragraphs - 1 ? { type: 'merge-segments', segment } : null;
    case 'split-paragraph':
      return link > 1 ? { type: 'split-segment', segment, link } : null;
  }
}

/**
 * The doubtful link after (or before) `from` in reading order, wrapping round; `from` may be any link, or null
 * for the start of the document. Null when there is none to check.
 */
export function steppedDoubtful(doc: DocumentDetail, index: SentenceIndex, from: number | null, step: 1 | -1): SentenceLink | null {
  const doubtful = index.lowConfidence;
  if (doubtful.length === 0) return null;
  const order = new Map(doc.links.map((link, i) => [link.id, i]));
  const here = from === null ? (step === 1 ? -1 : doc.links.length) : (order.get(from) ?? -1);
  const ahead = doubtful.filter((link) => ((order.get(link.id) ?? 0) - here) * step > 0);
  if (ahead.length > 0) return step === 1 ? ahead[0] : ahead[ahead.length - 1];
  return step === 1 ? doubtful[0] : doubtful[doubtful.length - 1];
}
