import { useCallback, useState } from 'react';
import type { DuizhaoApi } from '../../../contract/api';
import { useApi } from '../../api/ApiContext';
import { routeHash } from '../../route';
import type { TextSelection } from '../../annotations/useTextSelection';
import { cellTextFor } from '../caret/textPoints';
import { storedTextOf } from '../../script/storedText';
import { occurrenceIndex, proposedCounterpart, selectionQuery } from './proposeCounterpart';

/**
 * "Add as term": the selection and its aligned rendering, proposed as a new
 * concept on the termbase tab (`#/terms/termbase?new=1&zh=…&en=…&seg=…`).
 */
export function useAddAsTerm(documentId: string): { busy: boolean; add(selection: TextSelection): Promise<void> } {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const add = useCallback(
    async (selection: TextSelection) => {
      setBusy(true);
      const counterpart = await findCounterpart(api, documentId, selection);
      setBusy(false);
      const [zh, en] = selection.side === 'zh' ? [selection.exact, counterpart] : [counterpart, selection.exact];
      window.location.hash = routeHash({ name: 'terms', tab: 'termbase', draft: { zh, en, segmentId: selection.segmentId } });
    },
    [api, documentId],
  );
  return { busy, add };
}

async function findCounterpart(api: DuizhaoApi, documentId: string, selection: TextSelection): Promise<string> {
  const query = selectionQuery(selection.exact);
  if (!query) return '';
  const result = await api.getConcordance({ query, documentIds: [documentId], sort: 'document', limit: 200 });
  if (!result.ok) return '';
  const lines = result.value.lines.filter((line) => line.segmentId === selection.segmentId && line.side === selection.side);
  const cell = cellTextFor(selection.segmentId, selection.side);
  const text = cell ? (storedTextOf(cell) ?? cell.textContent ?? '') : '';
  return proposedCounterpart(lines, occurrenceIndex(text, selection.exact, selection.end));
}
