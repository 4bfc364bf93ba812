import type { UiLanguage } from '../../../contract/languages';
import { escapeHtml } from './citationRendering';
import type { ExportCard, ExportItem, ExportSide, PackExportModel } from './packExportModel';

/**
 * The pack as one self-contained page for print (Chromium's print, Electron's
 * printToPDF): no scripts, a CSP that allows nothing but the inline styles,
 * every text escaped (quotes, notes and titles are user or corpus text).
 * Page numbers come from @page margin boxes, which Chromium prints since 131.
 */
export function packHtml(model: PackExportModel): string {
  const { labels } = model;
  const body = [
    `<header><h1>${escapeHtml(model.title)}</h1>`,
    `<dl class="facts">${model.facts.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('')}</dl>`,
    `<aside class="legend">${model.legend.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</aside></header>`,
    ...model.sections.map((section) => {
      const cards = section.items.filter((i): i is ExportCard => i.kind === 'quote');
      const notes = cards.length
        ? `<footer class="notes"><h3>${escapeHtml(labels.notes)}</h3><ol>${cards.map((c) => `<li value="${c.number}" id="note-${c.number}">${escapeHtml(c.reference)}</li>`).join('')}</ol></footer>`
        : '';
      const heading = section.title === null ? '' : `<h2>${escapeHtml(section.title)}</h2>`;
      return `<section>${heading}${section.items.map((item) => itemHtml(item, model)).join('')}${notes}</section>`;
    }),
  ].join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${htmlLang(model.language)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(model.title)}</title><style>${PRINT_CSS}</style></head>`,
    `<body>${body}</body></html>`,
    '',
  ].join('\n');
}

function itemHtml(item: ExportItem, model: PackExportModel): string {
  const { labels } = model;
  switch (item.kind) {
    case 'point':
      return `<p class="point"><strong>${escapeHtml(labels.talkingPoint)}</strong> ${text(item.text)}</p>`;
    case 'qa': {
      const cites = item.cites.length ? `<p class="cites">${escapeHtml(labels.cites)} ${item.cites.map((n) => `<a href="#note-${n}">${escapeHtml(labels.card(n))}</a>`).join(', ')}</p>` : '';
      return `<div class="qa"><p><strong>${escapeHtml(labels.question)}</strong> ${text(item.question)}</p><p><strong>${escapeHtml(labels.answer)}</strong> ${text(item.answer)}</p>${cites}</div>`;
    }
    case 'quote':
      return cardHtml(item, model);
  }
}

function cardHtml(card: ExportCard, model: PackExportModel): string {
  const { labels } = model;
  const noteRef = `<sup><a href="#note-${card.number}">${card.number}</a></sup>`;
  const mark = card.mark ? ` <span class="mark">${escapeHtml(card.mark)}</span>` : '';
  const sides = card.bilingual
    ? `<table class="bilingual"><thead><tr><th>${escapeHtml(labels.columnZh)}</th><th>${escapeHtml(labels.columnEn)}</th></tr></thead><tbody><tr><td>${sideHtml(card.bilingual.zh)}</td><td>${sideHtml(card.bilingual.en)}</td></tr></tbody></table>`
    : card.sides.map((side) => `<blockquote>${sideHtml(side)}</blockquote>`).join('');
  const comparison = card.comparison
    ? `<table class="comparison"><thead><tr><th>${escapeHtml(card.comparison.quotedLabel)}</th><th>${escapeHtml(card.comparison.todayLabel)}</th></tr></thead><tbody><tr><td>${text(card.comparison.quoted)}</td><td>${text(card.comparison.today)}</td></tr></tbody></table>`
    : '';
  return [
    `<article class="card${card.mark ? ' flagged' : ''}">`,
    `<h3>${escapeHtml(labels.card(card.number))}${noteRef}${mark}</h3>`,
    sides,
    comparison,
    card.counterpartNotice ? `<p class="notice">${text(card.counterpartNotice)}</p>` : '',
    card.reviewNote ? `<p class="review"><strong>${escapeHtml(labels.reviewNote)}</strong> ${text(card.reviewNote)}</p>` : '',
    card.note ? `<p class="note"><strong>${escapeHtml(labels.note)}</strong> ${text(card.note)}</p>` : '',
    '</article>',
  ].join('');
}

function sideHtml(side: ExportSide | null): string {
  if (!side) return '—';
  return `<p lang="${side.language === 'zh' ? 'zh-CN' : 'en'}">${text(side.text)}</p><p class="label">${escapeHtml(side.label)}</p>`;
}

/** Escaped, its line breaks kept. */
const text = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>');

const htmlLang = (language: UiLanguage) => language;

/** Print styles: A4, page numbers in the bottom margin, cards kept whole, a CJK serif first for the Chinese. */
const PRINT_CSS = `
@page { size: A4; margin: 20mm 18mm 22mm; @bottom-center { content: counter(page) " / " counter(pages); font: 9pt sans-serif; color: #555; } }
:root { font-family: "Times New Roman", "Noto Serif", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif; font-size: 11pt; line-height: 1.5; color: #000; background: #fff; }
:lang(zh-CN) { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", "Noto Sans CJK SC", serif; }
h1 { font-size: 20pt; margin: 0 0 6pt; }
h2 { font-size: 15pt; margin: 18pt 0 6pt; border-bottom: 1px solid #888; break-after: avoid; }
h3 { font-size: 11pt; margin: 0 0 4pt; break-after: avoid; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 0 0 8pt; }
.facts dt { font-weight: bold; } .facts dd { margin: 0; }
.legend { font-size: 9pt; border: 1px solid #888; padding: 4pt 8pt; }
.legend p { margin: 2pt 0; }
.card, .qa, .point { break-inside: avoid; margin: 10pt 0; }
.card { border-left: 3pt solid #888; padding-left: 8pt; }
.card.flagged { border-left-color: #b00020; }
.mark { color: #b00020; font-weight: bold; margin-left: 6pt; }
blockquote { margin: 4pt 0; }
blockquote p, td p { margin: 0 0 2pt; }
.label { font-size: 9pt; font-style: italic; color: #333; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4pt 0; }
thead { display: table-header-group; }
th, td { border: 1px solid #888; padding: 4pt 6pt; vertical-align: top; text-align: left; }
.review, .notice, .note, .cites { font-size: 10pt; margin: 4pt 0; }
.notes { font-size: 9pt; border-top: 1px solid #888; margin-top: 10pt; }
.notes h3 { font-size: 9pt; }
.notes li { break-inside: avoid; }
a { color: inherit; }
`;
