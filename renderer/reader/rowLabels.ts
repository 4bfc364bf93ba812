import type { TFunction } from 'i18next';
import { asUiLanguage, textLanguageOfUi, type TextLanguage } from '../../contract/languages';
import type { QuoteTarget } from '../../contract/briefing';

/**
 * The words of a row, translated once per document and language rather than by a hook in every row (issue 14), and
 * the citation copier the rows share.
 */
export interface RowLabels {
  segmentNumber(number: number): string;
  copyLink(number: number): string;
  linkCopied(number: number): string;
  copyFailed: string;
  copyParagraph(number: number): string;
  missingSide(language: TextLanguage): string;
  originReference: string;
  originReferenceShort: string;
  originPublished: string;
  originUserDraft: string;
  originUserDraftShort: string;
  reviewFlag: string;
  counterpartMark(count: number, language: TextLanguage): string;
  /** A highlight's accessible name: the words shown first, as WCAG's "label in name" asks, then its note. */
  highlight(shown: string, note: string): string;
  /** The side a paragraph is quoted in by its citation button: the interface's language where the paragraph has it. */
  quotedSide: TextLanguage;
  copyCitation(target: QuoteTarget): Promise<void>;
}

export function rowLabels(t: TFunction, uiLanguage: string, copyCitation: (target: QuoteTarget) => Promise<void>): RowLabels {
  return {
    quotedSide: textLanguageOfUi(asUiLanguage(uiLanguage)),
    copyCitation,
    segmentNumber: (number) => t('reader.segmentNumber', { number }),
    copyLink: (number) => t('reader.copyLink', { number }),
    linkCopied: (number) => t('reader.linkCopied', { number }),
    copyFailed: t('reader.copyFailed'),
    copyParagraph: (number) => t('citation.copyParagraph', { number }),
    missingSide: (language) => t('reader.missingSide', { language: t(`textLanguage.${language}`) }),
    originReference: t('reader.originReference'),
    originReferenceShort: t('reader.originReferenceShort'),
    originPublished: t('reader.originPublished'),
    originUserDraft: t('reader.originUserDraft'),
    originUserDraftShort: t('reader.originUserDraftShort'),
    reviewFlag: t('reader.reviewFlag'),
    highlight: (shown, note) => (note ? t('annotations.openWithNote', { text: shown, note: note.slice(0, 80) }) : t('annotations.open', { text: shown })),
    counterpartMark: (count, language) => t('annotations.counterpartMark', { count, language: t(`textLanguage.${language}`) }),
  };
}
