import type { ConceptDraft } from '../route';
/** Scaffolding for the Termbase tab while it is built (replaced in this session). */
export function TermbasePanel({ conceptId, draft }: { conceptId: string | null; draft: ConceptDraft | null }) {
  return <section className="terms-panel" data-panel="termbase" data-concept={conceptId ?? undefined} data-draft={draft?.zh} />;
}
