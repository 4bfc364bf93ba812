import { useEffect, useMemo, useSyncExternalStore, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '../../../contract/model';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useCommands } from '../../commands/CommandsProvider';
import type { CommandBindings } from '../../commands/registry';
import { confidencePercent, type SentenceIndex } from '../sentences/sentenceIndex';
import type { SentencePairStore } from '../sentences/sentencePairStore';
import { focusSentence } from '../sentences/useSentenceInteractions';
import { EDIT_ACTION_COMMANDS, EditActionButtons } from './EditActionButtons';
import { EditHistory } from './EditHistory';
import { editFor, editTarget, steppedDoubtful, type EditAction, type EditTarget } from './editTargets';
import type { AlignmentEditor } from './useAlignmentEditor';
import { useEditCaret } from './useEditCaret';
import './alignmentEditor.css';

interface AlignmentEditBarProps {
  doc: DocumentDetail;
  index: SentenceIndex;
  store: SentencePairStore;
  editor: AlignmentEditor;
  rowsRef: RefObject<HTMLElement | null>;
  /** Shows and pins a link in the text (as the list of links to check does). */
  onShowLink(linkId: number): void;
}

/** Edits that keep the chosen sentence where it was: after them it is selected again. */
const KEEPS_SENTENCE: ReadonlySet<EditAction> = new Set(['merge-sentences', 'split-sentence', 'move-previous', 'move-next', 'link', 'unlink', 'no-counterpart', 'merge-paragraphs']);

/**
 * The alignment editor's bar under the reader toolbar (issue 10): the sentence chosen in the text, its link and
 * confidence, stepping through the doubtful links, the edits (buttons and keys) and undo and redo with the history.
 */
export function AlignmentEditBar({ doc, index, store, editor, rowsRef, onShowLink }: AlignmentEditBarProps) {
  const { t } = useTranslation();
  const cursor = useSyncExternalStore(store.subscribe, () => store.cursor);
  const pinned = useSyncExternalStore(store.subscribe, () => store.pinned);
  const caret = useEditCaret(rowsRef);
  const entry = cursor ? index.entries.get(cursor) : undefined;
  const caretHere = caret && entry && caret.segmentId === entry.segmentId && caret.side === entry.side ? caret.offset : null;
  const target = useMemo(() => editTarget(doc, index, cursor, caretHere), [doc, index, cursor, caretHere]);
  useSelectLanding(editor, index, store, rowsRef);

  const run = (action: EditAction) => {
    const edit = target && editFor(action, target);
    if (!target || !edit) return store.announce(t('alignmentEditor.cannot'));
    editor.apply(edit, KEEPS_SENTENCE.has(action) ? target.sentenceKey : null);
  };
  const stepDoubtful = (step: 1 | -1) => {
    const link = steppedDoubtful(doc, index, pinned ?? target?.link.id ?? null, step);
    if (link) onShowLink(link.id);
    else store.announce(t('alignmentEditor.noDoubtful'));
  };
  const bindings: CommandBindings = {
    'alignment.undo': { run: editor.undo, enabled: () => Boolean(editor.history?.canUndo) && !editor.busy },
    'alignment.redo': { run: editor.redo, enabled: () => Boolean(editor.history?.canRedo) && !editor.busy },
    'alignment.nextDoubtful': { run: () => stepDoubtful(1) },
    'alignment.previousDoubtful': { run: () => stepDoubtful(-1) },
  };
  for (const [action, id] of EDIT_ACTION_COMMANDS) bindings[id] = { run: () => run(action), enabled: () => !editor.busy && target !== null && editFor(action, target) !== null };
  useCommands(bindings);

  return (
    <section className="alignment-edit-bar" aria-label={t('alignmentEditor.barLabel')} aria-busy={editor.busy}>
      <div className="alignment-edit-row">
        <p className="alignment-edit-target" data-testid="alignment-edit-target">
          {target ? describeTarget(t, target) : t('alignmentEditor.chooseSentence')}
        </p>
        <div className="alignment-edit-doubtful" role="group" aria-label={t('alignmentEditor.doubtfulLabel', { count: index.lowConfidence.length })}>
          <span className="muted">{t('alignmentEditor.doubtfulCount', { count: index.lowConfidence.length })}</span>
          <button type="button" className="button" onMouseDown={(e) => e.preventDefault()} onClick={() => stepDoubtful(-1)} disabled={index.lowConfidence.length === 0}>
            {t('alignmentEditor.previousDoubtful')}
          </button>
          <button type="button" className="button" onMouseDown={(e) => e.preventDefault()} onClick={() => stepDoubtful(1)} disabled={index.lowConfidence.length === 0}>
            {t('alignmentEditor.nextDoubtful')}
          </button>
        </div>
      </div>
      <EditActionButtons target={target} busy={editor.busy} onRun={run} />
      <EditHistory editor={editor} />
      {editor.error && <ErrorMessage error={editor.error} onDismiss={editor.dismissError} />}
    </section>
  );
}

function describeTarget(t: ReturnType<typeof useTranslation>['t'], target: EditTarget): string {
  const where = t('alignmentEditor.target', {
    language: t(`textLanguage.${target.side}`),
    sentence: target.sentence,
    paragraph: target.position + 1,
    link: target.linkNumber,
    links: target.links,
  });
  const confidence = target.link.corrected ? t('alignmentEditor.corrected') : t('alignmentEditor.confidence', { percent: confidencePercent(target.link.confidence) });
  return `${where} · ${confidence}`;
}

/** Once the document is shown again after a change, the sentence edited is chosen and its link pinned again. */
function useSelectLanding(editor: AlignmentEditor, index: SentenceIndex, store: SentencePairStore, rowsRef: RefObject<HTMLElement | null>): void {
  const key = editor.landing?.sentenceKey ?? null;
  useEffect(() => {
    const entry = key ? index.entries.get(key) : undefined;
    if (!key || !entry) return;
    store.pin(entry.link);
    const frame = requestAnimationFrame(() => rowsRef.current && focusSentence(rowsRef.current, store, key));
    return () => cancelAnimationFrame(frame);
  }, []); // once per document shown: the bar is made anew with it

}
