import { describe, expect, it } from 'vitest';
import { bundledSearch } from '../../helpers/search';

const NHP = 'national-health-plan-14th-fyp-2022';
const SH21 = 'shanghai-health-plan-briefing-2021';
const G18 = 'shanghai-health-service-guidelines-briefing-2018';
const LG = 'lingang-social-services-briefing-2021';
const SHGH = 'shgh-public-hospital-pilot';

/**
 * Realistic queries over the bundled corpus, each with the segments a person
 * looking for it expects to find: names, figures, policy terms, word forms,
 * a typo, Traditional characters, both languages.
 */
const JUDGED: [query: string, expected: string[]][] = [
  ['83.67', [`${SH21}:p0006`]],
  ['10+10+20', [`${SHGH}:p0005`]],
  ['5+X', [`${G18}:p0021`]],
  ['Zong Ming', [`${SH21}:p0003`]],
  ['Weng Tiehui', [`${G18}:p0003`]],
  ['Chen Shiyan', [`${LG}:p0003`]],
  ['Ruijin Hospital', [`${SHGH}:p0002`, `${SHGH}:p0006`]],
  ['Renji', [`${SHGH}:p0002`]],
  ['医养结合', [`${NHP}:p0073`, `${NHP}:p0011`]],
  ['三孩', [`${NHP}:p0064`]],
  ['palliative care', [`${NHP}:p0072`, `${NHP}:p0073`, `${NHP}:p0089`, `${NHP}:p0115`]],
  ['"Healthy China 2030"', [`${NHP}:p0009`, `${NHP}:p0011`, `${G18}:p0005`]],
  ['myopia', [`${NHP}:p0011`, `${NHP}:p0069`]],
  ['commercial health insurance', [`${NHP}:p0107`, `${NHP}:p0108`, `${SH21}:p0041`, `${G18}:p0019`]],
  ['Tengfei', [`${G18}:p0022`]],
  ['15-minute', [`${LG}:p0009`]],
  ['Yangtze River Delta', [`${SH21}:p0005`, `${SH21}:p0037`, `${G18}:p0021`]],
  ['国办发', [`${NHP}:p0002`]],
  ['职业病', [`${NHP}:p0024`, `${NHP}:p0075`, `${NHP}:p0076`, `${NHP}:p0124`]],
  ['家庭医生', [`${NHP}:p0011`, `${NHP}:p0079`, `${NHP}:p0080`, `${NHP}:p0113`]],
  ['vaccines', [`${NHP}:p0011`, `${NHP}:p0046`, `${NHP}:p0057`]],
  ['衛生健康法治', [`${NHP}:p0123`]],
  ['life expectancy', [`${SH21}:p0006`, `${NHP}:p0012`]],
  ['人均预期寿命', [`${NHP}:p0012`, `${NHP}:p0022`, `${NHP}:p0029`]],
  ['infant mortality', [`${SH21}:p0006`, `${NHP}:p0012`]],
  ['公立医院高质量发展', [`${SHGH}:p0001`, `${SHGH}:p0002`]],
  ['health poverty alleviation', [`${NHP}:p0011`, `${NHP}:p0079`]],
  ['CA certificate', [`${G18}:p0030`]],
  ['Lingang New Area', [`${LG}:p0003`, `${LG}:p0004`]],
  ['hospitl pilot', [`${SHGH}:p0001`]],
  ['planning background', [`${NHP}:p0010`]],
  ['规划背景', [`${NHP}:p0010`]],
  ['elderly care -palliative', [`${NHP}:p0064`]],
  ['maternal mortality', [`${SH21}:p0006`, `${NHP}:p0012`]],
];

describe('judged queries over the bundled corpus', () => {
  it('find what a person expects in the first ten results (recall@10 ≥ 0.9)', () => {
    const { search, corpus } = bundledSearch();
    const misses: string[] = [];
    let recall = 0;
    for (const [query, expected] of JUDGED) {
      const top = search.search({ query, limit: 10 }).hits.map((h) => h.segmentId);
      const found = expected.filter((id) => top.includes(id));
      recall += found.length / expected.length;
      if (found.length < expected.length) misses.push(`${query}: missing ${expected.filter((id) => !top.includes(id)).join(', ')}`);
    }
    corpus.close();
    const recallAt10 = recall / JUDGED.length;
    console.log(`judged queries: ${JUDGED.length}, recall@10 = ${recallAt10.toFixed(3)}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
    expect(JUDGED.length).toBeGreaterThanOrEqual(30);
    expect(recallAt10).toBeGreaterThanOrEqual(0.9);
  });

  it('put phrase and heading matches first', () => {
    const { search, corpus } = bundledSearch();
    expect(search.search({ query: 'planning background' }).hits[0].segmentId).toBe(`${NHP}:p0010`);
    expect(search.search({ query: '"commercial health insurance"' }).hits[0].segmentId).toBe(`${NHP}:p0107`);
    corpus.close();
  });
});
