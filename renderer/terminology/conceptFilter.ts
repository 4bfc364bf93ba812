import type { TextLanguage } from '../../contract/languages';
import type { Concept, Term, TermStatus } from '../../contract/terminology';

export interface ConceptFilter {
  text: string;
  /** Only concepts with a term of this status ("has forbidden renderings"). */
  status: TermStatus | '';
  /** A domain id, '' for any, NO_DOMAIN for concepts without one. */
  domain: string;
  origin: Concept['origin'] | '';
}

export const NO_DOMAIN = '-';
export const NO_CONCEPT_FILTER: ConceptFilter = { text: '', status: '', domain: '', origin: '' };

/** A concept with the text its terms are found by: every term, lower case and half-width, Chinese also in Traditional. */
export interface IndexedConcept {
  concept: Concept;
  haystack: string;
}

const folded = (text: string) => text.normalize('NFKC').toLowerCase();

/** Built once per termbase, so filtering a thousand concepts is a scan of short strings per keystroke. */
export function indexConcepts(concepts: readonly Concept[], toTraditional: (text: string) => string = (text) => text): IndexedConcept[] {
  return concepts.map((concept) => ({
    concept,
    haystack: concept.terms
      .flatMap((term) => (term.language === 'zh' ? [term.text, toTraditional(term.text)] : [term.text]))
      .map(folded)
      .join('\n'),
  }));
}

export function filterConcepts(index: readonly IndexedConcept[], filter: ConceptFilter): Concept[] {
  const needle = folded(filter.text.trim());
  return index
    .filter(({ concept, haystack }) => {
      if (needle && !haystack.includes(needle)) return false;
      if (filter.status && !concept.terms.some((term) => term.status === filter.status)) return false;
      if (filter.domain === NO_DOMAIN ? concept.domain !== null : filter.domain && concept.domain !== filter.domain) return false;
      return !filter.origin || concept.origin === filter.origin;
    })
    .map(({ concept }) => concept);
}

/** The term a concept is named by in one language: its first preferred term, else its first term there. */
export function headTerm(concept: Concept, language: TextLanguage): Term | null {
  const inLanguage = concept.terms.filter((term) => term.language === language);
  return inLanguage.find((term) => term.status === 'preferred') ?? inLanguage[0] ?? null;
}

/** "分级诊疗 · hierarchical diagnosis and treatment": how a concept is named in lists and messages. */
export function conceptLabel(concept: Concept): string {
  return [headTerm(concept, 'zh')?.text, headTerm(concept, 'en')?.text].filter(Boolean).join(' · ') || concept.id;
}
