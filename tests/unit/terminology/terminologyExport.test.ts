// Issue "Terminology workbench": the concordance and the audit exported as CSV and Markdown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusRepository } from '../../../main/domain/corpus/corpusRepository';
import { exportAudit } from '../../../main/domain/terminology/auditExport';
import { Concordance } from '../../../main/domain/terminology/concordance';
import { exportConcordance, type TermExportContext } from '../../../main/domain/terminology/concordanceExport';
import { ConsistencyAudit } from '../../../main/domain/terminology/consistencyAudit';
import { starterConcepts } from '../../helpers/starterConcepts';
import { bundledCorpusFile } from '../../helpers/terminologyCorpus';
import { tempDirForFile } from '../../helpers/tempDir';

/** RFC 4180 rows, enough for what the exports write. */
function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = content.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

const scratch = tempDirForFile('duizhao-term-export-');
let corpus: CorpusRepository;
let context: TermExportContext;
beforeAll(() => {
  corpus = CorpusRepository.open(bundledCorpusFile(scratch));
  const titles = new Map(corpus.listDocuments().map((d) => [d.id, d.title.en ?? d.id]));
  context = { language: 'en', generated: new Date('2026-12-01T08:30:00Z'), documentTitle: (id) => titles.get(id) ?? id };
});
afterAll(() => corpus.close());

describe('the concordance export', () => {
  const concordanceOf = (query: string) => {
    const concordance = new Concordance(corpus.connection, corpus.sentences, starterConcepts());
    return { lines: concordance.allLines({ query }), groups: concordance.groups({ query }) };
  };

  it('writes Markdown with the renderings counted, each keyword in bold and the rendering marked in the aligned English', () => {
    const { lines, groups } = concordanceOf('分级诊疗');
    const file = exportConcordance('markdown', '分级诊疗', lines, groups, context);
    expect(file.fileName).toBe('duizhao-concordance-2026-12-01.md');
    expect(file.content).toContain('# Concordance of “分级诊疗” · Duizhao');
    const hierarchical = groups.find((g) => g.rendering?.label === 'hierarchical diagnosis and treatment')!.count;
    expect(file.content).toContain(`- hierarchical diagnosis and treatment: ${hierarchical}`);
    expect(file.content).toContain('- stratified health care: 1');
    expect(file.content.match(/\*\*分级诊疗\*\*/g)).toHaveLength(lines.length);
    expect(file.content).toMatch(/^> .*\*\*hierarchical diagnosis and treatment\*\*/m);
    expect(file.content).toContain('`national-health-plan-14th-fyp-2022:p0011`');
  });

  it('writes CSV with one row per line, in the interface language, that a spreadsheet reads as UTF-8 and never runs', () => {
    const { lines, groups } = concordanceOf('分级诊疗');
    const file = exportConcordance('csv', '分级诊疗', lines, groups, { ...context, language: 'zh-CN' });
    expect(file.content.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(file.content);
    expect(rows).toHaveLength(lines.length + 1);
    expect(rows[0]).toContain('关键词');
    expect(rows[0]).toContain('译法');
    const row = rows.find((r) => r[1] === 'national-health-plan-14th-fyp-2022:p0011')!;
    expect(row[6]).toBe('分级诊疗');
    expect(row[11]).toBe('hierarchical diagnosis and treatment');
    const hostile = exportConcordance('csv', 'x', [{ ...lines[0], left: '=HYPERLINK("http://x")' }], [], context);
    expect(parseCsv(hostile.content)[1][5]).toBe('\'=HYPERLINK("http://x")');
  });
});

describe('the audit export', () => {
  const concepts = starterConcepts(['c058', 'c005']);
  const run = () => new ConsistencyAudit(corpus.connection, concepts).run({ origin: 'published' });

  it('writes Markdown by concept, each finding with its id and the places it points at', () => {
    const findings = run();
    const file = exportAudit('markdown', findings, concepts, context);
    expect(file.content).toContain('## 新冠肺炎 · COVID-19 (`c058`)');
    expect(file.content).toContain('A superseded or forbidden rendering');
    expect(file.content).toContain('Differs in: case');
    for (const f of findings) expect(file.content).toContain(f.id);
    expect(file.content).toMatch(/`national-health-plan-14th-fyp-2022:p0012`.*: new crown pneumonia/);
  });

  it('writes CSV with a row per place, and the note of a finding accepted as is', () => {
    const findings = run();
    const mark = { findingId: findings[0].id, note: 'Kept, as published.', markedBy: 'Reviewer', markedAt: '2026-12-01T00:00:00Z' };
    const file = exportAudit('csv', new ConsistencyAudit(corpus.connection, concepts).run({ origin: 'published' }, [mark]), concepts, context);
    const rows = parseCsv(file.content);
    expect(rows).toHaveLength(findings.reduce((n, f) => n + f.places.length, 0) + 1);
    const markedRows = rows.filter((r) => r[0] === findings[0].id);
    expect(markedRows.length).toBeGreaterThan(0);
    expect(markedRows.every((r) => r[10] === 'Kept, as published.')).toBe(true);
  });
});
