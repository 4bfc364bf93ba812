import type { TextLanguage } from '../../contract/languages';
import type { TextOrigin } from '../../contract/model';
import {
  DEFAULT_TERM_MATCHING,
  type Concept,
  type ConceptInput,
  type TermMatching,
  type TermSource,
  type TermStatus,
  type TermType,
} from '../../contract/terminology';

/** One term row of the editor: the fields as the user is typing them (a date is '' until given). */
export interface TermDraft {
  /** React's key for the row; stable while the editor is open. */
  key: string;
  /** The termbase's id of a term that already exists, kept so its id survives the edit. */
  id?: string;
  language: TextLanguage;
  text: string;
  termType: TermType;
  status: TermStatus;
  note: string;
  date: string;
  sources: TermSource[];
  matching: TermMatching;
}

/** The concept editor's state: `id` null for a new concept. */
export interface ConceptEditorState {
  id: string | null;
  domain: string;
  note: string;
  terms: TermDraft[];
}

/** What stops a concept from being saved, in the terms the UI translates. */
export type EditorProblem =
  | { code: 'no-terms' }
  | { code: 'empty-term'; termKey: string }
  | { code: 'duplicate-term'; termKey: string; text: string }
  | { code: 'no-authority-name'; termKey: string };

let nextKey = 0;
const newKey = () => `k${++nextKey}`;

/** Chinese terms match across scripts and widths always and take no inflection; English ones by the model's default. */
const CHINESE_MATCHING: TermMatching = { caseSensitive: false, hyphenVariants: false, inflections: false };

export function emptyTerm(language: TextLanguage, status: TermStatus = 'admitted'): TermDraft {
  return {
    key: newKey(),
    language,
    text: '',
    termType: 'fullForm',
    status,
    note: '',
    date: '',
    sources: [],
    matching: language === 'zh' ? CHINESE_MATCHING : DEFAULT_TERM_MATCHING,
  };
}

export function editorStateOfConcept(concept: Concept): ConceptEditorState {
  return {
    id: concept.id,
    domain: concept.domain ?? '',
    note: concept.note,
    terms: concept.terms.map((term) => ({
      key: newKey(),
      id: term.id,
      language: term.language,
      text: term.text,
      termType: term.termType,
      status: term.status,
      note: term.note,
      date: term.date ?? '',
      sources: term.sources,
      matching: term.matching,
    })),
  };
}

/** Where a draft from the reader was taken: the paragraph, with each side's provenance and the document's date. */
export interface DraftPlace {
  documentId: string;
  segmentKey: string;
  origin: Record<TextLanguage, TextOrigin>;
  date: string | null;
}

/**
 * A new concept from a draft (the reader's "add as term", or an empty "New concept"): a preferred Chinese term and a
 * preferred English one, each attested in the paragraph the draft came from when there is one.
 */
export function editorStateOfDraft(draft: { zh: string; en: string }, place: DraftPlace | null): ConceptEditorState {
  const termOf = (language: TextLanguage, text: string): TermDraft => {
    const sources: TermSource[] = place
      ? [{ kind: 'corpus', documentId: place.documentId, segmentKey: place.segmentKey, origin: place.origin[language], count: 1, date: place.date }]
      : [];
    return { ...emptyTerm(language, 'preferred'), text: text.trim(), sources, date: place?.date ?? '' };
  };
  return { id: null, domain: '', note: '', terms: [termOf('zh', draft.zh), termOf('en', draft.en)] };
}

/** The same term twice in one concept, as the termbase judges it: same language, same text but for case, width and spaces. */
const sameTermKey = (term: { language: string; text: string }) => `${term.language}|${term.text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}`;

export function validateConcept(state: ConceptEditorState): EditorProblem[] {
  const problems: EditorProblem[] = [];
  if (state.terms.length === 0) problems.push({ code: 'no-terms' });
  const seen = new Set<string>();
  for (const term of state.terms) {
    if (!term.text.trim()) {
      problems.push({ code: 'empty-term', termKey: term.key });
      continue;
    }
    const key = sameTermKey(term);
    if (seen.has(key)) problems.push({ code: 'duplicate-term', termKey: term.key, text: term.text.trim() });
    seen.add(key);
    if (term.sources.some((source) => source.kind === 'authority' && !source.name.trim())) problems.push({ code: 'no-authority-name', termKey: term.key });
  }
  return problems;
}

/** What saveConcept takes: the editor's fields, trimmed, with empty optional values as the contract wants them. */
export function conceptInputOf(state: ConceptEditorState): ConceptInput {
  return {
    ...(state.id ? { id: state.id } : {}),
    domain: state.domain || null,
    note: state.note.trim(),
    terms: state.terms.map((term) => ({
      ...(term.id ? { id: term.id } : {}),
      language: term.language,
      text: term.text.trim(),
      termType: term.termType,
      status: term.status,
      note: term.note.trim(),
      date: term.date || null,
      sources: term.sources.map((source) =>
        source.kind === 'authority' ? { ...source, name: source.name.trim(), reference: source.reference?.trim() || null, date: source.date || null } : source,
      ),
      matching: term.matching,
    })),
  };
}
