import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteTarget, RenderedCitation } from '../../contract/briefing';
import { useApi } from '../api/ApiContext';
import { citationStatus } from './citationStatusStore';

/** Rich: the citation as plain text and as HTML (for a word processor); markdown: its Markdown, as plain text. */
export type CitationFormat = 'rich' | 'markdown';

/** "Copy as citation" and "Copy as Markdown": the domain builds the citation, the clipboard gets it, the live region says so. */
export function useCopyCitation(): (target: QuoteTarget, format?: CitationFormat) => Promise<void> {
  const api = useApi();
  const { t } = useTranslation();
  return useCallback(
    async (target, format = 'rich') => {
      const result = await api.getCitation({ target });
      try {
        if (!result.ok) throw new Error(result.error.message);
        await writeCitation(result.value, format);
        citationStatus.tell(t(format === 'rich' ? 'citation.copied' : 'citation.copiedMarkdown'));
      } catch {
        citationStatus.tell(t('citation.copyFailed'));
      }
    },
    [api, t],
  );
}

async function writeCitation(citation: RenderedCitation, format: CitationFormat): Promise<void> {
  if (format === 'markdown') return navigator.clipboard.writeText(citation.markdown);
  const blob = (text: string, type: string) => new Blob([text], { type });
  await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob(citation.text, 'text/plain'), 'text/html': blob(citation.html, 'text/html') })]);
}
