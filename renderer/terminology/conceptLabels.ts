import { useMemo } from 'react';
import type { TextLanguage } from '../../contract/languages';
import type { Concept, Term } from '../../contract/terminology';
import { useApi } from '../api/ApiContext';
import { useApiResult } from '../api/useApiResult';

type Label = { text: string; language: TextLanguage } | null;

/** How the audit names a concept (its preferred Chinese and English terms) and finds a term it reports. */
export interface ConceptLabels {
  zhOf(conceptId: string): Label;
  enOf(conceptId: string): Label;
  term(termId: string): Term | null;
}

/** The concept's preferred term in a language, or its first term in that language. */
function preferred(concept: Concept | undefined, language: TextLanguage): Label {
  const terms = concept?.terms.filter((term) => term.language === language) ?? [];
  const term = terms.find((candidate) => candidate.status === 'preferred') ?? terms[0];
  return term ? { text: term.text, language } : null;
}

export function useConceptLabels(): ConceptLabels {
  const api = useApi();
  const [loaded] = useApiResult(() => api.getTermbase({}), [api]);
  return useMemo(() => {
    const concepts = new Map((loaded.state === 'ready' ? loaded.value.concepts : []).map((concept) => [concept.id, concept]));
    const terms = new Map([...concepts.values()].flatMap((concept) => concept.terms.map((term) => [term.id, term] as const)));
    return {
      zhOf: (conceptId) => preferred(concepts.get(conceptId), 'zh') ?? { text: conceptId, language: 'en' },
      enOf: (conceptId) => preferred(concepts.get(conceptId), 'en'),
      term: (termId) => terms.get(termId) ?? null,
    };
  }, [loaded]);
}
