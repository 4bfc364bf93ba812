import { describe, expect, it } from 'vitest';
import type { ConcordanceLine } from '../../../contract/terminology';
import { occurrenceIndex, proposedCounterpart } from '../../../renderer/reader/terms/proposeCounterpart';
import type { TextRange } from '../../../contract/search';

const ENGLISH = 'We will promote hierarchical diagnosis and treatment, and build healthy cities across the country.';

function line(highlights: TextRange[], rendering = true): ConcordanceLine {
  return {
    documentId: 'd',
    segmentId: 'd:p0001',
    date: null,
    side: 'zh',
    origin: 'published',
    left: '',
    keyword: '分级诊疗',
    right: '',
    sentenceIds: [],
    counterpart: { sentenceIds: [], text: ENGLISH, origin: 'published', highlights },
    rendering: rendering ? { label: 'x', source: 'word-pairs', conceptId: null, termId: null } : null,
  };
}
const at = (words: string): TextRange => [ENGLISH.indexOf(words), ENGLISH.indexOf(words) + words.length];

describe('the English proposed for "Add as term"', () => {
  it('is the rendering found in the aligned sentence', () => {
    expect(proposedCounterpart([line([at('hierarchical diagnosis and treatment')])], 0)).toBe('hierarchical diagnosis and treatment');
  });

  it('joins paired words across a short unpaired word, but not words far apart', () => {
    expect(proposedCounterpart([line([at('hierarchical diagnosis'), at('treatment')])], 0)).toBe('hierarchical diagnosis and treatment');
    expect(proposedCounterpart([line([at('hierarchical'), at('cities')])], 0)).toBe('hierarchical');
  });

  it('is nothing, rather than a whole sentence, when no rendering is known', () => {
    expect(proposedCounterpart([line([], false)], 0)).toBe('');
    expect(proposedCounterpart([], 0)).toBe('');
  });

  it('is taken from the occurrence selected when the paragraph holds the words twice', () => {
    const text = '分级诊疗……推进分级诊疗';
    expect(occurrenceIndex(text, '分级诊疗', 4)).toBe(0);
    expect(occurrenceIndex(text, '分级诊疗', text.length)).toBe(1);
    const lines = [line([at('hierarchical')]), line([at('cities')])];
    expect(proposedCounterpart(lines, 1)).toBe('cities');
  });
});
