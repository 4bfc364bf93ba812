import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableRow, type TextRun } from 'docx';
import type { TextLanguage } from '../../../contract/languages';
import { cell, DEFAULT_STYLES, fixedTable, latin, legendParagraph, PAGE, run, words } from '../docxParts';
import type { ExportCard, ExportItem, ExportSide, PackExportModel } from './packExportModel';

/**
 * The pack as a Word document (issue #12): A4, the sections as real headings
 * (Word's navigation pane shows them), each citation a footnote on its quote,
 * the Chinese set in a CJK font with its East Asian language zh-CN, and in the
 * bilingual layout one fixed-width 中文 | English table per run of cards whose
 * header row Word repeats on every page the table reaches.
 */
export async function packDocx(model: PackExportModel): Promise<Uint8Array> {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  for (const section of model.sections) {
    for (const item of section.items) if (item.kind === 'quote') footnotes[item.number] = { children: [new Paragraph({ children: [latin(item.reference)] })] };
  }
  const document = new Document({
    creator: 'Duizhao',
    title: model.title,
    styles: DEFAULT_STYLES,
    footnotes,
    sections: [
      {
        ...PAGE,
        children: [...front(model), ...model.sections.flatMap((section) => sectionBody(section, model))],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function front(model: PackExportModel): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [words(model.title)] }),
    ...model.facts.map((fact) => new Paragraph({ children: [words(`${fact.label} `, { bold: true }), words(fact.value)] })),
    ...model.legend.map(legendParagraph),
  ];
}

function sectionBody(section: PackExportModel['sections'][number], model: PackExportModel): (Paragraph | Table)[] {
  const body: (Paragraph | Table)[] = section.title === null ? [] : [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [words(section.title)] })];
  let run: ExportCard[] = [];
  const flush = () => {
    if (run.length) body.push(bilingualTable(run, model), new Paragraph({}));
    run = [];
  };
  for (const item of section.items) {
    if (item.kind === 'quote' && model.layout === 'bilingual') {
      run.push(item);
      continue;
    }
    flush();
    body.push(...itemParagraphs(item, model));
  }
  flush();
  return body;
}

function itemParagraphs(item: ExportItem, model: PackExportModel): Paragraph[] {
  const { labels } = model;
  switch (item.kind) {
    case 'point':
      return [new Paragraph({ children: [words(`${labels.talkingPoint} `, { bold: true }), words(item.text)] })];
    case 'qa':
      return [
        new Paragraph({ children: [words(`${labels.question} `, { bold: true }), words(item.question)] }),
        new Paragraph({ children: [words(`${labels.answer} `, { bold: true }), words(item.answer)] }),
        ...(item.cites.length ? [new Paragraph({ children: [words(`${labels.cites} ${item.cites.map(labels.card).join(', ')}`, { italics: true })] })] : []),
      ];
    case 'quote':
      return [
        cardHeading(item, model),
        ...item.sides.flatMap((side, i) => [
          new Paragraph({ indent: { left: 567 }, children: [run(side.text, side.language), ...(i === 0 ? [new FootnoteReferenceRun(item.number)] : [])] }),
          new Paragraph({ indent: { left: 567 }, children: [words(side.label, { italics: true, size: 18 })] }),
        ]),
        ...cardExtras(item, model).map((children) => new Paragraph({ indent: { left: 567 }, children })),
        ...(item.comparison ? [comparisonTable(item)] : []),
      ] as Paragraph[];
  }
}

function cardHeading(card: ExportCard, model: PackExportModel, withNote = false): Paragraph {
  return new Paragraph({
    keepNext: true,
    children: [
      words(model.labels.card(card.number), { bold: true }),
      ...(withNote ? [new FootnoteReferenceRun(card.number)] : []),
      ...(card.mark ? [words(`  ${card.mark}`, { bold: true, color: 'B00020' })] : []),
    ],
  });
}

/** The lines under a card's text: a changed counterpart, the review note, the user's note. */
function cardExtras(card: ExportCard, model: PackExportModel): TextRun[][] {
  return [
    ...(card.counterpartNotice ? [[words(card.counterpartNotice, { italics: true })]] : []),
    ...(card.reviewNote ? [[words(`${model.labels.reviewNote} `, { bold: true }), words(card.reviewNote)]] : []),
    ...(card.note ? [[words(`${model.labels.note} `, { bold: true }), words(card.note)]] : []),
  ];
}

function sideParagraphs(side: ExportSide | null, footnote: number | null): Paragraph[] {
  if (!side) return [new Paragraph({ children: [latin('—')] })];
  return [
    new Paragraph({ children: [run(side.text, side.language), ...(footnote === null ? [] : [new FootnoteReferenceRun(footnote)])] }),
    new Paragraph({ children: [words(side.label, { italics: true, size: 18 })] }),
  ];
}

/** Cards side by side; the footnote stands on the quoted side. */
function bilingualTable(cards: ExportCard[], model: PackExportModel): Table {
  const { labels } = model;
  const header = new TableRow({
    tableHeader: true,
    children: [labels.columnZh, labels.columnEn].map((head) => cell([new Paragraph({ children: [words(head, { bold: true })] })])),
  });
  const rows = cards.flatMap((card) => {
    const noteOn = (language: TextLanguage) => (language === card.quoteLanguage ? card.number : null);
    const extras = cardExtras(card, model);
    return [
      new TableRow({ cantSplit: true, children: [cell([cardHeading(card, model)], 2)] }),
      new TableRow({ cantSplit: true, children: [cell(sideParagraphs(card.bilingual?.zh ?? null, noteOn('zh'))), cell(sideParagraphs(card.bilingual?.en ?? null, noteOn('en')))] }),
      ...(card.comparison ? [comparisonRow(card)] : []),
      ...(extras.length ? [new TableRow({ children: [cell(extras.map((children) => new Paragraph({ children })), 2)] })] : []),
    ];
  });
  return fixedTable([header, ...rows]);
}

function comparisonRow(card: ExportCard): TableRow {
  const c = card.comparison!;
  const column = (label: string, text: string) => cell([new Paragraph({ children: [words(label, { bold: true, color: 'B00020' })] }), new Paragraph({ children: [words(text)] })]);
  return new TableRow({ cantSplit: true, children: [column(c.quotedLabel, c.quoted), column(c.todayLabel, c.today)] });
}

/** A changed card's quoted text beside today's. */
function comparisonTable(card: ExportCard): Table {
  return fixedTable([comparisonRow(card)]);
}
