import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { TextSelection } from '../../annotations/useTextSelection';
import { DictionaryCard } from './DictionaryCard';
import { HAN } from './pinyin';
import { useAddAsTerm } from './useAddAsTerm';

/** A Chinese selection up to this long is looked up in the dictionary. */
const DICTIONARY_MAX_CHARACTERS = 20;

/** Whether a selection gets the dictionary card: Chinese, and short enough to be a word or a term. */
export const wantsDictionary = (text: string): boolean => HAN.test(text) && [...text].length <= DICTIONARY_MAX_CHARACTERS;

/**
 * What the terminology workbench adds to the selection toolbar: "Add as term"
 * (the selection and its aligned rendering, as a new concept), and for a short
 * Chinese selection the dictionary card below the selection.
 */
export function SelectionTermTools({ selection, documentId }: { selection: TextSelection; documentId: string }) {
  const { t } = useTranslation();
  const { busy, add } = useAddAsTerm(documentId);
  return (
    <>
      <span className="toolbar-divider" aria-hidden="true" />
      <button
        type="button"
        className="button button-quiet add-as-term"
        title={t('reader.terms.addAsTermHint')}
        aria-busy={busy}
        disabled={busy}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => void add(selection)}
      >
        {t('reader.terms.addAsTerm')}
      </button>
      {wantsDictionary(selection.exact) && createPortal(<DictionaryCard key={selection.exact} selection={selection} />, document.body)}
    </>
  );
}
