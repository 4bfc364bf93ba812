
/** Scaffolding for the Audit tab while it is built (replaced in this session). */
export function AuditPanel() {
  return <section className="terms-panel" data-panel="audit" />;
}
