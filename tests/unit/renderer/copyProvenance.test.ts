import { describe, expect, it } from 'vitest';
import { localText } from '../../../main/domain/localText';
import { provenanceLines, withProvenance, type CopiedSide } from '../../../renderer/briefing/copyProvenance';

const note = { en: 'The English names a hospital twice.', 'zh-CN': '英文两次提到同一家医院。', 'zh-TW': '英文兩次提到同一家醫院。' };
const zhReference: CopiedSide = { language: 'zh', origin: 'reference-translation', paragraph: 6, reviewNote: null };
const enPublished: CopiedSide = { language: 'en', origin: 'published', paragraph: 6, reviewNote: null };

describe('the provenance plain Ctrl+C adds', () => {
  it('says a reference translation is not an official text, in the interface language', () => {
    expect(provenanceLines([zhReference], localText('en'), 'en')).toEqual(['— Chinese: reference translation prepared for this edition; not an official text.']);
    expect(provenanceLines([zhReference], localText('zh-CN'), 'zh-CN')).toEqual(['——中文：本版编制的参考译文，非官方文本。']);
  });

  it('names each side a selection spans once, then each flagged paragraph with its note', () => {
    const flagged = { ...zhReference, paragraph: 7, reviewNote: note };
    expect(provenanceLines([zhReference, enPublished, flagged, { ...flagged, language: 'en', origin: 'published' }], localText('zh-TW'), 'zh-TW')).toEqual([
      '——中文：本版編製的參考譯文，非官方文本。',
      '——英文：正式發布文本。',
      '——引用前請核對（第7段）：英文兩次提到同一家醫院。',
    ]);
  });

  it('keeps the copied text as it is and puts the provenance below it, in plain text and in HTML', () => {
    const copied = withProvenance('截至2020年', '<p>截至2020年</p>', ['— Chinese: <reference> & more.']);
    expect(copied.text).toBe('截至2020年\n\n— Chinese: <reference> & more.');
    expect(copied.html).toBe('<p>截至2020年</p><p>— Chinese: &lt;reference&gt; &amp; more.</p>');
  });
});
