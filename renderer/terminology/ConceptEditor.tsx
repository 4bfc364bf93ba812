import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LANGUAGES, type TextLanguage } from '../../contract/languages';
import type { ApiError } from '../../contract/result';
import type { Concept, TermDomain } from '../../contract/terminology';
import { useApi } from '../api/ApiContext';
import { ErrorMessage } from '../components/ErrorMessage';
import { conceptInputOf, emptyTerm, validateConcept, type ConceptEditorState, type EditorProblem, type TermDraft } from './conceptEditorState';
import { conceptLabel } from './conceptFilter';
import { TermRow } from './TermRow';

interface ConceptEditorProps {
  initial: ConceptEditorState;
  /** The concept as stored, null for a new one. */
  concept: Concept | null;
  domains: TermDomain[];
  domainName: (id: string | null) => string;
  documentTitle: (documentId: string) => string;
  onSaved: (concept: Concept) => void;
  onCancel: () => void;
  onDelete: (concept: Concept) => void;
}

/** One concept, all its fields: its domain and note, and its terms by language, each with status, type, sources and matching. */
export function ConceptEditor({ initial, concept, domains, domainName, documentTitle, onSaved, onCancel, onDelete }: ConceptEditorProps) {
  const api = useApi();
  const { t } = useTranslation();
  const [state, setState] = useState(initial);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // A concept opened from the list is announced, and brought into view when the page was scrolled elsewhere.
  useEffect(() => heading.current?.focus(), []);

  const problems = tried ? validateConcept(state) : [];
  const setTerm = (key: string, term: TermDraft) => setState((s) => ({ ...s, terms: s.terms.map((x) => (x.key === key ? term : x)) }));
  const removeTerm = (key: string) => setState((s) => ({ ...s, terms: s.terms.filter((x) => x.key !== key) }));
  const addTerm = (language: TextLanguage) => setState((s) => ({ ...s, terms: [...s.terms, emptyTerm(language)] }));

  const save = async () => {
    setTried(true);
    setError(null);
    if (validateConcept(state).length > 0) return;
    setSaving(true);
    const result = await api.saveConcept(conceptInputOf(state));
    setSaving(false);
    if (!result.ok) return setError(result.error);
    onSaved(result.value);
  };

  return (
    <section className="concept-editor" aria-labelledby="concept-editor-heading" data-concept-id={concept?.id}>
      <h2 id="concept-editor-heading" ref={heading} tabIndex={-1}>
        {concept ? conceptLabel(concept) : t('terms.termbase.editor.newTitle')}
      </h2>
      {concept && <ChangedLine concept={concept} />}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ConceptFields state={state} onChange={(change) => setState((s) => ({ ...s, ...change }))} domains={domains} domainName={domainName} />
        {TEXT_LANGUAGES.map((language) => (
          <TermGroup
            key={language}
            language={language}
            terms={state.terms.filter((term) => term.language === language)}
            problems={problems}
            onChange={setTerm}
            onRemove={removeTerm}
            onAdd={() => addTerm(language)}
            documentTitle={documentTitle}
          />
        ))}
        {problems.length > 0 && (
          <div className="concept-problems" role="alert">
            {t('terms.termbase.editor.notSaved')}
            {problems.some((p) => p.code === 'no-terms') && <p>{t('terms.termbase.problem.no-terms')}</p>}
          </div>
        )}
        {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
        <EditorActions saving={saving} onCancel={onCancel} onDelete={concept ? () => onDelete(concept) : null} />
      </form>
    </section>
  );
}

interface ConceptFieldsProps {
  state: ConceptEditorState;
  onChange: (change: Partial<ConceptEditorState>) => void;
  domains: TermDomain[];
  domainName: (id: string | null) => string;
}

function ConceptFields({ state, onChange, domains, domainName }: ConceptFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="concept-fields">
      <label>
        <span>{t('terms.termbase.editor.domain')}</span>
        <select value={state.domain} onChange={(e) => onChange({ domain: e.target.value })}>
          <option value="">{t('terms.termbase.noDomain')}</option>
          {domains.map((domain) => (
            <option key={domain.id} value={domain.id}>
              {domainName(domain.id)}
            </option>
          ))}
        </select>
      </label>
      <label className="concept-note">
        <span>{t('terms.termbase.editor.note')}</span>
        <textarea rows={2} value={state.note} maxLength={2000} onChange={(e) => onChange({ note: e.target.value })} />
      </label>
    </div>
  );
}

function EditorActions({ saving, onCancel, onDelete }: { saving: boolean; onCancel: () => void; onDelete: (() => void) | null }) {
  const { t } = useTranslation();
  return (
    <div className="concept-actions">
      <button type="submit" className="button button-primary" disabled={saving}>
        {t('terms.termbase.editor.save')}
      </button>
      <button type="button" className="button" onClick={onCancel} disabled={saving}>
        {t('terms.termbase.editor.cancel')}
      </button>
      {onDelete && (
        <button type="button" className="button button-danger concept-delete" onClick={onDelete} disabled={saving}>
          {t('terms.termbase.editor.delete')}
        </button>
      )}
    </div>
  );
}

function ChangedLine({ concept }: { concept: Concept }) {
  const { t, i18n } = useTranslation();
  const when = new Date(concept.changedAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <p className="concept-changed muted">
      <span className="concept-origin" data-origin={concept.origin}>
        {t(`terms.termbase.origin.${concept.origin}`)}
      </span>{' '}
      {concept.origin === 'starter'
        ? t('terms.termbase.editor.starterNote')
        : concept.changedBy
          ? t('terms.termbase.editor.changedBy', { who: concept.changedBy, when })
          : t('terms.termbase.editor.changedAt', { when })}
    </p>
  );
}

interface TermGroupProps {
  language: TextLanguage;
  terms: TermDraft[];
  problems: EditorProblem[];
  onChange: (key: string, term: TermDraft) => void;
  onRemove: (key: string) => void;
  onAdd: () => void;
  documentTitle: (documentId: string) => string;
}

function TermGroup({ language, terms, problems, onChange, onRemove, onAdd, documentTitle }: TermGroupProps) {
  const { t } = useTranslation();
  const problemOf = (key: string): string | null => {
    const problem = problems.find((p) => 'termKey' in p && p.termKey === key);
    if (!problem) return null;
    return t(`terms.termbase.problem.${problem.code}`, problem.code === 'duplicate-term' ? { text: problem.text } : {});
  };
  return (
    <section className="term-group" data-language={language} aria-labelledby={`term-group-${language}`}>
      <h3 id={`term-group-${language}`}>{t(`terms.termbase.editor.terms.${language}`)}</h3>
      {terms.map((term, index) => (
        <TermRow
          key={term.key}
          term={term}
          label={t(`terms.termbase.editor.termLabel.${language}`, { number: index + 1 })}
          problem={problemOf(term.key)}
          onChange={(next) => onChange(term.key, next)}
          onRemove={() => onRemove(term.key)}
          documentTitle={documentTitle}
        />
      ))}
      <button type="button" className="button term-add" onClick={onAdd}>
        {t(`terms.termbase.editor.addTerm.${language}`)}
      </button>
    </section>
  );
}
