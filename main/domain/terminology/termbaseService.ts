import { randomUUID } from 'node:crypto';
import { conceptInputSchema, type Concept, type ConceptInput, type FindingMark, type TermbaseImportReport, type TermDomain } from '../../../contract/terminology';
import type { Connection } from '../database/connection';
import { DomainError } from '../errors';
import type { StarterTermbase } from './starterTermbase';

interface ConceptRow {
  id: string;
  concept_json: string;
  deleted_at: string | null;
}

/**
 * The termbase the user works with: the starter termbase shipped with the app, overlaid by the user's own concepts
 * and edits from the user database (see migration 005). Every change is one transaction; nothing is half-written.
 */
export class TermbaseService {
  private readonly starterById: ReadonlyMap<string, Concept>;

  constructor(
    private readonly db: Connection,
    private readonly starter: StarterTermbase,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.starterById = new Map(starter.concepts.map((c) => [c.id, c]));
  }

  /** The starter termbase's subject fields, then those files brought in (a file's names win for an id both have). */
  domains(): TermDomain[] {
    const rows = this.db.prepare('SELECT id, zh, en FROM term_domain ORDER BY rowid').all() as TermDomain[];
    const byId = new Map(this.starter.domains.map((d) => [d.id, d]));
    for (const row of rows) byId.set(row.id, row);
    return [...byId.values()];
  }

