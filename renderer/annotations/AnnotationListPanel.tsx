import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLOURS, type Annotation, type AnnotationFilter } from '../../contract/annotations';
import type { DocumentSummary } from '../../contract/model';
import { useApi } from '../api/ApiContext';
import { asUiLanguage, type TextLanguage } from '../../contract/languages';
import { inLanguage } from '../bilingual';
import { LangText } from '../components/LangText';
import { OriginLabel } from '../provenance/OriginLabel';
import { ReviewNoteDetails } from '../provenance/ReviewNoteDetails';
import { useShownText } from '../script/chineseScriptDisplay';
import { AddToPackMenu } from '../packs/AddToPackMenu';
import { ANNOTATION_PAGE, useAnnotationPages } from './useAnnotationPages';

interface AnnotationListPanelProps {
  /** One document's annotations; all documents' when absent. */
  documentId?: string;
  /** Titles for the all-documents list. */
  documents?: readonly DocumentSummary[];
  /** Changes when annotations were stored, so the list fetches again. */
  version: number;
  onJump(annotation: Annotation): void;
  onEdit?(annotation: Annotation): void;
  onDelete(annotation: Annotation): void;
  onReattach?(annotation: Annotation): void;
  onResolve(annotation: Annotation, keep: 'mine' | 'theirs'): void;
  /** The filter in use, for an export of exactly what is listed. */
  onFilterChange?(filter: AnnotationFilter): void;
}

