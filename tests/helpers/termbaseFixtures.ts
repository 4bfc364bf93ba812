import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_TERM_MATCHING, type Concept, type TermDomain, type TermSource } from '../../contract/terminology';
import { REPO_ROOT } from './corpus';
import { TERMINOLOGY_DIR } from './terminologyCorpus';

interface StarterTerm {
  language: 'zh' | 'en';
  text: string;
  termType: Concept['terms'][number]['termType'];
  status: Concept['terms'][number]['status'];
  date: string | null;
  note?: string;
  sources: TermSource[];
}

interface StarterFile {
  createdOn: string;
  domains: TermDomain[];
  concepts: { id: string; domain: string; note?: string; terms: StarterTerm[] }[];
}

/**
 * The starter termbase as the model holds it, the way the workbench's store
 * will load it: ids for the terms, default matching, the file's date as the
 * concepts' creation. (Its per-term `count` is the sum of the sources' and is
 * not part of the model.)
 */
export function starterTermbase(): { concepts: Concept[]; domains: TermDomain[] } {
  const file = JSON.parse(fs.readFileSync(path.join(TERMINOLOGY_DIR, 'starter-termbase.json'), 'utf8')) as StarterFile;
  const concepts = file.concepts.map(
    (c): Concept => ({
      id: c.id,
      domain: c.domain,
      note: c.note ?? '',
      terms: c.terms.map((t, i) => ({
        id: `${c.id}.t${i + 1}`,
        language: t.language,
        text: t.text,
        termType: t.termType,
        status: t.status,
        note: t.note ?? '',
        date: t.date,
        sources: t.sources,
        matching: { ...DEFAULT_TERM_MATCHING },
      })),
      origin: 'starter',
      createdAt: file.createdOn,
      changedBy: 'Duizhao',
      changedAt: file.createdOn,
    }),
  );
  return { concepts, domains: file.domains };
}

export const TERMINOLOGY_FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'terminology');

/** tests/fixtures/terminology/realistic-termbase.json: ten concepts made to exercise every field and escape. */
export function realisticTermbase(): { concepts: Concept[]; domains: TermDomain[] } {
  const file = JSON.parse(fs.readFileSync(path.join(TERMINOLOGY_FIXTURES, 'realistic-termbase.json'), 'utf8')) as { concepts: Concept[]; domains: TermDomain[] };
  return { concepts: file.concepts, domains: file.domains };
}
