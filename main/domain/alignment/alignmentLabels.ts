import type { TFunction } from 'i18next';
import type { TextLanguage } from '../../../contract/languages';
import type { TextOrigin } from '../../../contract/model';

/**
 * What each origin of a text is called in an exported alignment, by locale key: its short label (a column heading,
 * a cell) and its legend line. A new origin (the user's draft) is one line here, and its texts in the three locales.
 */
export const ORIGIN_LABELS: Record<TextOrigin, { label: string; legend: string }> = {
  published: { label: 'export.origin.published', legend: 'packExport.legend.published' },
  'reference-translation': { label: 'export.origin.reference-translation', legend: 'packExport.legend.reference' },
  'user-draft': { label: 'export.origin.user-draft', legend: 'packExport.legend.userDraft' },
};

export type SideOrigin = TextOrigin | 'mixed' | null;

/** A column's heading: the language and, when every row of it has one, its origin; else where each row says it. */
export function columnHeading(t: TFunction, language: TextLanguage, origin: SideOrigin): string {
  const name = t(`textLanguage.${language}`);
  if (origin === null) return name;
  if (origin === 'mixed') return t('alignmentFile.columnMixed', { language: name });
  return t('alignmentFile.column', { language: name, origin: t(ORIGIN_LABELS[origin].label) });
}

export const originLabel = (t: TFunction, origin: TextOrigin): string => t(ORIGIN_LABELS[origin].label);
