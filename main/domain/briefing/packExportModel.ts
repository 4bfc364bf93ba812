import type { Citation, CitationStyle, CitedText } from '../../../contract/briefing';
import { makeDeepLink } from '../../../contract/deepLink';
import type { TextLanguage, UiLanguage } from '../../../contract/languages';
import type { Pack, PackCheck, PackLayout, QuoteCard, QuoteCheck, QuoteStatus } from '../../../contract/packs';
import { parseSegmentId } from '../../../contract/segmentId';
import { DomainError } from '../errors';
import type { TFunction } from 'i18next';
import { formatDay, localText } from '../localText';
import { citationReference } from './citationRendering';

/**
 * A pack as every export format lays it out (issue #12): the words, numbers,
 * labels and marks decided once, in the export's language, so the Markdown,
 * the DOCX and the print HTML cannot disagree about what a card says.
 */
export interface PackExportContext {
  appVersion: string;
  corpusVersion: string;
  now: Date;
}

export interface ExportSide {
  language: TextLanguage;
  text: string;
  /** "Chinese: published text" — what this side is, in the export's language. */
  label: string;
}

export interface ExportCard {
  kind: 'quote';
  number: number;
  status: QuoteStatus;
  /** The language of the quoted side (the other is its aligned counterpart). */
  quoteLanguage: TextLanguage;
  /** The sides the layout shows: one, or the Chinese and the English (null where the card has none). */
  sides: ExportSide[];
  bilingual: { zh: ExportSide | null; en: ExportSide | null } | null;
  /** "Changed since quoted" / "No longer in the corpus"; null for exact and moved cards. */
  mark: string | null;
  /** For a changed card: the quoted text beside today's. */
  comparison: { quotedLabel: string; quoted: string; todayLabel: string; today: string } | null;
  /** Said when the counterpart reads differently today. */
  counterpartNotice: string | null;
  reviewNote: string | null;
  note: string | null;
  /** The source line in the chosen citation style: the card's footnote. */
  reference: string;
}

export interface ExportPoint {
  kind: 'point';
  text: string;
}

export interface ExportQuestion {
  kind: 'qa';
  question: string;
  answer: string;
  /** Card numbers the answer cites, in order. */
  cites: number[];
}

export type ExportItem = ExportCard | ExportPoint | ExportQuestion;

export interface PackExportModel {
  language: UiLanguage;
  layout: PackLayout;
  title: string;
  /** Lines under the title: occasion, date, generated, corpus version. */
  facts: { label: string; value: string }[];
  legend: string[];
  /** A section's heading; null for the one untitled section of a pack of quotes (exportQuotes), which needs none. */
  sections: { title: string | null; items: ExportItem[] }[];
  cardCount: number;
  flaggedCount: number;
  labels: PackExportLabels;
}

/** The words the renderers need beyond the model's own. */
export interface PackExportLabels {
  /** The bilingual table's column heads. */
  columnZh: string;
  columnEn: string;
  talkingPoint: string;
  question: string;
  answer: string;
  cites: string;
  reviewNote: string;
  note: string;
  notes: string;
  card: (number: number) => string;
}

export interface PackExportInput {
  pack: Pack;
  check: PackCheck;
  layout: PackLayout;
  style: CitationStyle;
  language: UiLanguage;
  context: PackExportContext;
}

/** True when a card may not be exported unless the user confirmed it. */
export const needsConfirmation = (status: QuoteStatus) => status === 'changed' || status === 'gone';

export function buildPackExportModel({ pack, check, layout, style, language, context }: PackExportInput): PackExportModel {
  const t = localText(language);
  const checks = new Map(check.checks.map((c) => [c.itemId, c]));
  const numbers = new Map<string, number>();
  for (const section of pack.sections) for (const item of section.items) if (item.kind === 'quote') numbers.set(item.id, numbers.size + 1);
  const env: CardEnvironment = { t, layout, style, language, sideLabel: sideLabeller(t) };

  const sections = pack.sections.map((section) => ({
    title: section.title.trim() ? section.title : pack.sections.length === 1 ? null : t('packExport.untitledSection'),
    items: section.items.map((item): ExportItem => {
      if (item.kind === 'quote') return exportCard(item, checks.get(item.id), numbers.get(item.id) ?? 0, env);
      if (item.kind === 'point') return { kind: 'point', text: item.text };
      const cites = item.cites.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined);
      return { kind: 'qa', question: item.question, answer: item.answer, cites };
    }),
  }));
  const cards = sections.flatMap((s) => s.items).filter((i): i is ExportCard => i.kind === 'quote');
  return {
    language,
    layout,
    title: pack.title,
    facts: [
      ...(pack.occasion.trim() ? [{ label: t('packExport.occasion'), value: pack.occasion }] : []),
      ...(pack.date ? [{ label: t('packExport.date'), value: formatDay(pack.date, language) }] : []),
      { label: t('packExport.generated'), value: t('packExport.generatedValue', { date: context.now.toISOString().slice(0, 16).replace('T', ' '), version: context.appVersion }) },
      { label: t('packExport.corpusVersion'), value: context.corpusVersion },
    ],
    legend: [
      t('packExport.legend.published'),
      t('packExport.legend.reference'),
      // Said only where a card quotes a user's draft (an imported document, issue 10).
      ...(quotesDraft(pack) ? [t('packExport.legend.userDraft')] : []),
      t('export.chineseScript'),
    ],
    sections,
    cardCount: cards.length,
    flaggedCount: cards.filter((c) => c.mark !== null).length,
    labels: exportLabels(t),
  };
}

