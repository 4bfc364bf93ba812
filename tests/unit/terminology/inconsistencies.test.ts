// INCONSISTENCIES.md is the gold set of the future terminology audit: each of
// its rows must say something true of the bundled corpus's published English.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TERMINOLOGY_DIR, openBundledCorpusText, type CorpusText } from '../../helpers/terminologyCorpus';
import { tempDirForFile } from '../../helpers/tempDir';

interface GoldRow {
  finding: string;
  concept: string;
  chinese: string;
  form: string;
  documentId: string;
  segmentKeys: string[];
}

function readGoldRows(): GoldRow[] {
  const text = fs.readFileSync(path.join(TERMINOLOGY_DIR, 'INCONSISTENCIES.md'), 'utf8');
  return text
    .split('\n')
    .filter((line) => /^\| I\d{2} \|/.test(line))
    .map((line) => {
      const [finding, concept, chinese, , form, documentId, keys] = line.split('|').slice(1, -1).map((cell) => cell.trim());
      return { finding, concept, chinese, form: form.replace(/^`|`$/g, ''), documentId, segmentKeys: keys.split(/,\s*/) };
    });
}

const rows = readGoldRows();
const termbase = JSON.parse(fs.readFileSync(path.join(TERMINOLOGY_DIR, 'starter-termbase.json'), 'utf8')) as {
  concepts: { id: string; terms: { language: string; text: string }[] }[];
};
const scratch = tempDirForFile('duizhao-inconsistencies-');
let corpus: CorpusText;
beforeAll(() => {
  corpus = openBundledCorpusText(scratch);
});

describe('the gold set of inconsistent published renderings', () => {
  it('lists findings of one termbase concept each, every one with at least two different forms', () => {
    const findings = new Map<string, GoldRow[]>();
    for (const row of rows) findings.set(row.finding, [...(findings.get(row.finding) ?? []), row]);
    expect(findings.size).toBeGreaterThanOrEqual(20);
    for (const [finding, its] of findings) {
      expect(new Set(its.map((r) => r.concept)).size, finding).toBe(1);
      expect(new Set(its.map((r) => r.form)).size, finding).toBeGreaterThanOrEqual(2);
      const concept = termbase.concepts.find((c) => c.id === its[0].concept);
      expect(concept, finding).toBeDefined();
      const chinese = concept!.terms.filter((t) => t.language === 'zh').map((t) => t.text);
      for (const r of its) expect(chinese, finding).toContain(r.chinese);
    }
  });

  it('finds each form, letter case and all, in the published English of every paragraph listed, beside the Chinese term', () => {
    for (const row of rows) {
      for (const key of row.segmentKeys) {
        const where = `${row.finding} "${row.form}" ${row.documentId}:${key}`;
        const segment = corpus.segment(row.documentId, key);
        expect(segment, where).toBeDefined();
        expect(segment!.origin.en, where).toBe('published');
        expect(segment!.en.includes(row.form), where).toBe(true);
        expect(segment!.zh.includes(row.chinese), where).toBe(true);
      }
    }
  });
});
