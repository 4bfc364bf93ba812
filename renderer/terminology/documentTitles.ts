import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '../../contract/languages';
import { asUiLanguage } from '../../contract/languages';
import type { DocumentSummary } from '../../contract/model';
import { useApi } from '../api/ApiContext';
import { useApiResult } from '../api/useApiResult';
import { inLanguage } from '../bilingual';

/** The library's documents, for filters, and each one's title in the interface language, for lines and places. */
export interface DocumentTitles {
  documents: DocumentSummary[];
  of(documentId: string): { text: string; language: TextLanguage } | null;
}

export function useDocumentTitles(): DocumentTitles {
  const api = useApi();
  const { i18n } = useTranslation();
  const ui = asUiLanguage(i18n.language);
  const [loaded] = useApiResult(() => api.listDocuments({}), [api]);
  return useMemo(() => {
    const documents = loaded.state === 'ready' ? loaded.value : [];
    const byId = new Map(documents.map((doc) => [doc.id, doc]));
    return {
      documents,
      of: (documentId: string) => {
        const doc = byId.get(documentId);
        return doc ? inLanguage(doc.title, ui) : { text: documentId, language: 'en' };
      },
    };
  }, [loaded, ui]);
}
