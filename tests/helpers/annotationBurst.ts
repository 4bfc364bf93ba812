import type { NewAnnotation } from '../../main/domain/annotations/annotationService';
import type { Segment } from '../../contract/model';

/** The i-th annotation of the crash test's burst: the same for the writer and for the check. */
export function burstAnnotation(segments: readonly Segment[], i: number): NewAnnotation {
  const withBoth = segments.filter((s) => s.zh && s.en);
  const segment = withBoth[(i * 7) % withBoth.length];
  const side = i % 2 === 0 ? 'zh' : 'en';
  const text = segment[side]!.text;
  const start = (i * 13) % Math.max(1, text.length - 8);
  const end = Math.min(text.length, start + 1 + (i % 7));
  return {
    segmentId: segment.id,
    side,
    start,
    end,
    exact: text.slice(start, end),
    colour: (['yellow', 'green', 'blue', 'pink', 'purple'] as const)[i % 5],
    note: `note ${i}: ${'记'.repeat(i % 50)}`,
    tags: [`burst`, `t${i % 7}`],
  };
}
