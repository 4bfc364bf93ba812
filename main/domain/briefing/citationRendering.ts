import type { Citation, CitationStyle, CitedText, RenderedCitation } from '../../../contract/briefing';
import type { TextLanguage, UiLanguage } from '../../../contract/languages';
import type { Bilingual } from '../../../contract/model';
import { escapeMarkdown } from '../exportFormats';
import { localText } from '../localText';
import { renderCitationTemplate, partsText, type CitationPart, type CitationValues } from './citationTemplate';
import { CITATION_STYLE_DEFINITIONS } from './citationStyles';

/** The interface language whose words a style's labels are in (Chinese citations are in the stored, Simplified script). */
const LABEL_LANGUAGE: Record<TextLanguage, UiLanguage> = { zh: 'zh-CN', en: 'en' };

/** Takes a field in the style's language, else in the other one: a citation never drops a field the corpus has. */
const inLanguage = (value: Bilingual | null, language: TextLanguage): string => (value ? (value[language] ?? value[language === 'zh' ? 'en' : 'zh'] ?? '') : '');

/** The template's values for a citation, in the style's language. */
export function citationValues(citation: Citation, style: CitationStyle): CitationValues {
  const { language } = CITATION_STYLE_DEFINITIONS[style];
  const t = localText(LABEL_LANGUAGE[language]);
  const { source } = citation;
  return {
    issuer: inLanguage(source.issuer, language),
    title: inLanguage(source.title, language),
    number: inLanguage(source.documentNumber, language),
    date: source.issuedOn ? formatDate(source.issuedOn, language) : '',
    paragraph: t('citation.paragraph', { number: source.paragraph }),
    heading: inLanguage(source.heading, language),
    url: source.sourceUrl ?? '',
    origin: t(`citation.origin.${citation.quote.origin}`),
    link: citation.deepLink,
  };
}

const ENGLISH_DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** ISO in Chinese, as GB/T 7714 writes dates; "April 27, 2022" in English. */
function formatDate(iso: string, language: TextLanguage): string {
  if (language === 'zh') return iso;
  return ENGLISH_DATE.format(new Date(`${iso}T00:00:00Z`));
}

/** The source line alone, as the citation's style renders it (plain text): a pack export's footnote. */
export function citationReference(citation: Citation): string {
  return partsText(renderCitationTemplate(CITATION_STYLE_DEFINITIONS[citation.style].template, citationValues(citation, citation.style)));
}

/** The citation as plain text, HTML (for a rich paste into a word processor) and Markdown. */
export function renderCitation(citation: Citation): RenderedCitation {
  const { style } = citation;
  const { language, template } = CITATION_STYLE_DEFINITIONS[style];
  const t = localText(LABEL_LANGUAGE[language]);
  const parts = renderCitationTemplate(template, citationValues(citation, style));
  const label = (side: CitedText) => t('citation.sideLabel', { language: t(`textLanguage.${side.language}`), origin: t(`citation.origin.${side.origin}`) });
  const sides = [citation.quote, citation.counterpart].filter((s): s is CitedText => s !== null).map((side) => ({ side, label: label(side) }));
  const notes = [
    ...(citation.unaligned ? [t('citation.unaligned', { language: t(`textLanguage.${citation.quote.language === 'zh' ? 'en' : 'zh'}`) })] : []),
    ...(citation.reviewNote ? [t('citation.reviewNote', { note: citation.reviewNote[LABEL_LANGUAGE[language]] })] : []),
  ];
  return {
    citation,
    reference: partsText(parts),
    text: [...sides.map(({ side, label }) => `${side.text}\n— ${label}`), ...notes, partsText(parts)].join('\n\n'),
    html: [
      ...sides.map(({ side, label }) => `<blockquote lang="${htmlLang(side.language)}"><p>${escapeHtml(side.text)}</p><p><small>${escapeHtml(label)}</small></p></blockquote>`),
      ...notes.map((note) => `<p><small>${escapeHtml(note)}</small></p>`),
      `<p>${parts.map(htmlPart).join('')}</p>`,
    ].join('\n'),
    markdown: [
      ...sides.map(({ side, label }) => [...side.text.split(/\r?\n/).map((line) => `> ${escapeMarkdown(line)}`), '>', `> *${escapeMarkdown(label)}*`].join('\n')),
      ...notes.map((note) => `*${escapeMarkdown(note)}*`),
      parts.map(markdownPart).join(''),
    ].join('\n\n'),
  };
}

const htmlLang = (language: TextLanguage) => (language === 'zh' ? 'zh-CN' : 'en');

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

/** Only links of the schemes Duizhao writes are made clickable; anything else stays text. */
const LINKABLE = /^(https?:\/\/|duizhao:\/\/)[^\s<>"]+$/;

function htmlPart(part: CitationPart): string {
  if (part.kind === 'field' && (part.name === 'url' || part.name === 'link') && LINKABLE.test(part.text)) {
    return `<a href="${escapeHtml(part.text)}">${escapeHtml(part.text)}</a>`;
  }
  return part.kind === 'field' && part.name === 'title' ? `<cite>${escapeHtml(part.text)}</cite>` : escapeHtml(part.text);
}

function markdownPart(part: CitationPart): string {
  if (part.kind === 'field' && (part.name === 'url' || part.name === 'link') && LINKABLE.test(part.text)) return `<${part.text}>`;
  return escapeMarkdown(part.text);
}
