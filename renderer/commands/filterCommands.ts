/** What the palette matches a query against. */
export interface MatchableCommand {
  id: string;
  /** In the interface language. */
  label: string;
  /** In English, so English words find a command whatever the interface language. */
  englishLabel: string;
}

const HAN = /\p{Script=Han}/u;

/** Case, width (full-width Ｆ３ is F3) and spacing do not matter. */
function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Words of a label or an id: runs of letters and digits, with camelCase split (nextHit → next, hit). */
function words(text: string): string[] {
  return normalise(text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * How well one typed word fits a command, 0 for not at all: the start of its
 * label best, then the start of any word of its label, then of a word of its
 * English label, then of its id. Chinese, written without spaces, matches
 * anywhere in the label.
 */
function tokenScore(token: string, command: { label: string; labelWords: string[]; englishWords: string[]; idWords: string[]; id: string }): number {
  if (HAN.test(token)) {
    const at = command.label.indexOf(token);
    return at === 0 ? 4 : at > 0 ? 3 : 0;
  }
  if (command.labelWords[0]?.startsWith(token)) return 4;
  if (command.labelWords.some((word) => word.startsWith(token))) return 3;
  if (command.englishWords.some((word) => word.startsWith(token))) return 2;
  if (command.idWords.some((word) => word.startsWith(token)) || command.id.startsWith(token)) return 1;
  return 0;
}

/**
 * The commands matching every word typed, best first; ties keep the order
 * given. An empty query keeps them all, in order.
 */
export function filterCommands<T extends MatchableCommand>(commands: readonly T[], query: string): T[] {
  const tokens = normalise(query).split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return [...commands];
  const scored = commands.flatMap((command, order) => {
    const prepared = {
      id: normalise(command.id),
      label: normalise(command.label),
      labelWords: words(command.label),
      englishWords: words(command.englishLabel),
      idWords: words(command.id),
    };
    let score = 0;
    for (const token of tokens) {
      const fit = tokenScore(token, prepared);
      if (fit === 0) return [];
      score += fit;
    }
    return [{ command, score, order }];
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((entry) => entry.command);
}
