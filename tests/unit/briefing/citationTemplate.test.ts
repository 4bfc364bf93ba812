import { describe, expect, it } from 'vitest';
import { CitationTemplateError, partsText, renderCitationTemplate, type CitationValues } from '../../../main/domain/briefing/citationTemplate';
import { CITATION_STYLE_DEFINITIONS } from '../../../main/domain/briefing/citationStyles';
import { escapeHtml } from '../../../main/domain/briefing/citationRendering';

const values = (patch: Partial<CitationValues> = {}): CitationValues => ({
  issuer: '国务院办公厅',
  title: '通知',
  number: '国办发〔2022〕11号',
  date: '2022-04-27',
  paragraph: '第17段',
  heading: '',
  url: '',
  origin: '正式发布文本',
  link: '',
  ...patch,
});
const render = (template: string, patch?: Partial<CitationValues>) => partsText(renderCitationTemplate(template, values(patch)));

describe('the citation template language', () => {
  it('fills placeholders and keeps the text between them', () => {
    expect(render('{issuer}. {title}: {number}')).toBe('国务院办公厅. 通知: 国办发〔2022〕11号');
  });

  it('drops an optional group whose placeholder is empty, and keeps it when filled', () => {
    expect(render('{title}[: {number}].', { number: '' })).toBe('通知.');
    expect(render('{title}[: {number}].')).toBe('通知: 国办发〔2022〕11号.');
    expect(render('{title}[ ({heading}, {paragraph})]', { heading: '' })).toBe('通知');
  });

  it('lets a nested group decide for itself', () => {
    expect(render('[{title}[, {heading}]].')).toBe('通知.');
    expect(render('[{title}[, {heading}]].', { heading: '（二）基本原则' })).toBe('通知, （二）基本原则.');
  });

  it('takes an escaped bracket literally', () => {
    expect(render('{number}\\[Z\\]')).toBe('国办发〔2022〕11号[Z]');
  });

  it('does not read brackets in a value as template', () => {
    expect(render('{number}', { number: 'Guo Ban Fa [2022] No. 11' })).toBe('Guo Ban Fa [2022] No. 11');
  });

  it('refuses unknown placeholders and unbalanced groups', () => {
    for (const bad of ['{publisher}', '[{title}', '{title}]', '{title', 'a}', 'ends\\']) {
      expect(() => renderCitationTemplate(bad, values()), bad).toThrow(CitationTemplateError);
    }
  });

  it('holds every shipped style', () => {
    for (const { template } of Object.values(CITATION_STYLE_DEFINITIONS)) expect(() => renderCitationTemplate(template, values())).not.toThrow();
  });

  it('escapes everything it puts into HTML', () => {
    expect(escapeHtml(`<script>"a" & 'b'</script>`)).toBe('&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;');
  });
});
