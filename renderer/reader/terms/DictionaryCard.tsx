import { useContext, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { DictionaryEntry, DictionaryLookup, Termbase } from '../../../contract/terminology';
import { useApi } from '../../api/ApiContext';
import { useApiResult } from '../../api/useApiResult';
import type { TextSelection } from '../../annotations/useTextSelection';
import { TermEntry, TermEntryLinks } from './TermEntry';
import { tonedPinyin } from './pinyin';
import { TermMarksContext, useReaderTermbase } from './useTermMarks';
import type { TermMarkStore } from './termMarkStore';

/** The selection toolbar's height and its gap to the selection, as popoverPosition places it. */
const TOOLBAR_HEIGHT = 44;
const MARGIN = 8;
const MIN_CARD_HEIGHT = 120;

/**
 * Where the card goes: on the other side of the selection from the toolbar,
 * or, where there is no room for it there, beyond the toolbar; never over the
 * selected text or the toolbar. Its height is what the window leaves it.
 */
function cardPlacement(rect: TextSelection['rect'], width: number): CSSProperties {
  const covered = document.querySelector('.reader-chrome')?.getBoundingClientRect().bottom ?? 0;
  const height = window.innerHeight;
  // The toolbar's own choice (popoverPosition, 'above'): above unless it does not fit there but does below.
  const toolbarAbove = rect.top - TOOLBAR_HEIGHT - MARGIN > covered || !(rect.bottom + TOOLBAR_HEIGHT + MARGIN < height);
  const spaceBelowFrom = toolbarAbove ? rect.bottom + MARGIN : rect.bottom + TOOLBAR_HEIGHT + 2 * MARGIN;
  const spaceAboveTo = toolbarAbove ? rect.top - TOOLBAR_HEIGHT - 2 * MARGIN : rect.top - MARGIN;
  const below = height - MARGIN - spaceBelowFrom;
  const above = spaceAboveTo - covered - MARGIN;
  const left = Math.min(Math.max(MARGIN, (rect.left + rect.right) / 2 - width / 2), window.innerWidth - width - MARGIN);
  const tallest = height * 0.45;
  if (below >= MIN_CARD_HEIGHT || below >= above) return { position: 'fixed', left, width, top: spaceBelowFrom, maxHeight: Math.max(0, Math.min(below, tallest)) };
  return { position: 'fixed', left, width, bottom: height - spaceAboveTo, maxHeight: Math.min(above, tallest) };
}

/**
 * CC-CEDICT's entries for a Chinese selection (the whole of it, then each
 * word in it), beside the termbase entry when the selection is a termbase term.
 */
export function DictionaryCard({ selection }: { selection: TextSelection }) {
  const { t } = useTranslation();
  const api = useApi();
  const [lookup] = useApiResult(() => api.lookUpDictionary({ text: selection.exact }), [api, selection.exact]);
  const store = useContext(TermMarksContext);
  const termbase = useReaderTermbase(true);
  const concept = conceptOfSelection(selection, store, termbase);
  const width = concept ? 620 : 360;
  return (
    <aside className="dictionary-card" aria-label={t('dictionary.label', { text: selection.exact })} style={cardPlacement(selection.rect, width)}>
      <section className="dictionary-entries">
        <h2 className="dictionary-heading">
          {t('dictionary.title')} <span className="dictionary-source">{t('dictionary.source')}</span>
        </h2>
        {lookup.state === 'loading' && (
          <p className="muted dictionary-loading" role="status">
            {t('dictionary.loading')}
          </p>
        )}
        {lookup.state === 'failed' && <p className="muted">{t('dictionary.failed')}</p>}
        {lookup.state === 'ready' && <LookupEntries lookup={lookup.value} />}
      </section>
      {concept && (
        <section className="dictionary-termbase">
          <h2 className="dictionary-heading">{t('reader.terms.termbaseEntry')}</h2>
          <TermEntry concept={concept} />
          <TermEntryLinks conceptId={concept.id} term={selection.exact} />
        </section>
      )}
    </aside>
  );
}

function LookupEntries({ lookup }: { lookup: DictionaryLookup }) {
  const { t } = useTranslation();
  // The words are worth listing when they say more than the whole selection's entry.
  const words = lookup.words.filter((w) => w.entries.length > 0 && !(w.text === lookup.text && lookup.entries.length > 0));
  if (lookup.entries.length === 0 && words.length === 0) return <p className="muted">{t('dictionary.none')}</p>;
  return (
    <dl className="dictionary-list">
      {lookup.entries.map((entry, i) => (
        <Entry key={`whole-${i}`} entry={entry} />
      ))}
      {words.flatMap((word, w) => word.entries.map((entry, i) => <Entry key={`${w}-${i}`} entry={entry} />))}
    </dl>
  );
}

function Entry({ entry }: { entry: DictionaryEntry }) {
  return (
    <div className="dictionary-entry">
      <dt>
        <span className="dictionary-headword" lang="zh-CN">
          {entry.simplified}
        </span>
        {entry.traditional !== entry.simplified && (
          <span className="dictionary-traditional" lang="zh-TW">
            {entry.traditional}
          </span>
        )}
        <span className="dictionary-pinyin" lang="zh-Latn-pinyin">
          {tonedPinyin(entry.pinyin)}
        </span>
      </dt>
      <dd lang="en">{entry.english.join('; ')}</dd>
    </div>
  );
}

/** The concept of the term the selection is: a mark it covers exactly, or a Chinese term written as it is. */
function conceptOfSelection(selection: TextSelection, store: TermMarkStore | null, termbase: Termbase | null) {
  const mark = store?.storedMarksOf(selection.segmentId, selection.side).find((m) => m.start === selection.start && m.end === selection.end);
  const text = selection.exact.trim();
  const id = mark?.conceptId ?? termbase?.concepts.find((c) => c.terms.some((term) => term.text === text))?.id;
  return id ? (termbase?.concepts.find((c) => c.id === id) ?? null) : null;
}
