import { Fragment, type ReactNode } from 'react';
import type { Annotation } from '../../contract/annotations';
import type { TextRange } from '../../contract/search';
import type { TermMark } from '../../contract/terminology';
import { TermMarkSpan } from '../reader/terms/TermMarkSpan';

/** A range the text is grouped by (a sentence), named by a key unique in the document. */
export interface TextGroup {
  key: string;
  start: number;
  end: number;
}

interface AnnotatedTextProps {
  text: string;
  /** A highlight's accessible name, from the words it shows and its note: translated once per document, not per cell (issue 14). */
  highlightLabel(shown: string, note: string): string;
  /** Find-bar matches, marked as search hits; `currentFind` is the one the bar is on. */
  findRanges: readonly TextRange[];
  currentFind: number;
  /** Anchored annotations of this side. */
  annotations: readonly Annotation[];
  onOpenAnnotation(annotation: Annotation, element: HTMLElement): void;
  /** Sentences, in order and not overlapping: each is wrapped whole by `renderGroup`, around its highlights and hits. */
  groups?: readonly TextGroup[];
  renderGroup?(group: TextGroup, children: ReactNode): ReactNode;
  /** Termbase terms found in the text (reader/terms/), in order and not overlapping: marked around everything but the sentences. */
  termMarks?: readonly TermMark[];
}

type Placed = { annotation: Annotation; start: number; end: number };

const NO_GROUPS: readonly TextGroup[] = [];
const NO_TERMS: readonly TermMark[] = [];

/**
 * A segment side with its highlights and find hits, grouped into sentences.
 * The text is cut at every boundary of any of them, so overlapping highlights
 * and hits all show and a highlight across sentences shows in each; where
 * highlights overlap, the innermost (latest starting) gives the colour. Only
 * text goes into the element: offsets of a selection in it are offsets in
 * the segment's text.
 */
export function AnnotatedText({ text, highlightLabel, findRanges, currentFind, annotations, onOpenAnnotation, groups = NO_GROUPS, renderGroup, termMarks = NO_TERMS }: AnnotatedTextProps) {
  const placed = annotations.flatMap((a) => (a.placement.status === 'anchored' ? [{ annotation: a, start: a.placement.start, end: a.placement.end }] : []));
  const grouped = renderGroup !== undefined && groups.length > 0;
  if (placed.length === 0 && findRanges.length === 0 && !grouped && termMarks.length === 0) return <>{text}</>;

  const cuts = new Set([0, text.length]);
  for (const p of placed) cuts.add(p.start).add(p.end);
  for (const [start, end] of findRanges) cuts.add(start).add(end);
  if (grouped) for (const g of groups) cuts.add(g.start).add(g.end);
  for (const m of termMarks) cuts.add(m.start).add(m.end);
  const bounds = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);

  const started = new Set<string>();
  const pieces: { from: number; to: number; node: ReactNode }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i], bounds[i + 1]];
    const hit = findRanges.findIndex(([start, end]) => start <= from && to <= end);
    const piece = hit < 0 ? text.slice(from, to) : <FindHit current={hit === currentFind}>{text.slice(from, to)}</FindHit>;
    const covering = placed.filter((p) => p.start <= from && to <= p.end).sort((a, b) => b.start - a.start || a.end - b.end);
    if (covering.length === 0) {
      pieces.push({ from, to, node: inTerm(termMarks, from, to, piece) });
      continue;
    }
    const first = !started.has(covering[0].annotation.id);
    started.add(covering[0].annotation.id);
    // The accessible name starts with the words shown, as WCAG's "label in name" asks.
    const shown = text.slice(from, to);
    const { note } = covering[0].annotation;
    const label = first ? highlightLabel(shown, note) : undefined;
    pieces.push({
      from,
      to,
      node: inTerm(
        termMarks,
        from,
        to,
        <Highlight placed={covering[0]} to={to} first={first} overlapping={covering.length > 1} label={label} onOpen={onOpenAnnotation}>
          {piece}
        </Highlight>,
      ),
    });
  }
  if (!grouped) return <>{pieces.map((p) => <Fragment key={p.from}>{p.node}</Fragment>)}</>;
  return <>{groupPieces(pieces, groups, renderGroup)}</>;
}

/** A piece inside a termbase term is wrapped in its mark: outside the highlight, so that the highlight's button holds nothing focusable. */
function inTerm(marks: readonly TermMark[], from: number, to: number, node: ReactNode): ReactNode {
  if (marks.length === 0) return node;
  const mark = marks.find((m) => m.start <= from && to <= m.end);
  if (!mark) return node;
  return (
    <TermMarkSpan mark={mark} first={from === mark.start} last={to === mark.end}>
      {node}
    </TermMarkSpan>
  );
}

/** Wraps the pieces inside each group; pieces between groups (the space between sentences) stay as they are. */
function groupPieces(pieces: { from: number; to: number; node: ReactNode }[], groups: readonly TextGroup[], render: (group: TextGroup, children: ReactNode) => ReactNode): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const group of groups) {
    while (at < pieces.length && pieces[at].to <= group.start) {
      out.push(<Fragment key={pieces[at].from}>{pieces[at].node}</Fragment>);
      at++;
    }
    const inside: ReactNode[] = [];
    while (at < pieces.length && pieces[at].to <= group.end) {
      inside.push(<Fragment key={pieces[at].from}>{pieces[at].node}</Fragment>);
      at++;
    }
    if (inside.length > 0) out.push(<Fragment key={group.key}>{render(group, inside)}</Fragment>);
  }
  for (; at < pieces.length; at++) out.push(<Fragment key={pieces[at].from}>{pieces[at].node}</Fragment>);
  return out;
}

function FindHit({ current, children }: { current: boolean; children: ReactNode }) {
  return (
    <mark className={current ? 'is-current' : undefined} data-hit={current ? 'current' : undefined}>
      {children}
    </mark>
  );
}

function Highlight(props: { placed: Placed; to: number; first: boolean; overlapping: boolean; label: string | undefined; onOpen: AnnotatedTextProps['onOpenAnnotation']; children: ReactNode }) {
  const { annotation, end } = props.placed;
  return (
    <span
      className={`annotation colour-${annotation.colour}${annotation.note ? ' has-note' : ''}${props.to === end ? ' is-end' : ''}${props.overlapping ? ' is-overlapping' : ''}`}
      data-annotation-id={annotation.id}
      data-annotation-start={props.first ? 'true' : undefined}
      role={props.first ? 'button' : undefined}
      tabIndex={props.first ? -1 : undefined /* reached with the arrows inside its row, not with Tab */}
      aria-label={props.label}
      title={annotation.note || undefined}
      onClick={(event) => {
        if (!window.getSelection()?.isCollapsed) return; // the user is selecting, not opening
        props.onOpen(annotation, event.currentTarget);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          props.onOpen(annotation, event.currentTarget);
        }
      }}
    >
      {props.children}
    </span>
  );
}
