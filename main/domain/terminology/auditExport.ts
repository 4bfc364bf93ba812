import type { TFunction } from 'i18next';
import type { ExportFile } from '../../../contract/annotations';
import type { AuditFinding, Concept } from '../../../contract/terminology';
import { csvFile, escapeMarkdown } from '../exportFormats';
import { localText } from '../localText';
import { exportDay, exportTime, type TermExportContext, type TermExportFormat } from './concordanceExport';

/** A concept named by its preferred terms: "健康中国 · Healthy China". */
export function conceptLabel(concept: Concept | undefined, conceptId: string): string {
  if (!concept) return conceptId;
  const preferred = (language: 'zh' | 'en') =>
    (concept.terms.find((t) => t.language === language && t.status === 'preferred') ?? concept.terms.find((t) => t.language === language))?.text;
  return [preferred('zh'), preferred('en')].filter(Boolean).join(' · ') || conceptId;
}

/** The audit's findings, by concept, each pointing at its places: as Markdown to read or CSV for a spreadsheet. */
export function exportAudit(format: TermExportFormat, findings: readonly AuditFinding[], concepts: readonly Concept[], context: TermExportContext): ExportFile {
  const base = `duizhao-terminology-audit-${exportDay(context.generated)}`;
  const byId = new Map(concepts.map((c) => [c.id, c]));
  return format === 'csv'
    ? { fileName: `${base}.csv`, mimeType: 'text/csv', content: auditCsv(findings, byId, context), count: findings.length }
    : { fileName: `${base}.md`, mimeType: 'text/markdown', content: auditMarkdown(findings, byId, context), count: findings.length };
}

const variantsOf = (finding: AuditFinding, t: TFunction) => finding.variants.map((v) => t(`terminologyExport.variant.${v}`)).join(', ');

function auditMarkdown(findings: readonly AuditFinding[], concepts: ReadonlyMap<string, Concept>, context: TermExportContext): string {
  const t = localText(context.language);
  const out = [`# ${t('terminologyExport.auditTitle')}`, '', t('terminologyExport.auditSummary', { count: findings.length, date: exportTime(context.generated) })];
  const byConcept = new Map<string, AuditFinding[]>();
  for (const f of findings) {
    const list = byConcept.get(f.conceptId);
    if (list) list.push(f);
    else byConcept.set(f.conceptId, [f]);
  }
  for (const [conceptId, its] of byConcept) {
    out.push('', `## ${escapeMarkdown(conceptLabel(concepts.get(conceptId), conceptId))} (\`${conceptId}\`)`);
    for (const f of its) {
      out.push('', `### ${t(`terminologyExport.kind.${f.kind}`)} · \`${f.id}\``, '');
      if (f.variants.length) out.push(escapeMarkdown(t('terminologyExport.differsIn', { variants: variantsOf(f, t) })), '');
      if (f.mark) out.push(`*${escapeMarkdown(t('terminologyExport.accepted', { by: f.mark.markedBy, date: f.mark.markedAt.slice(0, 10), note: f.mark.note }))}*`, '');
      for (const p of f.places) {
        const sentences = p.sentenceIds.map((id) => `\`${id}\``).join(', ');
        out.push(`- ${escapeMarkdown(context.documentTitle(p.documentId))} · \`${p.segmentId}\` · ${sentences} (${t(`export.origin.${p.origin}`)}): ${escapeMarkdown(p.text)}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

function auditCsv(findings: readonly AuditFinding[], concepts: ReadonlyMap<string, Concept>, context: TermExportContext): string {
  const t = localText(context.language);
  const columns = ['finding', 'concept', 'kind', 'variants', 'document', 'segment', 'sentences', 'origin', 'text', 'mark', 'note'];
  const rows = findings.flatMap((f) =>
    f.places.map((p) => [
      f.id,
      conceptLabel(concepts.get(f.conceptId), f.conceptId),
      t(`terminologyExport.kind.${f.kind}`),
      variantsOf(f, t),
      context.documentTitle(p.documentId),
      p.segmentId,
      p.sentenceIds.join('; '),
      t(`export.origin.${p.origin}`),
      p.text,
      f.mark ? t('terminologyExport.csv.mark') : '',
      f.mark?.note ?? '',
    ]),
  );
  return csvFile([columns.map((c) => t(`terminologyExport.csv.${c}`)), ...rows]);
}
