
/** Scaffolding for the Concordance tab while it is built (replaced in this session). */
export function ConcordancePanel({ query }: { query: string }) {
  return <section className="terms-panel" data-panel="concordance" data-query={query} />;
}
