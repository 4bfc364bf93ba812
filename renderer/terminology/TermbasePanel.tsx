import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, textLanguageOfUi } from '../../contract/languages';
import type { Concept, Termbase } from '../../contract/terminology';
import type { DocumentSummary } from '../../contract/model';
import type { ApiError } from '../../contract/result';
import { useApi } from '../api/ApiContext';
import { inLanguage } from '../bilingual';
import { ErrorMessage } from '../components/ErrorMessage';
import { navigate } from '../navigation';
import type { ConceptDraft } from '../route';
import { toTraditional, traditionalConverter } from '../script/traditionalText';
import { ConceptEditor } from './ConceptEditor';
import { editorStateOfConcept } from './conceptEditorState';
import { filterConcepts, indexConcepts, NO_CONCEPT_FILTER, type ConceptFilter } from './conceptFilter';
import { ConceptList } from './ConceptList';
import { ConceptUndo, useConceptUndo } from './ConceptUndo';
import { TermbaseFiles } from './TermbaseFiles';
import { useConceptDraft } from './useConceptDraft';
import { useTermbase } from './useTermbase';
import './termbase.css';

const toConcept = (conceptId: string | null, replace = false) => navigate({ name: 'terms', tab: 'termbase', ...(conceptId ? { conceptId } : {}) }, { replace });

/**
 * The termbase tab: the concepts, filtered, beside the one open in the editor (`?concept=<id>`) or a new one
 * (`?new=1`, filled in from the reader's "add as term"); the termbase's files above.
 */
export function TermbasePanel({ conceptId, draft }: { conceptId: string | null; draft: ConceptDraft | null }) {
  const { t } = useTranslation();
  const { termbase, documents, reload } = useTermbase();

  return (
    <section className="terms-panel termbase" data-panel="termbase" data-ready={termbase.state === 'ready' ? 'true' : undefined}>
      <div className="termbase-toolbar">
        <button type="button" className="button button-primary termbase-new" onClick={() => navigate({ name: 'terms', tab: 'termbase', draft: { zh: '', en: '', segmentId: null } })}>
          {t('terms.termbase.newConcept')}
        </button>
        <TermbaseFiles concepts={termbase.state === 'ready' ? termbase.termbase.concepts : []} onImported={() => void reload()} />
      </div>
      {termbase.state === 'error' && <ErrorMessage error={termbase.error} onRetry={() => void reload()} />}
      {termbase.state === 'ready' && <TermbaseBody termbase={termbase.termbase} documents={documents} reload={reload} conceptId={conceptId} draft={draft} />}
    </section>
  );
}

interface BodyProps {
  termbase: Termbase;
  documents: DocumentSummary[];
  reload: () => Promise<void>;
  conceptId: string | null;
  draft: ConceptDraft | null;
}

function TermbaseBody({ termbase, documents, reload, conceptId, draft }: BodyProps) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const ui = asUiLanguage(i18n.language);
  const [filter, setFilter] = useState<ConceptFilter>(NO_CONCEPT_FILTER);
  const deferredFilter = useDeferredValue(filter);
  const index = useMemo(() => {
    const chinese = termbase.concepts.flatMap((c) => c.terms.filter((term) => term.language === 'zh').map((term) => term.text));
    return indexConcepts(termbase.concepts, traditionalConverter(chinese));
  }, [termbase]);
  const shown = useMemo(() => filterConcepts(index, deferredFilter), [index, deferredFilter]);
  const domainName = useCallback(
    (id: string | null) => {
      const domain = termbase.domains.find((d) => d.id === id);
      if (!domain) return id ?? t('terms.termbase.noDomain');
      if (textLanguageOfUi(ui) === 'en') return domain.en;
      return ui === 'zh-TW' ? toTraditional(domain.zh) : domain.zh;
    },
    [termbase.domains, ui, t],
  );
  const documentTitle = useCallback((id: string) => {
    const document = documents.find((d) => d.id === id);
    return (document && inLanguage(document.title, ui)?.text) ?? id;
  }, [documents, ui]);
  const [error, setError] = useState<ApiError | null>(null);
  const undo = useConceptUndo(async (id) => {
    const result = await api.restoreConcept({ id });
    if (!result.ok) return setError(result.error);
    await reload();
    toConcept(id);
  });

  const concept = conceptId ? (termbase.concepts.find((c) => c.id === conceptId) ?? null) : null;
  const draftState = useConceptDraft(draft);
  const saved = async (next: Concept) => {
    await reload();
    toConcept(next.id, draft !== null);
  };
  const remove = async (gone: Concept) => {
    setError(null);
    const result = await api.deleteConcept({ id: gone.id });
    if (!result.ok) return setError(result.error);
    undo.offer(gone);
    await reload();
    toConcept(null);
  };
  const editorProps = { domains: termbase.domains, domainName, documentTitle, onSaved: (c: Concept) => void saved(c), onCancel: () => toConcept(null), onDelete: (c: Concept) => void remove(c) };

  return (
    <div className="termbase-body">
      <ConceptList concepts={shown} total={termbase.concepts.length} filter={filter} onFilterChange={setFilter} domains={termbase.domains} domainName={domainName} selectedId={conceptId} />
      <div className="termbase-detail">
        {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
        {draft && draftState && <ConceptEditor key={`draft:${draft.zh}|${draft.en}|${draft.segmentId}`} initial={draftState} concept={null} {...editorProps} />}
        {!draft && concept && <ConceptEditor key={`${concept.id}:${concept.changedAt}`} initial={editorStateOfConcept(concept)} concept={concept} {...editorProps} />}
        {!draft && conceptId && !concept && <p className="termbase-placeholder">{t('terms.termbase.notFound', { id: conceptId })}</p>}
        {!draft && !conceptId && <p className="termbase-placeholder muted">{t('terms.termbase.pick')}</p>}
      </div>
      <ConceptUndo undo={undo} />
    </div>
  );
}
