
/** Scaffolding for the Candidates tab while it is built (replaced in this session). */
export function CandidatesPanel() {
  return <section className="terms-panel" data-panel="candidates" />;
}
