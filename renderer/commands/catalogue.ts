import { EXPORT_FORMATS, HIGHLIGHT_COLOURS, type ExportFormat, type HighlightColour } from '../../contract/annotations';
import { ALIGNMENT_EXPORT_FORMATS, type AlignmentExportFormat } from '../../contract/alignment';
import { UI_LANGUAGES, type UiLanguage } from '../../contract/languages';
import { THEMES, VIEW_MODES, type Theme, type ViewMode } from '../../contract/model';
import type { TFunction } from 'i18next';
import { TERMS_TABS, type TermsTab } from '../route';
import type { Shortcut } from './shortcuts';

/** Sections of the palette and of the shortcuts sheet, in the order shown. */
export const COMMAND_SECTIONS = ['general', 'navigation', 'reader', 'sentences', 'alignment', 'annotating', 'annotations', 'packs', 'settings'] as const;
export type CommandSection = (typeof COMMAND_SECTIONS)[number];

/**
 * What a command is, whichever screen carries it out: the one list the palette,
 * the shortcuts sheet and the key handling all read, so none of them can drift.
 * Screens bind `run` (and when it is available) with useCommands while mounted.
 */
export interface CommandSpec {
  id: string;
  section: CommandSection;
  /** i18n key of the label. */
  label: string;
  /** Values for the label, themselves i18n keys translated in the same language. */
  labelParams?: Record<string, string>;
  shortcuts?: readonly Shortcut[];
  /**
   * The owner listens for these keys itself, because they mean something only
   * where the focus or the selection is (a focused sentence, a selection in the
   * text): the registry lists them and leaves the keys alone.
   */
  ownerHandlesKeys?: true;
}

const FIXED = [
  { id: 'general.palette', section: 'general', label: 'commands.palette', shortcuts: [{ key: 'p', ctrl: true, shift: true, inFields: true }, { key: 'F1', inFields: true }] },
  { id: 'general.shortcuts', section: 'general', label: 'commands.shortcuts', shortcuts: [{ key: '?' }] },
  { id: 'general.focusSearch', section: 'general', label: 'commands.focusSearch', shortcuts: [{ key: 'k', ctrl: true, inFields: true }] },
  { id: 'documents.import', section: 'general', label: 'commands.importDocuments' },
  { id: 'go.library', section: 'navigation', label: 'commands.goLibrary' },
  { id: 'go.search', section: 'navigation', label: 'commands.goSearch' },
  { id: 'go.annotations', section: 'navigation', label: 'commands.goAnnotations' },
  { id: 'go.settings', section: 'navigation', label: 'commands.goSettings' },
  { id: 'go.packs', section: 'navigation', label: 'commands.goPacks' },
  { id: 'packs.new', section: 'packs', label: 'commands.newPack' },
  { id: 'packs.export', section: 'packs', label: 'commands.exportPack' },
  { id: 'reader.find', section: 'reader', label: 'commands.find', shortcuts: [{ key: 'f', ctrl: true, inFields: true }] },
  { id: 'reader.nextHit', section: 'reader', label: 'commands.nextHit', shortcuts: [{ key: 'F3', inFields: true }] },
  { id: 'reader.previousHit', section: 'reader', label: 'commands.previousHit', shortcuts: [{ key: 'F3', shift: true, inFields: true }] },
  { id: 'reader.swapSides', section: 'reader', label: 'commands.swapSides' },
  { id: 'reader.fontLarger', section: 'reader', label: 'commands.fontLarger' },
  { id: 'reader.fontSmaller', section: 'reader', label: 'commands.fontSmaller' },
  { id: 'reader.annotationsPanel', section: 'reader', label: 'commands.annotationsPanel' },
  { id: 'reader.linksPanel', section: 'reader', label: 'commands.linksPanel' },
  { id: 'reader.copyLink', section: 'reader', label: 'commands.copyLink' },
  { id: 'reader.terms', section: 'reader', label: 'commands.toggleTerms' },
  { id: 'sentences.next', section: 'sentences', label: 'commands.nextSentence', shortcuts: [{ key: 'ArrowDown', alt: true }], ownerHandlesKeys: true },
  { id: 'sentences.previous', section: 'sentences', label: 'commands.previousSentence', shortcuts: [{ key: 'ArrowUp', alt: true }], ownerHandlesKeys: true },
  { id: 'sentences.linkedRight', section: 'sentences', label: 'commands.linkedRight', shortcuts: [{ key: 'ArrowRight', alt: true }], ownerHandlesKeys: true },
  { id: 'sentences.linkedLeft', section: 'sentences', label: 'commands.linkedLeft', shortcuts: [{ key: 'ArrowLeft', alt: true }], ownerHandlesKeys: true },
  { id: 'sentences.pin', section: 'sentences', label: 'commands.pinPair', shortcuts: [{ key: 'Enter' }], ownerHandlesKeys: true },
  { id: 'sentences.addToPack', section: 'sentences', label: 'commands.addSentenceToPack', shortcuts: [{ key: 'p' }], ownerHandlesKeys: true },
  // The alignment editor (issue 10): bound only while edit mode is on in an imported document's reader. Its Ctrl+Z
  // undoes alignment edits there, before the undo of a deleted annotation (which keeps its button).
  { id: 'alignment.toggle', section: 'alignment', label: 'commands.alignmentToggle' },
  { id: 'alignment.mergeSentences', section: 'alignment', label: 'alignmentEditor.action.merge-sentences', shortcuts: [{ key: 'm' }] },
  { id: 'alignment.splitSentence', section: 'alignment', label: 'alignmentEditor.action.split-sentence', shortcuts: [{ key: 's' }] },
  { id: 'alignment.movePrevious', section: 'alignment', label: 'alignmentEditor.action.move-previous', shortcuts: [{ key: '[' }] },
  { id: 'alignment.moveNext', section: 'alignment', label: 'alignmentEditor.action.move-next', shortcuts: [{ key: ']' }] },
  { id: 'alignment.link', section: 'alignment', label: 'alignmentEditor.action.link', shortcuts: [{ key: 'l' }] },
  { id: 'alignment.unlink', section: 'alignment', label: 'alignmentEditor.action.unlink', shortcuts: [{ key: 'u' }] },
  { id: 'alignment.noCounterpart', section: 'alignment', label: 'alignmentEditor.action.no-counterpart', shortcuts: [{ key: '0' }] },
  { id: 'alignment.mergeParagraphs', section: 'alignment', label: 'alignmentEditor.action.merge-paragraphs', shortcuts: [{ key: 'm', shift: true }] },
  { id: 'alignment.splitParagraph', section: 'alignment', label: 'alignmentEditor.action.split-paragraph', shortcuts: [{ key: 's', shift: true }] },
  { id: 'alignment.previousDoubtful', section: 'alignment', label: 'alignmentEditor.previousDoubtful' },
  { id: 'alignment.nextDoubtful', section: 'alignment', label: 'alignmentEditor.nextDoubtful' },
  { id: 'alignment.undo', section: 'alignment', label: 'alignmentEditor.undo', shortcuts: [{ key: 'z', ctrl: true }] },
  { id: 'alignment.redo', section: 'alignment', label: 'alignmentEditor.redo', shortcuts: [{ key: 'z', ctrl: true, shift: true }] },
  { id: 'annotate.highlightLast', section: 'annotating', label: 'commands.highlightLast', shortcuts: [{ key: 'h' }], ownerHandlesKeys: true },
  { id: 'annotate.note', section: 'annotating', label: 'commands.addNote', shortcuts: [{ key: 'n' }], ownerHandlesKeys: true },
  { id: 'annotate.tags', section: 'annotating', label: 'commands.addTags', shortcuts: [{ key: 't' }], ownerHandlesKeys: true },
  { id: 'annotate.cite', section: 'annotating', label: 'commands.copyCitation', shortcuts: [{ key: 'c' }], ownerHandlesKeys: true },
  { id: 'annotate.undoDelete', section: 'annotating', label: 'commands.undoDelete', shortcuts: [{ key: 'z', ctrl: true }], ownerHandlesKeys: true },
  { id: 'annotations.import', section: 'annotations', label: 'commands.importAnnotations' },
] as const satisfies readonly CommandSpec[];

