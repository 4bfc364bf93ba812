import { useTranslation } from 'react-i18next';
import type { DocumentDetail, Preferences } from '../../contract/model';
import { FONT_SIZE_RANGE, VIEW_MODES } from '../../contract/model';
import { parseSegmentId } from '../../contract/segmentId';
import type { ReaderPanel } from '../reader/ReaderView';
import { routeHash } from '../route';
import { ownerKeyBindings, useCommands } from './CommandsProvider';
import type { CommandBindings } from './registry';
import { isTextField } from './shortcuts';

interface ReaderCommandsOptions {
  doc: DocumentDetail;
  preferences: Preferences;
  onPreferencesChange(patch: Partial<Preferences>): void;
  panel: ReaderPanel | null;
  togglePanel(panel: ReaderPanel): void;
  /** The paragraph at the top of the view, asked for when needed: the reader does not re-render as it scrolls. */
  topSegmentId(): string | null;
  /** Says something to a screen reader (and to no one else). */
  announce(message: string): void;
}

/** The reader toolbar's commands, and a link to the paragraph the user is at. */
export function useReaderCommands({ doc, preferences, onPreferencesChange, togglePanel, topSegmentId, announce }: ReaderCommandsOptions): void {
  const { t } = useTranslation();
  const size = preferences.fontSize;
  const copyLink = () => {
    // The paragraph holding the focus (a sentence, a highlight), else the one at the top of the view.
    const focused = document.activeElement?.closest<HTMLElement>('[data-segment-id]')?.dataset.segmentId;
    const segment = doc.segments.find((s) => s.id === (focused ?? topSegmentId())) ?? doc.segments[0];
    const key = segment && parseSegmentId(segment.id)?.key;
    if (!segment || !key) return;
    const number = segment.position + 1;
    const url = `${window.location.origin}${window.location.pathname}${routeHash({ name: 'document', documentId: doc.id, segmentKey: key })}`;
    navigator.clipboard.writeText(url).then(
      () => announce(t('reader.linkCopied', { number })),
      () => announce(t('reader.copyFailed')),
    );
  };
  const bindings: CommandBindings = {
    'reader.swapSides': { run: () => onPreferencesChange({ swapSides: !preferences.swapSides }), enabled: () => preferences.viewMode === 'both' },
    'reader.fontLarger': { run: () => onPreferencesChange({ fontSize: size + FONT_SIZE_RANGE.step }), enabled: () => size < FONT_SIZE_RANGE.max },
    'reader.fontSmaller': { run: () => onPreferencesChange({ fontSize: size - FONT_SIZE_RANGE.step }), enabled: () => size > FONT_SIZE_RANGE.min },
    'reader.annotationsPanel': { run: () => togglePanel('annotations') },
    'reader.linksPanel': { run: () => togglePanel('links') },
    'reader.copyLink': { run: copyLink, enabled: () => doc.segments.length > 0 },
  };
  for (const mode of VIEW_MODES) {
    bindings[`reader.view.${mode}`] = { run: () => onPreferencesChange({ viewMode: mode }), enabled: () => preferences.viewMode !== mode };
  }
  useCommands(bindings);
}

const focusedSentence = () => document.activeElement instanceof HTMLElement && document.activeElement.dataset.sentence !== undefined;
/** Alt+↓ and Alt+↑ also enter the text from anywhere in the reader but a field. */
const inReaderText = () => {
  const active = document.activeElement;
  return active === document.body || (active !== null && active.closest('.reader-main') !== null && !isTextField(active));
};

/** Moving sentence by sentence: the palette presses the same keys, which the reader's text handles. */
export function useSentenceCommands(): void {
  useCommands({
    ...ownerKeyBindings(['sentences.next', 'sentences.previous'], inReaderText),
    ...ownerKeyBindings(['sentences.linkedRight', 'sentences.linkedLeft', 'sentences.pin'], focusedSentence),
  });
}
