import fs from 'node:fs';
import { z } from 'zod';
import type { TextLanguage } from '../../../contract/languages';
import { conceptInputSchema, DEFAULT_TERM_MATCHING, type Concept, type TermDomain, type TermMatching } from '../../../contract/terminology';

/** The file shipped in resources/terminology/ (its README documents the shape). */
const starterFileSchema = z.object({
  format: z.literal('duizhao-termbase'),
  formatVersion: z.literal(1),
  createdOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  domains: z.array(z.object({ id: z.string(), zh: z.string(), en: z.string() })),
  concepts: z.array(conceptInputSchema.extend({ id: z.string() })),
});

export interface StarterTermbase {
  concepts: Concept[];
  domains: TermDomain[];
}

/** The author the starter termbase's entries carry. */
export const STARTER_AUTHOR = 'Duizhao';

/** Chinese terms match across scripts and widths always, and never take inflections. */
const CHINESE_MATCHING: TermMatching = { caseSensitive: false, hyphenVariants: false, inflections: false };

/** The matching a term has unless its entry (or a file) says otherwise. */
export const defaultMatchingFor = (language: TextLanguage): TermMatching => (language === 'zh' ? CHINESE_MATCHING : DEFAULT_TERM_MATCHING);

/**
 * Reads the starter termbase shipped with the app. It is the app's own file, so a fault in it is a bug to report
 * loudly (the corpus check and its unit test pin it), not a user's bad input.
 */
export function readStarterTermbase(file: string): StarterTermbase {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { concepts?: { terms?: { matching?: TermMatching }[] }[] };
  const parsed = starterFileSchema.parse(raw);
  const createdAt = `${parsed.createdOn}T00:00:00.000Z`;
  const concepts = parsed.concepts.map((input, conceptIndex): Concept => {
    const concept = conceptInputSchema.parse(input);
    return {
      id: input.id,
      domain: concept.domain,
      note: concept.note,
      origin: 'starter',
      createdAt,
      changedAt: createdAt,
      changedBy: STARTER_AUTHOR,
      terms: concept.terms.map((term, index) => ({
        ...term,
        id: `${input.id}.t${index + 1}`,
        // The file states matching only where a term departs from its language's default.
        matching: raw.concepts?.[conceptIndex]?.terms?.[index]?.matching ?? defaultMatchingFor(term.language),
      })),
    };
  });
  return { concepts, domains: parsed.domains };
}
