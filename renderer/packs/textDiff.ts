/** A stretch of one side of a comparison: the same in both texts, or only in this one. */
export interface DiffPart {
  text: string;
  changed: boolean;
}

/** Above this many character pairs the middle is marked changed as a whole rather than compared (a frame's work at most). */
const MAX_CELLS = 400_000;

/**
 * The quoted text and today's, each cut into stretches the other shares and
 * stretches it alone has (a longest common subsequence of code points), so a
 * changed quote can be shown beside today's with the differences marked.
 */
export function diffTexts(before: string, after: string): { before: DiffPart[]; after: DiffPart[] } {
  const a = [...before];
  const b = [...after];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const midA = a.slice(start, a.length - end);
  const midB = b.slice(start, b.length - end);
  const [keptA, keptB] = midA.length * midB.length > MAX_CELLS ? [midA.map(() => false), midB.map(() => false)] : commonMarks(midA, midB);
  const mark = (chars: string[], kept: boolean[]) => [...chars.slice(0, start).map(() => true), ...kept, ...chars.slice(chars.length - end).map(() => true)];
  return { before: parts(a, mark(a, keptA)), after: parts(b, mark(b, keptB)) };
}

/** Which characters of each side belong to a longest common subsequence. */
function commonMarks(a: string[], b: string[]): [boolean[], boolean[]] {
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const keptA = a.map(() => false);
  const keptB = b.map(() => false);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      keptA[i++] = true;
      keptB[j++] = true;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) i++;
    else j++;
  }
  return [keptA, keptB];
}

function parts(chars: string[], kept: boolean[]): DiffPart[] {
  const result: DiffPart[] = [];
  chars.forEach((char, index) => {
    const changed = !kept[index];
    const last = result[result.length - 1];
    if (last && last.changed === changed) last.text += char;
    else result.push({ text: char, changed });
  });
  return result;
}