export type CommandId =
  | (typeof FIXED)[number]['id']
  | `go.terms.${TermsTab}`
  | `reader.view.${ViewMode}`
  | `reader.exportAlignment.${AlignmentExportFormat}`
  | `annotate.highlight.${HighlightColour}`
  | `annotations.export.${ExportFormat}`
  | `settings.theme.${Theme}`
  | `settings.language.${UiLanguage | 'system'}`;

const VIEW_LABELS: Record<ViewMode, string> = { both: 'commands.viewBoth', zh: 'commands.viewZh', en: 'commands.viewEn' };

const GENERATED: readonly (CommandSpec & { id: CommandId })[] = [
  ...TERMS_TABS.map((tab) => ({ id: `go.terms.${tab}` as const, section: 'navigation' as const, label: 'commands.goTerms', labelParams: { tab: `terms.tab.${tab}` } })),
  ...VIEW_MODES.map((mode) => ({ id: `reader.view.${mode}` as const, section: 'reader' as const, label: VIEW_LABELS[mode] })),
  ...ALIGNMENT_EXPORT_FORMATS.map((format) => ({
    id: `reader.exportAlignment.${format}` as const,
    section: 'reader' as const,
    label: 'commands.exportAlignment',
    labelParams: { format: `alignmentExport.format.${format}` },
  })),
  ...HIGHLIGHT_COLOURS.map((colour, index) => ({
    id: `annotate.highlight.${colour}` as const,
    section: 'annotating' as const,
    label: 'commands.highlight',
    labelParams: { colour: `annotations.colour.${colour}` },
    shortcuts: [{ key: String(index + 1) }],
    ownerHandlesKeys: true as const,
  })),
  ...EXPORT_FORMATS.map((format) => ({ id: `annotations.export.${format}` as const, section: 'annotations' as const, label: 'commands.exportAnnotations', labelParams: { format: `annotations.export.${format}` } })),
  ...THEMES.map((theme) => ({ id: `settings.theme.${theme}` as const, section: 'settings' as const, label: 'commands.theme', labelParams: { theme: `settings.theme.${theme}` } })),
  ...(['system', ...UI_LANGUAGES] as const).map((language) => ({
    id: `settings.language.${language}` as const,
    section: 'settings' as const,
    label: language === 'system' ? 'commands.languageSystem' : 'commands.language',
    labelParams: language === 'system' ? undefined : { language: `app.languages.${language}` },
  })),
];

/** Every command of the app, by section, in the order each section lists them. */
export const COMMANDS: readonly (CommandSpec & { id: CommandId })[] = COMMAND_SECTIONS.flatMap((section) =>
  [...FIXED, ...GENERATED].filter((command) => command.section === section),
);

/** The label in the language `t` speaks. */
export function commandLabel(command: CommandSpec, t: TFunction): string {
  const values = Object.fromEntries(Object.entries(command.labelParams ?? {}).map(([name, key]) => [name, t(key)]));
  return t(command.label, values);
}
