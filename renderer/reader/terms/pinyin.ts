/** Combining marks of the four tones (the fifth, neutral, has none). */
const TONE_MARKS = ['\u0304', '\u0301', '\u030c', '\u0300'];

/**
 * Numbered pinyin as CC-CEDICT writes it ("zhen3 liao2", "lu:4") in tone
 * marks ("zhěn liáo", "lǜ"). The mark goes on a or e where there is one, on
 * the o of ou, else on the last vowel. Syllables without a tone number
 * (punctuation, letters) are left as they are.
 */
export function tonedPinyin(numbered: string): string {
  return numbered
    .trim()
    .split(/\s+/)
    .map(tonedSyllable)
    .join(' ');
}

function tonedSyllable(syllable: string): string {
  const match = /^(.*?[a-zü:]+)([1-5])$/i.exec(syllable);
  const letters = (match ? match[1] : syllable).replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  if (!match) return letters;
  const tone = Number(match[2]);
  if (tone === 5) return letters;
  const lower = letters.toLowerCase();
  let at = lower.search(/[ae]/);
  if (at < 0) at = lower.indexOf('ou');
  if (at < 0) at = Math.max(...[...'iouü'].map((vowel) => lower.lastIndexOf(vowel)));
  if (at < 0) return letters;
  return `${letters.slice(0, at)}${(letters[at] + TONE_MARKS[tone - 1]).normalize('NFC')}${letters.slice(at + 1)}`;
}

/** Han characters: what makes a selection worth a dictionary look-up. */
export const HAN = /\p{Script=Han}/u;
