import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_TERM_MATCHING, type Concept, type Term, type TermMatching } from '../../contract/terminology';
import { TERMINOLOGY_DIR } from './terminologyCorpus';

interface StarterTerm extends Omit<Term, 'id' | 'matching' | 'note'> {
  note?: string;
}

interface StarterConcept {
  id: string;
  domain: string;
  note?: string;
  terms: StarterTerm[];
}

/**
 * The starter termbase as the contract's concepts, as the termbase store will
 * read it: term ids `<conceptId>.t<n>`, the default matching rules unless
 * `matching` says otherwise for a term id.
 */
export function starterConcepts(ids?: readonly string[], matching: Record<string, Partial<TermMatching>> = {}): Concept[] {
  const file = JSON.parse(fs.readFileSync(path.join(TERMINOLOGY_DIR, 'starter-termbase.json'), 'utf8')) as { createdOn: string; concepts: StarterConcept[] };
  return file.concepts
    .filter((c) => !ids || ids.includes(c.id))
    .map((c) => ({
      id: c.id,
      domain: c.domain,
      note: c.note ?? '',
      origin: 'starter' as const,
      createdAt: file.createdOn,
      changedBy: '',
      changedAt: file.createdOn,
      terms: c.terms.map((t, i) => {
        const id = `${c.id}.t${i + 1}`;
        return { ...t, id, note: t.note ?? '', matching: { ...DEFAULT_TERM_MATCHING, ...matching[id] } };
      }),
    }));
}
