import { useTranslation } from 'react-i18next';
import type { CitationSource, CitedText } from '../../contract/briefing';
import { asUiLanguage } from '../../contract/languages';
import type { Bilingual } from '../../contract/model';
import type { QuoteCard, QuoteCheck } from '../../contract/packs';
import { parseSegmentId } from '../../contract/segmentId';
import { useCopyCitation } from '../briefing/useCopyCitation';
import { OriginLabel } from '../provenance/OriginLabel';
import { ReviewNoteDetails } from '../provenance/ReviewNoteDetails';
import { routeHash } from '../route';
import { useShownText } from '../script/chineseScriptDisplay';
import { CardCheckView } from './CardCheckView';
import { EditableField } from './EditableField';
import { formatDate } from './packDates';

interface QuoteCardViewProps {
  card: QuoteCard;
  check: QuoteCheck | null;
  onNoteSave(note: string): Promise<boolean>;
  onRefresh(): void;
  onRemove(): void;
}

/**
 * A quote card: the quote and its counterpart side by side, each saying its
 * language and whether it is the published text or a reference translation,
 * the review note where there is one, the source as a line, and what today's
 * corpus says of the quote.
 */
export function QuoteCardView({ card, check, onNoteSave, onRefresh, onRemove }: QuoteCardViewProps) {
  const { t } = useTranslation();
  const copyCitation = useCopyCitation();
  const { citation, selectors } = card;
  const key = parseSegmentId(selectors.segmentId)?.key ?? null;
  const readerHref = routeHash({ name: 'document', documentId: citation.source.documentId, segmentKey: key });
  const target = { segmentId: selectors.segmentId, side: selectors.side, start: selectors.position.start, end: selectors.position.end };
  return (
    <article className="quote-card" aria-labelledby={`card-${card.id}-label`} data-status={check?.status ?? 'unchecked'}>
      <div className="quote-card-sides">
        <CitedSide text={citation.quote} primary />
        {citation.counterpart && <CitedSide text={citation.counterpart} />}
      </div>
      {citation.unaligned && <p className="quote-card-unaligned">{t('packs.card.unaligned')}</p>}
      {citation.reviewNote && <ReviewNoteDetails note={citation.reviewNote} />}
      <SourceLine source={citation.source} />
      {check && (check.status !== 'exact' || check.counterpartChanged) && <CardCheckView card={card} check={check} onRefresh={onRefresh} onRemove={onRemove} />}
      <EditableField className="quote-card-note" label={t('packs.card.note')} value={card.note} multiline onSave={onNoteSave} />
      <div className="quote-card-actions">
        <a className="button button-quiet" href={readerHref}>
          {t('packs.card.open')}
        </a>
        <button type="button" className="button button-quiet" onClick={() => void copyCitation(target)}>
          {t('citation.copy')}
        </button>
      </div>
    </article>
  );
}

/** The card's number and what today's corpus says of it, in its item's tool row; the card is labelled by it. */
export function QuoteCardHeading({ card, number, check }: { card: QuoteCard; number: number; check: QuoteCheck | null }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 id={`card-${card.id}-label`} className="quote-card-number">
        {t('packs.card.label', { number })}
      </h3>
      {check && (
        <span className="check-badge" data-status={check.status}>
          {t(`packs.check.status.${check.status}`)}
        </span>
      )}
    </>
  );
}

function CitedSide({ text, primary }: { text: CitedText; primary?: boolean }) {
  const { t } = useTranslation();
  const shownText = useShownText();
  const shown = shownText(text.text, text.language);
  return (
    <figure className={`cited-side ${primary ? 'cited-quote' : 'cited-counterpart'}`} data-side={text.language}>
      <figcaption>
        <span className="cited-language">{t(primary ? 'packs.card.quoteIn' : 'packs.card.counterpartIn', { language: t(`textLanguage.${text.language}`) })}</span>
        <OriginLabel origin={text.origin} />
      </figcaption>
      <blockquote lang={shown.lang}>{shown.text}</blockquote>
    </figure>
  );
}

/** Issuer, title, document number, date and paragraph, in the interface language where the corpus has it. */
function SourceLine({ source }: { source: CitationSource }) {
  const { t, i18n } = useTranslation();
  const ui = asUiLanguage(i18n.language);
  const pick = (value: Bilingual | null) => (value ? (ui === 'en' ? value.en ?? value.zh : value.zh ?? value.en) : null);
  const parts = [
    pick(source.issuer),
    pick(source.title),
    pick(source.documentNumber),
    source.issuedOn && formatDate(source.issuedOn, i18n.language),
    t('packs.card.paragraph', { number: source.paragraph }),
    pick(source.heading),
  ].filter((part): part is string => Boolean(part));
  return <p className="quote-card-source">{parts.join(t('packs.separator'))}</p>;
}
