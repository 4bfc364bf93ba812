import { useTranslation } from 'react-i18next';
import type { AlignmentHistoryEntry } from '../../../contract/alignmentEdits';
import type { AlignmentEditor } from './useAlignmentEditor';

/** Undo and redo, the last change made, and the whole history (who edited what, when) on demand. */
export function EditHistory({ editor }: { editor: AlignmentEditor }) {
  const { t, i18n } = useTranslation();
  const history = editor.history;
  const when = (at: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
  const describe = (entry: AlignmentHistoryEntry) =>
    t('alignmentEditor.entry', { edit: t(`alignmentEditor.type.${entry.type}`), by: entry.by || t('alignmentEditor.unnamed'), at: when(entry.at) });
  const last = history?.done.at(-1);
  return (
    <div className="alignment-edit-history">
      <button type="button" className="button" onMouseDown={(e) => e.preventDefault()} onClick={editor.undo} disabled={!history?.canUndo || editor.busy}>
        {t('alignmentEditor.undo')}
      </button>
      <button type="button" className="button" onMouseDown={(e) => e.preventDefault()} onClick={editor.redo} disabled={!history?.canRedo || editor.busy}>
        {t('alignmentEditor.redo')}
      </button>
      <p className="alignment-edit-last" role="status" aria-live="polite" data-testid="alignment-edit-last">
        {editor.lastChange && `${t(`alignmentEditor.${editor.lastChange.how}`, { edit: t(`alignmentEditor.type.${editor.lastChange.type}`) })} `}
        {history
          ? last
            ? t('alignmentEditor.lastEdit', { entry: describe(last) })
            : t('alignmentEditor.noEdits')
          : // Until the history has come, nothing is claimed about it; if it could not be read, the error says so.
            !editor.error && t('alignmentEditor.historyLoading')}
      </p>
      {history && history.done.length + history.undone.length > 0 && (
        <details className="alignment-edit-log">
          <summary>{t('alignmentEditor.historyTitle', { count: history.done.length + history.undone.length })}</summary>
          <ol reversed>
            {[...history.undone].reverse().map((entry) => (
              <li key={entry.seq} className="is-undone">
                {t('alignmentEditor.undoneEntry', { entry: describe(entry) })}
              </li>
            ))}
            {[...history.done].reverse().map((entry) => (
              <li key={entry.seq}>{describe(entry)}</li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
