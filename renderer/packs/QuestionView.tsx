import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACK_TEXT_MAX_LENGTH, type QuestionAnswer, type QuoteCard } from '../../contract/packs';
import { EditableField } from './EditableField';

interface QuestionViewProps {
  qa: QuestionAnswer;
  /** The pack's cards in order, each with its number. */
  cards: { card: QuoteCard; number: number }[];
  onSave(change: { question: string; answer: string; cites: string[] }): Promise<boolean>;
  onJumpToCard(cardId: string): void;
}

/** An anticipated question, its answer, and the cards the answer cites: [n] chips that lead to the card, chosen from the pack's cards. */
export function QuestionView({ qa, cards, onSave, onJumpToCard }: QuestionViewProps) {
  const { t } = useTranslation();
  const id = useId();
  const numberOf = new Map(cards.map(({ card, number }) => [card.id, number]));
  const stored = { question: qa.question, answer: qa.answer, cites: qa.cites.filter((cardId) => numberOf.has(cardId)) };
  // What was last sent: a change to one part carries the others as just typed, not as the store last answered,
  // so an answer left for a checkbox is not overwritten by the checkbox's save still holding the old answer.
  const latest = useRef(stored);
  const pending = useRef(0);
  const storedKey = JSON.stringify(stored);
  const [cited, setCited] = useState(stored.cites);
  useEffect(() => {
    // While saves are on their way, an earlier answer of the store is older than what is on the screen.
    if (pending.current > 0) return;
    latest.current = JSON.parse(storedKey) as typeof stored;
    setCited(latest.current.cites);
  }, [storedKey]);
  const save = async (part: Partial<typeof stored>) => {
    latest.current = { ...latest.current, ...part };
    pending.current++;
    try {
      return await onSave(latest.current);
    } finally {
      pending.current--;
    }
  };
  const toggle = (cardId: string, on: boolean) => {
    const now = latest.current.cites;
    const cites = on ? cards.map(({ card }) => card.id).filter((c) => c === cardId || now.includes(c)) : now.filter((c) => c !== cardId);
    setCited(cites);
    void save({ cites });
  };
  return (
    <div className="question-answer">
      <EditableField label={t('packs.qa.question')} value={qa.question} multiline maxLength={PACK_TEXT_MAX_LENGTH} onSave={(question) => save({ question })} />
      <EditableField label={t('packs.qa.answer')} value={qa.answer} multiline maxLength={PACK_TEXT_MAX_LENGTH} onSave={(answer) => save({ answer })} />
      <div className="qa-cites">
        <span className="qa-cites-label" id={`${id}-cites`}>
          {t('packs.qa.cites')}
        </span>
        {cited.length === 0 && <span className="qa-cites-none">{t('packs.qa.citesNone')}</span>}
        <ul className="cite-chips" aria-labelledby={`${id}-cites`}>
          {cited.map((cardId) => (
            <li key={cardId}>
              <button type="button" className="cite-chip" onClick={() => onJumpToCard(cardId)} aria-label={t('packs.qa.goToCard', { number: numberOf.get(cardId) })}>
                {t('packs.qa.chip', { number: numberOf.get(cardId) })}
              </button>
            </li>
          ))}
        </ul>
        {cards.length > 0 && <CiteChooser cards={cards} cited={cited} onToggle={toggle} />}
      </div>
    </div>
  );
}

/** Every card of the pack, by number, each ticked when the answer cites it. */
function CiteChooser({ cards, cited, onToggle }: { cards: QuestionViewProps['cards']; cited: string[]; onToggle(cardId: string, on: boolean): void }) {
  const { t } = useTranslation();
  return (
    <details className="qa-cite-chooser">
      <summary>{t('packs.qa.chooseCards')}</summary>
      <fieldset>
        <legend className="visually-hidden">{t('packs.qa.chooseCards')}</legend>
        {cards.map(({ card, number }) => (
          <label key={card.id} className="qa-cite-option">
            <input type="checkbox" checked={cited.includes(card.id)} onChange={(event) => onToggle(card.id, event.target.checked)} />
            <span>{t('packs.qa.option', { number, text: excerpt(card.citation.quote.text) })}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}

function excerpt(text: string): string {
  const chars = [...text];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : text;
}
