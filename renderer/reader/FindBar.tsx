import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface FindBarProps {
  query: string;
  total: number;
  /** 0-based; -1 when there is no hit. */
  current: number;
  onQueryChange(query: string): void;
  onStep(direction: 1 | -1): void;
  onClose(): void;
}

/** Find in this document: the hits of the query, stepped through with Enter / Shift+Enter or F3 / Shift+F3. */
export function FindBar(props: FindBarProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <input
        ref={input}
        type="search"
        value={props.query}
        placeholder={t('find.placeholder')}
        aria-label={t('find.label')}
        spellCheck={false}
        onChange={(event) => props.onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            props.onStep(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            props.onClose();
          }
        }}
      />
      <output className="find-count" aria-live="polite">
        {props.query.trim() === '' ? '' : props.total === 0 ? t('find.none') : t('find.position', { current: props.current + 1, total: props.total })}
      </output>
      <button type="button" className="button" onClick={() => props.onStep(-1)} disabled={props.total === 0} title={t('find.previousHint')}>
        {t('find.previous')}
      </button>
      <button type="button" className="button" onClick={() => props.onStep(1)} disabled={props.total === 0} title={t('find.nextHint')}>
        {t('find.next')}
      </button>
      <button type="button" className="button button-quiet" onClick={props.onClose}>
        {t('find.close')}
      </button>
    </div>
  );
}