interface CardEnvironment {
  t: TFunction;
  layout: PackLayout;
  style: CitationStyle;
  language: UiLanguage;
  sideLabel: (side: CitedText) => string;
}

/** A card as the layout shows it, with its marks when its quote changed or is gone. */
function exportCard(item: QuoteCard, quoteCheck: QuoteCheck | undefined, number: number, { t, layout, style, language, sideLabel }: CardEnvironment): ExportCard {
  if (!quoteCheck) throw new DomainError('internal', `Card ${item.id} was not checked against the corpus`);
  const citation = citationToday(item.citation, quoteCheck, style);
  const bySide: Partial<Record<TextLanguage, CitedText>> = { [citation.quote.language]: citation.quote };
  if (citation.counterpart) bySide[citation.counterpart.language] = citation.counterpart;
  const exportSide = (side: CitedText | undefined): ExportSide | null => (side ? { language: side.language, text: side.text, label: sideLabel(side) } : null);
  const shown = layout === 'bilingual' ? [bySide.zh, bySide.en] : [bySide[layout] ?? citation.quote];
  const { now } = quoteCheck;
  return {
    kind: 'quote',
    number,
    status: quoteCheck.status,
    quoteLanguage: citation.quote.language,
    sides: shown.map(exportSide).filter((s): s is ExportSide => s !== null),
    bilingual: layout === 'bilingual' ? { zh: exportSide(bySide.zh), en: exportSide(bySide.en) } : null,
    mark: needsConfirmation(quoteCheck.status) ? t(`packExport.status.${quoteCheck.status}`) : null,
    comparison:
      quoteCheck.status === 'changed' && now
        ? {
            quotedLabel: t('packExport.asQuoted', { language: t(`textLanguage.${citation.quote.language}`) }),
            quoted: citation.quote.text,
            todayLabel: t('packExport.today', { paragraph: now.paragraph }),
            today: now.text,
          }
        : null,
    counterpartNotice:
      quoteCheck.counterpartChanged && citation.counterpart
        ? t('packExport.counterpartChanged', { language: t(`textLanguage.${citation.counterpart.language}`), text: quoteCheck.counterpartNow ?? '' })
        : null,
    reviewNote: item.citation.reviewNote ? item.citation.reviewNote[language] : null,
    note: item.note.trim() ? item.note : null,
    reference: citationReference(citation),
  };
}

function quotesDraft(pack: PackExportInput['pack']): boolean {
  return pack.sections.some((section) =>
    section.items.some((item) => item.kind === 'quote' && (item.citation.quote.origin === 'user-draft' || item.citation.counterpart?.origin === 'user-draft')),
  );
}

/** i18next takes tens of microseconds a call: a side's label is one of four, each made once. */
function sideLabeller(t: TFunction): (side: CitedText) => string {
  const labels = new Map<string, string>();
  return (side) => {
    const key = `${side.language}/${side.origin}`;
    let label = labels.get(key);
    if (label === undefined) {
      label = t('packExport.sideLabel', { language: t(`textLanguage.${side.language}`), origin: t(`export.origin.${side.origin}`) });
      labels.set(key, label);
    }
    return label;
  };
}

function exportLabels(t: TFunction): PackExportLabels {
  const cardLabel = t('packExport.card', { number: '\u0000' });
  return {
    columnZh: t('packExport.columnZh'),
    columnEn: t('packExport.columnEn'),
    talkingPoint: t('packExport.talkingPoint'),
    question: t('packExport.question'),
    answer: t('packExport.answer'),
    cites: t('packExport.cites'),
    reviewNote: t('packExport.reviewNote'),
    note: t('packExport.note'),
    notes: t('packExport.notes'),
    card: (number) => cardLabel.replace('\u0000', String(number)),
  };
}

/** A moved card is cited where its text is today: today's paragraph and link; every card in the chosen style. */
function citationToday(citation: Citation, check: QuoteCheck, style: CitationStyle): Citation {
  if (check.status !== 'moved' || !check.now) return { ...citation, style };
  const { now } = check;
  const place = parseSegmentId(now.segmentId);
  return {
    ...citation,
    style,
    target: { segmentId: now.segmentId, side: now.side, start: now.start, end: now.end },
    source: { ...citation.source, paragraph: now.paragraph },
    deepLink: place ? makeDeepLink({ documentId: place.documentId, segmentKey: place.key, range: { side: now.side, start: now.start, end: now.end } }) : citation.deepLink,
  };
}
