import { useTranslation } from 'react-i18next';
import { COMMANDS, type CommandId } from '../../commands/catalogue';
import { shortcutKeys } from '../../commands/shortcuts';
import { editFor, type EditAction, type EditTarget } from './editTargets';

/** Each edit and the command (with its key) that makes it, in the order the bar shows them. */
export const EDIT_ACTION_COMMANDS: readonly (readonly [EditAction, CommandId])[] = [
  ['merge-sentences', 'alignment.mergeSentences'],
  ['split-sentence', 'alignment.splitSentence'],
  ['move-previous', 'alignment.movePrevious'],
  ['move-next', 'alignment.moveNext'],
  ['link', 'alignment.link'],
  ['unlink', 'alignment.unlink'],
  ['no-counterpart', 'alignment.noCounterpart'],
  ['merge-paragraphs', 'alignment.mergeParagraphs'],
  ['split-paragraph', 'alignment.splitParagraph'],
];

/** The edit buttons, each disabled where its edit cannot apply to the sentence chosen, its key beside its name. */
export function EditActionButtons({ target, busy, onRun }: { target: EditTarget | null; busy: boolean; onRun(action: EditAction): void }) {
  const { t } = useTranslation();
  return (
    <div className="alignment-edit-actions" role="toolbar" aria-label={t('alignmentEditor.actionsLabel')}>
      {EDIT_ACTION_COMMANDS.map(([action, id]) => {
        const shortcut = COMMANDS.find((command) => command.id === id)?.shortcuts?.[0];
        const keys = shortcut ? shortcutKeys(shortcut, t).join('+') : '';
        return (
          <button
            key={action}
            type="button"
            className="button alignment-edit-action"
            data-action={action}
            disabled={busy || target === null || editFor(action, target) === null}
            aria-keyshortcuts={keys || undefined}
            title={t(`alignmentEditor.hint.${action}`)}
            // The caret in the text is where a split happens: pressing a button must not move it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onRun(action)}
          >
            {t(`alignmentEditor.action.${action}`)}
            {keys && <kbd>{keys}</kbd>}
          </button>
        );
      })}
    </div>
  );
}
