/**
 * Numbers in a text, for checking that both sides of a segment carry the same
 * figures. Digits (half- or full-width) with their scale words (万, 亿,
 * million, billion) become values: "2418万" and "24.18 million" are both
 * 24180000. Chinese numerals and English number words count as matches on
 * the other side ("十四五" holds 14, "seven" is 7) but are not required, as
 * they also occur inside ordinary words (一些, 统一, someone).
 */

const FULL_WIDTH_DIGIT = /[０-９．，％]/g;
const toHalfWidth = (text: string) =>
  text.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const DIGIT_NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?(?:\s*(?:多|余)?(?:万|亿|million|billion|thousand))?/gi;
const SCALE_SUFFIX = /(?:多|余)?(万|亿|million|billion|thousand)$/i;
/** Dates written 2021.07.16 are three numbers, not a decimal. */
const DOTTED_DATE = /\b(\d{4})\.(\d{1,2})\.(\d{1,2})\b/g;
/** Names that contain digits but are not figures of the text. */
const NAMES_WITH_DIGITS = /covid-19/gi;

function prepare(text: string): string {
  return toHalfWidth(text).replace(NAMES_WITH_DIGITS, ' ').replace(DOTTED_DATE, '$1 $2 $3');
}

interface Figure {
  /** The value as meant: 2418万 is 24180000. */
  value: number;
  /** The digits as written, before any scale word: 2418. */
  written: number;
}

function figures(text: string): Figure[] {
  return [...prepare(text).matchAll(DIGIT_NUMBER)].map((match) => {
    const scaleWord = SCALE_SUFFIX.exec(match[0])?.[1]?.toLowerCase();
    const written = canonical(Number(match[0].replace(SCALE_SUFFIX, '').replace(/,/g, '').trim()));
    return { written, value: scaleWord ? canonical(written * SCALE[scaleWord]) : written };
  });
}
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, million: 1e6, billion: 1e9, thousand: 1e3 };

/** Rounds away binary noise so 24.18 × 10⁶ and 2418 × 10⁴ compare equal. */
const canonical = (n: number) => Number(n.toPrecision(12));

/** Values written with digits, the figures a quote must carry over exactly. */
export function digitNumbers(text: string): number[] {
  return figures(text).map((f) => f.value);
}

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_NUMERAL_RUN = /[〇零一二两三四五六七八九十百千]+/g;

/** Value of a Chinese numeral such as 十四, 二十三, 一百零五 or 二〇二五; NaN when it is not one. */
export function chineseNumeralValue(run: string): number {
  if (/^[〇零一二三四五六七八九]{2,}$/.test(run)) return Number([...run].map((c) => CHINESE_DIGITS[c]).join(''));
  let total = 0;
  let digit = 0;
  for (const c of run) {
    if (c in CHINESE_DIGITS) digit = CHINESE_DIGITS[c];
    else if (c in CHINESE_UNITS) {
      total += (digit || 1) * CHINESE_UNITS[c];
      digit = 0;
    } else return NaN;
  }
  return total + digit;
}

const ENGLISH_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, nineteenth: 19, twentieth: 20,
  single: 1, double: 2, twice: 2, triple: 3, dozen: 12, half: 0.5,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** Every value a text can be read as holding: its digits, Chinese numerals, number words, ordinals. */
export function numbersReadable(text: string): Set<number> {
  const values = new Set<number>(figures(text).flatMap((f) => [f.value, f.written]));
  for (const match of text.matchAll(/(\d+)(?:st|nd|rd|th)\b/gi)) values.add(Number(match[1]));
  for (const [run] of text.matchAll(CHINESE_NUMERAL_RUN)) {
    // Every stretch of a run, so that 十四五 yields 14 and 5 and 十三五 yields 13.
    for (let start = 0; start < run.length; start++) {
      for (let end = start + 1; end <= Math.min(run.length, start + 6); end++) {
        const value = chineseNumeralValue(run.slice(start, end));
        if (!Number.isNaN(value)) values.add(value);
      }
    }
  }
  for (const [word] of text.toLowerCase().matchAll(/[a-z]+/g)) {
    if (word in ENGLISH_WORDS) values.add(ENGLISH_WORDS[word]);
    if (word in ROMAN) values.add(ROMAN[word]);
  }
  return values;
}

/** Digit figures of `from` that `to` does not carry in any form. */
export function missingNumbers(from: string, to: string): number[] {
  const readable = numbersReadable(to);
  return [...new Set(digitNumbers(from))].filter((n) => !readable.has(n));
}
