import type { TextLanguage } from '../../contract/languages';

/** A heading's number marker, written one way for the outline, and the words after it. */
export interface OutlineLabel {
  marker: string | null;
  title: string;
}

const ENGLISH_NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Splits a heading into its marker and title for the outline only (the reader
 * keeps the text as published). The published plan mixes full-width （四） with
 * half-width (四) among siblings, and "Five," among "4." and "6.": each is shown
 * in the form its siblings use, so markers of one level line up.
 */
export function outlineLabel(text: string, language: TextLanguage): OutlineLabel {
  const found = language === 'zh' ? chineseMarker(text) : englishMarker(text);
  return found ?? { marker: null, title: text };
}

function chineseMarker(text: string): OutlineLabel | null {
  const enumerated = /^([一二三四五六七八九十]+)、\s*/.exec(text);
  if (enumerated) return { marker: `${enumerated[1]}、`, title: text.slice(enumerated[0].length) };
  const bracketed = /^[（(]\s*([一二三四五六七八九十]+)\s*[)）]\s*/.exec(text);
  if (bracketed) return { marker: `（${bracketed[1]}）`, title: text.slice(bracketed[0].length) };
  return null;
}

function englishMarker(text: string): OutlineLabel | null {
  const numbered = /^(\d+)\.\s+/.exec(text);
  if (numbered) return { marker: `${numbered[1]}.`, title: text.slice(numbered[0].length) };
  const bracketed = /^[（(]\s*(\d+)\s*[)）]\s*/.exec(text);
  if (bracketed) return { marker: `(${bracketed[1]})`, title: text.slice(bracketed[0].length) };
  const word = /^([A-Za-z]+),\s+/.exec(text);
  const value = word ? ENGLISH_NUMBER_WORDS.indexOf(word[1].toLowerCase()) + 1 : 0;
  if (word && value > 0) return { marker: `${value}.`, title: capitalised(text.slice(word[0].length)) };
  const roman = /^([IVX]+)\.?\s+/.exec(text);
  if (roman) return { marker: roman[1], title: text.slice(roman[0].length) };
  return null;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Each heading's depth in the outline, counted from the document's shallowest heading level, so a document whose headings all sit at level 2 is not indented under nothing. */
export function outlineDepths(levels: readonly (number | null)[]): number[] {
  const present = levels.map((level) => level ?? 1);
  const top = Math.min(...present);
  return present.map((level) => level - top + 1);
}
