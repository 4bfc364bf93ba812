import { useEffect, useState } from 'react';
import { parseSegmentId } from '../../contract/segmentId';
import { useApi } from '../api/ApiContext';
import type { ConceptDraft } from '../route';
import { editorStateOfDraft, type ConceptEditorState, type DraftPlace } from './conceptEditorState';

/**
 * The editor's state for a new concept proposed by a draft: when the draft names a paragraph, its terms are attested
 * there, with each side's provenance and the document's date as the reader has them. Null while the document loads.
 */
export function useConceptDraft(draft: ConceptDraft | null): ConceptEditorState | null {
  const api = useApi();
  const [state, setState] = useState<ConceptEditorState | null>(null);
  const zh = draft?.zh ?? '';
  const en = draft?.en ?? '';
  const segmentId = draft?.segmentId ?? null;
  const isDraft = draft !== null;

  useEffect(() => {
    setState(null);
    if (!isDraft) return;
    const parsed = segmentId ? parseSegmentId(segmentId) : null;
    if (!parsed) return setState(editorStateOfDraft({ zh, en }, null));
    let live = true;
    void api.getDocument({ documentId: parsed.documentId }).then((result) => {
      if (!live) return;
      const segment = result.ok ? result.value.segments.find((s) => s.id === segmentId) : undefined;
      const place: DraftPlace = {
        documentId: parsed.documentId,
        segmentKey: parsed.key,
        origin: { zh: segment?.zh?.origin ?? 'published', en: segment?.en?.origin ?? 'published' },
        date: result.ok ? (result.value.issuedOn ?? result.value.publishedOn) : null,
      };
      setState(editorStateOfDraft({ zh, en }, place));
    });
    return () => {
      live = false;
    };
  }, [api, isDraft, zh, en, segmentId]);

  return state;
}