  /** Every live concept, starter ones as the user left them, in id order. */
  list(): Concept[] {
    const rows = this.db.prepare('SELECT id, concept_json, deleted_at FROM term_concept').all() as ConceptRow[];
    const byId = new Map(this.starterById);
    for (const row of rows) {
      if (row.deleted_at) byId.delete(row.id);
      else byId.set(row.id, JSON.parse(row.concept_json) as Concept);
    }
    return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  get(id: string): Concept | null {
    const row = this.db.prepare('SELECT id, concept_json, deleted_at FROM term_concept WHERE id = ?').get(id) as ConceptRow | undefined;
    if (row) return row.deleted_at ? null : (JSON.parse(row.concept_json) as Concept);
    return this.starterById.get(id) ?? null;
  }

  /**
   * Creates a concept (no id) or replaces one (its id): checked whole, its terms numbered, who and when recorded.
   * A starter concept the user edits becomes the user's, and stays so when the app's starter termbase is updated.
   */
  save(input: ConceptInput, author: string): Concept {
    const parsed = conceptInputSchema.safeParse(input);
    if (!parsed.success) throw new DomainError('invalid-argument', `Not a valid concept: ${parsed.error.issues[0]?.message ?? ''}`);
    const value = parsed.data;
    refuseDuplicateTerms(value.terms);
    return this.db.transaction((): Concept => {
      const existing = value.id ? this.get(value.id) : null;
      if (value.id && !existing) throw new DomainError('not-found', `No concept ${value.id}`);
      const id = existing?.id ?? `u${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      const at = this.now().toISOString();
      const usedNumbers = (existing?.terms ?? []).map((t) => Number(t.id.split('.t')[1]) || 0);
      let next = Math.max(0, ...usedNumbers) + 1;
      const known = new Set(existing?.terms.map((t) => t.id));
      const concept: Concept = {
        id,
        domain: value.domain,
        note: value.note,
        origin: 'user',
        createdAt: existing?.createdAt ?? at,
        changedAt: at,
        changedBy: author,
        terms: value.terms.map((term) => ({ ...term, id: term.id && known.has(term.id) ? term.id : `${id}.t${next++}` })),
      };
      this.db
        .prepare(
          `INSERT INTO term_concept (id, concept_json, created_at, changed_at, changed_by, deleted_at) VALUES (?, ?, ?, ?, ?, NULL)
           ON CONFLICT (id) DO UPDATE SET concept_json = excluded.concept_json, changed_at = excluded.changed_at, changed_by = excluded.changed_by, deleted_at = NULL`,
        )
        .run(id, JSON.stringify(concept), concept.createdAt, at, author);
      return concept;
    })();
  }

  /** Hides a concept (a starter one too); `restore` brings it back as it was. */
  delete(id: string, author: string): void {
    this.db.transaction(() => {
      const concept = this.get(id);
      if (!concept) throw new DomainError('not-found', `No concept ${id}`);
      const at = this.now().toISOString();
      this.db
        .prepare(
          `INSERT INTO term_concept (id, concept_json, created_at, changed_at, changed_by, deleted_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET changed_at = excluded.changed_at, changed_by = excluded.changed_by, deleted_at = excluded.deleted_at`,
        )
        .run(id, JSON.stringify(concept), concept.createdAt, at, author, at);
    })();
  }

  restore(id: string): Concept {
    return this.db.transaction((): Concept => {
      const row = this.db.prepare('SELECT id, concept_json, deleted_at FROM term_concept WHERE id = ?').get(id) as ConceptRow | undefined;
      if (!row?.deleted_at) throw new DomainError('not-found', `No deleted concept ${id}`);
      const concept = JSON.parse(row.concept_json) as Concept;
      const starter = this.starterById.get(id);
      // A starter concept deleted without being edited comes back as the starter's, not as a copy of it.
      if (starter && concept.origin === 'starter') this.db.prepare('DELETE FROM term_concept WHERE id = ?').run(id);
      else this.db.prepare('UPDATE term_concept SET deleted_at = NULL WHERE id = ?').run(id);
      return concept;
    })();
  }

  /**
   * What importing these concepts does (see TermbaseImportReport); with `apply`, does it, in one transaction. An
   * entry is written exactly as the file holds it (its author, dates and origin), so an export imported into
   * another profile gives back the same termbase.
   */
  importConcepts(file: { concepts: readonly Concept[]; domains: readonly TermDomain[] }, apply: boolean): Omit<TermbaseImportReport, 'format' | 'fileName' | 'ignored'> {
    const plan = () => {
      const added: Concept[] = [];
      const replaced: Concept[] = [];
      let unchanged = 0;
      for (const concept of file.concepts) {
        const existing = this.get(concept.id);
        if (!existing) added.push(concept);
        else if (sameEntry(existing, concept)) unchanged++;
        else replaced.push(concept);
      }
      return { added, replaced, unchanged };
    };
    const write = (): ReturnType<typeof plan> => {
      const result = plan();
      const upsert = this.db.prepare(
        `INSERT INTO term_concept (id, concept_json, created_at, changed_at, changed_by, deleted_at) VALUES (?, ?, ?, ?, ?, NULL)
         ON CONFLICT (id) DO UPDATE SET concept_json = excluded.concept_json, changed_at = excluded.changed_at, changed_by = excluded.changed_by, deleted_at = NULL`,
      );
      for (const c of [...result.added, ...result.replaced]) upsert.run(c.id, JSON.stringify(c), c.createdAt, c.changedAt, c.changedBy);
      const known = new Map(this.domains().map((d) => [d.id, d]));
      const putDomain = this.db.prepare('INSERT INTO term_domain (id, zh, en) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET zh = excluded.zh, en = excluded.en');
      for (const d of file.domains) {
        const had = known.get(d.id);
        if (!had || had.zh !== d.zh || had.en !== d.en) putDomain.run(d.id, d.zh, d.en);
      }
      return result;
    };
    const { added, replaced, unchanged } = apply ? this.db.transaction(write)() : plan();
    return { concepts: file.concepts.length, added: added.length, replaced: replaced.length, unchanged, replacedIds: replaced.map((c) => c.id), applied: apply };
  }

  marks(): FindingMark[] {
    return this.db.prepare('SELECT finding_id AS findingId, note, marked_by AS markedBy, marked_at AS markedAt FROM audit_mark ORDER BY finding_id').all() as FindingMark[];
  }

  /** Marks an audit finding "accepted as is" (or, with `null`, takes the mark away). */
  setMark(findingId: string, note: string | null, author: string): void {
    if (note === null) {
      this.db.prepare('DELETE FROM audit_mark WHERE finding_id = ?').run(findingId);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO audit_mark (finding_id, note, marked_by, marked_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (finding_id) DO UPDATE SET note = excluded.note, marked_by = excluded.marked_by, marked_at = excluded.marked_at`,
      )
      .run(findingId, note, author, this.now().toISOString());
  }
}

/** Two entries hold the same: every field the model has, whatever order a file wrote them in. */
function sameEntry(a: Concept, b: Concept): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : v,
  );
}

/** The same term twice in one concept (same language, same text but for case and spaces) is a slip, not a synonym. */
function refuseDuplicateTerms(terms: readonly { language: string; text: string }[]): void {
  const seen = new Set<string>();
  for (const term of terms) {
    const key = `${term.language}|${term.text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
    if (seen.has(key)) throw new DomainError('invalid-argument', `The term "${term.text}" is listed twice in this concept`);
    seen.add(key);
  }
}
