import type { TFunction } from 'i18next';
import type { TextLanguage, UiLanguage } from '../../contract/languages';
import type { ReviewNote, TextOrigin } from '../../contract/model';

/** One side of one paragraph that a copied selection spans. */
export interface CopiedSide {
  language: TextLanguage;
  origin: TextOrigin;
  /** As the reader numbers paragraphs. */
  paragraph: number;
  reviewNote: ReviewNote | null;
}

/**
 * What plain Ctrl+C adds below the copied text (issue #12, "Provenance is never
 * lost"): the provenance of each side it spans, once each, then the review
 * note of each flagged paragraph, in the interface language.
 */
export function provenanceLines(sides: readonly CopiedSide[], t: TFunction, language: UiLanguage): string[] {
  const origins = new Map<string, string>();
  const reviews = new Map<number, string>();
  for (const side of sides) {
    origins.set(`${side.language}|${side.origin}`, t('citation.copiedProvenance', { language: t(`textLanguage.${side.language}`), origin: t(`citation.origin.${side.origin}`) }));
    if (side.reviewNote) reviews.set(side.paragraph, t('citation.copiedReview', { number: side.paragraph, note: side.reviewNote[language] }));
  }
  return [...origins.values(), ...reviews.values()];
}

/** The copied text with its provenance: plain text, and HTML of what was selected followed by a paragraph per line. */
export function withProvenance(text: string, html: string, lines: readonly string[]): { text: string; html: string } {
  if (lines.length === 0) return { text, html };
  return {
    text: `${text}\n\n${lines.join('\n')}`,
    html: `${html}${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}`,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}
