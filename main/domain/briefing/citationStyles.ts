import type { CitationStyle } from '../../../contract/briefing';
import type { TextLanguage } from '../../../contract/languages';

export interface CitationStyleDefinition {
  /** The language the fields and labels are taken in. */
  language: TextLanguage;
  /** In the template language of citationTemplate.ts. */
  template: string;
}

/**
 * The citation styles, as data. The Chinese one follows GB/T 7714's order for
 * a government document (责任者. 题名: 文号[Z]. 日期), then the place in it;
 * the English one is Chicago-like for a government document. Either ends
 * with what the quoted text is, and the link that opens Duizhao there.
 */
export const CITATION_STYLE_DEFINITIONS: Record<CitationStyle, CitationStyleDefinition> = {
  'zh-gbt': {
    language: 'zh',
    template: '[{issuer}. ]{title}[: {number}]\\[Z\\][. {date}][. {heading}][, {paragraph}][（{origin}）].[ {url}.][ {link}]',
  },
  'en-chicago': {
    language: 'en',
    template: '[{issuer}. ]“{title}.”[ {number}.][ {date}][, {heading}][, {paragraph}][ ({origin})].[ {url}.][ {link}]',
  },
};
