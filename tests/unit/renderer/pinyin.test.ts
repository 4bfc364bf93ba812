import { describe, expect, it } from 'vitest';
import { tonedPinyin } from '../../../renderer/reader/terms/pinyin';

describe('tonedPinyin: CC-CEDICT numbered pinyin shown with tone marks', () => {
  it('marks each syllable of a word', () => {
    expect(tonedPinyin('zhen3 liao2')).toBe('zhěn liáo');
    expect(tonedPinyin('fen1 ji2 zhen3 liao2')).toBe('fēn jí zhěn liáo');
  });

  it('puts the mark on a or e, on the o of ou, else on the last vowel', () => {
    expect(tonedPinyin('hao3')).toBe('hǎo');
    expect(tonedPinyin('xie4')).toBe('xiè');
    expect(tonedPinyin('dou1')).toBe('dōu');
    expect(tonedPinyin('gui4')).toBe('guì');
    expect(tonedPinyin('liu2')).toBe('liú');
    expect(tonedPinyin('zhong1')).toBe('zhōng');
  });

  it('writes u: as ü, with its tone', () => {
    expect(tonedPinyin('lu:4')).toBe('lǜ');
    expect(tonedPinyin('nu:3')).toBe('nǚ');
    expect(tonedPinyin('lu:e4')).toBe('lüè');
  });

  it('leaves the neutral tone unmarked and keeps capitals of names', () => {
    expect(tonedPinyin('de5')).toBe('de');
    expect(tonedPinyin('Bei3 jing1')).toBe('Běi jīng');
    expect(tonedPinyin('Ou1 zhou1')).toBe('Ōu zhōu');
  });

  it('leaves what is not a numbered syllable as it is', () => {
    expect(tonedPinyin('K ge1')).toBe('K gē');
    expect(tonedPinyin('yi1 , er4')).toBe('yī , èr');
  });
});
