import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteCard, QuoteCheck } from '../../contract/packs';
import { useShownText } from '../script/chineseScriptDisplay';
import { diffTexts, type DiffPart } from './textDiff';

interface CardCheckViewProps {
  card: QuoteCard;
  check: QuoteCheck;
  onRefresh(): void;
  onRemove(): void;
}

/**
 * What today's corpus says of a card that is not exactly where it was: a
 * changed quote beside today's text with the differences marked, where a moved
 * one is now, a warning for a gone one, and a changed counterpart.
 */
export function CardCheckView({ card, check, onRefresh, onRemove }: CardCheckViewProps) {
  const { t } = useTranslation();
  const language = card.selectors.side;
  return (
    <div className="card-check" data-status={check.status} role="group" aria-label={t(`packs.check.status.${check.status}`)}>
      {check.status === 'changed' && check.now && (
        <>
          <p className="card-check-message">{t('packs.check.changedMessage')}</p>
          <SideBySide before={card.citation.quote.text} after={check.now.text} language={language} />
          <div className="card-check-actions">
            <button type="button" className="button" onClick={onRefresh}>
              {t('packs.check.useToday')}
            </button>
            <button type="button" className="button button-quiet" onClick={onRemove}>
              {t('packs.check.remove')}
            </button>
          </div>
        </>
      )}
      {check.status === 'moved' && check.now && (
        <>
          <p className="card-check-message">{t('packs.check.movedMessage', { number: check.now.paragraph })}</p>
          <div className="card-check-actions">
            <button type="button" className="button" onClick={onRefresh}>
              {t('packs.check.update')}
            </button>
          </div>
        </>
      )}
      {check.status === 'gone' && (
        <p className="card-check-message card-check-gone" role="note">
          {t('packs.check.goneMessage')}
        </p>
      )}
      {check.counterpartChanged && card.citation.counterpart && (
        <>
          <p className="card-check-message">{t('packs.check.counterpartMessage')}</p>
          {check.counterpartNow !== null && (
            <SideBySide before={card.citation.counterpart.text} after={check.counterpartNow} language={card.citation.counterpart.language} />
          )}
        </>
      )}
    </div>
  );
}

function SideBySide({ before, after, language }: { before: string; after: string; language: 'zh' | 'en' }) {
  const { t } = useTranslation();
  const diff = useMemo(() => diffTexts(before, after), [before, after]);
  return (
    <div className="check-compare">
      <DiffColumn heading={t('packs.check.quoted')} parts={diff.before} language={language} kind="removed" />
      <DiffColumn heading={t('packs.check.today')} parts={diff.after} language={language} kind="added" />
    </div>
  );
}

/** Differences are marked by more than colour: <del>/<ins> (read out as deletion and insertion) and an underline or strike. */
function DiffColumn({ heading, parts, language, kind }: { heading: string; parts: DiffPart[]; language: 'zh' | 'en'; kind: 'removed' | 'added' }) {
  const shownText = useShownText();
  const lang = shownText('', language).lang;
  return (
    <figure className="check-side" data-compare={kind}>
      <figcaption>{heading}</figcaption>
      <blockquote lang={lang}>
        {parts.map((part, index) => {
          const text = shownText(part.text, language).text;
          if (!part.changed) return <span key={index}>{text}</span>;
          return kind === 'removed' ? <del key={index}>{text}</del> : <ins key={index}>{text}</ins>;
        })}
      </blockquote>
    </figure>
  );
}
