import { useTranslation } from 'react-i18next';
import { asUiLanguage, textLanguageOfUi, type TextLanguage } from '../../contract/languages';
import type { Segment } from '../../contract/model';
import { useCopyCitation } from './useCopyCitation';

/**
 * Beside a paragraph's copy-link control: the whole paragraph as a citation,
 * quoted in the interface's language where the paragraph has it.
 */
export function ParagraphCitationButton({ segment }: { segment: Segment }) {
  const { t, i18n } = useTranslation();
  const copy = useCopyCitation();
  const preferred = textLanguageOfUi(asUiLanguage(i18n.language));
  const side: TextLanguage = segment[preferred] ? preferred : preferred === 'zh' ? 'en' : 'zh';
  const text = segment[side]?.text;
  if (!text) return null;
  const label = t('citation.copyParagraph', { number: segment.position + 1 });
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
