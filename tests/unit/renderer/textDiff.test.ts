import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../renderer/packs/textDiff';

const marked = (parts: { text: string; changed: boolean }[]) => parts.filter((p) => p.changed).map((p) => p.text);

describe('a changed quote beside today’s text', () => {
  it('marks only the words that differ, on each side', () => {
    const diff = diffTexts('到2025年，人均预期寿命提高1岁左右', '到2025年，人均预期寿命提高2岁左右');
    expect(marked(diff.before)).toEqual(['1']);
    expect(marked(diff.after)).toEqual(['2']);
    expect(diff.before.map((p) => p.text).join('')).toBe('到2025年，人均预期寿命提高1岁左右');
  });

  it('marks an insertion on today’s side only, and nothing when the texts agree', () => {
    const diff = diffTexts('public health', 'public and global health');
    expect(marked(diff.before)).toEqual([]);
    expect(marked(diff.after).join('')).toBe('and global ');
    expect(marked(diffTexts('same', 'same').after)).toEqual([]);
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    const diff = diffTexts('𠀀甲', '𠀁甲');
    expect(marked(diff.before)).toEqual(['𠀀']);
    expect(marked(diff.after)).toEqual(['𠀁']);
  });
});
