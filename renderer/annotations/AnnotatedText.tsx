import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../contract/annotations';
import type { TextRange } from '../../contract/search';

interface AnnotatedTextProps {
  text: string;
  /** Find-bar matches, marked as search hits; `currentFind` is the one the bar is on. */
  findRanges: readonly TextRange[];
  currentFind: number;
  /** Anchored annotations of this side. */
  annotations: readonly Annotation[];
  onOpenAnnotation(annotation: Annotation, element: HTMLElement): void;
}

/**
 * A segment side with its highlights and find hits. The text is cut at every
 * boundary of either, so overlapping highlights and hits all show; where
 * highlights overlap, the innermost (latest starting) gives the colour. Only
 * text goes into the element: offsets of a selection in it are offsets in
 * the segment's text.
 */
export function AnnotatedText({ text, findRanges, currentFind, annotations, onOpenAnnotation }: AnnotatedTextProps) {
  const { t } = useTranslation();
  const placed = annotations.flatMap((a) => (a.placement.status === 'anchored' ? [{ annotation: a, start: a.placement.start, end: a.placement.end }] : []));
  if (placed.length === 0 && findRanges.length === 0) return <>{text}</>;

  const cuts = new Set([0, text.length]);
  for (const p of placed) cuts.add(p.start).add(p.end);
  for (const [start, end] of findRanges) cuts.add(start).add(end);
  const bounds = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);

  const started = new Set<string>();
  const parts: ReactNode[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i], bounds[i + 1]];
    let piece: ReactNode = text.slice(from, to);
    const hit = findRanges.findIndex(([start, end]) => start <= from && to <= end);
    if (hit >= 0) {
      piece = (
        <mark className={hit === currentFind ? 'is-current' : undefined} data-hit={hit === currentFind ? 'current' : undefined}>
          {piece}
        </mark>
      );
    }
    const covering = placed.filter((p) => p.start <= from && to <= p.end).sort((a, b) => b.start - a.start || a.end - b.end);
    if (covering.length > 0) {
      const { annotation, end } = covering[0];
      const first = !started.has(annotation.id);
      started.add(annotation.id);
      // The accessible name starts with the words shown, as WCAG's "label in name" asks.
      const shown = text.slice(from, to);
      const label = annotation.note ? t('annotations.openWithNote', { text: shown, note: annotation.note.slice(0, 80) }) : t('annotations.open', { text: shown });
      piece = (
        <span
          className={`annotation colour-${annotation.colour}${annotation.note ? ' has-note' : ''}${to === end ? ' is-end' : ''}${covering.length > 1 ? ' is-overlapping' : ''}`}
          data-annotation-id={annotation.id}
          data-annotation-start={first ? 'true' : undefined}
          role={first ? 'button' : undefined}
          tabIndex={first ? 0 : undefined}
          aria-label={first ? label : undefined}
          title={annotation.note || undefined}
          onClick={(event) => {
            if (!window.getSelection()?.isCollapsed) return; // the user is selecting, not opening
            onOpenAnnotation(annotation, event.currentTarget);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              onOpenAnnotation(annotation, event.currentTarget);
            }
          }}
        >
          {piece}
        </span>
      );
    }
    parts.push(<Fragment key={from}>{piece}</Fragment>);
  }
  return <>{parts}</>;
}
