import type { ChineseSegmenter } from './chineseSegmenter';
import { englishWords, JOINT_CODE } from './englishTermMatch';
import { singular } from './renderingVariants';
import { plainEnglish } from './termMatcher';
import { HAN } from '../alignment/lexicon';

/** A string of words that may be a term: its text (the key it is counted by) and where it stands, in words of a run. */
export interface CandidateUnit {
  text: string;
  /** Runs are what punctuation separates; [start, end) counts words (within the run for Chinese, the text for English), to compare spans of one run. */
  run: number;
  start: number;
  end: number;
}

/** The longest unit, in words, on either side. */
export const MAX_UNIT_WORDS = 4;

/** Function words no Chinese term starts or ends with. */
const CHINESE_STOPWORDS = new Set(
  (
    '的 地 得 了 着 过 和 与 及 或 等 在 是 为 对 将 把 被 并 以 于 由 从 向 其 之 也 都 而 且 中 上 下 个 各 每 这 那 该 此 ' +
    '要 有 我 我们 我市 本市 全市 加强 推进 推动 提高 提升 完善 建立 健全 加快 实施 开展 进一步 不断 积极 重点 主要 相关 有关 一批 一 二 三 年 月 日'
  ).split(' '),
);

/** Function words no English term starts or ends with. */
const ENGLISH_STOPWORDS = new Set(
  (
    'a an the to of and or in on at by for with from as is are was were be been being it its this that these those which who whom whose ' +
    'what when where why how not no nor but if then than so such also very more most much many some any all each every other another ' +
    'into onto upon about over under out up down off via per etc his her their our your my me him them us we you he she they i ' +
    'have has had do does did will would shall should can could may might must further well including'
  ).split(' '),
);

const LETTER = /\p{L}/u;

/** The Chinese units of a text: segmented words and their n-grams of up to MAX_UNIT_WORDS words within a run. */
export function chineseUnits(text: string, segmenter: ChineseSegmenter): CandidateUnit[] {
  const units: CandidateUnit[] = [];
  segmenter.runs(text).forEach((run, runIndex) => {
    for (let start = 0; start < run.length; start++) {
      if (CHINESE_STOPWORDS.has(run[start])) continue;
      for (let end = start + 1; end <= Math.min(run.length, start + MAX_UNIT_WORDS); end++) {
        const words = run.slice(start, end);
        const unit = words.join('');
        if (unit.length < 2 || !HAN.test(unit) || CHINESE_STOPWORDS.has(words[words.length - 1])) continue;
        units.push({ text: unit, run: runIndex, start, end });
      }
    }
  });
  return units;
}

/**
 * The English units of a text: n-grams of 1 to MAX_UNIT_WORDS words that no
 * punctuation splits, with no stop word at either end, lower case, the last
 * word singular by the rule the audit reads renderings with ("health
 * services" counts as "health service"); words a hyphen joins keep it.
 */
export function englishUnits(text: string): CandidateUnit[] {
  const words = englishWords(plainEnglish(text));
  const units: CandidateUnit[] = [];
  let run = 0;
  for (let start = 0; start < words.count; start++) {
    if (start > 0 && words.next[start - 1] === JOINT_CODE.other) run++;
    if (!isContentWord(words.lower[start])) continue;
    let written = '';
    for (let end = start; end < Math.min(words.count, start + MAX_UNIT_WORDS); end++) {
      const word = words.lower[end];
      if (isContentWord(word)) units.push({ text: written + singular(word), run, start, end: end + 1 });
      if (words.next[end] === JOINT_CODE.other) break;
      written += word + (words.next[end] === JOINT_CODE.hyphen ? '-' : ' ');
    }
  }
  return units;
}

function isContentWord(word: string): boolean {
  return word.length > 1 && LETTER.test(word) && !ENGLISH_STOPWORDS.has(word);
}
