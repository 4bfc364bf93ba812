import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, type UiLanguage } from '../../contract/languages';
import type { DocumentSummary } from '../../contract/model';
import type { SearchHit, SearchResults } from '../../contract/search';
import { inLanguage } from '../bilingual';
import { LangText } from '../components/LangText';
import { SearchHitItem } from './SearchHitItem';

/** The count, then the hits grouped by document, the groups in the order of their best hit. */
export function SearchResultsList(props: {
  results: SearchResults;
  query: string;
  documents: ReadonlyMap<string, DocumentSummary>;
  /** A hit's link is followed (click or Enter). */
  onOpen(segmentId: string, href: string): void;
  /** The first hit's place in all the results (the page shown). */
  offset: number;
  isSelected(segmentId: string): boolean;
  onToggle(hit: SearchHit): void;
}) {
  const { results, query, documents, onOpen, offset, isSelected, onToggle } = props;
  const { t, i18n } = useTranslation();
  const ui = asUiLanguage(i18n.language);
  const groups = useMemo(() => {
    const map = new Map<string, SearchResults['hits']>();
    for (const hit of results.hits) map.set(hit.documentId, [...(map.get(hit.documentId) ?? []), hit]);
    return [...map];
  }, [results]);
  const count = results.totalIsCapped ? t('search.countCapped', { count: results.total }) : t('search.count', { count: results.total });

  return (
    <>
      <p className="search-count" role="status">
        {count} {t('search.inDocuments', { count: results.documents.length })}
        {results.hits.length < results.total && <span className="search-range"> {t('search.range', { from: offset + 1, to: offset + results.hits.length })}</span>}
      </p>
      {groups.map(([documentId, hits]) => (
        <section key={documentId} className="search-group" data-document-id={documentId}>
          <h2 className="search-group-title">
            <DocumentTitle doc={documents.get(documentId)} fallback={documentId} ui={ui} />
            <span className="search-group-count">
              {t('search.groupCount', { count: results.documents.find((d) => d.documentId === documentId)?.count ?? hits.length })}
            </span>
          </h2>
          <ol className="search-hits">
            {hits.map((hit) => (
              <SearchHitItem key={hit.segmentId} hit={hit} query={query} onOpen={onOpen} selected={isSelected(hit.segmentId)} onToggle={onToggle} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

function DocumentTitle({ doc, fallback, ui }: { doc: DocumentSummary | undefined; fallback: string; ui: UiLanguage }) {
  const title = doc ? inLanguage(doc.title, ui) : null;
  return title ? <LangText value={title} /> : <span>{fallback}</span>;
}
