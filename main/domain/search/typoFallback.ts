import type { SearchFallback } from '../../../contract/search';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a search that corrected typos actually searched for: the query as
 * typed, each unknown word replaced by its closest correction (so the user
 * reads "hospital" where they typed "hosptial"). Null when nothing was corrected.
 */
export function typoFallback(query: string, corrections: ReadonlyMap<string, readonly string[]>): SearchFallback | null {
  if (corrections.size === 0) return null;
  let searched = query;
  for (const [typed, [closest]] of corrections) {
    // The typed word is folded (lower case); it stands alone in the query, not inside a longer word.
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(typed)}(?![\\p{L}\\p{N}])`, 'giu');
    searched = searched.replace(word, closest);
  }
  return {
    kind: 'typo',
    query: searched.trim(),
    corrections: [...corrections].map(([typed, searchedFor]) => ({ typed, searchedFor: [...searchedFor] })),
  };
}
