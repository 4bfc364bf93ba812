import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX_LENGTH, type HighlightColour } from '../../contract/annotations';
import type { TextLanguage } from '../../contract/languages';
import { useShownText } from '../script/chineseScriptDisplay';
import { ColourSwatches } from './ColourSwatches';
import { popoverPosition } from './popoverPosition';
import { TagInput } from './TagInput';

export interface AnnotationDraft {
  colour: HighlightColour;
  note: string;
  tags: string[];
}

interface AnnotationEditorProps {
  /** The quoted text, shown at the top so the user sees what they annotate. */
  quote: string;
  /** The side the quote is on: Chinese is shown in the script the reader chose. */
  quoteLanguage: TextLanguage;
  initial: AnnotationDraft;
  focus: 'note' | 'tags';
  rect: { top: number; bottom: number; left: number; right: number };
  knownTags: string[];
  /** Present for an annotation that exists: who made it and when, and a delete button. */
  existing?: { author: string; updatedAt: string };
  busy: boolean;
  onSave(draft: AnnotationDraft): void;
  onDelete?(): void;
  onClose(): void;
}

/** Colour, note and tags of one annotation, saved together (Ctrl+Enter) in one change. */
export function AnnotationEditor(props: AnnotationEditorProps) {
  const { t, i18n } = useTranslation();
  const shownQuote = useShownText()(props.quote, props.quoteLanguage);
  const [draft, setDraft] = useState(props.initial);
  const noteId = useId();
  const tagsId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const { onClose } = props;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const save = () => !props.busy && props.onSave(draft);
  return (
    <div
      ref={dialog}
      className="annotation-editor"
      role="dialog"
      aria-label={props.existing ? t('annotations.editTitle') : t('annotations.newTitle')}
      style={popoverPosition(props.rect, { width: 380, height: 330 }, 'below')}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          save();
        }
      }}
    >
      <blockquote className="editor-quote" lang={shownQuote.lang}>
        {shownQuote.text}
      </blockquote>
      <ColourSwatches value={draft.colour} onChoose={(colour) => setDraft({ ...draft, colour })} />
      <label className="editor-label" htmlFor={noteId}>
        {t('annotations.note')}
      </label>
      <textarea
        id={noteId}
        value={draft.note}
        maxLength={NOTE_MAX_LENGTH}
        rows={4}
        autoFocus={props.focus === 'note'}
        onChange={(event) => setDraft({ ...draft, note: event.target.value })}
      />
      <label className="editor-label" htmlFor={tagsId}>
        {t('annotations.tags')}
      </label>
      <TagInput inputId={tagsId} tags={draft.tags} known={props.knownTags} autoFocus={props.focus === 'tags'} onChange={(tags) => setDraft({ ...draft, tags })} />
      {props.existing && (
        <p className="editor-meta muted">
          {t('annotations.meta', {
            author: props.existing.author || t('annotations.noAuthor'),
            date: new Date(props.existing.updatedAt).toLocaleString(i18n.language),
          })}
        </p>
      )}
      <div className="editor-actions">
        {props.onDelete && (
          <button type="button" className="button button-danger" onClick={props.onDelete} disabled={props.busy}>
            {t('annotations.delete')}
          </button>
        )}
        <span className="spacer" />
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('annotations.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={save} disabled={props.busy} title={t('annotations.saveKey')}>
          {t('annotations.save')}
        </button>
      </div>
    </div>
  );
}
