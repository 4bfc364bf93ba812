import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { LOW_CONFIDENCE } from '../../../contract/alignment';
import type { SentenceIndex, SentenceRange } from './sentenceIndex';
import { confidencePercent, isLowConfidence } from './sentenceIndex';
import type { SentencePairStore } from './sentencePairStore';

export interface SentenceContextValue {
  index: SentenceIndex;
  store: SentencePairStore;
  /** Tooltip of a sentence whose link is low-confidence, in the interface language. */
  lowConfidenceTitle(percent: number): string;
}

export const SentenceContext = createContext<SentenceContextValue | null>(null);

/** Id of the hidden text that tells the keys, described by the sentence the keys start from. */
export const SENTENCE_KEYS_HINT_ID = 'sentence-keys-hint';

/** For AnnotatedText: one function for the whole document, so rows hold no closure of their own. */
export function renderSentence(range: SentenceRange, children: ReactNode): ReactNode {
  return <SentenceSpan sentenceKey={range.key}>{children}</SentenceSpan>;
}

/**
 * One sentence of a cell. It subscribes to the pair store for its own link and
 * key only, so hovering re-renders the sentences whose state changes, not the
 * rows. The pointer, focus, click and keys are handled once for all sentences
 * (useSentenceInteractions), found through data-sentence and data-link.
 */
function SentenceSpan({ sentenceKey, children }: { sentenceKey: string; children: ReactNode }) {
  const context = useContext(SentenceContext);
  const entry = context?.index.entries.get(sentenceKey);
  const link = entry ? context?.index.links.get(entry.link) : undefined;
  const linkId = entry?.link ?? -1;
  const store = context?.store;
  const subscribe = useCallback((listener: () => void) => store?.subscribeSentence(linkId, sentenceKey, listener) ?? (() => {}), [store, linkId, sentenceKey]);
  const state = useSyncExternalStore(subscribe, () => store?.sentenceState(linkId, sentenceKey) ?? '');
  if (!context || !entry) return <>{children}</>;
  const [pair, cursor] = state.split('|');
  const low = link !== undefined && isLowConfidence(link);
  const percent = link ? confidencePercent(link.confidence) : 0;
  return (
    <span
      className="sentence"
      data-sentence={sentenceKey}
      data-link={entry.link}
      data-pair={pair || undefined}
      data-low={low ? 'true' : undefined}
      // The alignment editor shows each link's confidence after its last sentence on each side (alignmentEditor.css).
      data-confidence={link?.corrected ? 'corrected' : confidenceBand(percent)}
      data-percent={link && link[entry.side].at(-1) === entry.sentenceId ? `${percent}` : undefined}
      title={low ? context.lowConfidenceTitle(confidencePercent(link.confidence)) : undefined}
      tabIndex={cursor ? -1 : undefined}
      aria-describedby={cursor ? SENTENCE_KEYS_HINT_ID : undefined}
    >
      {children}
    </span>
  );
}

/** How sure the aligner is of a link, in three bands: the editor shades them apart. */
function confidenceBand(percent: number): 'low' | 'doubtful' | 'sure' {
  return percent < 50 ? 'low' : percent < confidencePercent(LOW_CONFIDENCE) ? 'doubtful' : 'sure';
}
