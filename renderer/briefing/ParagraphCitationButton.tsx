import type { TextLanguage } from '../../contract/languages';
import type { QuoteTarget } from '../../contract/briefing';
import type { Segment } from '../../contract/model';

/**
 * Beside a paragraph's copy-link control: the whole paragraph as a citation,
 * quoted in the interface's language where the paragraph has it. Its words and
 * copier come from the rows (reader/rowLabels.ts), made once per document.
 */
interface ParagraphCitationButtonProps {
  segment: Segment;
  label: string;
  /** The interface's text language. */
  preferred: TextLanguage;
  copy(target: QuoteTarget): Promise<void>;
}

export function ParagraphCitationButton({ segment, label, preferred, copy }: ParagraphCitationButtonProps) {
  const side: TextLanguage = segment[preferred] ? preferred : preferred === 'zh' ? 'en' : 'zh';
  const text = segment[side]?.text;
  if (!text) return null;
  return (
    <button type="button" className="copy-link copy-paragraph-citation" tabIndex={-1} onClick={() => void copy({ segmentId: segment.id, side, start: 0, end: text.length })} aria-label={label} title={label}>
      <QuoteIcon />
    </button>
  );
}

function QuoteIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3 4h4v4l-2 4H3.5l1.5-4H3zM9 4h4v4l-2 4H9.5l1.5-4H9z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
    </svg>
  );
}