/** Annotations with filters (colour, tag, text, orphans, conflicts) and sorting; a click goes to the place in the reader. */
export function AnnotationListPanel(props: AnnotationListPanelProps) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<AnnotationFilter>({ sort: 'position', status: 'all' });
  const [text, setText] = useState('');
  const { documentId, version, onFilterChange } = props;
  const request = useMemo(() => ({ ...filter, ...(documentId ? { documentId } : {}) }), [filter, documentId]);
  const { list, loadingMore, showMore } = useAnnotationPages(api, request, version);
  const itemsRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    // The same filter when the text did not change: a new one would start the list again from its first page.
    const next = text.trim() || undefined;
    const timer = window.setTimeout(() => setFilter((f) => (f.text === next ? f : { ...f, text: next })), 200);
    return () => window.clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    onFilterChange?.(request);
  }, [request, onFilterChange]);

  /** The next page, then focus on its first annotation once it is drawn, so the keyboard goes on from where the list grew. */
  const focusAfterShowMore = useRef<string | null>(null);
  const showNextPage = () => showMore((first) => (focusAfterShowMore.current = first.id));
  useEffect(() => {
    const id = focusAfterShowMore.current;
    focusAfterShowMore.current = null;
    if (id) itemsRef.current?.querySelector<HTMLElement>(`[data-annotation-item="${id}"] .item-quote`)?.focus();
  }, [list]);
  const remaining = list ? list.total - list.annotations.length : 0;

  const titles = new Map((props.documents ?? []).map((d) => [d.id, d]));
  const ui = asUiLanguage(i18n.language);
  const toggleColour = (colour: (typeof HIGHLIGHT_COLOURS)[number]) => {
    const colours = filter.colours ?? [];
    setFilter({ ...filter, colours: colours.includes(colour) ? colours.filter((c) => c !== colour) : [...colours, colour] });
  };

  return (
    <section className="annotation-list-panel" aria-label={t('annotations.panelTitle')}>
      <div className="annotation-filters">
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('annotations.filterText')} aria-label={t('annotations.filterText')} />
        <div className="filter-row" role="group" aria-label={t('annotations.filterColour')}>
          {HIGHLIGHT_COLOURS.map((colour) => (
            <button
              key={colour}
              type="button"
              className={`swatch swatch-small colour-${colour}`}
              aria-pressed={filter.colours?.includes(colour) ?? false}
              aria-label={t(`annotations.colour.${colour}`)}
              title={t(`annotations.colour.${colour}`)}
              onClick={() => toggleColour(colour)}
            />
          ))}
        </div>
        <div className="filter-row">
          {!documentId && props.documents && (
            <select
              value={filter.documentId ?? ''}
              onChange={(e) => setFilter({ ...filter, documentId: e.target.value || undefined })}
              aria-label={t('annotations.filterDocument')}
              className="filter-document-select"
            >
              <option value="">{t('annotations.allDocuments')}</option>
              {props.documents.map((doc) => (
                <option key={doc.id} value={doc.id}>
                  {inLanguage(doc.title, ui)?.text ?? doc.id}
                </option>
              ))}
            </select>
          )}
          <select value={filter.tag ?? ''} onChange={(e) => setFilter({ ...filter, tag: e.target.value || undefined })} aria-label={t('annotations.filterTag')}>
            <option value="">{t('annotations.allTags')}</option>
            {list?.tags.map(({ tag, count }) => (
              <option key={tag} value={tag}>
                {t('annotations.tagCount', { tag, count })}
              </option>
            ))}
          </select>
          <select value={filter.sort} onChange={(e) => setFilter({ ...filter, sort: e.target.value as AnnotationFilter['sort'] })} aria-label={t('annotations.sort')}>
            <option value="position">{t('annotations.sortPosition')}</option>
            <option value="updated">{t('annotations.sortUpdated')}</option>
            <option value="created">{t('annotations.sortCreated')}</option>
          </select>
        </div>
        <div className="filter-row status-tabs" role="group" aria-label={t('annotations.filterStatus')}>
          {(['all', 'orphaned', 'conflict'] as const).map((status) => (
            <button key={status} type="button" className="button button-small" aria-pressed={filter.status === status} onClick={() => setFilter({ ...filter, status })}>
              {status === 'all'
                ? t('annotations.statusAll')
                : status === 'orphaned'
                  ? t('annotations.statusOrphaned', { count: list?.orphanCount ?? 0 })
                  : t('annotations.statusConflict', { count: list?.conflictCount ?? 0 })}
            </button>
          ))}
        </div>
      </div>
      {list === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : list.annotations.length === 0 ? (
        <p className="empty-state annotation-empty">{filter.status === 'all' && !filter.text && !filter.tag && !filter.colours?.length ? t('annotations.emptyNone') : t('annotations.emptyFiltered')}</p>
      ) : (
        <>
          <p className="muted list-count" role="status">
            {remaining > 0 ? t('annotations.countShown', { shown: list.annotations.length, count: list.total }) : t('annotations.count', { count: list.total })}
          </p>
          <ol className="annotation-items" ref={itemsRef}>
            {list.annotations.map((annotation) => {
              const doc = titles.get(annotation.documentId);
              const orphaned = annotation.placement.status === 'orphaned';
              return (
                <li key={annotation.id} className={`annotation-item colour-${annotation.colour}${orphaned ? ' is-orphaned' : ''}`} data-annotation-item={annotation.id}>
                  <p className="item-document">
                    {doc && <LangText value={inLanguage(doc.title, ui)} />}
                    {annotation.paragraph !== null && (
                      <span className="item-paragraph">
                        {t('annotations.paragraphSide', { number: annotation.paragraph, language: t(`textLanguage.${annotation.target.side}`) })}
                      </span>
                    )}
                  </p>
                  <button type="button" className="item-quote" onClick={() => props.onJump(annotation)} title={t('annotations.jump')}>
                    <ShownQuote text={annotation.placement.status === 'anchored' ? annotation.placement.text : annotation.target.quote.exact} language={annotation.target.side} />
                  </button>
                  {annotation.provenance && (
                    <div className="item-provenance">
                      <OriginLabel origin={annotation.provenance.origin} />
                      {annotation.provenance.reviewNote && <ReviewNoteDetails note={annotation.provenance.reviewNote} />}
                    </div>
                  )}
                  {orphaned && <p className="item-warning">{t('annotations.orphanedExplain')}</p>}
                  {annotation.note && <p className="item-note">{annotation.note}</p>}
                  {annotation.tags.length > 0 && (
                    <ul className="tag-chips">
                      {annotation.tags.map((tag) => (
                        <li key={tag} className="tag-chip">
                          {tag}
                        </li>
                      ))}
                    </ul>
                  )}
                  {annotation.conflict && (
                    <div className="item-conflict" role="group" aria-label={t('annotations.conflictTitle')}>
                      <p>
                        <strong>{t('annotations.conflictTitle')}</strong>{' '}
                        {t('annotations.conflictTheirs', {
                          author: annotation.conflict.author || t('annotations.noAuthor'),
                          date: new Date(annotation.conflict.updatedAt).toLocaleString(i18n.language),
                        })}
                      </p>
                      {annotation.conflict.quote && <q className="conflict-quote">{annotation.conflict.quote}</q>}
                      <p className="item-note">{annotation.conflict.note || t('annotations.noNote')}</p>
                      {annotation.conflict.tags.length > 0 && <p className="muted">{annotation.conflict.tags.join(' · ')}</p>}
                      <div className="item-actions">
                        <button type="button" className="button button-small" onClick={() => props.onResolve(annotation, 'mine')}>
                          {t('annotations.keepMine')}
                        </button>
                        <button type="button" className="button button-small" onClick={() => props.onResolve(annotation, 'theirs')}>
                          {t('annotations.takeTheirs')}
                        </button>
                      </div>
                    </div>
                  )}
                  <div className="item-footer">
                    <span className="muted">
                      {t('annotations.meta', { author: annotation.author || t('annotations.noAuthor'), date: new Date(annotation.updatedAt).toLocaleDateString(i18n.language) })}
                    </span>
                    <span className="item-actions">
                      {orphaned && props.onReattach && (
                        <button type="button" className="button button-small" onClick={() => props.onReattach?.(annotation)}>
                          {t('annotations.reattach')}
                        </button>
                      )}
                      {!orphaned && props.onEdit && (
                        <button type="button" className="button button-small button-quiet" onClick={() => props.onEdit?.(annotation)}>
                          {t('annotations.edit')}
                        </button>
                      )}
                      {!orphaned && <AddToPackMenu look="small" sources={() => [{ kind: 'annotation', annotationId: annotation.id }]} />}
                      <button type="button" className="button button-small button-quiet" onClick={() => props.onDelete(annotation)}>
                        {t('annotations.delete')}
                      </button>
                    </span>
                  </div>
                </li>
              );
            })}
          </ol>
          {remaining > 0 && (
            <button type="button" className="button annotation-show-more" onClick={() => void showNextPage()} disabled={loadingMore} aria-busy={loadingMore}>
              {t('annotations.showMore', { count: Math.min(ANNOTATION_PAGE, remaining) })}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** A quote in the script the reader chose for Chinese (the stored text is what is exported and anchored). */
function ShownQuote({ text, language }: { text: string; language: TextLanguage }) {
  const shown = useShownText()(text, language);
  return <q lang={shown.lang}>{shown.text}</q>;
}
