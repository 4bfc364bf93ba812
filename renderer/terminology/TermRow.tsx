import { useTranslation } from 'react-i18next';
import { LANG_ATTRIBUTE } from '../bilingual';
import { TERM_STATUSES, TERM_TYPES, type TermMatching } from '../../contract/terminology';
import type { TermDraft } from './conceptEditorState';
import { StatusBadge } from './StatusBadge';
import { TermSources } from './TermSources';

interface TermRowProps {
  term: TermDraft;
  /** "Chinese term 2": the row's name, for its legend and its buttons. */
  label: string;
  problem: string | null;
  onChange: (term: TermDraft) => void;
  onRemove: () => void;
  documentTitle: (documentId: string) => string;
}

const MATCHING_OPTIONS: (keyof TermMatching)[] = ['caseSensitive', 'hyphenVariants', 'inflections'];

/** One term of a concept, every field the model holds; English terms also say how loosely they match running text. */
export function TermRow({ term, label, problem, onChange, onRemove, documentTitle }: TermRowProps) {
  const { t } = useTranslation();
  const set = (change: Partial<TermDraft>) => onChange({ ...term, ...change });
  const problemId = `${term.key}-problem`;
  return (
    <fieldset className="term-row" data-language={term.language} data-status={term.status}>
      <legend>
        {label} <StatusBadge status={term.status} />
      </legend>
      <div className="term-row-main">
        <label className="term-text">
          <span>{t('terms.termbase.term.text')}</span>
          <input
            type="text"
            lang={LANG_ATTRIBUTE[term.language]}
            value={term.text}
            maxLength={200}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => set({ text: e.target.value })}
          />
        </label>
        <label>
          <span>{t('terms.termbase.term.status')}</span>
          <select value={term.status} onChange={(e) => set({ status: e.target.value as TermDraft['status'] })}>
            {TERM_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`terms.termbase.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('terms.termbase.term.type')}</span>
          <select value={term.termType} onChange={(e) => set({ termType: e.target.value as TermDraft['termType'] })}>
            {TERM_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`terms.termbase.termType.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('terms.termbase.term.date')}</span>
          <input type="date" value={term.date} onChange={(e) => set({ date: e.target.value })} />
        </label>
        <button type="button" className="button button-danger button-small term-remove" onClick={onRemove} aria-label={t('terms.termbase.term.removeLabel', { term: label })}>
          {t('terms.termbase.term.remove')}
        </button>
      </div>
      {problem && (
        <p id={problemId} className="term-problem">
          {problem}
        </p>
      )}
      <label className="term-note">
        <span>{t('terms.termbase.term.note')}</span>
        <textarea rows={1} value={term.note} maxLength={2000} onChange={(e) => set({ note: e.target.value })} />
      </label>
      {term.language === 'en' && (
        <fieldset className="term-matching">
          <legend>{t('terms.termbase.matching.legend')}</legend>
          {MATCHING_OPTIONS.map((option) => (
            <label key={option} className="term-matching-option">
              <input type="checkbox" checked={term.matching[option]} onChange={(e) => set({ matching: { ...term.matching, [option]: e.target.checked } })} />
              <span>
                {t(`terms.termbase.matching.${option}`)} <span className="muted">{t(`terms.termbase.matching.${option}Explain`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <TermSources sources={term.sources} onChange={(sources) => set({ sources })} documentTitle={documentTitle} termLabel={term.text || label} />
    </fieldset>
  );
}
