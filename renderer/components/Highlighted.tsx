import type { ReactNode } from 'react';
import type { TextRange } from '../../contract/search';

/** Text with its matches marked; `current` marks the one the find bar is on. */
export function Highlighted({ text, ranges, current = -1 }: { text: string; ranges: readonly TextRange[]; current?: number }) {
  if (ranges.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start > at) parts.push(<span key={`t${i}`}>{text.slice(at, start)}</span>);
    parts.push(
      <mark key={`m${i}`} className={i === current ? 'is-current' : undefined} data-hit={i === current ? 'current' : undefined}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < text.length) parts.push(<span key="tail">{text.slice(at)}</span>);
  return <>{parts}</>;
}
