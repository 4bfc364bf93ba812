import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '../../../contract/languages';
import { ACCEPTED_STATUSES, type Concept } from '../../../contract/terminology';
import { LANG_ATTRIBUTE } from '../../bilingual';
import { popoverPosition } from '../../annotations/popoverPosition';
import type { CounterpartTerm } from './alignedCounterpart';
import { TermEntry, TermEntryLinks, TermStatusBadge } from './TermEntry';

export interface TermPopoverProps {
  /** The marked text, as stored. */
  term: string;
  side: TextLanguage;
  concept: Concept | null;
  counterpart: { scope: 'sentence' | 'paragraph'; terms: CounterpartTerm[] };
  rect: { top: number; bottom: number; left: number; right: number };
  onPointerEnter(): void;
  onPointerLeave(): void;
  onKeyDown(event: React.KeyboardEvent): void;
  onBlur(event: React.FocusEvent): void;
}

const SIZE = { width: 360, height: 240 };

/** The entry of a marked term: its concept's terms and statuses, its note, and what the aligned text renders it as. */
export const TermPopover = forwardRef<HTMLDivElement, TermPopoverProps>(function TermPopover(props, ref) {
  const { t } = useTranslation();
  const style = popoverPosition(props.rect, SIZE, 'below');
  return (
    <div
      ref={ref}
      className="term-popover"
      role="dialog"
      aria-label={t('reader.terms.entryLabel', { term: props.term })}
      style={{ ...style, width: SIZE.width }}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      onKeyDown={props.onKeyDown}
      onBlur={props.onBlur}
    >
      {props.concept ? <TermEntry concept={props.concept} /> : <p className="muted">{t('app.loading')}</p>}
      <AlignedRendering side={props.side} counterpart={props.counterpart} />
      {props.concept && <TermEntryLinks conceptId={props.concept.id} term={props.term} />}
    </div>
  );
});

function AlignedRendering({ side, counterpart }: { side: TextLanguage; counterpart: TermPopoverProps['counterpart'] }) {
  const { t } = useTranslation();
  const other: TextLanguage = side === 'zh' ? 'en' : 'zh';
  const accepted = counterpart.terms.some((c) => ACCEPTED_STATUSES.includes(c.mark.status));
  const unique = counterpart.terms.filter((c, i, all) => all.findIndex((d) => d.text === c.text && d.mark.status === c.mark.status) === i);
  return (
    <div className="term-counterpart" data-found={unique.length > 0 ? 'true' : 'false'}>
      <span className="term-entry-label">{t(counterpart.scope === 'sentence' ? 'reader.terms.inAlignedSentence' : 'reader.terms.inAlignedParagraph')}</span>
      {unique.length > 0 && (
        <ul>
          {unique.map((c) => (
            <li key={`${c.segmentId}:${c.mark.start}`} data-term-status={c.mark.status}>
              <span className="term-entry-text" lang={LANG_ATTRIBUTE[other]}>
                {c.text}
              </span>{' '}
              <TermStatusBadge status={c.mark.status} />
            </li>
          ))}
        </ul>
      )}
      {!accepted && <p className="term-counterpart-none">{t(counterpart.scope === 'sentence' ? 'reader.terms.noAcceptedSentence' : 'reader.terms.noAcceptedParagraph')}</p>}
    </div>
  );
}
