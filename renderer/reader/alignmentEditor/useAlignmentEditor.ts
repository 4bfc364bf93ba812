import { useCallback, useEffect, useRef, useState } from 'react';
import type { AlignmentEdit, AlignmentEditOutcome, AlignmentHistoryView } from '../../../contract/alignmentEdits';
import type { ApiError, Result } from '../../../contract/result';
import { useApi } from '../../api/ApiContext';

/** Where the reader goes once the document is shown again after a change: the paragraph, and the sentence to select. */
export interface EditLanding {
  segmentKey: string;
  sentenceKey: string | null;
  /** The paragraph the route named when the change was made: a deep link followed since wins over the landing. */
  routeKey: string | null;
}

export interface AlignmentEditor {
  on: boolean;
  toggle(): void;
  history: AlignmentHistoryView | null;
  busy: boolean;
  error: ApiError | null;
  dismissError(): void;
  landing: EditLanding | null;
  /** What the last change did, for the status line: the edit's type and whether it was made, undone or redone. */
  lastChange: { type: AlignmentEdit['type']; how: 'made' | 'undone' | 'redone' } | null;
  apply(edit: AlignmentEdit, select: string | null): void;
  undo(): void;
  redo(): void;
}

/**
 * The alignment editor's state for one document (issue 10): whether edit mode is on, the history, and the calls
 * that edit, undo and redo, each naming the revision it was made on. It lives above the rows, which are made anew
 * from the document fetched again after each change (`refresh`); edit mode and the place edited survive that.
 */
export function useAlignmentEditor(documentId: string, editable: boolean, refresh: () => void, routeKey: string | null): AlignmentEditor {
  const api = useApi();
  const [on, setOn] = useState(false);
  const [history, setHistory] = useState<AlignmentHistoryView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [landing, setLanding] = useState<EditLanding | null>(null);
  const [lastChange, setLastChange] = useState<AlignmentEditor['lastChange']>(null);
  const revision = useRef<number | undefined>(undefined);
  // Bumped to read the history again: the document changed elsewhere (another window) since it was read.
  const [reread, setReread] = useState(0);

  useEffect(() => {
    if (!on || !editable) return;
    let current = true;
    void api.getAlignmentHistory({ documentId }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setHistory(result.value);
        revision.current = result.value.revision;
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, documentId, on, editable, reread]);

  const settle = useCallback(
    async (call: Promise<Result<AlignmentEditOutcome>>, after: (outcome: AlignmentEditOutcome) => void) => {
      setBusy(true);
      setError(null);
      const result = await call;
      setBusy(false);
      if (!result.ok) {
        setError(result.error);
        // Stale: the text and the history are fetched again, so that the next try is made on what is there now.
        if (result.error.details?.reason === 'alignment-history-stale') {
          setReread((n) => n + 1);
          refresh();
        }
        return;
      }
      setHistory(result.value.history);
      revision.current = result.value.history.revision;
      after(result.value);
      refresh();
    },
    [refresh],
  );

  const apply = useCallback(
    (edit: AlignmentEdit, select: string | null) => {
      if (busy || revision.current === undefined) return;
      void settle(api.editAlignment({ documentId, edit, revision: revision.current }), () => {
        setLanding({ segmentKey: edit.segment, sentenceKey: select, routeKey });
        setLastChange({ type: edit.type, how: 'made' });
      });
    },
    [api, busy, documentId, settle, routeKey],
  );

  const step = useCallback(
    (how: 'undone' | 'redone') => {
      if (busy || revision.current === undefined) return;
      const entry = how === 'undone' ? history?.done.at(-1) : history?.undone[0];
      const call = how === 'undone' ? api.undoAlignmentEdit({ documentId, revision: revision.current }) : api.redoAlignmentEdit({ documentId, revision: revision.current });
      void settle(call, () => {
        if (entry) setLanding({ segmentKey: entry.segment, sentenceKey: null, routeKey });
        if (entry) setLastChange({ type: entry.type, how });
      });
    },
    [api, busy, documentId, history, settle, routeKey],
  );

  return {
    on: on && editable,
    toggle: useCallback(() => setOn((value) => !value), []),
    history,
    // No edit goes out before the history has come with the revision it is made on: a change made meanwhile in
    // another window would not be seen.
    busy: busy || history === null,
    error,
    dismissError: useCallback(() => setError(null), []),
    landing,
    lastChange,
    apply,
    undo: useCallback(() => step('undone'), [step]),
    redo: useCallback(() => step('redone'), [step]),
  };
}
